// SPDX-License-Identifier: Apache-2.0
// `vouch evaluate --as-of`: the evaluation is computed as of a date and records it, a
// duty not yet in force is a watch-out naming its date, and sources past their
// re-verify date are listed (issue 14 section 4).
#include "TestSupport.h"
#include "VouchProcess.h"

#include <QDateTime>
#include <QFile>
#include <QObject>
#include <QTemporaryDir>

#include <algorithm>

using nlohmann::json;
using vouch::test::runVouch;

namespace {

QString shipped()
{
    return QString::fromStdString(vouch::test::shippedQuestionnairePath());
}

// The baseline answers with a high-risk medical-device use whose logs are not kept.
QString writeDeviceAnswers(const QTemporaryDir& dir)
{
    auto answers = vouch::test::readJson(vouch::test::baselineAnswersPath());
    answers["answers"].update({{"usecase.ai_act_role", "deployer"},
                               {"usecase.ai_act_high_risk", "yes"},
                               {"usecase.ai_act_annex", "annex_i_device"},
                               {"usecase.fria", "not_required"},
                               {"usecase.gpai_docs", "obtained"},
                               {"logging.retention_6m", "no"}});
    const QString path = dir.filePath(QStringLiteral("answers.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qFatal("cannot write test file");
    }
    file.write(QByteArray::fromStdString(answers.dump()));
    return path;
}

const json* findingIn(const json& output, const std::string& id)
{
    const auto& findings = output["findings"];
    const auto found = std::find_if(findings.begin(), findings.end(),
                                    [&](const json& finding) { return finding["id"] == id; });
    return found == findings.end() ? nullptr : &*found;
}

} // namespace

class TestLawCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluateAsOfADateRecordsItAndDatesTheDuties()
    {
        QTemporaryDir dir;
        const auto answers = writeDeviceAnswers(dir);
        const auto before = runVouch({QStringLiteral("evaluate"), QStringLiteral("--questionnaire"),
                                      shipped(), QStringLiteral("--answers"), answers,
                                      QStringLiteral("--as-of"), QStringLiteral("2026-12-02")});
        QCOMPARE(before.exitCode, 0);
        const auto output = json::parse(before.out.toStdString());
        VOUCH_COMPARE_JSON(output["as_of"], json("2026-12-02"));
        const auto* duty = findingIn(output, "ai-act-device-duties");
        QVERIFY2(duty != nullptr, before.out.toUtf8().constData());
        VOUCH_COMPARE_JSON((*duty)["severity"], json("watch_out"));
        VOUCH_COMPARE_JSON((*duty)["applies_from"], json("2027-08-02"));
        VOUCH_COMPARE_JSON((*duty)["in_force"], json(false));
        QVERIFY(output["verdict"] != "blocked");
        const auto& due = output["sources_to_reverify"];
        QVERIFY(std::any_of(due.begin(), due.end(), [](const json& source) {
            return source["id"] == "ms-batch" && source["reverify_by"] == "2026-02-13";
        }));

        const auto after = runVouch({QStringLiteral("evaluate"), QStringLiteral("--questionnaire"),
                                     shipped(), QStringLiteral("--answers"), answers,
                                     QStringLiteral("--as-of"), QStringLiteral("2027-08-02")});
        QCOMPARE(after.exitCode, 0);
        const auto later = json::parse(after.out.toStdString());
        VOUCH_COMPARE_JSON((*findingIn(later, "ai-act-device-duties"))["severity"],
                           json("blocker"));
        VOUCH_COMPARE_JSON(later["verdict"], json("blocked"));
    }

    void evaluateWithoutAsOfUsesToday()
    {
        QTemporaryDir dir;
        const auto run =
            runVouch({QStringLiteral("evaluate"), QStringLiteral("--questionnaire"), shipped(),
                      QStringLiteral("--answers"), writeDeviceAnswers(dir)});
        QCOMPARE(run.exitCode, 0);
        const auto output = json::parse(run.out.toStdString());
        // Today in UTC (the run may straddle midnight: then yesterday's date is right too).
        const auto asOf = QString::fromStdString(output["as_of"].get<std::string>());
        const auto today = QDateTime::currentDateTimeUtc().date();
        QVERIFY2(asOf == today.toString(Qt::ISODate) ||
                     asOf == today.addDays(-1).toString(Qt::ISODate),
                 qPrintable(asOf));
    }

    void evaluateRejectsABadDate()
    {
        QTemporaryDir dir;
        const auto run = runVouch({QStringLiteral("evaluate"), QStringLiteral("--questionnaire"),
                                   shipped(), QStringLiteral("--answers"), writeDeviceAnswers(dir),
                                   QStringLiteral("--as-of"), QStringLiteral("02.12.2026")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QStringLiteral("vouch evaluate: --as-of: expected a date as YYYY-MM-DD, "
                                         "found \"02.12.2026\"\n"));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLawCli)
#include "TestLawCli.moc"
