// SPDX-License-Identifier: Apache-2.0
#include "store/AuditedRows.h"

#include "model/CanonicalJson.h"
#include "model/Sha256.h"
#include "store/AuditLog.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <tuple>

namespace vouch::store {
namespace {

using nlohmann::json;

constexpr std::string_view kRevisionSelect =
    "SELECT assessment_id, number, kind, payload, parent_sha256, questionnaire_sha256, author, "
    "created_at FROM revisions";
constexpr std::string_view kSignatureSelect =
    "SELECT assessment_id, revision, position, entry, signer, signed_at FROM signatures";

std::string hashOfColumns(const json& columns)
{
    const auto canonical = model::canonicalJson(columns);
    // Columns are checked text; should one not canonicalise, the raw dump still changes
    // with every edit.
    return model::sha256Hex(canonical.bytes ? *canonical.bytes : columns.dump());
}

// Every column of a revision row; the payload by its SHA-256 recomputed from the bytes,
// so that an edited payload shows even when its sha256 column was edited to match.
RowRef readRevisionRow(const Statement& row)
{
    const auto parent = row.optionalText(4);
    const json columns = {{"assessment_id", row.text(0)},
                          {"number", row.integer(1)},
                          {"kind", row.text(2)},
                          {"payload_sha256", model::sha256Hex(row.blob(3))},
                          {"parent_sha256", parent ? json(*parent) : json()},
                          {"questionnaire_sha256", row.text(5)},
                          {"author", row.text(6)},
                          {"created_at", row.text(7)}};
    return {
        RowChange::Added,      RowTable::Revision, row.text(0), static_cast<int>(row.integer(1)), 0,
        hashOfColumns(columns)};
}

RowRef readSignatureRow(const Statement& row)
{
    const json columns = {{"assessment_id", row.text(0)}, {"revision", row.integer(1)},
                          {"position", row.integer(2)},   {"entry", row.text(3)},
                          {"signer", row.text(4)},        {"signed_at", row.text(5)}};
    return {RowChange::Added,
            RowTable::Signature,
            row.text(0),
            static_cast<int>(row.integer(1)),
            static_cast<int>(row.integer(2)),
            hashOfColumns(columns)};
}

Result<RowRef> oneRow(const Database& database, const std::string& sql,
                      const std::function<void(Statement&)>& bind, RowRef (*read)(const Statement&),
                      const std::string& what)
{
    auto found = database.queryOptional(sql, bind, read);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return Error{database.path().string() + ": " + what + " is not stored"};
    }
    return std::move(**found);
}

Result<void> appendAll(const Database& database, std::string_view sql,
                       RowRef (*read)(const Statement&), std::vector<RowRef>& rows)
{
    auto query = database.prepare(std::string(sql));
    if (!query) {
        return query.error();
    }
    while (query->step()) {
        rows.push_back(read(*query));
    }
    if (query->lastError()) {
        return *query->lastError();
    }
    return {};
}

using RowKey = std::tuple<int, std::string, int, int>; // table, assessment, revision, position

RowKey keyOf(const RowRef& row)
{
    return {static_cast<int>(row.table), row.assessmentId, row.revision, row.position};
}

struct Recorded
{
    std::string sha256;
    std::int64_t seq = 0;
};

// The rows the log says exist now: added and not removed since, with the entry that
// added each. An entry whose rows cannot be read is itself the problem.
Result<std::map<RowKey, Recorded>> replayLog(const Database& database, std::string& problem)
{
    auto query = database.prepare("SELECT seq, rows FROM audit_log WHERE rows <> '' ORDER BY seq");
    if (!query) {
        return query.error();
    }
    std::map<RowKey, Recorded> recorded;
    while (problem.empty() && query->step()) {
        const auto seq = query->integer(0);
        const auto rows = rowsFromText(query->text(1));
        if (!rows) {
            problem =
                "audit entry " + std::to_string(seq) + " names rows in a form Vouch cannot read";
            break;
        }
        for (const auto& row : *rows) {
            if (row.change == RowChange::Added) {
                recorded[keyOf(row)] = {row.sha256, seq};
            } else {
                recorded.erase(keyOf(row));
            }
        }
    }
    if (query->lastError()) {
        return *query->lastError();
    }
    return recorded;
}

} // namespace

std::string RowRef::describe() const
{
    const auto revisionText =
        "revision " + std::to_string(revision) + " of assessment " + assessmentId;
    if (table == RowTable::Signature) {
        return "signature " + std::to_string(position) + " on " + revisionText;
    }
    return revisionText;
}

std::string rowsToText(const std::vector<RowRef>& rows)
{
    if (rows.empty()) {
        return {};
    }
    json list = json::array();
    for (const auto& row : rows) {
        json item = {{"change", row.change == RowChange::Added ? "added" : "removed"},
                     {"table", row.table == RowTable::Revision ? "revision" : "signature"},
                     {"assessment_id", row.assessmentId},
                     {"revision", row.revision}};
        if (row.table == RowTable::Signature) {
            item["position"] = row.position;
        }
        if (row.change == RowChange::Added) {
            item["sha256"] = row.sha256;
        }
        list.push_back(std::move(item));
    }
    const auto canonical = model::canonicalJson(list);
    return canonical.bytes ? *canonical.bytes : list.dump();
}

