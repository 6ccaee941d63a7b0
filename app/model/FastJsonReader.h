// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/JsonDocument.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>

namespace vouch::model {

// The fast way into a JSON tree for text that is valid: simdjson checks the syntax and
// the UTF-8 at memory speed, and the tree is then copied into nlohmann/json with the
// same checks the strict reader makes (no key twice in one object, depth, plain text).
// It only ever accepts: for anything it does not like it returns nullopt, and
// parseJsonText reads the text again with nlohmann's parser, which finds and places the
// problem. So what is accepted and every error message stay those of the strict reader.
// nlohmann's own lexer copies every character twice; a 450 KB package took ~7 ms.
[[nodiscard]] std::optional<nlohmann::json> parseValidJsonQuickly(std::string_view text,
                                                                  const JsonLimits& limits);

} // namespace vouch::model
