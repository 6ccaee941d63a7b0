#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The library benchmark: `vouch list` with a text and a tier filter against the sqlite3
# command running the same SQL on the same file, in the same run (ratios, since these
# machines are noisy), and the save latency of one revision against a bare INSERT.
#
#   bench/run-library-bench.sh [BUILD_DIR] [COUNT] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"
count="${2:-100000}"
runs="${3:-21}"
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 command (apt-get install sqlite3)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/bench.vouchdb"

"$build/bench/library_bench" generate "$db" "$count"

source bench/common.sh

columns="id, title, workload, organisation, business_owner, assessor, status, current_revision, tier, verdict, signer, review_due, superseded_by, created_at, updated_at"
# Process start alone (vouch loads Qt; sqlite3 does not), to tell the query's cost
# from the fixed cost of starting the program.
start_ours=$(median_ms "$build/vouch" --version)
start_theirs=$(median_ms sqlite3 :memory: "SELECT 1")

compare() {
    local name="$1" where="$2"; shift 2
    local sql="SELECT count(*) FROM assessments WHERE $where; SELECT $columns FROM assessments WHERE $where ORDER BY updated_at DESC, id LIMIT 100 OFFSET 0;"
    local ours theirs
    ours=$(median_ms "$build/vouch" list --db "$db" "$@")
    theirs=$(median_ms sqlite3 "$db" "$sql")
    awk -v n="$name" -v a="$ours" -v b="$theirs" -v sa="$start_ours" -v sb="$start_theirs" 'BEGIN {
        na = a - sa; nb = b - sb; if (nb < 0.01) nb = 0.01;
        printf "%-12s vouch list %7.2f ms  sqlite3 %7.2f ms  ratio %.2f   without process start: %6.2f vs %6.2f ms, ratio %.2f\n", n, a, b, a / b, na, nb, na / nb }'
}

echo "$count assessments, median of $runs runs (wall time of the whole command)"
echo "process start: vouch --version $start_ours ms, sqlite3 :memory: $start_theirs ms"
compare "text filter" "rowid IN (SELECT rowid FROM assessments_fts WHERE assessments_fts MATCH '\"cardio\"*')" --text cardio
compare "tier filter" "tier = 'high'" --tier high
compare "no filter" "1" 
"$build/bench/library_bench" save "$work/save.vouchdb" 200
