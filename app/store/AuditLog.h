// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Result.h"
#include "store/AuditedRows.h"
#include "store/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vouch::store {

enum class AuditAction
{
    Create,
    Save,
    Sign,
    Export,
    Import,
    DeleteDraft,
    Supersede,
    Trust,
    Distrust,
    Backfill // rows stored before entries named them, listed once at the upgrade
};

struct AuditEntry
{
    std::int64_t seq = 0;
    std::string at;
    std::string actor;
    std::string action;
    std::optional<std::string> assessmentId;
    std::string detail;
    std::string prevSha256;
    std::string sha256;
    // The revision and signature rows this entry added or removed (AuditedRows.h), as
    // stored: canonical JSON, empty when none. Hashed only when not empty, so entries
    // written before rows were named keep their hashes.
    std::string rows;
};

// The newest entry: what `audit --verify` prints and a signature statement binds.
struct AuditHead
{
    std::string firstSha256; // entry 1's hash: which log this is
    std::int64_t seq = 0;
    std::string sha256;
};

struct AuditVerification
{
    std::int64_t entries = 0;
    // The first entry whose hash or link does not match, with why; nullopt if intact.
    std::optional<std::int64_t> brokenAt;
    std::string problem;
};

[[nodiscard]] const char* spelling(AuditAction action);

// The append-only, hash-chained audit log. Each entry's SHA-256 covers its fields and
// the previous entry's hash (RFC 8785 canonical JSON of the fields), so changing,
// removing or reordering any entry breaks every link after it.
class AuditLog
{
public:
    explicit AuditLog(const Database& database)
        : m_database(database)
    {}

    // Appends within the caller's transaction, so an entry exists exactly when the
    // change it records was committed.
    [[nodiscard]] Result<void> append(AuditAction action, const std::string& actor,
                                      const std::optional<std::string>& assessmentId,
                                      const std::string& detail,
                                      const std::vector<RowRef>& rows = {}) const;

    [[nodiscard]] Result<std::vector<AuditEntry>> entries(std::int64_t afterSeq, int limit) const;
    [[nodiscard]] Result<AuditVerification> verify() const;
    // nullopt for an empty log.
    [[nodiscard]] Result<std::optional<AuditHead>> head() const;
    // The hash of entry `seq`, nullopt when there is no such entry.
    [[nodiscard]] Result<std::optional<std::string>> hashAt(std::int64_t seq) const;

    [[nodiscard]] static std::string hashOf(const AuditEntry& entry);

private:
    const Database& m_database;
};

inline const std::string kAuditGenesis(64, '0');

} // namespace vouch::store
