// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/Cli.h"

namespace vouch::cli {

// vouch draft new --questionnaire Q --answers A [--title T --workload W --organisation O]
// vouch draft update ID --answers A
// vouch draft migrate ID --questionnaire Q [--base N]
// vouch draft attach ID FILE --question Q [--item I]
// vouch draft delete ID
[[nodiscard]] int runDraft(std::span<const std::string> args, Console console);

} // namespace vouch::cli
