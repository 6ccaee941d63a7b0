// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Diagnostic.h"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vouch::model {

enum class Need
{
    Required,
    Optional
};

// Reads the members of one JSON object and reports every type mismatch, missing key
// and unknown key to a sink, with the member's JSON pointer. Keys starting with '$'
// ($schema, $comment) are always allowed.
class ObjectReader
{
public:
    // Reports an error (and reads nothing) when `value` is not an object.
    ObjectReader(const nlohmann::json& value, std::string pointer, DiagnosticSink& sink,
                 std::string_view what);

    [[nodiscard]] bool valid() const { return m_object != nullptr; }
    [[nodiscard]] const std::string& pointer() const { return m_pointer; }
    [[nodiscard]] std::string pointerTo(std::string_view key) const;

    // A non-empty string (after trimming nothing: whitespace-only counts as empty).
    [[nodiscard]] std::optional<std::string> text(std::string_view key, Need need);
    // A string that must be a valid id.
    [[nodiscard]] std::optional<std::string> id(std::string_view key, Need need);
    [[nodiscard]] std::optional<bool> boolean(std::string_view key);
    [[nodiscard]] std::optional<long long> integer(std::string_view key, long long min,
                                                   long long max);
    // An array (non-empty unless allowEmpty); nullptr when absent or mistyped.
    [[nodiscard]] const nlohmann::json* array(std::string_view key, Need need,
                                              bool allowEmpty = false);
    [[nodiscard]] const nlohmann::json* member(std::string_view key, Need need);
    // An array of ids (unique), e.g. source references.
    [[nodiscard]] std::vector<std::string> idList(std::string_view key, Need need,
                                                  bool allowEmpty = false);

    void rejectUnknownKeys(std::initializer_list<std::string_view> known);

private:
    const nlohmann::json* find(std::string_view key, Need need);

    const nlohmann::json* m_object = nullptr;
    std::string m_pointer;
    DiagnosticSink& m_sink;
};

[[nodiscard]] std::string jsonTypeName(const nlohmann::json& value);

// A string in a JSON value that is not plain text (see plainTextProblem), and where.
struct TextProblem
{
    std::string pointer;
    std::string message;
};

// The first string (object keys included) under `value` that is not plain text; for
// documents built in memory, which parseJsonText never saw.
[[nodiscard]] std::optional<TextProblem> firstNonPlainText(const nlohmann::json& value,
                                                           const std::string& pointer);

// The first string under `value` longer than `limit` characters (lengthProblem), and
// where; adds the length of every string to `total`.
[[nodiscard]] std::optional<TextProblem> firstOverlongText(const nlohmann::json& value,
                                                           const std::string& pointer,
                                                           std::size_t limit, std::size_t& total);

} // namespace vouch::model
