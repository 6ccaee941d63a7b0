# SPDX-License-Identifier: Apache-2.0
# shellcheck shell=bash
# Timing helpers for bench/run. Sourced, also inside the one xvfb-run server of the
# start-up benchmark, so they must not depend on bench/run's variables.

# Without it a failure inside $(...) would not stop the caller: a command
# substitution does not inherit `set -e`.
shopt -s inherit_errexit

# The failure of a timed command stops the benchmark: a fast failure would otherwise be
# reported as a fast run.
bench_fail() {
    echo "bench/run: $*" >&2
    exit 1
}

# Runs a command once, output discarded; its wall time in microseconds on stdout.
# EPOCHREALTIME (bash 5) rather than `date`, so no extra process lands inside the
# timed interval.
wall_us() {
    local start end status=0
    start=${EPOCHREALTIME/./}
    "$@" >/dev/null 2>&1 || status=$?
    end=${EPOCHREALTIME/./}
    [[ $status -eq 0 ]] || bench_fail "'$*' exited with status $status"
    echo $((end - start))
}

# The median of the numbers on stdin (microseconds), printed in milliseconds.
median_of() {
    sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", v[int((NR + 1) / 2)] / 1000 }'
}

# median_each RUNS COMMAND_1... -- COMMAND_2... [-- COMMAND_3...]
# Median wall times of each command in milliseconds, space-separated in order, runs
# interleaved (1, 2, 3, 1, 2, 3, ...) so that all see the same load: other people
# compile and fuzz on this machine. A command may be a shell function.
median_each() {
    local runs="$1"; shift
    local flat=("$@") starts=(0) lengths=() i k
    for i in "${!flat[@]}"; do
        if [[ "${flat[i]}" == "--" ]]; then
            lengths+=($((i - starts[-1])))
            starts+=($((i + 1)))
        fi
    done
    lengths+=($((${#flat[@]} - starts[-1])))
    local samples=()
    for _ in $(seq "$runs"); do
        for k in "${!starts[@]}"; do
            samples[k]+="$(wall_us "${flat[@]:starts[k]:lengths[k]}")"$'\n'
        done
    done
    local medians=()
    for k in "${!starts[@]}"; do
        medians+=("$(printf '%s' "${samples[k]}" | median_of)")
    done
    echo "${medians[*]}"
}

# startup_pair BUILD RUNS LIBRARY
# Process start to first paint of vouch's library window and of bench/minimal_window
# ("vouch minimal", ms), both showing LIBRARY, on the current QT_QPA_PLATFORM; both quit
# after their first paint with VOUCH_QUIT_WHEN_SHOWN=1. A program that does not quit
# within 20 s stops the benchmark instead of hanging it.
startup_pair() {
    local build="$1" runs="$2" library="$3"
    export VOUCH_QUIT_WHEN_SHOWN=1
    local ours=(timeout 20 "$build/vouch" --db "$library")
    local theirs=(timeout 20 "$build/bench/minimal_window" "$library")
    # One untimed run of each first: it warms the file cache and checks the quit hook.
    quits_when_shown "${theirs[@]}"
    quits_when_shown "${ours[@]}"
    median_each "$runs" "${ours[@]}" -- "${theirs[@]}"
}

# quits_when_shown timeout 20 PROGRAM ARGS...
quits_when_shown() {
    local status=0
    "$@" >/dev/null 2>&1 || status=$?
    if [[ $status -eq 124 ]]; then
        bench_fail "$3 did not quit within 20 s on platform $QT_QPA_PLATFORM: does it honour VOUCH_QUIT_WHEN_SHOWN=1?"
    elif [[ $status -ne 0 ]]; then
        bench_fail "$3 exited with status $status on platform $QT_QPA_PLATFORM"
    fi
}
