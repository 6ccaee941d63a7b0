// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

// The closed word lists of the questionnaire format. Each enum has one spelling in
// files; the JSON Schema in questionnaires/ lists the same words (a test compares them).
namespace vouch::model {

enum class QuestionType
{
    Single,
    Multiple,
    YesNoUnknown,
    Text,
    Date,
    Matrix
};
enum class Owner
{
    Provider,
    Customer,
    Shared
};
enum class Severity
{
    Blocker,
    Conflict,
    WatchOut,
    Info
};
enum class MatrixStatus
{
    InPlace,
    Planned,
    Gap,
    NotApplicable
};
enum class Confidence
{
    High,
    Medium,
    Low
};
enum class Verdict
{
    Ready,
    Conditional,
    Blocked,
    Incomplete
};

[[nodiscard]] std::string_view spelling(QuestionType value);
[[nodiscard]] std::string_view spelling(Owner value);
[[nodiscard]] std::string_view spelling(Severity value);
[[nodiscard]] std::string_view spelling(MatrixStatus value);
[[nodiscard]] std::string_view spelling(Confidence value);
[[nodiscard]] std::string_view spelling(Verdict value);

[[nodiscard]] std::optional<QuestionType> questionTypeFromString(std::string_view text);
[[nodiscard]] std::optional<Owner> ownerFromString(std::string_view text);
[[nodiscard]] std::optional<Severity> severityFromString(std::string_view text);
[[nodiscard]] std::optional<MatrixStatus> matrixStatusFromString(std::string_view text);
[[nodiscard]] std::optional<Confidence> confidenceFromString(std::string_view text);

// All spellings, in declaration order, for messages ("expected one of ...") and the
// schema consistency test.
[[nodiscard]] std::span<const std::string_view> questionTypeNames();
[[nodiscard]] std::span<const std::string_view> ownerNames();
[[nodiscard]] std::span<const std::string_view> severityNames();
[[nodiscard]] std::span<const std::string_view> matrixStatusNames();
[[nodiscard]] std::span<const std::string_view> confidenceNames();
[[nodiscard]] std::span<const std::string_view> conditionOperatorNames();
[[nodiscard]] std::span<const std::string_view> yesNoUnknownValues();

// "a, b or c"
[[nodiscard]] std::string joinedForMessage(std::span<const std::string_view> words);

} // namespace vouch::model
