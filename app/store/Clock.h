// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace vouch::store {

// Current UTC time as ISO 8601 with milliseconds, "2026-11-22T08:15:00.123Z": sorts
// as text, which the library's indexes rely on.
[[nodiscard]] std::string utcTimestamp();

// "20261122T081500Z", for file names.
[[nodiscard]] std::string compactUtcTimestamp();

// Today's date in UTC, "2026-11-22".
[[nodiscard]] std::string utcDate();

} // namespace vouch::store