std::optional<std::vector<RowRef>> rowsFromText(std::string_view text)
{
    const auto list = json::parse(text, nullptr, false);
    if (!list.is_array()) {
        return std::nullopt;
    }
    std::vector<RowRef> rows;
    for (const auto& item : list) {
        if (!item.is_object() || !item.value("assessment_id", json()).is_string() ||
            !item.value("revision", json()).is_number_integer()) {
            return std::nullopt;
        }
        RowRef row;
        const auto change = item.value("change", std::string());
        const auto table = item.value("table", std::string());
        if ((change != "added" && change != "removed") ||
            (table != "revision" && table != "signature")) {
            return std::nullopt;
        }
        row.change = change == "added" ? RowChange::Added : RowChange::Removed;
        row.table = table == "revision" ? RowTable::Revision : RowTable::Signature;
        row.assessmentId = item["assessment_id"].get<std::string>();
        row.revision = item["revision"].get<int>();
        if (row.table == RowTable::Signature) {
            if (!item.value("position", json()).is_number_integer()) {
                return std::nullopt;
            }
            row.position = item["position"].get<int>();
        }
        if (row.change == RowChange::Added) {
            if (!item.value("sha256", json()).is_string()) {
                return std::nullopt;
            }
            row.sha256 = item["sha256"].get<std::string>();
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<RowRef> revisionRow(const Database& database, const std::string& assessmentId, int number)
{
    return oneRow(
        database, std::string(kRevisionSelect) + " WHERE assessment_id = ? AND number = ?",
        [&](Statement& query) {
            query.bind(1, assessmentId).bind(2, static_cast<std::int64_t>(number));
        },
        readRevisionRow, "revision " + std::to_string(number) + " of assessment " + assessmentId);
}

Result<RowRef> signatureRow(const Database& database, const std::string& assessmentId, int revision,
                            int position)
{
    return oneRow(
        database,
        std::string(kSignatureSelect) +
            " WHERE assessment_id = ? AND revision = ? AND position = ?",
        [&](Statement& query) {
            query.bind(1, assessmentId)
                .bind(2, static_cast<std::int64_t>(revision))
                .bind(3, static_cast<std::int64_t>(position));
        },
        readSignatureRow,
        "signature " + std::to_string(position) + " on revision " + std::to_string(revision) +
            " of assessment " + assessmentId);
}

Result<std::vector<RowRef>> allRows(const Database& database)
{
    std::vector<RowRef> rows;
    if (auto read =
            appendAll(database, std::string(kRevisionSelect) + " ORDER BY assessment_id, number",
                      readRevisionRow, rows);
        !read) {
        return read.error();
    }
    if (auto read = appendAll(
            database, std::string(kSignatureSelect) + " ORDER BY assessment_id, revision, position",
            readSignatureRow, rows);
        !read) {
        return read.error();
    }
    return rows;
}

Result<std::optional<std::string>> auditedRowsProblem(const Database& database)
{
    std::string problem;
    auto recorded = replayLog(database, problem);
    if (!recorded) {
        return recorded.error();
    }
    if (!problem.empty()) {
        return std::optional<std::string>(problem);
    }
    auto rows = allRows(database);
    if (!rows) {
        return rows.error();
    }
    for (const auto& row : *rows) {
        const auto found = recorded->find(keyOf(row));
        if (found == recorded->end()) {
            return std::optional<std::string>(row.describe() +
                                              " has no audit entry (added behind Vouch's back)");
        }
        if (found->second.sha256 != row.sha256) {
            return std::optional<std::string>(
                row.describe() + " does not match the hash audit entry " +
                std::to_string(found->second.seq) + " recorded (changed behind Vouch's back)");
        }
        recorded->erase(found);
    }
    if (!recorded->empty()) {
        // The earliest entry first: the oldest loss is the most telling.
        auto first = recorded->begin();
        for (auto it = recorded->begin(); it != recorded->end(); ++it) {
            if (it->second.seq < first->second.seq) {
                first = it;
            }
        }
        RowRef gone;
        std::tie(std::ignore, gone.assessmentId, gone.revision, gone.position) = first->first;
        gone.table = static_cast<RowTable>(std::get<0>(first->first));
        return std::optional<std::string>("audit entry " + std::to_string(first->second.seq) +
                                          " names " + gone.describe() +
                                          ", which is gone (deleted behind Vouch's back)");
    }
    return std::optional<std::string>();
}

Result<void> backfillAuditedRows(const Database& database)
{
    auto rows = allRows(database);
    if (!rows) {
        return rows.error();
    }
    if (rows->empty()) {
        return {};
    }
    int revisions = 0;
    for (const auto& row : *rows) {
        revisions += row.table == RowTable::Revision ? 1 : 0;
    }
    const auto signatures = static_cast<int>(rows->size()) - revisions;
    return AuditLog(database).append(
        AuditAction::Backfill, "vouch (library upgrade)", std::nullopt,
        std::to_string(revisions) + " revision(s) and " + std::to_string(signatures) +
            " signature(s) stored before audit entries named rows, recorded as found at the "
            "upgrade",
        *rows);
}

} // namespace vouch::store
