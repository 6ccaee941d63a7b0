// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Result.h"
#include "report/ReportInput.h"
#include "services/ExportedRevision.h"
#include "services/OutputTarget.h"
#include "signing/Package.h"
#include "store/Library.h"

#include <filesystem>
#include <optional>
#include <string>

namespace vouch::services {

// Renders the PDF sign-off of a package: verified first (trust from `library`, which
// may be null), with the package embedded in the PDF's XMP metadata (evidence by hash).
// A package with an invalid signature or inconsistent contents is refused: its PDF
// would look like a sign-off that is not one.
[[nodiscard]] Result<void> exportPdf(const signing::Package& package, std::optional<int> revision,
                                     const std::filesystem::path& out,
                                     const store::Library* library, report::Paper paper,
                                     ExistingOutput existing = ExistingOutput::Refuse);

// The same for a library assessment's revision `revision` (default: the latest signed
// one, see services/ExportedRevision.h); the export is audited.
[[nodiscard]] Result<ExportedRevision>
exportAssessmentPdf(const store::Library& library, const std::string& assessmentId,
                    const std::filesystem::path& out, report::Paper paper, const std::string& actor,
                    ExistingOutput existing = ExistingOutput::Refuse,
                    std::optional<int> revision = std::nullopt);

} // namespace vouch::services
