#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Start-up benchmark: time from process start to the main library window shown and
# painted, for `vouch` with a COUNT-assessment library, against bench/minimal_window (a
# Qt Widgets program showing one empty window), in the same run and on the same display;
# reports the ratio (target: vouch within 1.5x). Both programs quit after their first
# paint when VOUCH_QUIT_WHEN_SHOWN=1.
#
#   bench/run-startup-bench.sh [--xvfb] [BUILD_DIR] [COUNT] [RUNS]
#
# The display is Qt's offscreen platform unless QT_QPA_PLATFORM says otherwise; --xvfb
# (or VOUCH_BENCH_XVFB=1) runs the whole benchmark under one xvfb-run X server instead,
# so that the server's own start-up is not timed.
set -euo pipefail
cd "$(dirname "$0")/.."

args=()
xvfb="${VOUCH_BENCH_XVFB:-0}"
for arg in "$@"; do
    case "$arg" in
        --xvfb) xvfb=1 ;;
        *) args+=("$arg") ;;
    esac
done
if [[ "$xvfb" == 1 && -z "${VOUCH_BENCH_IN_XVFB:-}" ]]; then
    command -v xvfb-run >/dev/null || { echo "--xvfb needs xvfb-run (apt-get install xvfb)" >&2; exit 1; }
    exec xvfb-run -a -s "-screen 0 1920x1080x24" \
        env VOUCH_BENCH_IN_XVFB=1 VOUCH_BENCH_XVFB=1 QT_QPA_PLATFORM=xcb "$0" "${args[@]}"
fi
build="${args[0]:-build/release}"
count="${args[1]:-10000}"
runs="${args[2]:-21}"
for program in "$build/vouch" "$build/bench/minimal_window" "$build/bench/library_bench"; do
    [[ -x "$program" ]] || { echo "missing $program (cmake --build $build --target vouch minimal_window library_bench)" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A private home for both programs: the library, settings, caches and runtime folder.
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_DATA_HOME/Vouch" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
mkdir -m 0700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export VOUCH_QUIT_WHEN_SHOWN=1

# The window's default library.
db="$XDG_DATA_HOME/Vouch/library.vouchdb"
"$build/bench/library_bench" generate "$db" "$count"

source bench/common.sh

# One run of each first, untimed: it warms the file cache and checks that the program
# quits on its own once shown (the timeout keeps a program without the hook from hanging).
for program in "$build/bench/minimal_window" "$build/vouch"; do
    status=0
    timeout 20 "$program" >/dev/null 2>"$work/stderr" || status=$?
    if [[ $status -ne 0 ]]; then
        if [[ $status -eq 124 ]]; then
            echo "$program did not quit within 20 s of starting: does it honour VOUCH_QUIT_WHEN_SHOWN=1?" >&2
        else
            echo "$program exited with status $status:" >&2
            cat "$work/stderr" >&2
        fi
        exit 1
    fi
done

# Qt's platform warnings go to stderr; only the timings are printed.
ours=$(median_ms timeout 20 "$build/vouch" 2>/dev/null)
theirs=$(median_ms timeout 20 "$build/bench/minimal_window" 2>/dev/null)

echo "$count assessments, median of $runs runs, platform $QT_QPA_PLATFORM (process start to first paint)"
awk -v a="$ours" -v b="$theirs" 'BEGIN {
    r = a / b
    printf "vouch %7.2f ms  minimal window %7.2f ms  ratio %.2f  (target 1.50: %s)\n", a, b, r, r <= 1.5 ? "met" : "missed" }'
