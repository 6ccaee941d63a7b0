// SPDX-License-Identifier: Apache-2.0
#include "store/LibraryQuery.h"

#include "store/Clock.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace vouch::store {
namespace {

constexpr std::array<std::pair<std::string_view, SortColumn>, 10> kSortColumns{{
    {"updated", SortColumn::Updated},
    {"title", SortColumn::Title},
    {"workload", SortColumn::Workload},
    {"organisation", SortColumn::Organisation},
    {"tier", SortColumn::Tier},
    {"verdict", SortColumn::Verdict},
    {"status", SortColumn::Status},
    {"signer", SortColumn::Signer},
    {"review_due", SortColumn::ReviewDue},
    {"next_action_due", SortColumn::NextActionDue},
}};

std::string_view orderExpression(SortColumn column)
{
    switch (column) {
    case SortColumn::Updated:
        return "updated_at";
    case SortColumn::Title:
        return "title COLLATE NOCASE";
    case SortColumn::Workload:
        return "workload COLLATE NOCASE";
    case SortColumn::Organisation:
        return "organisation COLLATE NOCASE";
    case SortColumn::Tier:
        // low < medium < high, not alphabetical.
        return "CASE tier WHEN 'low' THEN 1 WHEN 'medium' THEN 2 WHEN 'high' THEN 3 ELSE 0 END";
    case SortColumn::Verdict:
        return "CASE verdict WHEN 'ready' THEN 1 WHEN 'conditional' THEN 2 WHEN 'incomplete' "
               "THEN 3 WHEN 'blocked' THEN 4 ELSE 0 END";
    case SortColumn::Status:
        return "status";
    case SortColumn::Signer:
        return "signer COLLATE NOCASE";
    case SortColumn::ReviewDue:
        return "review_due";
    case SortColumn::NextActionDue:
        return "next_action_due";
    }
    return "updated_at";
}

// The WHERE clause and its parameters, shared by the page query and the count.
struct Filter
{
    std::string where;
    std::vector<std::string> parameters;

    void add(std::string_view condition, std::string parameter)
    {
        where += where.empty() ? " WHERE " : " AND ";
        where += condition;
        parameters.push_back(std::move(parameter));
    }
};

// PostgreSQL has no FTS5 table: each word of the text must occur in title, workload or
// organisation, ignoring case (diacritics are not folded there yet).
void addPostgresText(Filter& filter, const std::string& text)
{
    std::string word;
    const auto flush = [&] {
        if (!word.empty()) {
            filter.add("lower(title || ' ' || workload || ' ' || organisation) LIKE lower(?)",
                       "%" + word + "%");
            word.clear();
        }
    };
    for (const char c : text) {
        // The same words as ftsPrefixQuery, so LIKE's % and _ never reach the pattern.
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 || (std::isalnum(byte) != 0)) {
            word += c;
        } else {
            flush();
        }
    }
    flush();
}

Filter buildFilter(const ListQuery& query, Dialect dialect)
{
    Filter filter;
    if (dialect == Dialect::Postgres) {
        addPostgresText(filter, query.text);
    } else if (const auto match = ftsPrefixQuery(query.text); !match.empty()) {
        filter.add("rowid IN (SELECT rowid FROM assessments_fts WHERE assessments_fts MATCH ?)",
                   match);
    }
    if (query.tier) {
        filter.add("tier = ?", *query.tier);
    }
    if (query.verdict) {
        filter.add("verdict = ?", *query.verdict);
    }
    if (query.status && *query.status == "signed") {
        // Signed is the decision in force: also an assessment whose sign-off has a newer
        // draft on top (New Revision), which is listed as a draft.
        filter.add("(status = ? OR (status = 'draft' AND EXISTS (SELECT 1 FROM revisions r "
                   "WHERE r.assessment_id = assessments.id AND r.kind = 'signed')))",
                   *query.status);
    } else if (query.status) {
        filter.add("status = ?", *query.status);
    }
    if (query.signer) {
        filter.add("signer = ?", *query.signer);
    }
    if (query.overdueOnly) {
        filter.add("review_due < ? AND status = 'signed'",
                   query.today.empty() ? utcDate() : query.today);
    }
    if (query.overdueActionsOnly) {
        filter.add("next_action_due < ? AND status <> 'superseded'",
                   query.today.empty() ? utcDate() : query.today);
    }
    return filter;
}

// SQLite sorts NULL before every value; PostgreSQL after, unless told.
std::string orderFor(Dialect dialect, const ListQuery& query)
{
    auto order = orderByClause(query.sort, query.descending);
    if (dialect == Dialect::Postgres) {
        const auto firstDirection = order.find(query.descending ? " DESC" : " ASC");
        order.insert(firstDirection + (query.descending ? 5 : 4),
                     query.descending ? " NULLS LAST" : " NULLS FIRST");
    }
    return order;
}

