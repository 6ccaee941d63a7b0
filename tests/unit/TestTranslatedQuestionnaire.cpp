// SPDX-License-Identifier: Apache-2.0
// The German questionnaire is the same questionnaire as the English one: it loads
// cleanly, says it is German, and every scenario of tests/data/scenarios gives the same
// tier, verdict, findings (with severities) and required controls with either file. That
// the two files differ only in their texts is checked by the CTest
// `questionnaire_translation_matches` (scripts/questionnaire-texts.py compare).
#include "TestSupport.h"
#include "model/QuestionnaireLoader.h"
#include "rules/Evaluator.h"

#include <QObject>

#include <algorithm>

using namespace vouch::model;
using namespace vouch::rules;
using nlohmann::json;

namespace {

std::string germanQuestionnairePath()
{
    return std::string(VOUCH_SOURCE_QUESTIONNAIRE_DIR) + "/azure-openai.de.json";
}

QByteArray dump(const json& value)
{
    return QByteArray::fromStdString(value.dump());
}

// What an officer signs, without the words: tier, verdict, findings and their severities,
// the required controls and their states.
json outcome(const Evaluation& evaluation)
{
    json findings = json::array();
    for (const auto& finding : evaluation.findings) {
        findings.push_back({finding.id, std::string(spelling(finding.severity)), finding.sources,
                            finding.inForce});
    }
    std::sort(findings.begin(), findings.end());
    json controls = json::array();
    for (std::size_t i = 0; i < evaluation.requiredControls.size(); ++i) {
        const auto& status = evaluation.controlStatus.at(i);
        controls.push_back({evaluation.requiredControls[i]->id, std::string(spelling(status.state)),
                            status.mandatory});
    }
    std::sort(controls.begin(), controls.end());
    return {{"tier", evaluation.tier.level.value_or("none")},
            {"verdict", std::string(spelling(evaluation.verdict))},
            {"findings", findings},
            {"controls", controls},
            {"unanswered", evaluation.unanswered},
            {"responsibility", evaluation.responsibility.size()}};
}

} // namespace

class TestTranslatedQuestionnaire : public QObject
{
    Q_OBJECT

private:
    Questionnaire m_english;
    Questionnaire m_german;
    json m_baseline;

    json outcomeWith(const Questionnaire& questionnaire, const json& answers) const
    {
        auto parsed = parseAnswers(json{{"answers", answers}}, questionnaire, "scenario.json");
        if (!parsed.ok()) {
            qFatal("invalid scenario answers: %s", parsed.errors.front().toString().c_str());
        }
        return outcome(evaluate(questionnaire, *parsed.value));
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto english = loadQuestionnaireFile(vouch::test::shippedQuestionnairePath());
        QVERIFY(english.ok());
        m_english = std::move(*english.value);
        auto german = loadQuestionnaireFile(germanQuestionnairePath());
        QVERIFY2(german.ok(),
                 german.errors.empty() ? "" : german.errors.front().toString().c_str());
        m_german = std::move(*german.value);
        m_baseline = vouch::test::readJson(vouch::test::baselineAnswersPath());
    }

    void theGermanFileIsTheSameQuestionnaireInGerman()
    {
        QCOMPARE(QString::fromStdString(m_german.locale), QStringLiteral("de"));
        QCOMPARE(QString::fromStdString(m_english.locale), QStringLiteral("en"));
        QCOMPARE(m_german.id, m_english.id);
        QCOMPARE(m_german.version, m_english.version);
        QVERIFY(m_german.title != m_english.title);
        QVERIFY(m_german.disclaimer != m_english.disclaimer);
    }

    void everyScenarioHasTheSameOutcome_data()
    {
        QTest::addColumn<QByteArray>("answers");
        QTest::newRow("baseline") << dump(m_baseline["answers"]);
        const auto table =
            vouch::test::readJson(vouch::test::dataPath("scenarios/azure-openai-scenarios.json"));
        QVERIFY(table["scenarios"].size() >= 20);
        for (const auto& scenario : table["scenarios"]) {
            json answers = m_baseline["answers"];
            for (const auto& [key, value] : scenario["set"].items()) {
                answers[key] = value;
            }
            for (const auto& key : scenario.value("unset", json::array())) {
                answers.erase(key.get<std::string>());
            }
            QTest::newRow(scenario["name"].get<std::string>().c_str()) << dump(answers);
        }
    }
    void everyScenarioHasTheSameOutcome()
    {
        QFETCH(QByteArray, answers);
        const auto parsed = json::parse(answers.toStdString());
        const auto english = outcomeWith(m_english, parsed);
        const auto german = outcomeWith(m_german, parsed);
        QVERIFY(!english["findings"].empty() || english["verdict"] == "ready");
        VOUCH_COMPARE_JSON(german, english);
    }
};

QTEST_GUILESS_MAIN(TestTranslatedQuestionnaire)
#include "TestTranslatedQuestionnaire.moc"
