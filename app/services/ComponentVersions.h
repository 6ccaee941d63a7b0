// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace vouch::services {

// The libraries Vouch runs on, as loaded at run time (not as compiled against), for the
// About dialog and bug reports: (name, version).
[[nodiscard]] std::vector<std::pair<std::string, std::string>> componentVersions();

} // namespace vouch::services
