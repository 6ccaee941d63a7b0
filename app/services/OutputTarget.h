// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Result.h"

#include <filesystem>
#include <string_view>

namespace vouch::services {

// Whether an existing regular file at the target may be replaced: the command line's
// --force, or a save dialog in which the user confirmed replacing it.
enum class ExistingOutput
{
    Refuse,  // "add --force to replace it"
    Replace, // --force, or confirmed in a save dialog
    Never,   // keys: never replaced, there is no --force
};

// The one policy for every file Vouch writes on request (package, PDF sign-off, action
// plan CSV, bulk exports; keygen checks its two files with Refuse). Outputs never
// destroy:
//  - a folder, a symbolic link (dangling or not) or anything but a regular file is
//    refused: Vouch never writes through a link;
//  - a SQLite database (a library), the -wal, -shm or -journal file beside one, and a
//    file that holds a PEM private key are refused even with Replace;
//  - any other existing file is refused unless `existing` is Replace.
// Each refusal is one line naming the path; nothing is created or changed.
[[nodiscard]] Result<void> checkOutputTarget(const std::filesystem::path& path,
                                             ExistingOutput existing);

// checkOutputTarget, then writeFileAtomically (a temporary file in the same folder,
// flushed, renamed into place: QSaveFile).
[[nodiscard]] Result<void> writeOutputFile(const std::filesystem::path& path,
                                           std::string_view bytes, std::string_view what,
                                           ExistingOutput existing);

} // namespace vouch::services