void bindAll(Statement& statement, const std::vector<std::string>& parameters)
{
    int index = 1;
    for (const auto& parameter : parameters) {
        statement.bind(index++, std::string_view(parameter));
    }
}

} // namespace

std::string orderByClause(SortColumn column, bool descending)
{
    // The tie-breaker runs the same way as the column, so one index serves both
    // directions.
    const std::string direction = descending ? " DESC" : " ASC";
    return std::string(orderExpression(column)) + direction + ", id" + direction;
}

std::vector<SortColumn> allSortColumns()
{
    std::vector<SortColumn> columns;
    for (const auto& entry : kSortColumns) {
        columns.push_back(entry.second);
    }
    return columns;
}

std::optional<SortColumn> sortColumnFromString(const std::string& name)
{
    for (const auto& [text, column] : kSortColumns) {
        if (text == name) {
            return column;
        }
    }
    return std::nullopt;
}

std::string ftsPrefixQuery(const std::string& text)
{
    std::string query;
    std::string word;
    const auto flush = [&] {
        if (!word.empty()) {
            query += (query.empty() ? "" : " ") + std::string("\"") + word + "\"*";
            word.clear();
        }
    };
    for (const char c : text) {
        // Split on ASCII space and punctuation; keep UTF-8 bytes (>= 0x80) inside words.
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 || (std::isalnum(byte) != 0)) {
            word += c;
        } else {
            flush();
        }
    }
    flush();
    return query;
}

Result<ListPage> listAssessments(const Database& database, const ListQuery& query)
{
    const auto filter = buildFilter(query, database.dialect());
    auto count = database.prepare("SELECT count(*) FROM assessments" + filter.where);
    if (!count) {
        return count.error();
    }
    bindAll(*count, filter.parameters);
    ListPage page;
    if (count->step()) {
        page.total = count->integer(0);
    } else if (count->lastError()) {
        return *count->lastError();
    }

    const std::string sql =
        "SELECT id, title, workload, organisation, business_owner, assessor, status, "
        "current_revision, tier, verdict, signer, review_due, superseded_by, created_at, "
        "updated_at, next_action_due, received_copy_of FROM assessments" +
        filter.where + " ORDER BY " + orderFor(database.dialect(), query) + " LIMIT ? OFFSET ?";
    auto rows = database.prepare(sql);
    if (!rows) {
        return rows.error();
    }
    bindAll(*rows, filter.parameters);
    const int next = static_cast<int>(filter.parameters.size()) + 1;
    rows->bind(next, static_cast<std::int64_t>(std::clamp(query.limit, 0, 100000)))
        .bind(next + 1, static_cast<std::int64_t>(std::max(query.offset, 0)));
    while (rows->step()) {
        AssessmentRecord record;
        record.id = rows->text(0);
        record.fields = {rows->text(1),         rows->text(2),          rows->text(3),
                         rows->text(4),         rows->text(5),          rows->optionalText(8),
                         rows->optionalText(9), rows->optionalText(10), rows->optionalText(11),
                         rows->optionalText(15)};
        record.status = rows->text(6);
        record.currentRevision = static_cast<int>(rows->integer(7));
        record.supersededBy = rows->optionalText(12);
        record.createdAt = rows->text(13);
        record.updatedAt = rows->text(14);
        record.receivedCopyOf = rows->optionalText(16);
        page.rows.push_back(std::move(record));
    }
    if (rows->lastError()) {
        return *rows->lastError();
    }
    return page;
}

Result<std::optional<std::int64_t>> positionInList(const Database& database, const ListQuery& query,
                                                   const std::string& id)
{
    // The same filter and order as a page, numbered by a window function (SQLite 3.25+,
    // PostgreSQL): one pass over the index the order uses, no rows sent back but one.
    const auto filter = buildFilter(query, database.dialect());
    auto position = database.prepare(
        "SELECT position FROM (SELECT id, row_number() OVER (ORDER BY " +
        orderFor(database.dialect(), query) + ") - 1 AS position FROM assessments" + filter.where +
        ") AS listed WHERE id = ?");
    if (!position) {
        return position.error();
    }
    bindAll(*position, filter.parameters);
    position->bind(static_cast<int>(filter.parameters.size()) + 1, std::string_view(id));
    if (position->step()) {
        return std::optional<std::int64_t>(position->integer(0));
    }
    if (position->lastError()) {
        return *position->lastError();
    }
    return std::optional<std::int64_t>();
}

} // namespace vouch::store
