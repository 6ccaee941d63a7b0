// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Diagnostic.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace vouch::model {

// One node of the condition language (docs/questionnaire-format.md). Conditions are
// parsed for shape here; whether the questions and values they name exist is checked
// by the questionnaire loader, which knows the questions.
struct Condition
{
    enum class Op
    {
        All,
        Any,
        Not,
        Equals,
        In,
        Contains,
        Answered
    };

    Op op = Op::All;
    std::vector<Condition> operands; // All, Any: one or more; Not: exactly one
    std::string question;            // Equals, In, Contains, Answered
    std::string item;                // Equals, In on a matrix question: the item id
    std::vector<std::string> values; // Equals: exactly one; In, Contains: one or more
    std::string pointer;             // where the node was read, for messages

    // Every question id this condition reads, each once, in order of appearance.
    [[nodiscard]] std::vector<std::string> referencedQuestions() const;
};

inline constexpr int kMaxConditionDepth = 32;

// Reads a condition; reports every shape error to `sink` and returns nullopt if any.
[[nodiscard]] std::optional<Condition>
parseCondition(const nlohmann::json& value, const std::string& pointer, DiagnosticSink& sink);

} // namespace vouch::model
