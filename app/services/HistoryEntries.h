// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/LibraryRecords.h"

#include <string>
#include <vector>

namespace vouch::services {

// One line of an assessment's history as people read it. Autosave stores a draft
// revision some seconds after every edit, so one pass through the wizard leaves dozens
// of revisions; the store keeps each (they are what the audit log and comparisons
// refer to), and the history shows one editing session as one entry.
struct HistoryEntry
{
    int firstRevision = 0;
    int lastRevision = 0; // the revision the entry stands for (its state at the end)
    RevisionKind kind = RevisionKind::Draft;
    std::string author;
    std::string firstSavedAt; // UTC, as stored
    std::string lastSavedAt;
    std::string sha256; // of the last revision

    [[nodiscard]] int saves() const { return lastRevision - firstRevision + 1; }
};

// Two draft saves by one author belong to one session when the later came no more than
// this long after the earlier.
inline constexpr int kEditingSessionGapSeconds = 30 * 60;

// `revisions` in order, oldest first. Consecutive draft revisions by the same author
// with no more than kEditingSessionGapSeconds between saves are one entry; a signed
// revision is always an entry of its own, and so is a draft whose time cannot be read.
[[nodiscard]] std::vector<HistoryEntry>
historyEntries(const std::vector<RevisionRecord>& revisions);

} // namespace vouch::services
