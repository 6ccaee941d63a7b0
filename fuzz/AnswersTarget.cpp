// SPDX-License-Identifier: Apache-2.0
#include "Fixtures.h"
#include "FuzzTargets.h"
#include "model/Answers.h"
#include "model/JsonDocument.h"
#include "rules/EvaluationJson.h"
#include "rules/Evaluator.h"

namespace vouch::fuzz {

// Accepted answers evaluate, the evaluation is pure (the same twice), and every answer
// written back out reads again as the same answer.
void fuzzAnswers(std::string_view bytes)
{
    const auto& questionnaire = fixtures().questionnaire;
    auto document = model::parseJsonText(bytes, "fuzz.json");
    if (!document.ok()) {
        return;
    }
    auto answers = model::parseAnswers(*document.value, questionnaire, "fuzz.json");
    require(answers.ok() == answers.errors.empty(), "answers or errors, never both");
    if (!answers.ok()) {
        return;
    }
    const auto first =
        rules::evaluationToJson(rules::evaluate(questionnaire, *answers.value), questionnaire);
    const auto second =
        rules::evaluationToJson(rules::evaluate(questionnaire, *answers.value), questionnaire);
    require(first == second, "evaluation is pure");

    nlohmann::json written = nlohmann::json::object();
    for (const auto& [questionId, value] : answers.value->values) {
        written[questionId] = model::answerToJson(value);
    }
    auto reread = model::parseAnswers(nlohmann::json{{"answers", written}}, questionnaire,
                                      "fuzz.json (written back)");
    require(reread.ok(), "answers written back read again");
    for (const auto& [questionId, value] : answers.value->values) {
        const auto* again = reread.value->find(questionId);
        require(again != nullptr && model::answerToJson(*again) == model::answerToJson(value),
                "an answer written back reads as the same answer");
    }
}

} // namespace vouch::fuzz
