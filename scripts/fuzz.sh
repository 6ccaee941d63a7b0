#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the libFuzzer fuzzers (cmake --preset fuzz: clang, ASan+UBSan) and runs each
# for a chosen time on a corpus seeded from tests/data, then prints one line per
# target: executions, speed, coverage, corpus size and crashes. See docs/security.md.
#
#   scripts/fuzz.sh [--seconds N] [--jobs J] [TARGET ...]
#
# TARGET: questionnaire answers condition canonical-json package (default: all five).
# --seconds: per target (default 600). --jobs: targets run side by side (default: the
# number of cores). The corpus grows in build/fuzz/corpus/<target> across runs; logs go
# to build/fuzz/logs/<target>.log; a crash is saved to build/fuzz/crashes/<target>/ and
# belongs, once fixed, in tests/data/fuzz/<target>/ (test_fuzz_regressions replays it).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=600
jobs=$(nproc)
targets=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --seconds) seconds="$2"; shift 2 ;;
        --jobs) jobs="$2"; shift 2 ;;
        -h|--help) sed -n '3,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "fuzz.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
        *) targets+=("$1"); shift ;;
    esac
done
all_targets=(questionnaire answers condition canonical-json package)
[[ ${#targets[@]} -gt 0 ]] || targets=("${all_targets[@]}")
for target in "${targets[@]}"; do
    [[ " ${all_targets[*]} " == *" $target "* ]] ||
        { echo "fuzz.sh: unknown target '$target' (one of: ${all_targets[*]})" >&2; exit 2; }
done

scripts/install-deps.sh --fuzz
cmake --preset fuzz >/dev/null
cmake --build build/fuzz --target "${targets[@]/#/fuzz_}"

out=build/fuzz
data=tests/data

# Seeds: every input of the same kind that the tests use, good and bad, plus the saved
# regressions. Conditions are cut out of the shipped questionnaire.
seed() {
    local target="$1" corpus="$out/corpus/$1"
    mkdir -p "$corpus"
    local sources=("$data/fuzz/$target")
    case "$target" in
        questionnaire) sources+=(questionnaires/azure-openai.json "$data/questionnaires"
                                 "$data/bad/questionnaires") ;;
        answers) sources+=("$data/scenarios/azure-openai-baseline.json" "$data/answers"
                           "$data/bad/answers") ;;
        canonical-json) sources+=("$data/jcs") ;;
        package) sources+=("$data/bad/packages") ;;
        condition)
            jq -c '.. | objects | (.when?, .visible_if?) | select(. != null)' \
                questionnaires/azure-openai.json |
                while IFS= read -r condition; do
                    printf '%s' "$condition" > "$corpus/seed-$(printf '%s' "$condition" | sha1sum | cut -c1-16)"
                done ;;
    esac
    local source
    for source in "${sources[@]}"; do
        [[ -e "$source" ]] || continue
        find "$source" -type f ! -name '*.md' -exec cp -t "$corpus" {} +
    done
}

run() {
    local target="$1"
    mkdir -p "$out/logs" "$out/crashes/$target"
    local started=$SECONDS
    # -rss_limit_mb: the package target legitimately holds a 150 KB package many times
    # over under ASan; 4 GB still catches a runaway allocation.
    "$out/fuzz/fuzz_$target" "$out/corpus/$target" \
        -max_total_time="$seconds" -print_final_stats=1 -rss_limit_mb=4096 \
        -timeout=25 -artifact_prefix="$out/crashes/$target/" \
        >"$out/logs/$target.log" 2>&1 || true
    # libFuzzer stops at the first crash: the table shows how long it really ran.
    echo $((SECONDS - started)) >"$out/logs/$target.seconds"
}

summary() {
    local target="$1" log="$out/logs/$target.log"
    local ran execs speed cov features corpus crashes
    ran=$(cat "$out/logs/$target.seconds" 2>/dev/null || echo '?')
    # A run that crashed at once has no coverage lines: '?' rather than an abort.
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$( (grep -o 'cov: [0-9]*' "$log" || true) | tail -1 | cut -d' ' -f2)
    features=$( (grep -o 'ft: [0-9]*' "$log" || true) | tail -1 | cut -d' ' -f2)
    corpus=$(find "$out/corpus/$target" -type f | wc -l)
    crashes=$(find "$out/crashes/$target" -type f | wc -l)
    printf '| %-14s | %8ss | %12s | %8s | %6s | %8s | %6s | %7s |\n' "$target" "$ran" \
        "${execs:-?}" "${speed:-?}" "${cov:-?}" "${features:-?}" "$corpus" "$crashes"
}

for target in "${targets[@]}"; do
    seed "$target"
done
echo "fuzz.sh: ${#targets[@]} target(s), ${seconds}s each, $jobs at a time; logs in $out/logs"
running=0
for target in "${targets[@]}"; do
    run "$target" &
    running=$((running + 1))
    if [[ $running -ge $jobs ]]; then
        wait -n
        running=$((running - 1))
    fi
done
wait

echo
echo '| target         | ran for  |   executions |  execs/s |  edges | features | corpus | crashes |'
echo '| -------------- | -------: | -----------: | -------: | -----: | -------: | -----: | ------: |'
for target in "${targets[@]}"; do
    summary "$target"
done
if find "$out/crashes" -type f | grep -q .; then
    echo "fuzz.sh: crashes saved under $out/crashes; see each target's log" >&2
    exit 1
fi
