// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace vouch::signing {

// Standard base64 (RFC 4648, with padding, no line breaks).
[[nodiscard]] std::string toBase64(std::string_view bytes);

// Strict decoding: only the canonical encoding of some bytes is accepted (no
// whitespace, correct padding), so two different strings never decode to the same
// signature. nullopt for anything else.
[[nodiscard]] std::optional<std::string> fromBase64(std::string_view text);

} // namespace vouch::signing
