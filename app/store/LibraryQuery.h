// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Result.h"
#include "store/Database.h"
#include "store/Records.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vouch::store {

enum class SortColumn
{
    Updated,
    Title,
    Workload,
    Organisation,
    Tier,
    Verdict,
    Status,
    Signer,
    ReviewDue,
    NextActionDue
};

// One page of the library view. Every filter is optional; all given ones must hold.
struct ListQuery
{
    std::string text; // words matched (as prefixes) in title, workload or organisation
    std::optional<std::string> tier;
    std::optional<std::string> verdict;
    std::optional<std::string> status;
    std::optional<std::string> signer;
    bool overdueOnly = false; // review due before `today`
    // A remediation action that is not done was due before `today` (any status but
    // superseded: drafts have action plans too).
    bool overdueActionsOnly = false;
    std::string today; // YYYY-MM-DD; defaults to the current UTC date
    SortColumn sort = SortColumn::Updated;
    bool descending = true;
    int offset = 0;
    int limit = 100;
};

struct ListPage
{
    std::vector<AssessmentRecord> rows;
    std::int64_t total = 0; // rows matching the filters, across all pages
};

[[nodiscard]] Result<ListPage> listAssessments(const Database& database, const ListQuery& query);

// Where assessment `id` stands in the list `query` filters and orders (0 = first row,
// offset and limit ignored), or nullopt when the filters leave it out. The library view
// asks it to keep an edited row selected after a save moved it beyond the pages it read.
[[nodiscard]] Result<std::optional<std::int64_t>>
positionInList(const Database& database, const ListQuery& query, const std::string& id);

// Turns free text into an FTS5 query of quoted prefix terms, so user input is never
// parsed as FTS syntax ("AND", quotes, '*'). Empty when the text has no words.
[[nodiscard]] std::string ftsPrefixQuery(const std::string& text);

[[nodiscard]] std::optional<SortColumn> sortColumnFromString(const std::string& name);

// The ORDER BY clause of a page (without the keywords): the column's expression and the
// id tie-breaker, both in the query's direction. Each has an index (schema 5).
[[nodiscard]] std::string orderByClause(SortColumn column, bool descending);

// Every sort column, for callers that go through all of them.
[[nodiscard]] std::vector<SortColumn> allSortColumns();

} // namespace vouch::store
