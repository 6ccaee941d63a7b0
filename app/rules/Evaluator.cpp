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

// A duty that applies only after the evaluation date is not yet law: the officer must
// plan for it, but it cannot block or contradict sign-off today. The finding stays, as a
// watch-out that says from when the duty applies.
void applyDate(Finding& finding, const model::Rule& rule, std::string_view asOf)
{
    finding.appliesFrom = rule.appliesFrom;
    if (rule.appliesFrom.empty() || asOf.empty() || rule.appliesFrom <= asOf) {
        return;
    }
    finding.inForce = false;
    finding.severity = std::max(finding.severity, Severity::WatchOut);
    finding.rationale = "Not yet in force: this duty applies from " + rule.appliesFrom +
                        ", after the evaluation date " + std::string(asOf) +
                        ", so it is a watch-out to plan for rather than a " +
                        std::string(model::spelling(rule.severity)) + ". " + rule.rationale;
}

std::vector<Finding> fireRules(const model::Questionnaire& questionnaire,
                               const VisibleAnswers& answers, std::string_view asOf)
{
    std::vector<Finding> findings;
    for (const auto& rule : questionnaire.rules) {
        std::vector<AnswerCitation> because;
        if (answers.evaluate(rule.when, because) == Truth::True) {
            Finding finding;
            finding.id = rule.id;
            finding.severity = rule.severity;
            finding.title = rule.title;
            finding.rationale = rule.rationale;
            finding.recommendation = rule.recommendation;
            finding.sources = rule.sources;
            finding.because = std::move(because);
            applyDate(finding, rule, asOf);
            findings.push_back(std::move(finding));
        }
    }
    return findings;
}

