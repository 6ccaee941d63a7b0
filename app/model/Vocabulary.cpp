// SPDX-License-Identifier: Apache-2.0
#include "model/Vocabulary.h"

#include <array>
#include <string>

namespace vouch::model {
namespace {

constexpr std::array<std::string_view, 6> kQuestionTypes{"single", "multiple", "yes_no_unknown",
                                                         "text",   "date",     "matrix"};
constexpr std::array<std::string_view, 3> kOwners{"provider", "customer", "shared"};
constexpr std::array<std::string_view, 4> kSeverities{"blocker", "conflict", "watch_out", "info"};
constexpr std::array<std::string_view, 4> kMatrixStatuses{"in_place", "planned", "gap",
                                                          "not_applicable"};
constexpr std::array<std::string_view, 3> kConfidences{"high", "medium", "low"};
constexpr std::array<std::string_view, 4> kVerdicts{"ready", "conditional", "blocked",
                                                    "incomplete"};
constexpr std::array<std::string_view, 7> kConditionOperators{
    "all", "any", "not", "equals", "in", "contains", "answered"};
constexpr std::array<std::string_view, 3> kYesNoUnknown{"yes", "no", "unknown"};

template <typename Enum, std::size_t N>
std::string_view nameOf(const std::array<std::string_view, N>& names, Enum value)
{
    return names.at(static_cast<std::size_t>(value));
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromName(const std::array<std::string_view, N>& names, std::string_view text)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (names[i] == text) {
            return static_cast<Enum>(i);
        }
    }
    return std::nullopt;
}

} // namespace

std::string_view spelling(QuestionType value)
{
    return nameOf(kQuestionTypes, value);
}
std::string_view spelling(Owner value)
{
    return nameOf(kOwners, value);
}
std::string_view spelling(Severity value)
{
    return nameOf(kSeverities, value);
}
std::string_view spelling(MatrixStatus value)
{
    return nameOf(kMatrixStatuses, value);
}
std::string_view spelling(Confidence value)
{
    return nameOf(kConfidences, value);
}
std::string_view spelling(Verdict value)
{
    return nameOf(kVerdicts, value);
}

std::optional<QuestionType> questionTypeFromString(std::string_view text)
{
    return fromName<QuestionType>(kQuestionTypes, text);
}
std::optional<Owner> ownerFromString(std::string_view text)
{
    return fromName<Owner>(kOwners, text);
}
std::optional<Severity> severityFromString(std::string_view text)
{
    return fromName<Severity>(kSeverities, text);
}
std::optional<MatrixStatus> matrixStatusFromString(std::string_view text)
{
    return fromName<MatrixStatus>(kMatrixStatuses, text);
}
std::optional<Confidence> confidenceFromString(std::string_view text)
{
    return fromName<Confidence>(kConfidences, text);
}

std::span<const std::string_view> questionTypeNames()
{
    return kQuestionTypes;
}
std::span<const std::string_view> ownerNames()
{
    return kOwners;
}
std::span<const std::string_view> severityNames()
{
    return kSeverities;
}
std::span<const std::string_view> matrixStatusNames()
{
    return kMatrixStatuses;
}
std::span<const std::string_view> confidenceNames()
{
    return kConfidences;
}
std::span<const std::string_view> conditionOperatorNames()
{
    return kConditionOperators;
}
std::span<const std::string_view> yesNoUnknownValues()
{
    return kYesNoUnknown;
}

std::string joinedForMessage(std::span<const std::string_view> words)
{
    std::string text;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0) {
            text += (i + 1 == words.size()) ? " or " : ", ";
        }
        text += words[i];
    }
    return text;
}

} // namespace vouch::model
