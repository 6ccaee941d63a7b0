// SPDX-License-Identifier: Apache-2.0
// The library verbs (draft, list, show, history, audit), run as real processes.
#include "TestSupport.h"
#include "VouchProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sqlite3.h>

using nlohmann::json;
using vouch::test::runVouch;

namespace {} // namespace

class TestLibraryCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshDb() { return m_dir.filePath(QStringLiteral("cli%1.vouchdb").arg(++m_counter)); }

    QString writeAnswers(const json& changes, const json& meta = json::object())
    {
        auto document = vouch::test::readJson(vouch::test::baselineAnswersArgument().toStdString());
        for (const auto& [key, value] : changes.items()) {
            document["answers"][key] = value;
        }
        for (const auto& [key, value] : meta.items()) {
            document["meta"][key] = value;
        }
        const QString path = m_dir.filePath(QStringLiteral("answers%1.json").arg(++m_counter));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            qFatal("cannot write answers");
        }
        file.write(QByteArray::fromStdString(document.dump()));
        return path;
    }

    QString newDraft(const QString& db, const QString& answers, const QStringList& extra = {})
    {
        const auto run =
            runVouch(QStringList{QStringLiteral("draft"), QStringLiteral("new"),
                                 QStringLiteral("--db"), db, QStringLiteral("--questionnaire"),
                                 vouch::test::shippedQuestionnaireArgument(),
                                 QStringLiteral("--answers"), answers} +
                     extra);
        if (run.exitCode != 0) {
            qFatal("draft new failed: %s", qPrintable(run.err));
        }
        return run.out.trimmed();
    }