// Sources whose facts must be checked again at `asOf`, in questionnaire order.
std::vector<const model::Source*> sourcesToReverify(const model::Questionnaire& questionnaire,
                                                    std::string_view asOf)
{
    std::vector<const model::Source*> due;
    if (asOf.empty()) {
        return due;
    }
    for (const auto& source : questionnaire.sources) {
        if (!source.reverifyBy.empty() && source.reverifyBy < asOf) {
            due.push_back(&source);
        }
    }
    return due;
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
    Finding finding;
    finding.id = std::string(kResponsibilityGapFinding);
    finding.severity = Severity::WatchOut;
    finding.title = "Shared-responsibility items marked as a gap";
    finding.recommendation = "Give each gap an owner and a remediation date, or record why it does "
                             "not apply, before sign-off.";
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

// The answer a control check reads: a single or yes/no/unknown value, or the status of
// a matrix item; nullopt while the question is hidden or unanswered.
std::optional<AnswerCitation> checkedAnswer(const model::ControlCheck& check,
                                            const VisibleAnswers& answers)
{
    const auto* answer =
        answers.isAnswered(check.question) ? answers.answer(check.question) : nullptr;
    if (answer == nullptr) {
        return std::nullopt;
    }
    if (const auto* matrix = std::get_if<model::MatrixAnswer>(answer)) {
        const auto it = matrix->find(check.item);
        if (it == matrix->end()) {
            return std::nullopt;
        }
        return AnswerCitation{check.question, check.item,
                              std::string(model::spelling(it->second.status))};
    }
    if (const auto* value = std::get_if<std::string>(answer)) {
        return AnswerCitation{check.question, {}, *value};
    }
    return std::nullopt;
}

bool listed(const std::vector<std::string>& values, const nlohmann::json& value)
{
    return std::find(values.begin(), values.end(), value.get<std::string>()) != values.end();
}

Finding controlFinding(const model::Control& control, const std::string& tier, bool mandatory,
                       bool denied, std::vector<AnswerCitation> because)
{
    const std::string required = "The questionnaire requires this control for this assessment "
                                 "(tier " +
                                 tier + (mandatory ? ", at which it is mandatory" : "") + "), ";
    Finding finding;
    finding.sources = control.sources;
    finding.because = std::move(because);
    if (denied) {
        finding.id = std::string(kControlDeniedPrefix) + control.id;
        finding.severity = mandatory ? Severity::Blocker : Severity::Conflict;
        finding.title = "Required control not in place: " + control.title;
        finding.rationale = required + "and the answers say it is not in place. The control: " +
                            control.description;
        finding.recommendation =
            mandatory ? "Put the control in place and update the answer before sign-off; a "
                        "control that is mandatory at this tier cannot be waived."
                      : "Put the control in place before go-live and update the answer, or record "
                        "in the assessment why it does not apply and who accepted the risk.";
    } else {
        finding.id = std::string(kControlUnconfirmedPrefix) + control.id;
        finding.severity = Severity::WatchOut;
        finding.title = "Required control not confirmed: " + control.title;
        finding.rationale = required +
                            "and the answers leave open whether it is in place; an "
                            "unknown answer is not treated as safe. The control: " +
                            control.description;
        finding.recommendation =
            "Find out whether the control is in place, keep the evidence, and update the answer "
            "before sign-off.";
    }
    return finding;
}

// Compares each required control's checks with the answers: a denied control is a
// conflict (a blocker where it is mandatory at the tier), an unconfirmed one a watch-out.
void checkControls(Evaluation& evaluation, const VisibleAnswers& answers)
{
    evaluation.controlStatus.clear();
    for (const auto* control : evaluation.requiredControls) {
        ControlStatus status;
        const auto& tier = *evaluation.tier.level;
        status.mandatory = std::find(control->mandatoryAt.begin(), control->mandatoryAt.end(),
                                     tier) != control->mandatoryAt.end();
        std::vector<AnswerCitation> denied;
        std::vector<AnswerCitation> unknown;
        bool satisfied = false;
        for (const auto& check : control->checks) {
            auto citation = checkedAnswer(check, answers);
            if (!citation) {
                continue;
            }
            if (listed(check.denied, citation->value)) {
                denied.push_back(std::move(*citation));
            } else if (listed(check.unknown, citation->value)) {
                unknown.push_back(std::move(*citation));
            } else if (listed(check.satisfied, citation->value)) {
                satisfied = true;
            }
        }
        if (!denied.empty()) {
            status.state = ControlState::Denied;
            evaluation.findings.push_back(
                controlFinding(*control, tier, status.mandatory, true, std::move(denied)));
        } else if (!unknown.empty()) {
            status.state = ControlState::Unconfirmed;
            evaluation.findings.push_back(
                controlFinding(*control, tier, status.mandatory, false, std::move(unknown)));
        } else if (satisfied) {
            status.state = ControlState::Satisfied;
        }
        evaluation.controlStatus.push_back(status);
    }
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

std::string_view spelling(ControlState state)
{
    switch (state) {
    case ControlState::Satisfied:
        return "satisfied";
    case ControlState::Denied:
        return "denied";
    case ControlState::Unconfirmed:
        return "unconfirmed";
    case ControlState::NotChecked:
        break;
    }
    return "not_checked";
}

bool Evaluation::hasFinding(std::string_view id) const
{
    return finding(id) != nullptr;
}

const Finding* Evaluation::finding(std::string_view id) const
{
    const auto found = std::find_if(findings.begin(), findings.end(),
                                    [&](const Finding& candidate) { return candidate.id == id; });
    return found == findings.end() ? nullptr : &*found;
}

Evaluation evaluate(const model::Questionnaire& questionnaire, const model::Answers& answers,
                    std::string_view asOf)
{
    const VisibleAnswers visible(questionnaire, answers);
    Evaluation evaluation;
    evaluation.asOf = std::string(asOf);
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
    evaluation.findings = fireRules(questionnaire, visible, asOf);
    evaluation.responsibility = responsibilityMatrix(questionnaire, visible);
    if (auto gaps = responsibilityGaps(evaluation.responsibility)) {
        evaluation.findings.push_back(std::move(*gaps));
    }
    evaluation.requiredControls = requiredControls(questionnaire, evaluation.tier.level, visible);
    checkControls(evaluation, visible);
    std::stable_sort(evaluation.findings.begin(), evaluation.findings.end(),
                     [](const Finding& a, const Finding& b) { return a.severity < b.severity; });
    evaluation.verdict = decideVerdict(evaluation);
    evaluation.sourcesToReverify = sourcesToReverify(questionnaire, asOf);
    return evaluation;
}

} // namespace vouch::rules
