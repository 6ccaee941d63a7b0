// SPDX-License-Identifier: Apache-2.0
#include "Fixtures.h"
#include "FuzzTargets.h"
#include "model/Condition.h"
#include "model/JsonDocument.h"
#include "model/QuestionnaireLoader.h"
#include "rules/ConditionEvaluator.h"
#include "rules/Evaluator.h"

namespace vouch::fuzz {
namespace {

using model::Condition;
using rules::Truth;

Condition node(Condition::Op op, std::vector<Condition> operands)
{
    Condition condition;
    condition.op = op;
    condition.operands = std::move(operands);
    return condition;
}

// Kleene logic as docs/questionnaire-format.md states it: a missing answer never fires
// a rule through a double negation, a one-operand all/any is the operand, c or not c is
// never false, and `answered` is never unknown.
void checkLogic(const rules::VisibleAnswers& answers, const Condition& condition)
{
    const Truth truth = answers.evaluate(condition);
    require(condition.op != Condition::Op::Answered || truth != Truth::Unknown,
            "answered is never unknown");
    const Condition negated = node(Condition::Op::Not, {condition});
    require(answers.evaluate(node(Condition::Op::Not, {negated})) == truth, "not not c == c");
    require(answers.evaluate(node(Condition::Op::All, {condition})) == truth, "all[c] == c");
    require(answers.evaluate(node(Condition::Op::Any, {condition})) == truth, "any[c] == c");
    require(answers.evaluate(node(Condition::Op::Any, {condition, negated})) != Truth::False,
            "c or not c is never false");
    require(answers.evaluate(node(Condition::Op::All, {condition, negated})) != Truth::True,
            "c and not c is never true");
}

} // namespace

// The fuzzed condition is read for shape, then put in place of the first rule's `when`
// in the shipped questionnaire, so the loader checks every question and value it names
// before the evaluator runs it against the baseline answers and against none.
void fuzzCondition(std::string_view bytes)
{
    auto document = model::parseJsonText(bytes, "fuzz.json");
    if (!document.ok()) {
        return;
    }
    model::DiagnosticSink sink("fuzz.json");
    const auto shape = model::parseCondition(*document.value, "/when", sink);
    require(shape.has_value() == sink.empty(), "a condition or errors, never both");
    if (!shape) {
        return;
    }
    const auto& fixture = fixtures();
    auto questionnaireDocument = fixture.questionnaireDocument;
    questionnaireDocument["rules"][0]["when"] = *document.value;
    auto loaded = model::loadQuestionnaire(questionnaireDocument, "fuzz.json");
    if (!loaded.ok()) {
        return;
    }
    const auto& questionnaire = *loaded.value;
    const Condition& condition = questionnaire.rules.front().when;
    checkLogic(rules::VisibleAnswers(questionnaire, fixture.baselineAnswers), condition);
    checkLogic(rules::VisibleAnswers(questionnaire, model::Answers{}), condition);
    static_cast<void>(rules::evaluate(questionnaire, fixture.baselineAnswers));
}

} // namespace vouch::fuzz
