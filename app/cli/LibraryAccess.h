// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/Arguments.h"
#include "cli/Cli.h"
#include "model/Diagnostic.h"
#include "services/Workspace.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace vouch::cli {

// The library file: --db PATH, or library.vouchdb in the platform's app-data folder
// (on Linux ~/.local/share/Vouch/).
[[nodiscard]] std::filesystem::path libraryPath(const Arguments& arguments);

// Opens the workspace on the library for a verb and reports failure on stderr; a
// read-only file is opened read-only with a note.
[[nodiscard]] std::optional<services::Workspace>
openWorkspace(const Arguments& arguments, services::OpenIntent intent, Console console);

// Prints an error as one line and returns kBadInput. An error that lists several
// problems (one per line) is shown by its first, with the number of the others: a
// script reads one line per failed command, and the first problem is the one to fix.
int fail(const Error& error, Console console);

// The same for diagnostics read from a file.
int fail(const std::vector<model::Diagnostic>& diagnostics, Console console);

} // namespace vouch::cli
