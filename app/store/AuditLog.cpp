// SPDX-License-Identifier: Apache-2.0
#include "store/AuditLog.h"

#include "model/CanonicalJson.h"
#include "model/Sha256.h"
#include "store/Clock.h"

#include <nlohmann/json.hpp>

namespace vouch::store {

const char* spelling(AuditAction action)
{
    switch (action) {
    case AuditAction::Create:
        return "create";
    case AuditAction::Save:
        return "save";
    case AuditAction::Sign:
        return "sign";
    case AuditAction::Export:
        return "export";
    case AuditAction::Import:
        return "import";
    case AuditAction::DeleteDraft:
        return "delete-draft";
    case AuditAction::Supersede:
        return "supersede";
    case AuditAction::Trust:
        return "trust";
    case AuditAction::Distrust:
        return "distrust";
    case AuditAction::Backfill:
        return "backfill";
    }
    return "unknown";
}

std::string AuditLog::hashOf(const AuditEntry& entry)
{
    nlohmann::json fields = {
        {"seq", entry.seq},
        {"at", entry.at},
        {"actor", entry.actor},
        {"action", entry.action},
        {"assessment_id",
         entry.assessmentId ? nlohmann::json(*entry.assessmentId) : nlohmann::json()},
        {"detail", entry.detail},
        {"prev_sha256", entry.prevSha256},
    };
    if (!entry.rows.empty()) {
        fields["rows"] = entry.rows;
    }
    const auto canonical = model::canonicalJson(fields);
    // Fields are strings and small integers, which always canonicalise; a failure
    // means invalid UTF-8 slipped in, and hashing the raw dump still detects tampering.
    return model::sha256Hex(canonical.bytes ? *canonical.bytes : fields.dump());
}

Result<void> AuditLog::append(AuditAction action, const std::string& actor,
                              const std::optional<std::string>& assessmentId,
                              const std::string& detail, const std::vector<RowRef>& rows) const
{
    auto last = m_database.prepare("SELECT seq, sha256 FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!last) {
        return last.error();
    }
    AuditEntry entry;
    entry.seq = 1;
    entry.prevSha256 = kAuditGenesis;
    if (last->step()) {
        entry.seq = last->integer(0) + 1;
        entry.prevSha256 = last->text(1);
    } else if (last->lastError()) {
        return *last->lastError();
    }
    entry.at = utcTimestamp();
    entry.actor = actor;
    entry.action = spelling(action);
    entry.assessmentId = assessmentId;
    entry.detail = detail;
    entry.rows = rowsToText(rows);
    entry.sha256 = hashOf(entry);

    auto insert = m_database.prepare(
        "INSERT INTO audit_log(seq, at, actor, action, assessment_id, detail, prev_sha256, sha256, "
        "rows) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert) {
        return insert.error();
    }
    insert->bind(1, entry.seq)
        .bind(2, entry.at)
        .bind(3, entry.actor)
        .bind(4, entry.action)
        .bind(5, entry.assessmentId)
        .bind(6, entry.detail)
        .bind(7, entry.prevSha256)
        .bind(8, entry.sha256)
        .bind(9, entry.rows);
    return insert->run();
}

Result<std::vector<AuditEntry>> AuditLog::entries(std::int64_t afterSeq, int limit) const
{
    auto query = m_database.prepare(
        "SELECT seq, at, actor, action, assessment_id, detail, prev_sha256, sha256, rows "
        "FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?");
    if (!query) {
        return query.error();
    }
    query->bind(1, afterSeq).bind(2, static_cast<std::int64_t>(limit));
    std::vector<AuditEntry> result;
    while (query->step()) {
        result.push_back({query->integer(0), query->text(1), query->text(2), query->text(3),
                          query->optionalText(4), query->text(5), query->text(6), query->text(7),
                          query->text(8)});
    }
    if (query->lastError()) {
        return *query->lastError();
    }
    return result;
}

Result<AuditVerification> AuditLog::verify() const
{
    AuditVerification verification;
    std::string previous = kAuditGenesis;
    std::int64_t expectedSeq = 1;
    constexpr int kBatch = 1000;
    std::int64_t after = 0;
    while (true) {
        auto batch = entries(after, kBatch);
        if (!batch) {
            return batch.error();
        }
        for (const auto& entry : *batch) {
            ++verification.entries;
            const auto fail = [&](std::string problem) {
                verification.brokenAt = entry.seq;
                verification.problem = std::move(problem);
            };
            if (entry.seq != expectedSeq) {
                fail("entry " + std::to_string(expectedSeq) + " is missing");
            } else if (entry.prevSha256 != previous) {
                fail("does not link to the entry before it");
            } else if (hashOf(entry) != entry.sha256) {
                fail("its contents do not match its hash");
            }
            if (verification.brokenAt) {
                return verification;
            }
            previous = entry.sha256;
            ++expectedSeq;
            after = entry.seq;
        }
        if (batch->size() < static_cast<std::size_t>(kBatch)) {
            return verification;
        }
    }
}

Result<std::optional<std::string>> AuditLog::hashAt(std::int64_t seq) const
{
    return m_database.queryOptional(
        "SELECT sha256 FROM audit_log WHERE seq = ?", [&](Statement& query) { query.bind(1, seq); },
        [](const Statement& row) { return row.text(0); });
}

Result<std::optional<AuditHead>> AuditLog::head() const
{
    auto last = m_database.queryOptional(
        "SELECT seq, sha256 FROM audit_log ORDER BY seq DESC LIMIT 1", [](Statement&) {},
        [](const Statement& row) {
            return AuditHead{{}, row.integer(0), row.text(1)};
        });
    if (!last || !*last) {
        return last;
    }
    auto first = hashAt(1);
    if (!first) {
        return first.error();
    }
    (*last)->firstSha256 = first->value_or(std::string());
    return last;
}

} // namespace vouch::store
