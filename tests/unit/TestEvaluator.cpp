// SPDX-License-Identifier: Apache-2.0
// The evaluation engine on the small test questionnaire: three-valued conditions,
// visibility, tier, findings and their explanations, controls, matrix and verdict.
#include "TestSupport.h"
#include "model/QuestionnaireLoader.h"
#include "rules/ConditionEvaluator.h"
#include "rules/EvaluationJson.h"
#include "rules/Evaluator.h"

#include <QObject>

#include <algorithm>
#include <map>

using namespace vouch::model;
using namespace vouch::rules;
using nlohmann::json;

Q_DECLARE_METATYPE(vouch::rules::Truth)

namespace vouch::rules {
inline char* toString(Truth truth)
{
    static constexpr const char* kNames[]{"false", "unknown", "true"};
    return qstrdup(kNames[static_cast<int>(truth)]);
}
} // namespace vouch::rules

class TestEvaluator : public QObject
{
    Q_OBJECT

private:
    Questionnaire m_questionnaire;

    Answers answers(const json& values) const
    {
        auto loaded = parseAnswers(json{{"answers", values}}, m_questionnaire, "a.json");
        if (!loaded.ok()) {
            qFatal("bad test answers: %s", loaded.errors.front().toString().c_str());
        }
        return std::move(*loaded.value);
    }

    Condition condition(const json& value) const
    {
        DiagnosticSink sink("c");
        auto parsed = parseCondition(value, "", sink);
        if (!parsed) {
            qFatal("bad test condition");
        }
        return *parsed;
    }

    static std::vector<std::string> findingIds(const Evaluation& evaluation)
    {
        std::vector<std::string> ids;
        for (const auto& finding : evaluation.findings) {
            ids.push_back(finding.id);
        }
        return ids;
    }

