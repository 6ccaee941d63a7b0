// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/Cli.h"

namespace vouch::cli {

// vouch evaluate --questionnaire Q --answers A
[[nodiscard]] int runEvaluate(std::span<const std::string> args, Console console);

} // namespace vouch::cli
