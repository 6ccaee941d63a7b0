// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace vouch::model {

// Either the canonical bytes or, when the value has no canonical form, a one-line
// message that starts with the JSON pointer of the offending value ("/a/0: ...").
struct CanonicalResult
{
    std::optional<std::string> bytes;
    std::string error;
};

// Canonical bytes per RFC 8785 (JCS), so that equal data hashes and signs equally
// whichever tool wrote it. Fails (nullopt + message) for values JCS cannot represent:
// numbers that are not finite, integers outside the IEEE-754 double exact range
// (|n| > 2^53) and strings that are not valid UTF-8.
[[nodiscard]] CanonicalResult canonicalJson(const nlohmann::json& value);

} // namespace vouch::model
