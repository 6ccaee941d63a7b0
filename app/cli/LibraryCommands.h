// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/Cli.h"

namespace vouch::cli {

// vouch list [--json] [--text T --tier T --verdict V --status S --signer N --overdue]
//            [--sort COLUMN --asc --limit N --offset N] [--db PATH]
[[nodiscard]] int runList(std::span<const std::string> args, Console console);
// vouch show ID [--revision N] [--db PATH]: the revision as JSON
[[nodiscard]] int runShow(std::span<const std::string> args, Console console);
// vouch history ID [--json] [--db PATH]
[[nodiscard]] int runHistory(std::span<const std::string> args, Console console);
// vouch audit --verify [--db PATH]
// vouch library init [--db LOCATION]: makes the library (SQLite file or PostgreSQL schema).
[[nodiscard]] int runLibrary(std::span<const std::string> args, Console console);
[[nodiscard]] int runAudit(std::span<const std::string> args, Console console);

} // namespace vouch::cli
