// SPDX-License-Identifier: Apache-2.0
#include "rules/ConditionEvaluator.h"

#include <algorithm>

namespace vouch::rules {
namespace {

using model::Condition;

struct CitationKey
{
    std::string question;
    std::string item;

    bool operator==(const CitationKey&) const = default;
};

using Witnesses = std::vector<CitationKey>;

void addUnique(Witnesses& into, const Witnesses& from)
{
    for (const auto& key : from) {
        if (std::find(into.begin(), into.end(), key) == into.end()) {
            into.push_back(key);
        }
    }
}

Truth negate(Truth truth)
{
    switch (truth) {
    case Truth::True:
        return Truth::False;
    case Truth::False:
        return Truth::True;
    case Truth::Unknown:
        break;
    }
    return Truth::Unknown;
}

Truth fromBool(bool value)
{
    return value ? Truth::True : Truth::False;
}

bool listed(const std::vector<std::string>& values, std::string_view value)
{
    return std::find(values.begin(), values.end(), value) != values.end();
}

class Walker
{
public:
    explicit Walker(const VisibleAnswers& answers)
        : m_answers(answers)
    {}

    // Returns the truth of `condition`; `witnesses` receives the answers that explain it.
    Truth walk(const Condition& condition, Witnesses& witnesses) const
    {
        switch (condition.op) {
        case Condition::Op::All:
            return combine(condition, Truth::False, witnesses);
        case Condition::Op::Any:
            return combine(condition, Truth::True, witnesses);
        case Condition::Op::Not:
            return negate(walk(condition.operands.front(), witnesses));
        case Condition::Op::Answered: {
            const bool answered = m_answers.isAnswered(condition.question);
            if (answered) {
                witnesses.push_back({condition.question, {}});
            }
            return fromBool(answered);
        }
        case Condition::Op::Equals:
        case Condition::Op::In:
        case Condition::Op::Contains:
            return compare(condition, witnesses);
        }
        return Truth::Unknown;
    }

private:
    // all: `decisive` is False; any: True. One decisive operand settles the result and
    // alone explains it; otherwise every operand contributes.
    Truth combine(const Condition& condition, Truth decisive, Witnesses& witnesses) const
    {
        bool unknown = false;
        bool settled = false;
        Witnesses decisiveWitnesses;
        Witnesses allWitnesses;
        for (const auto& operand : condition.operands) {
            Witnesses operandWitnesses;
            const Truth truth = walk(operand, operandWitnesses);
            if (truth == decisive) {
                settled = true;
                addUnique(decisiveWitnesses, operandWitnesses);
            } else if (truth == Truth::Unknown) {
                unknown = true;
            }
            addUnique(allWitnesses, operandWitnesses);
        }
        if (settled) {
            addUnique(witnesses, decisiveWitnesses);
            return decisive;
        }
        if (unknown) {
            return Truth::Unknown;
        }
        addUnique(witnesses, allWitnesses);
        return negate(decisive);
    }

    Truth compare(const Condition& condition, Witnesses& witnesses) const
    {
        const auto* answer = m_answers.answer(condition.question);
        if (answer == nullptr) {
            return Truth::Unknown;
        }
        std::optional<bool> result;
        if (!condition.item.empty()) {
            result = compareMatrixItem(condition, std::get<model::MatrixAnswer>(*answer));
        } else if (const auto* text = std::get_if<std::string>(answer)) {
            if (m_answers.isAnswered(condition.question)) {
                result = listed(condition.values, *text);
            }
        } else if (const auto* selection = std::get_if<std::vector<std::string>>(answer)) {
            if (!selection->empty()) {
                result = std::any_of(
                    condition.values.begin(), condition.values.end(),
                    [&](const std::string& value) { return listed(*selection, value); });
            }
        }
        if (!result) {
            return Truth::Unknown;
        }
        witnesses.push_back({condition.question, condition.item});
        return fromBool(*result);
    }

    static std::optional<bool> compareMatrixItem(const Condition& condition,
                                                 const model::MatrixAnswer& matrix)
    {
        const auto it = matrix.find(condition.item);
        if (it == matrix.end()) {
            return std::nullopt;
        }
        return listed(condition.values, model::spelling(it->second.status));
    }

    const VisibleAnswers& m_answers;
};

} // namespace

VisibleAnswers::VisibleAnswers(const model::Questionnaire& questionnaire,
                               const model::Answers& answers)
    : m_questionnaire(questionnaire)
    , m_answers(answers)
{
    // The loader guarantees that visible_if only looks at earlier questions, so one pass
    // in wizard order settles every question's visibility.
    for (const auto* question : questionnaire.questionsInOrder()) {
        if (!question->visibleIf || evaluate(*question->visibleIf) == Truth::True) {
            m_visible.insert(question->id);
        }
    }
}

bool VisibleAnswers::isVisible(std::string_view questionId) const
{
    return m_visible.find(questionId) != m_visible.end();
}

const model::AnswerValue* VisibleAnswers::answer(std::string_view questionId) const
{
    return isVisible(questionId) ? m_answers.find(questionId) : nullptr;
}

bool VisibleAnswers::isAnswered(std::string_view questionId) const
{
    const auto* value = answer(questionId);
    const auto* question = m_questionnaire.question(questionId);
    return value != nullptr && question != nullptr && model::isAnswered(*question, *value);
}

Truth VisibleAnswers::evaluate(const model::Condition& condition) const
{
    Witnesses ignored;
    return Walker(*this).walk(condition, ignored);
}

Truth VisibleAnswers::evaluate(const model::Condition& condition,
                               std::vector<AnswerCitation>& because) const
{
    Witnesses witnesses;
    const Truth truth = Walker(*this).walk(condition, witnesses);
    for (const auto& key : witnesses) {
        const auto* value = answer(key.question);
        nlohmann::json shown;
        if (value != nullptr && !key.item.empty()) {
            const auto& entry = std::get<model::MatrixAnswer>(*value).at(key.item);
            shown = std::string(model::spelling(entry.status));
        } else if (value != nullptr) {
            shown = model::answerToJson(*value);
        }
        because.push_back({key.question, key.item, std::move(shown)});
    }
    return truth;
}

} // namespace vouch::rules
