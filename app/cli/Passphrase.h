// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/Arguments.h"
#include "model/Result.h"
#include "signing/SecretText.h"

#include <string>

namespace vouch::cli {

// The passphrase from --passphrase-file (its first line), or asked on the terminal
// without echo (twice when `confirm`). Never logged; wiped from memory when dropped.
[[nodiscard]] Result<signing::SecretText> readPassphrase(const Arguments& arguments,
                                                         const std::string& prompt, bool confirm);
// The same from another option than --passphrase-file.
[[nodiscard]] Result<signing::SecretText> readPassphrase(const Arguments& arguments,
                                                         const std::string& prompt, bool confirm,
                                                         const std::string& fileOption);

} // namespace vouch::cli
