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

} // namespace vouch::cli