    static json completeAnswers()
    {
        return {{"use.tier", "routine"},
                {"data.kinds", {"public"}},
                {"review.done", "yes"},
                {"review.who", "Dr. Rivera"},
                {"shared.matrix",
                 {{"platform", {{"status", "in_place"}}}, {"access", {{"status", "in_place"}}}}}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto loaded = loadQuestionnaireFile(vouch::test::dataPath("questionnaires/minimal.json"));
        QVERIFY(loaded.ok());
        m_questionnaire = std::move(*loaded.value);
    }

    // Kleene logic: an unanswered question is unknown, and unknown never becomes true
    // through `not`.
    void threeValuedLogic_data()
    {
        QTest::addColumn<QByteArray>("conditionJson");
        QTest::addColumn<QByteArray>("answersJson");
        QTest::addColumn<Truth>("expected");
        const auto row = [](const char* name, const json& c, const json& a, Truth t) {
            QTest::newRow(name) << QByteArray::fromStdString(c.dump())
                                << QByteArray::fromStdString(a.dump()) << t;
        };
        const json isCritical = {{"equals", {{"question", "use.tier"}, {"value", "critical"}}}};
        const json hasHealth = {{"contains", {{"question", "data.kinds"}, {"values", {"health"}}}}};
        const json critical = {{"use.tier", "critical"}};
        const json routine = {{"use.tier", "routine"}};
        const json none = json::object();
        row("equals true", isCritical, critical, Truth::True);
        row("equals false", isCritical, routine, Truth::False);
        row("equals unknown", isCritical, none, Truth::Unknown);
        row("not unknown stays unknown", {{"not", isCritical}}, none, Truth::Unknown);
        row("not false is true", {{"not", isCritical}}, routine, Truth::True);
        row("all with a false is false", {{"all", {isCritical, hasHealth}}}, routine, Truth::False);
        row("all with unknown is unknown", {{"all", {isCritical, hasHealth}}}, critical,
            Truth::Unknown);
        row("any with a true is true", {{"any", {isCritical, hasHealth}}}, critical, Truth::True);
        row("any false and unknown is unknown", {{"any", {isCritical, hasHealth}}}, routine,
            Truth::Unknown);
        row("in", {{"in", {{"question", "use.tier"}, {"values", {"routine", "critical"}}}}},
            routine, Truth::True);
        row("contains any of",
            {{"contains", {{"question", "data.kinds"}, {"values", {"none", "public"}}}}},
            {{"data.kinds", {"public"}}}, Truth::True);
        row("contains none of", hasHealth, {{"data.kinds", {"public"}}}, Truth::False);
        row("empty selection is unknown", hasHealth, {{"data.kinds", json::array()}},
            Truth::Unknown);
        row("answered is never unknown", {{"answered", "use.tier"}}, none, Truth::False);
        row("blank text is not answered", {{"answered", "review.who"}},
            {{"review.done", "yes"}, {"review.who", "  "}}, Truth::False);
        row("matrix item status",
            {{"equals", {{"question", "shared.matrix"}, {"item", "access"}, {"value", "gap"}}}},
            {{"shared.matrix", {{"access", {{"status", "gap"}}}}}}, Truth::True);
        row("matrix item not assessed is unknown",
            {{"equals", {{"question", "shared.matrix"}, {"item", "platform"}, {"value", "gap"}}}},
            {{"shared.matrix", {{"access", {{"status", "gap"}}}}}}, Truth::Unknown);
        row("hidden question is unknown",
            {{"equals", {{"question", "review.who"}, {"value", "Dr. X"}}}},
            {{"review.done", "no"}, {"review.who", "Dr. X"}}, Truth::Unknown);
    }
    void threeValuedLogic()
    {
        QFETCH(QByteArray, conditionJson);
        QFETCH(QByteArray, answersJson);
        QFETCH(Truth, expected);
        const auto given = answers(json::parse(answersJson.toStdString()));
        const VisibleAnswers visible(m_questionnaire, given);
        QCOMPARE(visible.evaluate(condition(json::parse(conditionJson.toStdString()))), expected);
    }

    void visibilityFollowsChains()
    {
        // review.since depends on review.who, which depends on review.done.
        const auto shown = answers({{"review.done", "yes"}, {"review.who", "Dr. X"}});
        QVERIFY(VisibleAnswers(m_questionnaire, shown).isVisible("review.since"));
        const auto hidden = answers({{"review.done", "no"}, {"review.who", "Dr. X"}});
        const VisibleAnswers visible(m_questionnaire, hidden);
        QVERIFY(!visible.isVisible("review.who"));
        QVERIFY(!visible.isVisible("review.since"));
    }

    void hiddenQuestionsAreNeitherRequiredNorEvaluated()
    {
        auto values = completeAnswers();
        values["review.done"] = "no";
        values["review.since"] = "2019-01-01"; // would fire old-review if it were visible
        const auto evaluation = evaluate(m_questionnaire, answers(values));
        QVERIFY(evaluation.unanswered.empty());
        QCOMPARE(evaluation.ignoredAnswers,
                 (std::vector<std::string>{"review.who", "review.since"}));
        QVERIFY(!evaluation.hasFinding("old-review"));
        // reviewer-unnamed fires: `answered` is false for a hidden question.
        QVERIFY(evaluation.hasFinding("reviewer-unnamed"));
    }

    void tierFromMapWithRaiseAndCeiling_data()
    {
        QTest::addColumn<QString>("tier");
        QTest::addColumn<bool>("health");
        QTest::addColumn<QString>("expected");
        QTest::newRow("routine") << QStringLiteral("routine") << false << QStringLiteral("low");
        QTest::newRow("routine + health")
            << QStringLiteral("routine") << true << QStringLiteral("medium");
        QTest::newRow("critical") << QStringLiteral("critical") << false << QStringLiteral("high");
        QTest::newRow("critical + health stays high")
            << QStringLiteral("critical") << true << QStringLiteral("high");
    }
    void tierFromMapWithRaiseAndCeiling()
    {
        QFETCH(QString, tier);
        QFETCH(bool, health);
        QFETCH(QString, expected);
        const auto evaluation = evaluate(
            m_questionnaire, answers({{"use.tier", tier.toStdString()},
                                      {"data.kinds", health ? json{"health"} : json{"public"}}}));
        QCOMPARE(evaluation.tier.level.value_or("none"), expected.toStdString());
        QCOMPARE(evaluation.tier.base->question, std::string("use.tier"));
        QCOMPARE(evaluation.tier.raises.size(), std::size_t{health ? 1U : 0U});
        if (health) {
            QCOMPARE(evaluation.tier.raises.front().because.front().question,
                     std::string("data.kinds"));
        }
    }

    void unansweredTierQuestionLeavesTierUndetermined()
    {
        const auto evaluation = evaluate(m_questionnaire, answers({{"data.kinds", {"health"}}}));
        QVERIFY(!evaluation.tier.level);
        QVERIFY(evaluation.requiredControls.empty());
        QCOMPARE(evaluation.verdict, Verdict::Incomplete);
    }

    void findingsExplainThemselves()
    {
        auto values = completeAnswers();
        values["use.tier"] = "critical";
        values["review.done"] = "unknown";
        const auto evaluation = evaluate(m_questionnaire, answers(values));
        QCOMPARE(evaluation.findings.front().id, std::string("no-review"));
        const auto& because = evaluation.findings.front().because;
        QCOMPARE(because.size(), std::size_t{2});
        QCOMPARE(because[0].question, std::string("use.tier"));
        VOUCH_COMPARE_JSON(because[0].value, json("critical"));
        QCOMPARE(because[1].question, std::string("review.done"));
        VOUCH_COMPARE_JSON(because[1].value, json("unknown"));
    }

    void anyCitesOnlyTheTrueBranch()
    {
        auto values = completeAnswers();
        values["review.who"] = "TBD";
        const auto evaluation = evaluate(m_questionnaire, answers(values));
        const auto& finding = evaluation.findings.front();
        QCOMPARE(finding.id, std::string("reviewer-unnamed"));
        QCOMPARE(finding.because.size(), std::size_t{1});
        VOUCH_COMPARE_JSON(finding.because.front().value, json("TBD"));
    }

    void matrixGapsBecomeOneWatchOut()
    {
        auto values = completeAnswers();
        values["shared.matrix"]["platform"]["status"] = "gap";
        values["shared.matrix"]["access"] = {{"status", "gap"}, {"evidence", "none yet"}};
        const auto evaluation = evaluate(m_questionnaire, answers(values));
        QCOMPARE(findingIds(evaluation), std::vector<std::string>{"responsibility-gap"});
        const auto& finding = evaluation.findings.front();
        QCOMPARE(finding.severity, Severity::WatchOut);
        QCOMPARE(finding.because.size(), std::size_t{2});
        QCOMPARE(finding.because[1].item, std::string("access"));
        QVERIFY(finding.rationale.find("Platform security; Access configuration") !=
                std::string::npos);
        QCOMPARE(finding.sources, std::vector<std::string>{"src-a"});
        QCOMPARE(evaluation.verdict, Verdict::Conditional);
        QCOMPARE(evaluation.responsibility.size(), std::size_t{2});
        QCOMPARE(evaluation.responsibility[1].evidence, std::string("none yet"));
        QCOMPARE(evaluation.responsibility[0].owner, Owner::Provider);
    }

    void findingsAreOrderedBySeverity()
    {
        auto values = completeAnswers();
        values["use.tier"] = "critical";
        values["review.done"] = "no";
        values["data.kinds"] = {"health"};
        values["shared.matrix"]["access"]["status"] = "planned";
        const auto evaluation = evaluate(m_questionnaire, answers(values));
        QCOMPARE(findingIds(evaluation),
                 (std::vector<std::string>{"no-review", "health-public", "reviewer-unnamed"}));
        QCOMPARE(evaluation.verdict, Verdict::Blocked);
    }

    void controlsFollowTierAndCondition()
    {
        auto values = completeAnswers();
        const auto low = evaluate(m_questionnaire, answers(values));
        QCOMPARE(low.requiredControls.size(), std::size_t{1});
        QCOMPARE(low.requiredControls.front()->id, std::string("qa"));
        values["use.tier"] = "critical";
        values["data.kinds"] = {"health"};
        const auto high = evaluate(m_questionnaire, answers(values));
        QCOMPARE(high.requiredControls.size(), std::size_t{3});
        values["data.kinds"] = {"public"};
        QCOMPARE(evaluate(m_questionnaire, answers(values)).requiredControls.size(),
                 std::size_t{2});
    }

    void verdicts()
    {
        QCOMPARE(evaluate(m_questionnaire, answers(completeAnswers())).verdict, Verdict::Ready);
        auto values = completeAnswers();
        values.erase("data.kinds");
        const auto incomplete = evaluate(m_questionnaire, answers(values));
        QCOMPARE(incomplete.verdict, Verdict::Incomplete);
        QCOMPARE(incomplete.unanswered, std::vector<std::string>{"data.kinds"});
        // A blocker does not hide that answers are missing: incomplete wins, but the
        // finding is still reported.
        values["use.tier"] = "critical";
        values["review.done"] = "no";
        const auto blockedButIncomplete = evaluate(m_questionnaire, answers(values));
        QCOMPARE(blockedButIncomplete.verdict, Verdict::Incomplete);
        QVERIFY(blockedButIncomplete.hasFinding("no-review"));
        // Optional questions never make an assessment incomplete.
        QVERIFY(std::find(incomplete.unanswered.begin(), incomplete.unanswered.end(),
                          "review.since") == incomplete.unanswered.end());
    }

    void partialMatrixIsUnanswered()
    {
        auto values = completeAnswers();
        values["shared.matrix"].erase("access");
        const auto evaluation = evaluate(m_questionnaire, answers(values));
        QCOMPARE(evaluation.unanswered, std::vector<std::string>{"shared.matrix"});
        QVERIFY(!evaluation.responsibility[1].status);
    }

    void jsonOutputHasTheDocumentedFields()
    {
        auto values = completeAnswers();
        values["use.tier"] = "critical";
        values["review.done"] = "no";
        const auto output =
            evaluationToJson(evaluate(m_questionnaire, answers(values)), m_questionnaire);
        for (const auto* key :
             {"questionnaire", "tier", "tier_explanation", "verdict", "counts", "findings",
              "required_controls", "responsibility", "unanswered", "ignored_answers"}) {
            QVERIFY2(output.contains(key), key);
        }
        VOUCH_COMPARE_JSON(output["tier"], json("high"));
        VOUCH_COMPARE_JSON(output["verdict"], json("blocked"));
        VOUCH_COMPARE_JSON(output["counts"]["blocker"], json(1));
        const auto& finding = output["findings"][0];
        VOUCH_COMPARE_JSON(finding["id"], json("no-review"));
        VOUCH_COMPARE_JSON(finding["sources"][0]["as_of"], json("2024-02-29"));
        QVERIFY(!finding["sources"][0].contains("url"));
        VOUCH_COMPARE_JSON(finding["because"][1],
                           (json{{"question", "review.done"}, {"value", "no"}}));
        VOUCH_COMPARE_JSON(output["responsibility"][0]["owner"], json("provider"));
        VOUCH_COMPARE_JSON(output["tier_explanation"]["base"]["level"], json("high"));
    }

    // The minimal questionnaire with control checks, as an organisation would write
    // them: qa (every tier) is checked by review.done, validation (high tier only,
    // mandatory there) by the matrix item "access".
    static Questionnaire withControlChecks()
    {
        auto document = vouch::test::readJson(vouch::test::dataPath("questionnaires/minimal.json"));
        document["controls"][0]["checks"] = json::array({{{"question", "review.done"},
                                                          {"satisfied", {"yes"}},
                                                          {"denied", {"no"}},
                                                          {"unknown", {"unknown"}}}});
        document["controls"][1]["mandatory_at"] = {"high"};
        document["controls"][1]["checks"] = json::array({{{"question", "shared.matrix"},
                                                          {"item", "access"},
                                                          {"satisfied", {"in_place"}},
                                                          {"denied", {"gap"}},
                                                          {"unknown", {"planned"}}}});
        auto loaded = loadQuestionnaire(document, "checks.json");
        if (!loaded.ok()) {
            qFatal("bad test questionnaire: %s", loaded.errors.front().toString().c_str());
        }
        return std::move(*loaded.value);
    }

    void controlChecksRaiseFindings_data()
    {
        QTest::addColumn<QByteArray>("set");
        QTest::addColumn<QString>("finding");
        QTest::addColumn<QString>("severity"); // empty: the finding must not be raised
        QTest::addColumn<QByteArray>("because");
        const auto row = [](const char* name, const json& set, const char* finding,
                            const char* severity, const json& because) {
            QTest::newRow(name) << QByteArray::fromStdString(set.dump())
                                << QString::fromUtf8(finding) << QString::fromUtf8(severity)
                                << QByteArray::fromStdString(because.dump());
        };
        const json reviewNo = {{"question", "review.done"}, {"value", "no"}};
        row("denied at low: conflict", {{"review.done", "no"}}, "control-denied.qa", "conflict",
            json::array({reviewNo}));
        row("unknown at low: watch-out", {{"review.done", "unknown"}}, "control-unconfirmed.qa",
            "watch_out", json::array({{{"question", "review.done"}, {"value", "unknown"}}}));
        row("satisfied: nothing", {{"review.done", "yes"}}, "control-denied.qa", "", nullptr);
        row("satisfied: not unconfirmed", {{"review.done", "yes"}}, "control-unconfirmed.qa", "",
            nullptr);
        row("denied where mandatory: blocker",
            {{"use.tier", "critical"},
             {"shared.matrix",
              {{"platform", {{"status", "in_place"}}}, {"access", {{"status", "gap"}}}}}},
            "control-denied.validation", "blocker",
            json::array({{{"question", "shared.matrix"}, {"item", "access"}, {"value", "gap"}}}));
        row("planned where mandatory: watch-out",
            {{"use.tier", "critical"},
             {"shared.matrix",
              {{"platform", {{"status", "in_place"}}}, {"access", {{"status", "planned"}}}}}},
            "control-unconfirmed.validation", "watch_out",
            json::array(
                {{{"question", "shared.matrix"}, {"item", "access"}, {"value", "planned"}}}));
        row("denied but not required at the tier: nothing",
            {{"shared.matrix",
              {{"platform", {{"status", "in_place"}}}, {"access", {{"status", "gap"}}}}}},
            "control-denied.validation", "", nullptr);
        row("unanswered check: nothing",
            {{"use.tier", "critical"}, {"shared.matrix", {{"platform", {{"status", "in_place"}}}}}},
            "control-unconfirmed.validation", "", nullptr);
    }
    void controlChecksRaiseFindings()
    {
        QFETCH(QByteArray, set);
        QFETCH(QString, finding);
        QFETCH(QString, severity);
        QFETCH(QByteArray, because);
        const auto questionnaire = withControlChecks();
        auto values = completeAnswers();
        values.update(json::parse(set.toStdString()));
        auto parsed = parseAnswers(json{{"answers", values}}, questionnaire, "a.json");
        QVERIFY(parsed.ok());
        const auto evaluation = evaluate(questionnaire, *parsed.value);
        const auto* found = evaluation.finding(finding.toStdString());
        if (severity.isEmpty()) {
            QVERIFY2(found == nullptr, qPrintable(finding));
            return;
        }
        QVERIFY2(found != nullptr, qPrintable(finding));
        QCOMPARE(QString::fromUtf8(spelling(found->severity)), severity);
        QVERIFY(!found->sources.empty());
        QVERIFY(!found->title.empty() && !found->rationale.empty() &&
                !found->recommendation.empty());
        const auto output = evaluationToJson(evaluation, questionnaire);
        const auto entry =
            std::find_if(output["findings"].begin(), output["findings"].end(),
                         [&](const json& f) { return f["id"] == finding.toStdString(); });
        VOUCH_COMPARE_JSON((*entry)["because"], json::parse(because.toStdString()));
        QVERIFY(evaluation.verdict != Verdict::Ready);
    }

    void requiredControlsCarryTheirStatus()
    {
        const auto questionnaire = withControlChecks();
        auto values = completeAnswers();
        values["use.tier"] = "critical";
        values["shared.matrix"]["access"]["status"] = "gap";
        auto parsed = parseAnswers(json{{"answers", values}}, questionnaire, "a.json");
        QVERIFY(parsed.ok());
        const auto output = evaluationToJson(evaluate(questionnaire, *parsed.value), questionnaire);
        std::map<std::string, std::pair<std::string, bool>> status;
        for (const auto& control : output["required_controls"]) {
            status[control["id"]] = {control["status"], control["mandatory"]};
        }
        QCOMPARE(status["qa"], std::make_pair(std::string("satisfied"), false));
        QCOMPARE(status["validation"], std::make_pair(std::string("denied"), true));
        VOUCH_COMPARE_JSON(output["verdict"], json("blocked"));

        // Without checks the output is what it always was (signed evaluations of
        // questionnaires without checks are re-computed byte for byte on verify).
        const auto plain =
            evaluationToJson(evaluate(m_questionnaire, answers(values)), m_questionnaire);
        for (const auto& control : plain["required_controls"]) {
            QVERIFY(!control.contains("status"));
            QVERIFY(!control.contains("mandatory"));
        }
    }

    // Remediation actions may name the findings control checks raise, and only those.
    void actionsMayNameControlFindings()
    {
        const auto questionnaire = withControlChecks();
        const auto withAction = [&](const char* finding) {
            return parseAnswers(json{{"answers", completeAnswers()},
                                     {"actions",
                                      {{{"finding", finding},
                                        {"what", "Name a reviewer"},
                                        {"owner", "Dr. Rivera"},
                                        {"due", "2027-01-31"}}}}},
                                questionnaire, "a.json");
        };
        QVERIFY(withAction("control-denied.qa").ok());
        QVERIFY(withAction("control-unconfirmed.validation").ok());
        const auto unchecked = withAction("control-denied.health-contract");
        QVERIFY(!unchecked.ok());
        QCOMPARE(unchecked.errors.front().place, std::string("/actions/0/finding"));
        QVERIFY(!withAction("control-denied.nope").ok());
    }

    void sameInputsSameOutput()
    {
        const auto given = answers(completeAnswers());
        QCOMPARE(evaluationToJson(evaluate(m_questionnaire, given), m_questionnaire).dump(),
                 evaluationToJson(evaluate(m_questionnaire, given), m_questionnaire).dump());
    }
};

QTEST_GUILESS_MAIN(TestEvaluator)
#include "TestEvaluator.moc"
