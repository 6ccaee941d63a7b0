# SPDX-License-Identifier: Apache-2.0
# Shared by the benchmark scripts.

# Median wall time of a command in milliseconds, over $runs runs (set by the caller).
median_ms() {
    local samples=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null
        end=$(date +%s%N)
        samples+=($(( (end - start) / 1000 )))
    done
    printf '%s\n' "${samples[@]}" | sort -n | awk -v n="${#samples[@]}" 'NR == int((n + 1) / 2) { printf "%.2f", $1 / 1000 }'
}
