#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# PDF benchmark: `vouch export-pdf` of a large assessment (every question answered,
# 200 matrix rows with evidence notes, three signatures) against `vouch --version`,
# the process floor, in the same run.
#
#   bench/run-pdf-bench.sh [BUILD_DIR] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"
runs="${2:-7}"
vouch="$build/vouch"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

/usr/bin/python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
q = json.load(open("questionnaires/azure-openai.json"))
matrix = q["sections"][-1]["questions"][0]
for i in range(len(matrix["items"]), 200):
    matrix["items"].append({"id": f"extra.item-{i}", "title": f"Additional control {i} agreed with the vendor",
                            "owner": "customer" if i % 2 else "shared"})
q["version"] = "1.0.0-bench"
json.dump(q, open(f"{work}/questionnaire.json", "w"))
a = json.load(open("tests/data/scenarios/azure-openai-baseline.json"))
for item in matrix["items"]:
    a["answers"]["responsibility.matrix"][item["id"]] = {
        "status": "in_place", "evidence": "Reviewed with the platform team; ticket CHG-1042, screenshots attached. " * 3}
json.dump(a, open(f"{work}/answers.json", "w"))
PY

for who in alice bob carol; do
    echo "a long enough passphrase" > "$work/$who.pass"
    "$vouch" keygen --name "$who" --role Signer --email "$who@example.org" --out "$work/$who.key" \
        --passphrase-file "$work/$who.pass" >/dev/null
done
db="$work/bench.vouchdb"
id=$("$vouch" draft new --db "$db" --questionnaire "$work/questionnaire.json" --answers "$work/answers.json")
"$vouch" sign --db "$db" --key "$work/alice.key" --role assessor --passphrase-file "$work/alice.pass" "$id" >/dev/null
"$vouch" sign --db "$db" --key "$work/bob.key" --role approver --passphrase-file "$work/bob.pass" "$id" >/dev/null
"$vouch" sign --db "$db" --key "$work/carol.key" --role approver --passphrase-file "$work/carol.pass" "$id" >/dev/null

source bench/common.sh

floor=$(median_ms "$vouch" --version)
pdf=$(median_ms "$vouch" export-pdf "$id" --db "$db" --out "$work/large.pdf")
pages=$(pdfinfo "$work/large.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
awk -v p="$pdf" -v f="$floor" -v n="${pages:-?}" -v r="$runs" 'BEGIN {
    printf "export-pdf of the large assessment (%s pages): %.1f ms; vouch --version: %.1f ms; ratio %.1f (median of %d)\n", n, p, f, p / f, r }'
