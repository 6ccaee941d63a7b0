// SPDX-License-Identifier: Apache-2.0
// The command-line verbs, run as real processes of the vouch binary.
#include "TestSupport.h"
#include "VouchProcess.h"

#include <QFile>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>
#include <map>
#include <set>

using nlohmann::json;
using vouch::test::runVouch;

namespace {

QString shipped()
{
    return QString::fromStdString(vouch::test::shippedQuestionnairePath());
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qFatal("cannot write test file");
    }
    file.write(content);
    return path;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version()
    {
        const auto run = runVouch({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("vouch ")));
    }

    void lintShippedQuestionnaire()
    {
        const auto run =
            runVouch({QStringLiteral("questionnaire"), QStringLiteral("lint"), shipped()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral(": ok: azure-openai 1.1.0")), qPrintable(run.out));
        QVERIFY(run.err.isEmpty());
    }

    void lintBrokenCopyNamesThePlace()
    {
        auto document = vouch::test::readJson(shipped().toStdString());
        document["sections"][0]["questions"][0]["type"] = "dropdown";
        document["rules"][0]["severity"] = "fatal";
        QTemporaryDir dir;
        const auto path = writeFile(dir, QStringLiteral("broken.json"),
                                    QByteArray::fromStdString(document.dump(2)));
        const auto run = runVouch({QStringLiteral("questionnaire"), QStringLiteral("lint"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        const auto lines = run.err.trimmed().split(QLatin1Char('\n'));
        QVERIFY2(lines.size() >= 3, qPrintable(run.err));
        QVERIFY2(lines.contains(path + QStringLiteral(": /sections/0/questions/0/type: expected "
                                                      "single, multiple, yes_no_unknown, text, "
                                                      "date or matrix, found \"dropdown\"")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(path + QStringLiteral(": /rules/0/severity: expected blocker")),
                 qPrintable(run.err));
        QVERIFY(lines.last().endsWith(QStringLiteral(" errors")));
    }

    void lintMissingFileIsBadInput()
    {
        const auto run = runVouch({QStringLiteral("questionnaire"), QStringLiteral("lint"),
                                   QStringLiteral("/nonexistent/q.json")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QStringLiteral("/nonexistent/q.json: no such file\n"));
    }

    void evaluatePrintsTheEvaluation()
    {
        QTemporaryDir dir;
        const json answers = {{"answers",
                               {{"usecase.tier", "clinical_facing"},
                                {"data.categories", {"phi"}},
                                {"contract.baa", "not_executed"},
                                {"usecase.human_review", "no"}}},
                              {"meta", {{"title", "Discharge summary drafting"}}}};
        const auto path = writeFile(dir, QStringLiteral("answers.json"),
                                    QByteArray::fromStdString(answers.dump()));
        const auto run = runVouch({QStringLiteral("evaluate"), QStringLiteral("--questionnaire"),
                                   shipped(), QStringLiteral("--answers"), path});
        QCOMPARE(run.exitCode, 0);
        const auto output = json::parse(run.out.toStdString());
        VOUCH_COMPARE_JSON(output["tier"], json("high"));
        VOUCH_COMPARE_JSON(output["verdict"], json("incomplete"));
        std::set<std::string> ids;
        for (const auto& finding : output["findings"]) {
            ids.insert(finding["id"].get<std::string>());
        }
        QVERIFY(ids.contains("baa-missing"));
        QVERIFY(ids.contains("human-oversight-missing"));
        QVERIFY(!output["unanswered"].empty());
    }

    // Issue 14: a clinical-facing PHI workload with every optional safeguard answered
    // "no" was `ready`. Each required safeguard that is denied is now a finding that
    // names the answer and the control's dated sources, so the verdict cannot be ready.
    void evaluateDeniedSafeguardsAreNeverReady()
    {
        QTemporaryDir dir;
        auto answers = vouch::test::readJson(vouch::test::baselineAnswersPath());
        auto& given = answers["answers"];
        given.erase("usecase.affects_care_access");
        given.update({{"usecase.tier", "clinical_facing"},
                      {"usecase.human_review", "yes"},
                      {"usecase.validation_evidence", "yes"},
                      {"usecase.regulatory_review", "completed"},
                      {"usecase.local_validation", "yes"},
                      {"usecase.section1557_review", "completed"},
                      {"data.categories", {"phi"}},
                      {"contract.baa", "executed"},
                      {"contract.baa_scope_confirmed", "yes"},
                      {"features.stateful", {"fine_tuning", "stored_completions"}},
                      {"features.deletion_process", "yes"},
                      {"safety.red_teaming", "no"},
                      {"responsible_ai.fairness_evaluation", "no"},
                      {"responsible_ai.transparency_notes", "no"},
                      {"identity.admin_mfa", "no"},
                      {"contract.dpa_scc", "no"},
                      {"data.dpia", "not_required"},
                      {"usecase.ai_act_role", "not_in_scope"},
                      {"usecase.not_device_rationale", "no"},
                      {"logging.retention_6m", "no"}});
        const auto path = writeFile(dir, QStringLiteral("answers.json"),
                                    QByteArray::fromStdString(answers.dump()));
        const auto run = runVouch({QStringLiteral("evaluate"), QStringLiteral("--questionnaire"),
                                   shipped(), QStringLiteral("--answers"), path});
        QCOMPARE(run.exitCode, 0);
        const auto output = json::parse(run.out.toStdString());
        VOUCH_COMPARE_JSON(output["tier"], json("high"));
        QVERIFY2(output["verdict"] != "ready", output["verdict"].dump().c_str());
        QVERIFY2(output["verdict"] != "incomplete", output["unanswered"].dump().c_str());
        const std::map<std::string, std::string> denied{
            {"control-denied.red-teaming", "safety.red_teaming"},
            {"control-denied.fairness-evaluation", "responsible_ai.fairness_evaluation"},
            {"control-denied.transparency-documentation", "responsible_ai.transparency_notes"},
            {"control-denied.admin-conditional-access", "identity.admin_mfa"},
            {"control-denied.dpa-scc-review", "contract.dpa_scc"},
            {"control-denied.dpia", "data.dpia"},
            {"control-denied.log-retention-six-months", "logging.retention_6m"}};
        for (const auto& [id, question] : denied) {
            const auto found = std::find_if(output["findings"].begin(), output["findings"].end(),
                                            [&](const json& f) { return f["id"] == id; });
            QVERIFY2(found != output["findings"].end(),
                     (id + " missing: " + run.out.toStdString()).c_str());
            VOUCH_COMPARE_JSON((*found)["severity"], json("conflict"));
            VOUCH_COMPARE_JSON((*found)["because"][0]["question"], json(question));
            QVERIFY2(!(*found)["sources"].empty(), id.c_str());
            QVERIFY(!(*found)["sources"][0]["as_of"].get<std::string>().empty());
        }
        // The answers that contradict each other or the vendor's facts (issue 14, section 2)
        // are findings too, each naming the answer that gives it away.
        const std::map<std::string, std::string> contradictions{
            {"clinical-not-device-unjustified", "usecase.not_device_rationale"},
            {"dpia-not-required-health", "data.dpia"},
            {"dpa-scc-unconfirmed", "contract.dpa_scc"},
            {"fine-tuning-phi", "features.stateful"},
            {"stored-feature-preview", "features.preview_in_use"}};
        for (const auto& [id, question] : contradictions) {
            const auto found = std::find_if(output["findings"].begin(), output["findings"].end(),
                                            [&](const json& f) { return f["id"] == id; });
            QVERIFY2(found != output["findings"].end(),
                     (id + " missing: " + run.out.toStdString()).c_str());
            const auto& because = (*found)["because"];
            QVERIFY2(std::any_of(because.begin(), because.end(),
                                 [&](const json& b) { return b["question"] == question; }),
                     (id + ": " + because.dump()).c_str());
            for (const auto& source : (*found)["sources"]) {
                QVERIFY2(!source["as_of"].get<std::string>().empty(), id.c_str());
            }
        }
    }

    void evaluateBadAnswersIsOneLinePerProblem()
    {
        QTemporaryDir dir;
        const auto path = writeFile(dir, QStringLiteral("answers.json"),
                                    R"({"answers": {"deployment.type": "moon"}})");
        const auto run = runVouch({QStringLiteral("evaluate"), QStringLiteral("--questionnaire"),
                                   shipped(), QStringLiteral("--answers"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(run.err.startsWith(path + QStringLiteral(": /answers/deployment.type: \"moon\" is "
                                                          "not a value of \"deployment.type\"")),
                 qPrintable(run.err));
    }

    void evaluateMalformedAnswers()
    {
        QTemporaryDir dir;
        const auto path = writeFile(dir, QStringLiteral("answers.json"), "{\"answers\": ");
        const auto run = runVouch({QStringLiteral("evaluate"), QStringLiteral("--questionnaire"),
                                   shipped(), QStringLiteral("--answers"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(path + QStringLiteral(": invalid JSON: parse error at line 1")),
                 qPrintable(run.err));
    }

    void theWindowOpensTheLibraryGivenWithDb()
    {
        // `vouch --db LOCATION` is the window on that library (made when missing, as the
        // default one is), not the library in Settings.
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("team.vouchdb"));
        QProcessEnvironment window;
        window.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        window.insert(QStringLiteral("VOUCH_QUIT_WHEN_SHOWN"), QStringLiteral("1"));
        const auto opened = runVouch({QStringLiteral("--db"), library}, window);
        QVERIFY2(opened.exitCode == 0, qPrintable(opened.err));
        QVERIFY(QFile::exists(library));
        const QString other = dir.filePath(QStringLiteral("other.vouchdb"));
        QCOMPARE(runVouch({QStringLiteral("--db=") + other}, window).exitCode, 0);
        QVERIFY(QFile::exists(other));
        const auto missing = runVouch({QStringLiteral("--db")}, window);
        QCOMPARE(missing.exitCode, 2);
        QCOMPARE(missing.err, QStringLiteral("vouch: option --db needs a value (a library file "
                                             "or a PostgreSQL location)\n"));
    }

    void startingLoadsNeitherPdfSigningNorThePreview()
    {
        // PoDoFo (PDF signatures) and QtPdf/QtPrintSupport (the preview) are modules
        // loaded on first use: neither the command line nor the window's first paint
        // loads them (the dynamic loader's own record of what it loaded).
        QTemporaryDir dir;
        QProcessEnvironment traced;
        traced.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        const auto version = runVouch({QStringLiteral("--version")}, traced);
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.err.contains(QStringLiteral("file=libQt6Core.so.6")),
                 "LD_DEBUG=files traced nothing: the check below would pass vacuously");
        traced.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        traced.insert(QStringLiteral("VOUCH_QUIT_WHEN_SHOWN"), QStringLiteral("1"));
        const auto window =
            runVouch({QStringLiteral("--db"), dir.filePath(QStringLiteral("l.vouchdb"))}, traced);
        QCOMPARE(window.exitCode, 0);
        for (const auto* run : {&version, &window}) {
            for (const char* library :
                 {"libvouch_pdfsign.so", "libpodofo", "libvouch_pdfpreview.so", "libQt6Pdf",
                  "libQt6PrintSupport"}) {
                QVERIFY2(!run->err.contains(QStringLiteral("file=") + QLatin1String(library)),
                         library);
            }
        }
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown verb") << QStringList{QStringLiteral("frobnicate")}
                                      << QStringLiteral("unknown command 'frobnicate'");
        QTest::newRow("evaluate without answers")
            << QStringList{QStringLiteral("evaluate"), QStringLiteral("--questionnaire"), shipped()}
            << QStringLiteral("usage: vouch evaluate");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("evaluate"), QStringLiteral("--questionaire"), shipped()}
            << QStringLiteral("unknown option --questionaire");
        QTest::newRow("option without value")
            << QStringList{QStringLiteral("evaluate"), QStringLiteral("--answers")}
            << QStringLiteral("option --answers needs a value");
        QTest::newRow("lint without file")
            << QStringList{QStringLiteral("questionnaire"), QStringLiteral("lint")}
            << QStringLiteral("expected exactly one FILE");
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto run = runVouch(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
