// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Diagnostic.h"
#include "model/Questionnaire.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <variant>
#include <vector>

namespace vouch::model {

struct MatrixEntry
{
    MatrixStatus status = MatrixStatus::Gap;
    std::string evidence;

    bool operator==(const MatrixEntry&) const = default;
};

using MatrixAnswer = std::map<std::string, MatrixEntry>; // item id -> entry

// single, yes/no/unknown, text, date: a string; multiple: the selected values in the
// questionnaire's option order; matrix: entries by item id.
using AnswerValue = std::variant<std::string, std::vector<std::string>, MatrixAnswer>;

// The answers of one assessment, checked against one questionnaire. Questions absent
// from `values` are unanswered.
enum class ActionStatus
{
    Open,
    InProgress,
    Done
};
[[nodiscard]] std::string_view spelling(ActionStatus status);

// A remediation action for a finding: what is to be done, by whom, by when.
struct RemediationAction
{
    std::string finding; // a rule id of the questionnaire, or responsibility-gap
    std::string what;
    std::string owner;
    std::string due; // YYYY-MM-DD
    ActionStatus status = ActionStatus::Open;

    bool operator==(const RemediationAction&) const = default;
};

struct Answers
{
    std::map<std::string, AnswerValue> values;
    std::map<std::string, std::string> meta; // title, workload, organisation, ...
    std::vector<RemediationAction> actions;  // the action plan

    [[nodiscard]] const AnswerValue* find(std::string_view questionId) const;
};

// True when the value counts as an answer: a non-blank string, a non-empty selection, or
// a matrix in which every item of the question has a status.
[[nodiscard]] bool isAnswered(const Question& question, const AnswerValue& value);

// The answer as it appears in files: string, array or object.
[[nodiscard]] nlohmann::json answerToJson(const AnswerValue& value);

// Reads `{ "answers": {...}, "meta": {...} }` and checks every answer against the
// questionnaire: unknown questions, wrong types, unknown values, over-long text. All
// problems are reported with the file and JSON pointer. `null` means unanswered.
[[nodiscard]] Loaded<Answers> parseAnswers(const nlohmann::json& document,
                                           const Questionnaire& questionnaire,
                                           const std::string& displayName);
[[nodiscard]] Loaded<Answers> loadAnswersFile(const std::filesystem::path& path,
                                              const Questionnaire& questionnaire);

} // namespace vouch::model
