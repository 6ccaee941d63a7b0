// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "report/ReportInput.h"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace vouch::services {

// Many exports or imports in one go, for a worker thread: each opens its own connection
// to the library file (SQLite connections are not shared across threads), goes on after
// a failure, and stops between items when the progress callback says so.
struct BulkOutcome
{
    std::string item;   // the assessment title or the file name
    std::string detail; // the file written, or why it failed (one line)
    bool ok = false;
    // Imports only: the package file, and whether it was refused for its signatures
    // alone (untrusted, look-alike, invalid or none, the contents consistent), so that
    // it could still be kept as a received copy (SigningService::importReceivedCopy).
    std::filesystem::path file{};
    bool receivableAsCopy = false;
};

struct BulkSummary
{
    std::vector<BulkOutcome> outcomes;
    bool cancelled = false;

    [[nodiscard]] int succeeded() const;
    [[nodiscard]] int failed() const;
};

enum class ExportFormat
{
    Pdf,
    Package
};

// Called before each item with (done, total); return false to stop.
using BulkProgress = std::function<bool(int done, int total)>;

// Writes one file per assessment into `folder`, named after its title and the start of
// its id ("Title - 1a2b3c4d.pdf"); an existing file is never overwritten (" (2)" is
// added). Each export is audited like a single one.
[[nodiscard]] BulkSummary exportAssessments(const std::filesystem::path& libraryPath,
                                            const std::vector<std::string>& assessmentIds,
                                            const std::filesystem::path& folder,
                                            ExportFormat format, report::Paper paper,
                                            const std::string& actor, const BulkProgress& progress);

// Verifies and imports each package; an invalid one is refused and the others go on. A
// package refused for its signatures is marked receivableAsCopy; none is stored as a
// copy unless the caller asks for it afterwards.
[[nodiscard]] BulkSummary importPackages(const std::filesystem::path& libraryPath,
                                         const std::vector<std::filesystem::path>& files,
                                         const std::string& actor, const BulkProgress& progress);

} // namespace vouch::services