private Q_SLOTS:
    void draftListShowHistoryAudit()
    {
        const QString db = freshDb();
        const QString id = newDraft(db, vouch::test::baselineAnswersArgument());
        QVERIFY2(QRegularExpression(
                     QStringLiteral(
                         "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
                     .match(id)
                     .hasMatch(),
                 qPrintable(id));

        const auto list = runVouch({QStringLiteral("list"), QStringLiteral("--db"), db});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(id));
        QVERIFY(list.out.contains(QStringLiteral("Internal policy Q&A assistant")));
        QVERIFY(list.out.contains(QStringLiteral("1 of 1 assessments")));

        const auto update = runVouch(
            {QStringLiteral("draft"), QStringLiteral("update"), id, QStringLiteral("--db"), db,
             QStringLiteral("--answers"),
             writeAnswers({{"usecase.tier", "clinical_facing"}, {"usecase.human_review", "no"}})});
        QCOMPARE(update.exitCode, 0);
        QCOMPARE(update.out, QStringLiteral("revision 2\n"));

        const auto listJson = json::parse(
            runVouch({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db})
                .out.toStdString());
        VOUCH_COMPARE_JSON(listJson["total"], 1);
        const auto& row = listJson["assessments"][0];
        VOUCH_COMPARE_JSON(row["tier"], "high");
        VOUCH_COMPARE_JSON(row["verdict"],
                           "incomplete"); // validation questions now visible, unanswered
        VOUCH_COMPARE_JSON(row["revision"], 2);

        const auto show = runVouch({QStringLiteral("show"), id, QStringLiteral("--db"), db});
        QCOMPARE(show.exitCode, 0);
        const auto shown = json::parse(show.out.toStdString());
        VOUCH_COMPARE_JSON(shown["payload"]["assessment_id"], id.toStdString());
        VOUCH_COMPARE_JSON(shown["payload"]["answers"]["usecase.tier"], "clinical_facing");
        VOUCH_COMPARE_JSON(shown["revision"]["author"], "test-officer");
        VOUCH_COMPARE_JSON(shown["revision"]["intact"], true);
        const auto first =
            json::parse(runVouch({QStringLiteral("show"), id, QStringLiteral("--revision"),
                                  QStringLiteral("1"), QStringLiteral("--db"), db})
                            .out.toStdString());
        VOUCH_COMPARE_JSON(first["payload"]["answers"]["usecase.tier"], "administrative");
        VOUCH_COMPARE_JSON(shown["revision"]["parent_sha256"], first["revision"]["sha256"]);

        const auto history = runVouch({QStringLiteral("history"), id, QStringLiteral("--db"), db});
        QCOMPARE(history.exitCode, 0);
        QCOMPARE(history.out.count(QLatin1Char('\n')), 3); // header + 2 revisions
        QVERIFY(history.out.contains(
            QString::fromStdString(first["revision"]["sha256"].get<std::string>())));

        const auto audit = runVouch(
            {QStringLiteral("audit"), QStringLiteral("--verify"), QStringLiteral("--db"), db});
        QCOMPARE(audit.exitCode, 0);
        // The head, to be recorded elsewhere: entry 2 and its hash.
        QVERIFY2(audit.out.startsWith(db + QStringLiteral(": audit log intact, 2 entries; head: "
                                                          "entry 2 sha256 ")),
                 qPrintable(audit.out));
        QCOMPARE(audit.out.size(), db.size() + 52 + 64 + 1);
    }

    void filtersAndSorting()
    {
        const QString db = freshDb();
        newDraft(db, vouch::test::baselineAnswersArgument(),
                 {QStringLiteral("--title"), QStringLiteral("Zeta admin bot")});
        newDraft(
            db,
            writeAnswers({{"usecase.tier", "clinician_assisted"}, {"usecase.human_review", "yes"}}),
            {QStringLiteral("--title"), QStringLiteral("Alpha scribe")});
        const auto listIds = [&](const QStringList& filters) {
            const auto run = runVouch(QStringList{QStringLiteral("list"), QStringLiteral("--json"),
                                                  QStringLiteral("--db"), db} +
                                      filters);
            if (run.exitCode != 0) {
                qFatal("list failed: %s", qPrintable(run.err));
            }
            std::vector<std::string> titles;
            const auto output = json::parse(run.out.toStdString());
            for (const auto& row : output["assessments"]) {
                titles.push_back(row["title"].get<std::string>());
            }
            return titles;
        };
        VOUCH_COMPARE_JSON(listIds({QStringLiteral("--tier"), QStringLiteral("medium")}),
                           std::vector<std::string>{"Alpha scribe"});
        VOUCH_COMPARE_JSON(listIds({QStringLiteral("--text"), QStringLiteral("zet")}),
                           std::vector<std::string>{"Zeta admin bot"});
        VOUCH_COMPARE_JSON(
            listIds({QStringLiteral("--sort"), QStringLiteral("title"), QStringLiteral("--asc")}),
            (std::vector<std::string>{"Alpha scribe", "Zeta admin bot"}));
        VOUCH_COMPARE_JSON(listIds({QStringLiteral("--status"), QStringLiteral("signed")}),
                           std::vector<std::string>{});
        const auto bad = runVouch({QStringLiteral("list"), QStringLiteral("--db"), db,
                                   QStringLiteral("--sort"), QStringLiteral("colour")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.startsWith(QStringLiteral("vouch list: --sort: expected updated")));
    }

    void badAnswersCreateNothing()
    {
        const QString db = freshDb();
        const auto run =
            runVouch({QStringLiteral("draft"), QStringLiteral("new"), QStringLiteral("--db"), db,
                      QStringLiteral("--questionnaire"),
                      vouch::test::shippedQuestionnaireArgument(), QStringLiteral("--answers"),
                      writeAnswers({{"deployment.type", "moon"}, {"data.categories", "phi"}})});
        QCOMPARE(run.exitCode, 2);
        // One line: the first problem, and how many more there are.
        const auto lines = run.err.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines[0].contains(
                     QStringLiteral(": /answers/data.categories: expected an array of values")),
                 qPrintable(run.err));
        QVERIFY2(lines[0].endsWith(QStringLiteral(" (and 1 more problem)")), qPrintable(run.err));
        QVERIFY(!QFile::exists(db));
    }

    void missingTitleIsRefused()
    {
        const QString db = freshDb();
        const auto run = runVouch({QStringLiteral("draft"), QStringLiteral("new"),
                                   QStringLiteral("--db"), db, QStringLiteral("--questionnaire"),
                                   vouch::test::shippedQuestionnaireArgument(),
                                   QStringLiteral("--answers"), writeAnswers({}, {{"title", ""}})});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QStringLiteral("an assessment needs a title\n"));
    }

    void readingVerbsNeedAnExistingLibrary()
    {
        const QString db = freshDb();
        for (const auto& verb : {QStringLiteral("list"), QStringLiteral("audit")}) {
            QStringList arguments{verb, QStringLiteral("--db"), db};
            if (verb == QStringLiteral("audit")) {
                arguments << QStringLiteral("--verify");
            }
            const auto run = runVouch(arguments);
            QCOMPARE(run.exitCode, 2);
            QCOMPARE(
                run.err,
                db + QStringLiteral(
                         ": no library here (it is created when the first assessment is saved)\n"));
        }
        QVERIFY(!QFile::exists(db));
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString db = m_dir.filePath(QStringLiteral("options.vouchdb"));
        QTest::newRow("review due not a date")
            << QStringList{QStringLiteral("draft"),
                           QStringLiteral("new"),
                           QStringLiteral("--db"),
                           db,
                           QStringLiteral("--questionnaire"),
                           vouch::test::shippedQuestionnaireArgument(),
                           QStringLiteral("--answers"),
                           vouch::test::baselineAnswersArgument(),
                           QStringLiteral("--review-due"),
                           QStringLiteral("next spring")}
            << QStringLiteral("--review-due: expected a date as YYYY-MM-DD");
        QTest::newRow("limit not a number")
            << QStringList{QStringLiteral("list"), QStringLiteral("--db"), db,
                           QStringLiteral("--limit"), QStringLiteral("ten")}
            << QStringLiteral("--limit: expected a whole number");
        QTest::newRow("revision zero")
            << QStringList{QStringLiteral("show"),       QStringLiteral("x"),
                           QStringLiteral("--db"),       db,
                           QStringLiteral("--revision"), QStringLiteral("0")}
            << QStringLiteral("--revision: expected a revision number from 1");
    }
    void badOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto run = runVouch(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(
            !QFile::exists(m_dir.filePath(QStringLiteral("options.vouchdb")))); // nothing created
    }

    void unknownAssessment()
    {
        const QString db = freshDb();
        newDraft(db, vouch::test::baselineAnswersArgument());
        const auto run = runVouch({QStringLiteral("show"),
                                   QStringLiteral("00000000-0000-4000-8000-000000000000"),
                                   QStringLiteral("--db"), db});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err,
                 db + QStringLiteral(": no assessment 00000000-0000-4000-8000-000000000000\n"));
    }

    void brokenLibraryFilesAreNamed()
    {
        const QString empty = freshDb();
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const auto run = runVouch(
            {QStringLiteral("draft"), QStringLiteral("new"), QStringLiteral("--db"), empty,
             QStringLiteral("--questionnaire"), vouch::test::shippedQuestionnaireArgument(),
             QStringLiteral("--answers"), vouch::test::baselineAnswersArgument()});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err,
                 empty + QStringLiteral(
                             ": is empty (0 bytes), not a Vouch library; nothing was changed\n"));
        QCOMPARE(QFileInfo(empty).size(), 0);
    }

    void draftUpdateOnAStaleBaseIsAConflictAndChangesNothing()
    {
        const QString db = freshDb();
        const QString id = newDraft(db, vouch::test::baselineAnswersArgument());
        const auto update = [&](const QString& access, const QString& base) {
            return runVouch({QStringLiteral("draft"), QStringLiteral("update"), id,
                             QStringLiteral("--db"), db, QStringLiteral("--answers"),
                             writeAnswers({{"network.access", access.toStdString()}}),
                             QStringLiteral("--base"), base});
        };
        QCOMPARE(update(QStringLiteral("all_networks"), QStringLiteral("1")).exitCode, 0);
        const auto historyBefore =
            runVouch({QStringLiteral("history"), id, QStringLiteral("--db"), db}).out;

        const auto stale = update(QStringLiteral("private_only"), QStringLiteral("1"));
        QCOMPARE(stale.exitCode, 1);
        QVERIFY2(stale.err.startsWith(db + QStringLiteral(": assessment ") + id +
                                      QStringLiteral(" changed since revision 1 (revision 2 "
                                                     "saved by ")),
                 qPrintable(stale.err));
        QVERIFY(stale.err.endsWith(
            QStringLiteral("); this save was refused so nothing is overwritten\n")));
        QVERIFY(stale.out.isEmpty());
        QCOMPARE(runVouch({QStringLiteral("history"), id, QStringLiteral("--db"), db}).out,
                 historyBefore);

        const auto bad = update(QStringLiteral("private_only"), QStringLiteral("two"));
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(
            bad.err,
            QStringLiteral("vouch draft update: --base expects a revision number, not \"two\"\n"));

        const auto current = update(QStringLiteral("private_only"), QStringLiteral("2"));
        QCOMPARE(current.exitCode, 0);
        QCOMPARE(current.out, QStringLiteral("revision 3\n"));
    }

    void auditVerifyReportsTheFirstBrokenLink()
    {
        const QString db = freshDb();
        const QString id = newDraft(db, vouch::test::baselineAnswersArgument());
        QCOMPARE(runVouch({QStringLiteral("draft"), QStringLiteral("update"), id,
                           QStringLiteral("--db"), db, QStringLiteral("--answers"),
                           writeAnswers({{"network.access", "all_networks"}})})
                     .exitCode,
                 0);
        sqlite3* handle = nullptr;
        QCOMPARE(sqlite3_open(db.toUtf8().constData(), &handle), SQLITE_OK);
        QCOMPARE(sqlite3_exec(handle,
                              "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET detail = "
                              "'nothing happened' WHERE seq = 2;",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(handle);
        const auto run = runVouch(
            {QStringLiteral("audit"), QStringLiteral("--verify"), QStringLiteral("--db"), db});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err,
                 db + QStringLiteral(
                          ": audit log broken at entry 2: its contents do not match its hash\n"));
    }

    void defaultLibraryIsInTheAppDataFolder()
    {
        QTemporaryDir home;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
        const auto run = runVouch(
            {QStringLiteral("draft"), QStringLiteral("new"), QStringLiteral("--questionnaire"),
             vouch::test::shippedQuestionnaireArgument(), QStringLiteral("--answers"),
             vouch::test::baselineAnswersArgument()},
            environment);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("Vouch/library.vouchdb"))));
        const auto list = runVouch({QStringLiteral("list")}, environment);
        QVERIFY(list.out.contains(run.out.trimmed()));
    }
    void attachEvidence()
    {
        const QString db = freshDb();
        const QString id = newDraft(db, vouch::test::baselineAnswersArgument());
        const QString file = m_dir.filePath(QStringLiteral("portal-setting.png"));
        QFile png(file);
        QVERIFY(png.open(QIODevice::WriteOnly));
        png.write(QByteArray::fromHex("89504e470d0a1a0a0000000d49484452"));
        png.close();
        const auto run =
            runVouch({QStringLiteral("draft"), QStringLiteral("attach"), id, file,
                      QStringLiteral("--question"), QStringLiteral("responsibility.matrix"),
                      QStringLiteral("--item"), QStringLiteral("customer.network-design"),
                      QStringLiteral("--db"), db});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("image/png  16 bytes")), qPrintable(run.out));
        const auto shown = json::parse(
            runVouch({QStringLiteral("show"), id, QStringLiteral("--db"), db}).out.toStdString());
        const auto& attachment = shown["payload"]["attachments"][0];
        VOUCH_COMPARE_JSON(attachment["name"], "portal-setting.png");
        VOUCH_COMPARE_JSON(attachment["item"], "customer.network-design");
        QCOMPARE(QString::fromStdString(attachment["sha256"].get<std::string>()),
                 run.out.section(QLatin1Char(' '), 0, 0));

        const auto bad = runVouch({QStringLiteral("draft"), QStringLiteral("attach"), id, file,
                                   QStringLiteral("--question"), QStringLiteral("nope"),
                                   QStringLiteral("--db"), db});
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(bad.err, QStringLiteral("unknown question nope in questionnaire azure-openai\n"));
    }
};

QTEST_GUILESS_MAIN(TestLibraryCli)
#include "TestLibraryCli.moc"
