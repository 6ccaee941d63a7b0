// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

namespace vouch::model {

// Lowercase hex SHA-256 of `bytes` (OpenSSL EVP). Used for revision, questionnaire,
// attachment and audit-log hashes.
[[nodiscard]] std::string sha256Hex(std::string_view bytes);

// True for 64 lowercase hex digits.
[[nodiscard]] bool isSha256Hex(std::string_view text);

} // namespace vouch::model
