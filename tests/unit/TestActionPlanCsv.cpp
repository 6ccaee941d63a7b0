// SPDX-License-Identifier: Apache-2.0
// The action plan as CSV: RFC 4180 quoting and line ends, the spreadsheet formula
// guard, overdue flags, and the atomic write with its one-line error.
#include "TestSupport.h"
#include "services/ActionPlanCsv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QTemporaryDir>

using namespace vouch;
using nlohmann::json;

namespace {

const std::string kHeader = "finding,finding_title,severity,what,owner,due,status,overdue\r\n";

model::RemediationAction action(std::string what, std::string due, model::ActionStatus status,
                                std::string finding = "baa-missing", std::string owner = "Legal")
{
    return {std::move(finding), std::move(what), std::move(owner), std::move(due), status};
}

const json kEvaluation = {
    {"verdict", "blocked"},
    {"findings",
     {{{"id", "baa-missing"}, {"title", "No BAA, but PHI"}, {"severity", "blocker"}},
      {{"id", "retention-conflict"}, {"title", "Retention"}, {"severity", "conflict"}}}}};

// A minimal RFC 4180 reader, to check that what is written reads back as written.
std::vector<std::vector<std::string>> parseCsv(const std::string& text)
{
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().push_back(std::exchange(field, {}));
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.back().push_back(std::exchange(field, {}));
            rows.emplace_back();
            ++i;
        } else {
            field += c;
        }
    }
    rows.pop_back(); // after the last CRLF
    return rows;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestActionPlanCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyPlanIsTheHeaderWithCrlf()
    {
        QCOMPARE(services::actionPlanCsv(model::Answers{}, kEvaluation, "2026-11-22"), kHeader);
    }

    void csvField_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Legal team") << QStringLiteral("Legal team");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("\"a, b\"");
        QTest::newRow("quote") << QStringLiteral("say \"no\"")
                               << QStringLiteral("\"say \"\"no\"\"\"");
        QTest::newRow("newline") << QStringLiteral("line 1\nline 2")
                                 << QStringLiteral("\"line 1\nline 2\"");
        QTest::newRow("crlf inside") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
        QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("formula with comma")
            << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
            << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+44 20") << QStringLiteral("'+44 20");
        QTest::newRow("minus") << QStringLiteral("-5 days") << QStringLiteral("'-5 days");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=cmd") << QStringLiteral("'\t=cmd");
        QTest::newRow("carriage return")
            << QStringLiteral("\r=cmd") << QStringLiteral("\"'\r=cmd\"");
        QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("apostrophe") << QStringLiteral("'quoted'") << QStringLiteral("'quoted'");
        QTest::newRow("utf-8") << QStringLiteral("Ärztin, Zürich")
                               << QStringLiteral("\"Ärztin, Zürich\"");
    }
    void csvField()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(services::csvField(input.toStdString())), expected);
    }

    void rowsCarryFindingTitleSeverityAndOverdue()
    {
        model::Answers answers;
        answers.actions = {
            action("Sign the BAA", "2026-11-21", model::ActionStatus::Open),
            action("Turn off logging", "2026-11-21", model::ActionStatus::Done,
                   "retention-conflict", "Ops"),
            action("Due today", "2026-11-22", model::ActionStatus::InProgress),
            action("No date yet", "", model::ActionStatus::Open),
            action("Later", "2026-11-23", model::ActionStatus::Open, "gone-finding"),
        };
        const auto csv = services::actionPlanCsv(answers, kEvaluation, "2026-11-22");
        QVERIFY(csv.starts_with(kHeader));
        QCOMPARE(csv,
                 kHeader +
                     "baa-missing,\"No BAA, but PHI\",blocker,Sign the BAA,Legal,2026-11-21,open,"
                     "yes\r\n"
                     "retention-conflict,Retention,conflict,Turn off logging,Ops,2026-11-21,done,"
                     "no\r\n"
                     "baa-missing,\"No BAA, but PHI\",blocker,Due today,Legal,2026-11-22,"
                     "in_progress,no\r\n"
                     "baa-missing,\"No BAA, but PHI\",blocker,No date yet,Legal,,open,no\r\n"
                     "gone-finding,,,Later,Legal,2026-11-23,open,no\r\n");
        // Every row has the eight columns.
        for (const auto& row : parseCsv(csv)) {
            QCOMPARE(row.size(), std::size_t{8});
        }
        // A day later "Due today" is overdue too; "done" never is.
        const auto next = parseCsv(services::actionPlanCsv(answers, kEvaluation, "2026-11-23"));
        QCOMPARE(next[3][7], std::string("yes"));
        QCOMPARE(next[2][7], std::string("no"));
    }

    // Hostile text survives a round trip: quotes, commas and line breaks come back as
    // they were; a formula comes back as text (with the apostrophe).
    void awkwardTextReadsBackAsWritten()
    {
        model::Answers answers;
        answers.actions = {action("Ask \"Legal\", then\r\nescalate\nto the board", "2026-01-01",
                                  model::ActionStatus::Open, "baa-missing", "=cmd|' /C calc'!A0")};
        const auto rows = parseCsv(services::actionPlanCsv(answers, kEvaluation, "2026-11-22"));
        QCOMPARE(rows.size(), std::size_t{2});
        QCOMPARE(rows[1][3], std::string("Ask \"Legal\", then\r\nescalate\nto the board"));
        QCOMPARE(rows[1][4], std::string("'=cmd|' /C calc'!A0"));
        QCOMPARE(rows[1][7], std::string("yes"));
    }

    // An evaluation of the wrong shape gives empty titles, never an exception.
    void malformedEvaluationGivesEmptyTitles()
    {
        model::Answers answers;
        answers.actions = {action("Sign", "2026-01-01", model::ActionStatus::Open)};
        for (const auto& evaluation :
             {json(nullptr), json::array(), json{{"findings", "baa-missing"}},
              json{{"findings", {{{"id", 7}, {"title", {1}}}}}},
              json{{"findings", {{{"id", "baa-missing"}, {"title", 7}, {"severity", nullptr}}}}}}) {
            const auto rows = parseCsv(services::actionPlanCsv(answers, evaluation, "2026-11-22"));
            QCOMPARE(rows.size(), std::size_t{2});
            QCOMPARE(rows[1][1], std::string());
            QCOMPARE(rows[1][2], std::string());
        }
    }

    void writesAtomicallyAndReplaces()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto path = dir.filePath(QStringLiteral("plan.csv"));
        model::AssessmentPayload payload;
        payload.evaluation = kEvaluation;
        payload.answers.actions = {action("Sign the BAA", "2026-11-21", model::ActionStatus::Open)};
        QVERIFY(services::writeActionPlanCsv(path.toStdString(), payload, "2026-11-22"));
        QCOMPARE(fileBytes(path).toStdString(), services::actionPlanCsv(payload, "2026-11-22"));

        payload.answers.actions.clear();
        const auto written =
            services::writeActionPlanCsv(path.toStdString(), payload, "2026-11-22");
        QVERIFY2(written, written ? "" : written.error().message.c_str());
        QCOMPARE(fileBytes(path).toStdString(), kHeader);
        // Nothing else is left in the folder (no temporary file).
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("plan.csv")});
    }

    // The window asks before replacing a file, but a link, a library or a key is never
    // written over (services/OutputTarget).
    void neverWritesThroughALinkOrOverALibraryOrAKey()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        model::AssessmentPayload payload;
        const auto target = dir.filePath(QStringLiteral("precious.txt"));
        const auto library = dir.filePath(QStringLiteral("library.vouchdb"));
        const auto key = dir.filePath(QStringLiteral("alice.key"));
        const std::pair<QString, QByteArray> files[]{
            {target, "precious"},
            {library, QByteArray("SQLite format 3\0", 16) + "rest of a library"},
            {key, "Name: A\n-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n"}};
        for (const auto& [path, bytes] : files) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        const auto link = dir.filePath(QStringLiteral("plan.csv"));
        QVERIFY(QFile::link(target, link));
        for (const auto& [path, why] :
             {std::pair{link, "symbolic link"}, std::pair{library, "SQLite database"},
              std::pair{library + QStringLiteral("-wal"), "belongs to the library"},
              std::pair{key, "private key"}}) {
            const auto written =
                services::writeActionPlanCsv(path.toStdString(), payload, "2026-11-22");
            QVERIFY(!written);
            QVERIFY2(written.error().message.find(why) != std::string::npos,
                     written.error().message.c_str());
        }
        for (const auto& [path, bytes] : files) {
            QCOMPARE(fileBytes(path), bytes);
        }
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(!QFileInfo::exists(library + QStringLiteral("-wal")));
    }

    void unwritablePathIsAOneLineErrorNamingTheFile_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QString>("after");
        const auto cannot = QStringLiteral(": cannot write the action plan (");
        QTest::newRow("folder missing") << QStringLiteral("no-such-folder/plan.csv") << cannot;
        QTest::newRow("parent is a file") << QStringLiteral("a-file.txt/plan.csv") << cannot;
        // The output policy names a folder before anything is tried (OutputTarget).
        QTest::newRow("target is a folder")
            << QStringLiteral("a-folder") << QStringLiteral(": is a folder; name a file to write");
    }
    void unwritablePathIsAOneLineErrorNamingTheFile()
    {
        QFETCH(QString, relative);
        QFETCH(QString, after);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("a-file.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("a-folder")));
        const auto path = dir.filePath(relative).toStdString();

        model::AssessmentPayload payload;
        payload.answers.actions = {action("Sign", "2026-01-01", model::ActionStatus::Open)};
        const auto written = services::writeActionPlanCsv(path, payload, "2026-11-22");
        QVERIFY(!written);
        const auto& message = written.error().message;
        QVERIFY2(message.starts_with(path + after.toStdString()), message.c_str());
        QVERIFY2(message.find('\n') == std::string::npos, message.c_str());
        // The file next to it is untouched.
        QCOMPARE(fileBytes(dir.filePath(QStringLiteral("a-file.txt"))), QByteArray());
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("a-folder"))).isDir());
    }
};

QTEST_GUILESS_MAIN(TestActionPlanCsv)
#include "TestActionPlanCsv.moc"
