// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace vouch::model {

// Ids of questions, options, rules, ...: lowercase ASCII, digits, '_', '.', '-'.
[[nodiscard]] bool isValidId(std::string_view text);

// A calendar date written as YYYY-MM-DD (leap years checked).
[[nodiscard]] bool isValidDate(std::string_view text);

// MAJOR.MINOR.PATCH with an optional -prerelease, as in semver.org.
[[nodiscard]] bool isValidSemver(std::string_view text);
// Orders two valid semantic versions: negative when `a` comes first, 0 when equal. A
// prerelease comes before its release; two prereleases compare as text.
[[nodiscard]] int compareSemver(std::string_view a, std::string_view b);

// A language tag as questionnaires use them, a subset of BCP 47: a language (2 or 3
// lowercase letters), then optionally a script (4 letters, the first uppercase) and a
// region (2 uppercase letters or 3 digits), joined by '-': "en", "de-DE", "sr-Latn-RS".
[[nodiscard]] bool isValidLanguageTag(std::string_view text);

// Number of Unicode code points in valid UTF-8 text.
[[nodiscard]] std::size_t codePointCount(std::string_view utf8);

// Vouch texts are plain text. A text with HTML markup would display differently in
// different viewers (a browser, a mail client, Vouch's own PDF), and a signed attestation
// that reads differently depending on where it is opened is a way to lie. Markup is '<'
// immediately followed by an ASCII letter, '/', '!' or '?' with a '>' later in the same
// text ("<script>", "</b>", "<!-- -->", "<?php"); "a < b" and "x<3" are fine. Returns
// the first piece of markup, from '<' to its '>' (shortened when long).
[[nodiscard]] std::optional<std::string> findMarkup(std::string_view text);

// The offset of the first control character other than tab, line feed and carriage
// return (U+0000 to U+001F, U+007F): a NUL cuts a text short in some viewers and others
// hide what follows it.
[[nodiscard]] std::optional<std::size_t> findControlCharacter(std::string_view text);

// Why `text` is not plain text, for a message ("contains HTML markup "<b>"; texts are
// plain text"), or nothing when it is.
[[nodiscard]] std::optional<std::string> plainTextProblem(std::string_view text);

// Length limits of texts, in characters (Unicode code points), checked wherever a text
// is accepted (drafts from the window or the command line, signer identities,
// attestations); docs/security.md lists them. They keep every text readable on a sign-off
// page and bound the work of rendering the largest assessment Vouch accepts.
inline constexpr std::size_t kMaxLineLength = 200;         // one-line fields: title, names, ...
inline constexpr std::size_t kMaxFileNameLength = 255;     // evidence file names
inline constexpr std::size_t kMaxTextLength = 10000;       // free text: evidence notes, actions
inline constexpr std::size_t kMaxTotalTextLength = 100000; // all texts of one assessment

// "is N characters long; at most LIMIT are allowed" when `text` has more than `limit`
// characters, or nothing.
[[nodiscard]] std::optional<std::string> lengthProblem(std::string_view text, std::size_t limit);

// Appends one reference token to a JSON pointer, escaping '~' and '/' (RFC 6901).
[[nodiscard]] std::string appendPointer(std::string_view pointer, std::string_view token);
[[nodiscard]] std::string appendPointer(std::string_view pointer, std::size_t index);

// `"text"`, for messages that quote a value. Line breaks and other control characters
// are written as escapes (\n, \u0000) so that a message stays on one line.
[[nodiscard]] std::string inQuotes(std::string_view text);

} // namespace vouch::model
