// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Result.h"
#include "store/Library.h"

#include <optional>
#include <string>

namespace vouch::services {

// The revision an export writes, and what the person exporting must be told about it.
// Exports default to the latest signed revision: once New Revision starts a draft on
// top of a sign-off, "export" must not silently hand out the unsigned draft.
struct ExportedRevision
{
    int number = 0;
    int signatures = 0;               // 0: an unsigned draft
    std::optional<int> newerRevision; // a later revision that this export leaves out

    // One line for the person exporting, e.g. "revision 2, signed (2 signatures); the
    // newer draft revision 3 is not in it (choose revision 3 to export the draft)".
    [[nodiscard]] std::string describe() const;
};

// `requested` when given (it must exist), else the latest signed revision, else the
// current one.
[[nodiscard]] Result<ExportedRevision> revisionToExport(const store::Library& library,
                                                        const std::string& assessmentId,
                                                        std::optional<int> requested);

} // namespace vouch::services
