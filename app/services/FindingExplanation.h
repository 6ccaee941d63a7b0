// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Questionnaire.h"
#include "model/Vocabulary.h"
#include "rules/Evaluation.h"

#include <string>
#include <vector>

namespace vouch::services {

// One answer that raised a finding, in the questionnaire's own words.
struct ExplainedAnswer
{
    std::string questionId;
    std::string question; // the question's text; its id when the questionnaire lacks it
    std::string item;     // matrix item id; empty for other questions
    std::string itemTitle;
    model::QuestionType type = model::QuestionType::Single;
    // The answer as stored ("yes", option values, a matrix status such as "gap", typed
    // text), one entry per chosen option; empty when the question is unanswered.
    std::vector<std::string> values;
    // Each value as the questionnaire labels it; the value itself where the
    // questionnaire has no label (yes/no/unknown, matrix statuses, text, dates), so a
    // caller translates those words.
    std::vector<std::string> labels;
};

// Everything a reader needs to understand one finding without the PDF: its full texts,
// the answers that raised it and the dated sources behind it.
struct FindingExplanation
{
    std::string id;
    model::Severity severity = model::Severity::Info;
    std::string title;
    std::string rationale;
    std::string recommendation;
    std::vector<ExplainedAnswer> because; // in the order the evaluator cited them
    // In the finding's order, each once; an id the questionnaire does not know (it cannot
    // happen for a loaded questionnaire) becomes a source titled with the id.
    std::vector<model::Source> sources;
};

[[nodiscard]] FindingExplanation explainFinding(const model::Questionnaire& questionnaire,
                                                const rules::Finding& finding);

} // namespace vouch::services
