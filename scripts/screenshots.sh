#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Saves PNGs of what users see: the library, every wizard page, review mode, the
# revision comparison, the package review and the approver's countersignature (also
# review mode on a draft over a sign-off), by running the GUI tests on a real X server
# (xvfb-run) with VOUCH_SCREENSHOT_DIR set. The tests drive the real windows; the
# "-de" shots (test_translations) are the window and a questionnaire in German. A second
# pass at 200 % scale (QT_SCALE_FACTOR=2 on a 2560x1600 screen, so 1280x800 logical
# pixels, the smallest laptop the wizard must fit) goes into OUT_DIR/200-percent.
#
#   scripts/screenshots.sh [OUT_DIR] [BUILD_DIR]     (defaults: screenshots, build/dev)
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-screenshots}")"
build="${2:-build/dev}"
command -v xvfb-run >/dev/null || { echo "needs xvfb-run (apt-get install xvfb)" >&2; exit 1; }
tests=(test_library_window test_assessment_wizard test_package_review test_questionnaire_browser
       test_countersign test_translations)
cmake --build "$build" --target "${tests[@]}"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shoot OUT_DIR SCREEN SCALE: every test once, with a private home, so the screenshots
# never show the user's own library or keys.
shoot() {
    local dir=$1 screen=$2 scale=$3 test
    mkdir -p "$dir"
    for test in "${tests[@]}"; do
        XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/runtime" \
        VOUCH_SCREENSHOT_DIR="$dir" QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR="$scale" \
            xvfb-run -a -s "-screen 0 ${screen}x24" "$build/tests/gui/$test" >"$work/$test.log" 2>&1 ||
            { cat "$work/$test.log" >&2; exit 1; }
        rm -rf "$work/data" "$work/config" "$work/runtime"
    done
}
shoot "$out" 1920x1080 1
shoot "$out/200-percent" 2560x1600 2
ls "$out" "$out/200-percent"
