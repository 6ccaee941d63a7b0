// SPDX-License-Identifier: Apache-2.0
#include "model/Condition.h"

#include "model/ObjectReader.h"
#include "model/TextChecks.h"
#include "model/Vocabulary.h"

#include <algorithm>

namespace vouch::model {
namespace {

std::optional<Condition::Op> opFromName(std::string_view name)
{
    static constexpr std::pair<std::string_view, Condition::Op> kOps[]{
        {"all", Condition::Op::All},
        {"any", Condition::Op::Any},
        {"not", Condition::Op::Not},
        {"equals", Condition::Op::Equals},
        {"in", Condition::Op::In},
        {"contains", Condition::Op::Contains},
        {"answered", Condition::Op::Answered}};
    for (const auto& [text, op] : kOps) {
        if (text == name) {
            return op;
        }
    }
    return std::nullopt;
}

class ConditionParser
{
public:
    explicit ConditionParser(DiagnosticSink& sink)
        : m_sink(sink)
    {}

    std::optional<Condition> parse(const nlohmann::json& value, const std::string& pointer,
                                   int depth)
    {
        if (depth > kMaxConditionDepth) {
            m_sink.error(pointer, "condition nested deeper than " +
                                      std::to_string(kMaxConditionDepth) + " levels");
            return std::nullopt;
        }
        const auto expected = "expected a condition: an object with one of " +
                              joinedForMessage(conditionOperatorNames());
        if (!value.is_object()) {
            m_sink.error(pointer, expected + ", found " + jsonTypeName(value));
            return std::nullopt;
        }
        std::vector<std::string> operators;
        for (const auto& [key, member] : value.items()) {
            if (!key.starts_with('$')) {
                operators.push_back(key);
            }
        }
        if (operators.size() != 1) {
            std::string found;
            for (const auto& name : operators) {
                found += (found.empty() ? "" : ", ") + inQuotes(name);
            }
            m_sink.error(pointer, expected + ", found " +
                                      (operators.empty() ? std::string("no operator") : found));
            return std::nullopt;
        }
        const auto& name = operators.front();
        const auto op = opFromName(name);
        if (!op) {
            m_sink.error(appendPointer(pointer, name),
                         "unknown condition operator " + inQuotes(name) + " (" + expected + ")");
            return std::nullopt;
        }
        Condition condition;
        condition.op = *op;
        condition.pointer = appendPointer(pointer, name);
        const auto& body = value.at(name);
        const bool ok = readBody(condition, body, depth);
        return ok ? std::optional<Condition>(std::move(condition)) : std::nullopt;
    }

private:
    bool readBody(Condition& condition, const nlohmann::json& body, int depth)
    {
        switch (condition.op) {
        case Condition::Op::All:
        case Condition::Op::Any:
            return readOperands(condition, body, depth);
        case Condition::Op::Not: {
            auto operand = parse(body, condition.pointer, depth + 1);
            if (!operand) {
                return false;
            }
            condition.operands.push_back(std::move(*operand));
            return true;
        }
        case Condition::Op::Answered:
            if (!body.is_string() || !isValidId(body.get_ref<const std::string&>())) {
                m_sink.error(condition.pointer,
                             "expected a question id, found " + jsonTypeName(body));
                return false;
            }
            condition.question = body.get<std::string>();
            return true;
        case Condition::Op::Equals:
        case Condition::Op::In:
        case Condition::Op::Contains:
            return readComparison(condition, body);
        }
        return false;
    }

    bool readOperands(Condition& condition, const nlohmann::json& body, int depth)
    {
        if (!body.is_array() || body.empty()) {
            m_sink.error(condition.pointer,
                         "expected a non-empty array of conditions, found " + jsonTypeName(body));
            return false;
        }
        bool ok = true;
        for (std::size_t i = 0; i < body.size(); ++i) {
            auto operand = parse(body[i], appendPointer(condition.pointer, i), depth + 1);
            if (operand) {
                condition.operands.push_back(std::move(*operand));
            } else {
                ok = false;
            }
        }
        return ok;
    }

    bool readComparison(Condition& condition, const nlohmann::json& body)
    {
        const std::size_t before = m_sink.count();
        ObjectReader reader(body, condition.pointer, m_sink, "a comparison");
        if (!reader.valid()) {
            return false;
        }
        const bool single = condition.op == Condition::Op::Equals;
        if (auto question = reader.id("question", Need::Required)) {
            condition.question = *question;
        }
        if (auto item = reader.id("item", Need::Optional)) {
            condition.item = *item;
        }
        if (condition.op == Condition::Op::Contains && reader.member("item", Need::Optional)) {
            m_sink.error(reader.pointerTo("item"), "contains does not take an item");
        }
        if (single) {
            if (auto value = reader.text("value", Need::Required)) {
                condition.values.push_back(*value);
            }
            reader.rejectUnknownKeys({"question", "item", "value"});
        } else {
            condition.values = reader.idList("values", Need::Required);
            reader.rejectUnknownKeys({"question", "item", "values"});
        }
        return m_sink.count() == before;
    }

    DiagnosticSink& m_sink;
};

void collectQuestions(const Condition& condition, std::vector<std::string>& out)
{
    if (!condition.question.empty() &&
        std::find(out.begin(), out.end(), condition.question) == out.end()) {
        out.push_back(condition.question);
    }
    for (const auto& operand : condition.operands) {
        collectQuestions(operand, out);
    }
}

} // namespace

std::vector<std::string> Condition::referencedQuestions() const
{
    std::vector<std::string> questions;
    collectQuestions(*this, questions);
    return questions;
}

std::optional<Condition> parseCondition(const nlohmann::json& value, const std::string& pointer,
                                        DiagnosticSink& sink)
{
    return ConditionParser(sink).parse(value, pointer, 0);
}

} // namespace vouch::model
