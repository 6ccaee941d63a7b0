// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Diagnostic.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace vouch::model {

// Limits that keep a hostile or broken file from exhausting memory or the stack.
struct JsonLimits
{
    std::size_t maxBytes = 16U * 1024U * 1024U;
    int maxDepth = 64;
    // Every string (value or key) must be plain text: no HTML markup and no control
    // characters (see TextChecks.h). Files from outside are read this way; revisions a
    // library stored before the rule existed are read with false so they still open.
    bool plainTextStrings = true;
};

// For what a library stored: it was accepted when it was saved, possibly before texts had
// to be plain text, and must open again. Only the writing side refuses markup.
inline constexpr JsonLimits kStoredJsonLimits = [] {
    JsonLimits limits;
    limits.plainTextStrings = false;
    return limits;
}();

// Parses JSON text strictly (no comments, valid UTF-8, no key twice in one object, within
// the limits). Errors name `displayName` and the line and column, or the JSON pointer of
// a string that is not plain text.
[[nodiscard]] Loaded<nlohmann::json>
parseJsonText(std::string_view text, const std::string& displayName, const JsonLimits& limits = {});

// Reads and parses a file; a missing, unreadable or oversized file is one diagnostic.
[[nodiscard]] Loaded<nlohmann::json> readJsonFile(const std::filesystem::path& path,
                                                  const JsonLimits& limits = {});

} // namespace vouch::model
