// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Result.h"
#include "store/Database.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vouch::store {

// Revision and signature rows as the audit log names them: every entry that adds or
// removes such a row lists it, added rows with the SHA-256 of every column, so that
// verification can check both directions: each row has the entry that added it with its
// hash, and each row an entry added (and no later entry removed) is still there.
enum class RowTable
{
    Revision,
    Signature
};

enum class RowChange
{
    Added,
    Removed
};

struct RowRef
{
    RowChange change = RowChange::Added;
    RowTable table = RowTable::Revision;
    std::string assessmentId;
    int revision = 0;   // the revision's number, or the number of the revision signed
    int position = 0;   // signatures only, 1-based
    std::string sha256; // of the row's columns (added rows only)

    // "revision 3 of assessment ID", "signature 2 on revision 3 of assessment ID"
    [[nodiscard]] std::string describe() const;
};

// The rows column of an audit entry: RFC 8785 canonical JSON, empty when none.
[[nodiscard]] std::string rowsToText(const std::vector<RowRef>& rows);
[[nodiscard]] std::optional<std::vector<RowRef>> rowsFromText(std::string_view text);

// A row as it is stored now, hashed.
[[nodiscard]] Result<RowRef> revisionRow(const Database& database, const std::string& assessmentId,
                                         int number);
[[nodiscard]] Result<RowRef> signatureRow(const Database& database, const std::string& assessmentId,
                                          int revision, int position);
// Every revision and signature row, hashed.
[[nodiscard]] Result<std::vector<RowRef>> allRows(const Database& database);

// Replays the rows the audit log names against the tables; the first mismatch in one
// line naming the row and the entry, or nullopt when both directions agree. Assumes the
// chain itself was verified (AuditLog::verify).
[[nodiscard]] Result<std::optional<std::string>> auditedRowsProblem(const Database& database);

// Schema 4 -> 5: libraries made before entries named rows get one entry listing every
// row present at the upgrade, recorded as such (the audit log's "backfill" action).
[[nodiscard]] Result<void> backfillAuditedRows(const Database& database);

} // namespace vouch::store
