// SPDX-License-Identifier: Apache-2.0
#include "services/FindingExplanation.h"

#include <algorithm>

namespace vouch::services {
namespace {

ExplainedAnswer explainAnswer(const model::Questionnaire& questionnaire,
                              const rules::AnswerCitation& citation)
{
    ExplainedAnswer explained;
    explained.questionId = citation.question;
    explained.item = citation.item;
    const auto* question = questionnaire.question(citation.question);
    explained.question = question != nullptr ? question->text : citation.question;
    if (question != nullptr) {
        explained.type = question->type;
        if (!citation.item.empty()) {
            const auto* item = question->item(citation.item);
            explained.itemTitle = item != nullptr ? item->title : citation.item;
        }
    }
    const auto& value = citation.value;
    if (value.is_string()) {
        explained.values.push_back(value.get<std::string>());
    } else if (value.is_array()) {
        for (const auto& entry : value) {
            explained.values.push_back(entry.is_string() ? entry.get<std::string>() : entry.dump());
        }
    } else if (!value.is_null()) {
        explained.values.push_back(value.dump());
    }
    for (const auto& shown : explained.values) {
        // A matrix citation's value is the item's status, never an option.
        const auto* option =
            (question != nullptr && citation.item.empty()) ? question->option(shown) : nullptr;
        explained.labels.push_back(option != nullptr ? option->label : shown);
    }
    return explained;
}

} // namespace

FindingExplanation explainFinding(const model::Questionnaire& questionnaire,
                                  const rules::Finding& finding)
{
    FindingExplanation explanation;
    explanation.id = finding.id;
    explanation.severity = finding.severity;
    explanation.title = finding.title;
    explanation.rationale = finding.rationale;
    explanation.recommendation = finding.recommendation;
    for (const auto& citation : finding.because) {
        explanation.because.push_back(explainAnswer(questionnaire, citation));
    }
    for (const auto& id : finding.sources) {
        const bool seen = std::any_of(explanation.sources.begin(), explanation.sources.end(),
                                      [&](const model::Source& known) { return known.id == id; });
        if (seen) {
            continue;
        }
        if (const auto* source = questionnaire.source(id)) {
            explanation.sources.push_back(*source);
        } else {
            model::Source unknown;
            unknown.id = id;
            unknown.title = id;
            explanation.sources.push_back(std::move(unknown));
        }
    }
    return explanation;
}

} // namespace vouch::services
