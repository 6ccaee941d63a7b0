// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/Arguments.h"
#include "cli/Cli.h"
#include "services/LocalUser.h"
#include "store/Library.h"

#include <filesystem>
#include <optional>
#include <string>

namespace vouch::cli {

// The library file: --db PATH, or library.vouchdb in the platform's app-data folder
// (on Linux ~/.local/share/Vouch/).
[[nodiscard]] std::filesystem::path libraryPath(const Arguments& arguments);

// Opens the library for a verb and reports failure on stderr; a read-only file is
// opened read-only with a note.
[[nodiscard]] std::optional<store::Library> openLibrary(const Arguments& arguments,
                                                        store::OpenIntent intent, Console console);

// Prints a multi-line error (one diagnostic per line) and returns kBadInput.
int fail(const Error& error, Console console);

} // namespace vouch::cli
