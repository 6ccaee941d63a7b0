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

# median_pair RUNS COMMAND_A... -- COMMAND_B...
# Median wall times of A and B in milliseconds ("A B"), runs interleaved (A, B, A, B,
# ...) so that both see the same load: other people compile and fuzz on this machine.
# A command may be a shell function.
median_pair() {
    local runs="$1"; shift
    local a=() b=()
    while [[ $# -gt 0 && "$1" != "--" ]]; do a+=("$1"); shift; done
    [[ $# -gt 0 ]] || bench_fail "median_pair: no '--' between the two commands"
    shift
    b=("$@")
    local samples_a=() samples_b=()
    for _ in $(seq "$runs"); do
        samples_a+=("$(wall_us "${a[@]}")")
        samples_b+=("$(wall_us "${b[@]}")")
    done
    echo "$(printf '%s\n' "${samples_a[@]}" | median_of) $(printf '%s\n' "${samples_b[@]}" | median_of)"
}

# startup_pair BUILD RUNS
# Process start to first paint of vouch's library window and of bench/minimal_window
# ("vouch minimal", ms), on the current QT_QPA_PLATFORM; both quit after their first
# paint with VOUCH_QUIT_WHEN_SHOWN=1. A program that does not quit within 20 s stops the
# benchmark instead of hanging it.
startup_pair() {
    local build="$1" runs="$2" program status
    export VOUCH_QUIT_WHEN_SHOWN=1
    # One untimed run of each first: it warms the file cache and checks the quit hook.
    for program in "$build/bench/minimal_window" "$build/vouch"; do
        status=0
        timeout 20 "$program" >/dev/null 2>&1 || status=$?
        if [[ $status -eq 124 ]]; then
            bench_fail "$program did not quit within 20 s on platform $QT_QPA_PLATFORM: does it honour VOUCH_QUIT_WHEN_SHOWN=1?"
        elif [[ $status -ne 0 ]]; then
            bench_fail "$program exited with status $status on platform $QT_QPA_PLATFORM"
        fi
    done
    median_pair "$runs" timeout 20 "$build/vouch" -- timeout 20 "$build/bench/minimal_window"
}
