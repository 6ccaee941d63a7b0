// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Answers.h"
#include "model/Questionnaire.h"
#include "rules/Evaluation.h"

#include <set>
#include <string>
#include <vector>

namespace vouch::rules {

// Three-valued (Kleene) truth: a comparison on an unanswered or hidden question is
// Unknown, so a missing answer never fires a rule through a `not`.
enum class Truth
{
    False,
    Unknown,
    True
};

// The answers as the rules see them: only visible questions count.
class VisibleAnswers
{
public:
    VisibleAnswers(const model::Questionnaire& questionnaire, const model::Answers& answers);

    [[nodiscard]] bool isVisible(std::string_view questionId) const;
    // The answer of a visible question, or nullptr (hidden or never answered).
    [[nodiscard]] const model::AnswerValue* answer(std::string_view questionId) const;
    [[nodiscard]] bool isAnswered(std::string_view questionId) const;

    [[nodiscard]] Truth evaluate(const model::Condition& condition) const;
    // Evaluates and also returns the answers that decided the result.
    [[nodiscard]] Truth evaluate(const model::Condition& condition,
                                 std::vector<AnswerCitation>& because) const;

private:
    const model::Questionnaire& m_questionnaire;
    const model::Answers& m_answers;
    std::set<std::string, std::less<>> m_visible;
};

} // namespace vouch::rules
