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
};

// Parses JSON text strictly (no comments, valid UTF-8, within the limits). Errors name
// `displayName` and the line and column.
[[nodiscard]] Loaded<nlohmann::json>
parseJsonText(std::string_view text, const std::string& displayName, const JsonLimits& limits = {});

// Reads and parses a file; a missing, unreadable or oversized file is one diagnostic.
[[nodiscard]] Loaded<nlohmann::json> readJsonFile(const std::filesystem::path& path,
                                                  const JsonLimits& limits = {});

} // namespace vouch::model
