// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Result.h"
#include "report/ReportInput.h"

#include <filesystem>

namespace vouch::report {

// Renders the PDF sign-off with QPdfWriter (needs a QGuiApplication, which may run on
// the offscreen platform). All user text goes in through QTextCursor::insertText, so
// it is never read as markup.
[[nodiscard]] Result<void> writePdfReport(const ReportInput& input,
                                          const std::filesystem::path& path);

} // namespace vouch::report
