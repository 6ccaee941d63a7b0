// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

namespace vouch::model {

// A random (version 4) UUID, lowercase with dashes, from OpenSSL's CSPRNG.
[[nodiscard]] std::string newUuid();

// 8-4-4-4-12 lowercase hex digits.
[[nodiscard]] bool isUuid(std::string_view text);

} // namespace vouch::model
