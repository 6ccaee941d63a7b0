// SPDX-License-Identifier: Apache-2.0
// `vouch draft migrate` as a process: an assessment answered on questionnaire 1.0.0
// moves to the shipped version as a new draft revision, with the report printed and kept
// in the revision; the signed revision stays as it was.
#include "CliFiles.h"
#include "TestSupport.h"
#include "VouchProcess.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTest>

using nlohmann::json;
using vouch::test::runVouch;

namespace {

QString dataArgument(const char* relative)
{
    return QString::fromStdString(vouch::test::dataPath(relative));
}

} // namespace

class TestMigrateCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString file(const QString& name) const { return m_dir.filePath(name); }

    QString newDraft(const QString& db, const QString& questionnaire, const QString& answers)
    {
        const auto run =
            runVouch({QStringLiteral("draft"), QStringLiteral("new"), QStringLiteral("--db"), db,
                      QStringLiteral("--questionnaire"), questionnaire, QStringLiteral("--answers"),
                      answers, QStringLiteral("--title"), QStringLiteral("Triage bot")});
        if (run.exitCode != 0) {
            qFatal("draft new failed: %s", qPrintable(run.err));
        }
        return run.out.trimmed();
    }

    static vouch::test::Run migrate(const QString& db, const QString& id,
                                    const QString& questionnaire, const QStringList& extra = {})
    {
        return runVouch(QStringList{QStringLiteral("draft"), QStringLiteral("migrate"), id,
                                    QStringLiteral("--questionnaire"), questionnaire,
                                    QStringLiteral("--db"), db} +
                        extra);
    }

    static json show(const QString& db, const QString& id, int revision)
    {
        const auto run = runVouch({QStringLiteral("show"), id, QStringLiteral("--revision"),
                                   QString::number(revision), QStringLiteral("--db"), db});
        if (run.exitCode != 0) {
            qFatal("show failed: %s", qPrintable(run.err));
        }
        return json::parse(run.out.toStdString());
    }

    static json history(const QString& db, const QString& id)
    {
        const auto run = runVouch(
            {QStringLiteral("history"), id, QStringLiteral("--json"), QStringLiteral("--db"), db});
        if (run.exitCode != 0) {
            qFatal("history failed: %s", qPrintable(run.err));
        }
        return json::parse(run.out.toStdString());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aSigned100AssessmentMovesToTheShippedVersionWithAReport()
    {
        const QString db = file(QStringLiteral("signed.vouchdb"));
        const QString id = newDraft(db, dataArgument("migration/azure-openai-1.0.0.json"),
                                    dataArgument("migration/azure-openai-1.0.0-answers.json"));
        vouch::test::makeAliceKey(file(QStringLiteral("alice.key")),
                                  file(QStringLiteral("alice.pass")));
        const auto sign =
            runVouch({QStringLiteral("sign"), QStringLiteral("--key"),
                      file(QStringLiteral("alice.key")), QStringLiteral("--role"),
                      QStringLiteral("assessor"), QStringLiteral("--passphrase-file"),
                      file(QStringLiteral("alice.pass")), QStringLiteral("--db"), db, id});
        QVERIFY2(sign.exitCode == 0, qPrintable(sign.err));
        const auto signedBefore = history(db, id).at(1);
        VOUCH_COMPARE_JSON(signedBefore["kind"], json("signed"));
        const auto signedPayload = show(db, id, 2)["payload"];

        const auto run = migrate(db, id, vouch::test::shippedQuestionnaireArgument());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto shipped = vouch::test::readJson(vouch::test::shippedQuestionnairePath());
        const auto version = QString::fromStdString(shipped["version"].get<std::string>());
        QVERIFY2(run.out.startsWith(QStringLiteral("questionnaire azure-openai 1.0.0 -> "
                                                   "azure-openai %1\n")
                                        .arg(version)),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("\ncarried: ")));
        QVERIFY(run.out.contains(QStringLiteral("\nnew questions to answer: ")));
        QVERIFY(run.out.contains(QStringLiteral("\ntier: ")));
        QVERIFY(run.out.contains(QStringLiteral("\nverdict: ")));
        QVERIFY(run.out.contains(QStringLiteral("\nfindings added: ")));
        QVERIFY(run.out.endsWith(QStringLiteral("revision 3\n")));

        // The new draft is on the shipped questionnaire and keeps the report.
        const auto migrated = show(db, id, 3);
        VOUCH_COMPARE_JSON(migrated["revision"]["kind"], json("draft"));
        const auto& payload = migrated["payload"];
        VOUCH_COMPARE_JSON(payload["questionnaire"]["version"], shipped["version"]);
        const auto& report = payload["migration"];
        VOUCH_COMPARE_JSON(report["from"]["version"], json("1.0.0"));
        VOUCH_COMPARE_JSON(report["from"]["sha256"], signedPayload["questionnaire"]["sha256"]);
        VOUCH_COMPARE_JSON(report["to"]["version"], shipped["version"]);
        QVERIFY(!report["carried"].empty());
        VOUCH_COMPARE_JSON(report["evaluation"]["verdict_before"],
                           signedPayload["evaluation"]["verdict"]);
        VOUCH_COMPARE_JSON(report["evaluation"]["verdict_after"], payload["evaluation"]["verdict"]);
        VOUCH_COMPARE_JSON(payload["answers"]["deployment.type"],
                           signedPayload["answers"]["deployment.type"]);

        // The signed revision is exactly as it was.
        const auto revisions = history(db, id);
        QCOMPARE(revisions.size(), std::size_t{3});
        VOUCH_COMPARE_JSON(revisions.at(1), signedBefore);
        VOUCH_COMPARE_JSON(show(db, id, 2)["payload"], signedPayload);

        // Once there, a second run changes nothing and says so.
        const auto again = migrate(db, id, vouch::test::shippedQuestionnaireArgument());
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out,
                 QStringLiteral("already on questionnaire azure-openai %1; nothing changed\n")
                     .arg(version));
        QCOMPARE(history(db, id).size(), std::size_t{3});

        // Back to 1.0.0 is refused: a migration only goes forward.
        const auto back = migrate(db, id, dataArgument("migration/azure-openai-1.0.0.json"));
        QCOMPARE(back.exitCode, 2);
        QVERIFY2(back.err.contains(QStringLiteral("a migration only goes forward")),
                 qPrintable(back.err));
        QCOMPARE(back.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(history(db, id).size(), std::size_t{3});
    }

    // Renamed questions, mapped values and dropped answers as the report lines say them
    // (tests/data/migration/minimal-*.json).
    void theReportNamesWhatWasMappedAndDropped()
    {
        const QString db = file(QStringLiteral("minimal.vouchdb"));
        const QString answers = file(QStringLiteral("minimal-answers.json"));
        vouch::test::writeBytes(answers, QByteArray::fromStdString(json{
                                             {"answers",
                                              {{"use.tier", "critical"},
                                               {"data.kinds", {"phi", "genomic"}},
                                               {"review.status", "yes"},
                                               {"review.who", "Ann"},
                                               {"legacy.notes",
                                                "keep me"}}}}.dump()));
        const QString id = newDraft(db, dataArgument("migration/minimal-1.0.0.json"), answers);
        const auto run = migrate(db, id, dataArgument("migration/minimal-1.2.3.json"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("\ncarried: 2 answer(s) unchanged\n")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(
            QStringLiteral("\nmapped: review.status -> review.done: \"yes\" -> \"yes\"\n")));
        QVERIFY(run.out.contains(
            QStringLiteral("\nmapped: data.kinds: [\"phi\",\"genomic\"] -> [\"health\"]\n")));
        QVERIFY(run.out.contains(
            QStringLiteral("\ndropped: data.kinds: \"genomic\" (\"genomic\" is no longer an "
                           "option)\n")));
        QVERIFY(run.out.contains(QStringLiteral(
            "\ndropped: legacy.notes: \"keep me\" (the question is no longer asked)\n")));
        QVERIFY(run.out.contains(QStringLiteral("\nnew questions to answer: review.since\n")));
        QVERIFY(run.out.contains(QStringLiteral("\nrevision 2\n")));
        const auto payload = show(db, id, 2)["payload"];
        VOUCH_COMPARE_JSON(payload["answers"]["review.done"], json("yes"));
        VOUCH_COMPARE_JSON(payload["migration"]["dropped"][1]["value"], json("keep me"));
    }

    void anotherQuestionnaireOrAStaleBaseChangesNothing()
    {
        const QString db = file(QStringLiteral("refused.vouchdb"));
        const QString id = newDraft(db, dataArgument("migration/azure-openai-1.0.0.json"),
                                    dataArgument("migration/azure-openai-1.0.0-answers.json"));
        const auto other = migrate(db, id, dataArgument("migration/minimal-1.2.3.json"));
        QCOMPARE(other.exitCode, 2);
        QVERIFY2(other.err.contains(QStringLiteral("is not the one assessment")),
                 qPrintable(other.err));

        const auto stale = migrate(db, id, vouch::test::shippedQuestionnaireArgument(),
                                   {QStringLiteral("--base"), QStringLiteral("7")});
        QCOMPARE(stale.exitCode, 1);
        QVERIFY2(stale.err.contains(QStringLiteral("nothing changed")), qPrintable(stale.err));
        QCOMPARE(history(db, id).size(), std::size_t{1});

        const auto current = migrate(db, id, vouch::test::shippedQuestionnaireArgument(),
                                     {QStringLiteral("--base"), QStringLiteral("1")});
        QVERIFY2(current.exitCode == 0, qPrintable(current.err));
        QCOMPARE(history(db, id).size(), std::size_t{2});
    }
};

QTEST_GUILESS_MAIN(TestMigrateCli)
#include "TestMigrateCli.moc"
