// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

namespace vouch::model {

// Ids of questions, options, rules, ...: lowercase ASCII, digits, '_', '.', '-'.
[[nodiscard]] bool isValidId(std::string_view text);

// A calendar date written as YYYY-MM-DD (leap years checked).
[[nodiscard]] bool isValidDate(std::string_view text);

// MAJOR.MINOR.PATCH with an optional -prerelease, as in semver.org.
[[nodiscard]] bool isValidSemver(std::string_view text);

// A language tag as questionnaires use them, a subset of BCP 47: a language (2 or 3
// lowercase letters), then optionally a script (4 letters, the first uppercase) and a
// region (2 uppercase letters or 3 digits), joined by '-': "en", "de-DE", "sr-Latn-RS".
[[nodiscard]] bool isValidLanguageTag(std::string_view text);

// Number of Unicode code points in valid UTF-8 text.
[[nodiscard]] std::size_t codePointCount(std::string_view utf8);

// Appends one reference token to a JSON pointer, escaping '~' and '/' (RFC 6901).
[[nodiscard]] std::string appendPointer(std::string_view pointer, std::string_view token);
[[nodiscard]] std::string appendPointer(std::string_view pointer, std::size_t index);

// `"text"`, for messages that quote a value.
[[nodiscard]] std::string inQuotes(std::string_view text);

} // namespace vouch::model
