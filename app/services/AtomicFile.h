// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Result.h"

#include <filesystem>
#include <string_view>

namespace vouch::services {

// Writes `bytes` to `path` atomically: into a temporary file in the same folder
// (QSaveFile), flushed to disk, then renamed over `path`. Readers see the old file or
// the new one, never a part; on failure the old file is untouched and the temporary
// one removed. The error is one line: "PATH: cannot write <what> (reason)".
[[nodiscard]] Result<void> writeFileAtomically(const std::filesystem::path& path,
                                               std::string_view bytes, std::string_view what);

} // namespace vouch::services
