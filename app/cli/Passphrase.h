// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/Arguments.h"
#include "model/Result.h"

#include <string>

namespace vouch::cli {

// The passphrase from --passphrase-file (its first line), or asked on the terminal
// without echo (twice when `confirm`). Never logged.
[[nodiscard]] Result<std::string> readPassphrase(const Arguments& arguments,
                                                 const std::string& prompt, bool confirm);

} // namespace vouch::cli
