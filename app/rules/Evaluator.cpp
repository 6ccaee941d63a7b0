// SPDX-License-Identifier: Apache-2.0
#include "rules/Evaluator.h"

#include "rules/ConditionEvaluator.h"

#include <algorithm>

namespace vouch::rules {
namespace {

using model::MatrixStatus;
using model::QuestionType;
using model::Severity;
using model::Verdict;

TierResult deriveTier(const model::TierDerivation& derivation, const VisibleAnswers& answers)
{
    TierResult result;
    const auto* answer =
        answers.isAnswered(derivation.question) ? answers.answer(derivation.question) : nullptr;
    if (answer == nullptr) {
        return result;
    }
    const auto& option = std::get<std::string>(*answer);
    result.base = AnswerCitation{derivation.question, {}, option};
    result.baseLevel = derivation.levelForOption.at(option);
    std::size_t rank = *derivation.rank(result.baseLevel);
    const std::size_t top = derivation.levels.size() - 1;
    for (const auto& raise : derivation.raises) {
        std::vector<AnswerCitation> because;
        if (answers.evaluate(raise.when, because) != Truth::True) {
            continue;
        }
        rank = std::min(top, rank + static_cast<std::size_t>(raise.by));
        result.raises.push_back(
            {raise.id, raise.reason, raise.by, raise.sources, std::move(because)});
    }
    result.level = derivation.levels[rank];
    return result;
}

std::vector<Finding> fireRules(const model::Questionnaire& questionnaire,
                               const VisibleAnswers& answers)
{
    std::vector<Finding> findings;
    for (const auto& rule : questionnaire.rules) {
        std::vector<AnswerCitation> because;
        if (answers.evaluate(rule.when, because) == Truth::True) {
            findings.push_back({rule.id, rule.severity, rule.title, rule.rationale,
                                rule.recommendation, rule.sources, std::move(because)});
        }
    }
    return findings;
}

std::vector<ResponsibilityRow> responsibilityMatrix(const model::Questionnaire& questionnaire,
                                                    const VisibleAnswers& answers)
{
    std::vector<ResponsibilityRow> rows;
    for (const auto* question : questionnaire.questionsInOrder()) {
        if (question->type != QuestionType::Matrix || !answers.isVisible(question->id)) {
            continue;
        }
        const auto* answer = answers.answer(question->id);
        const auto* matrix = answer != nullptr ? std::get_if<model::MatrixAnswer>(answer) : nullptr;
        for (const auto& item : question->items) {
            ResponsibilityRow row{question->id, item.id, item.title,  item.owner,
                                  std::nullopt, {},      item.sources};
            if (matrix != nullptr) {
                if (const auto it = matrix->find(item.id); it != matrix->end()) {
                    row.status = it->second.status;
                    row.evidence = it->second.evidence;
                }
            }
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

// Items marked as a gap are open watch-outs even when no rule names them: an officer
// must not sign a matrix with an acknowledged hole without seeing it called out.
std::optional<Finding> responsibilityGaps(const std::vector<ResponsibilityRow>& rows)
{
    Finding finding{std::string(kResponsibilityGapFinding),
                    Severity::WatchOut,
                    "Shared-responsibility items marked as a gap",
                    {},
                    "Give each gap an owner and a remediation date, or record why it does not "
                    "apply, before sign-off.",
                    {},
                    {}};
    std::string titles;
    for (const auto& row : rows) {
        if (row.status != MatrixStatus::Gap) {
            continue;
        }
        titles += (titles.empty() ? "" : "; ") + row.title;
        finding.because.push_back({row.question, row.item, "gap"});
        for (const auto& source : row.sources) {
            if (std::find(finding.sources.begin(), finding.sources.end(), source) ==
                finding.sources.end()) {
                finding.sources.push_back(source);
            }
        }
    }
    if (finding.because.empty()) {
        return std::nullopt;
    }
    finding.rationale = "The shared-responsibility matrix records no control in place or planned "
                        "for: " +
                        titles + ".";
    return finding;
}

std::vector<const model::Control*> requiredControls(const model::Questionnaire& questionnaire,
                                                    const std::optional<std::string>& tier,
                                                    const VisibleAnswers& answers)
{
    std::vector<const model::Control*> controls;
    if (!tier) {
        return controls;
    }
    for (const auto& control : questionnaire.controls) {
        const bool forTier =
            std::find(control.tiers.begin(), control.tiers.end(), *tier) != control.tiers.end();
        if (forTier && (!control.when || answers.evaluate(*control.when) == Truth::True)) {
            controls.push_back(&control);
        }
    }
    return controls;
}

Verdict decideVerdict(const Evaluation& evaluation)
{
    if (!evaluation.unanswered.empty() || !evaluation.tier.level) {
        return Verdict::Incomplete;
    }
    const auto has = [&](Severity severity) {
        return std::any_of(evaluation.findings.begin(), evaluation.findings.end(),
                           [&](const Finding& finding) { return finding.severity == severity; });
    };
    if (has(Severity::Blocker)) {
        return Verdict::Blocked;
    }
    if (has(Severity::Conflict) || has(Severity::WatchOut)) {
        return Verdict::Conditional;
    }
    return Verdict::Ready;
}

} // namespace

bool Evaluation::hasFinding(std::string_view id) const
{
    return std::any_of(findings.begin(), findings.end(),
                       [&](const Finding& finding) { return finding.id == id; });
}

Evaluation evaluate(const model::Questionnaire& questionnaire, const model::Answers& answers)
{
    const VisibleAnswers visible(questionnaire, answers);
    Evaluation evaluation;
    for (const auto* question : questionnaire.questionsInOrder()) {
        if (!visible.isVisible(question->id)) {
            if (answers.find(question->id) != nullptr) {
                evaluation.ignoredAnswers.push_back(question->id);
            }
        } else if (question->required && !visible.isAnswered(question->id)) {
            evaluation.unanswered.push_back(question->id);
        }
    }
    evaluation.tier = deriveTier(questionnaire.tier, visible);
    evaluation.findings = fireRules(questionnaire, visible);
    evaluation.responsibility = responsibilityMatrix(questionnaire, visible);
    if (auto gaps = responsibilityGaps(evaluation.responsibility)) {
        evaluation.findings.push_back(std::move(*gaps));
    }
    std::stable_sort(evaluation.findings.begin(), evaluation.findings.end(),
                     [](const Finding& a, const Finding& b) { return a.severity < b.severity; });
    evaluation.requiredControls = requiredControls(questionnaire, evaluation.tier.level, visible);
    evaluation.verdict = decideVerdict(evaluation);
    return evaluation;
}

} // namespace vouch::rules
