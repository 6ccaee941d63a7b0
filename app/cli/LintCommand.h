// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/Cli.h"

namespace vouch::cli {

// vouch questionnaire lint FILE
[[nodiscard]] int runLint(std::span<const std::string> args, Console console);

} // namespace vouch::cli
