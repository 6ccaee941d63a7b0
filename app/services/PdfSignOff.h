// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <filesystem>

namespace vouch::services {

// Whether `path` is a PDF sign-off (it starts with "%PDF-"). Its package is embedded, so a
// signature cannot be added to the file in place: SigningService::signPackageFile would
// replace the PDF with the package's JSON, and refuses.
[[nodiscard]] bool isPdfSignOff(const std::filesystem::path& path);

} // namespace vouch::services
