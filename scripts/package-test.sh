#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the release packages (.deb and .tar.gz) and tests them: CTest's
# package_install (tests/packaging/check_packages.sh) runs CPack, unpacks both into
# scratch folders and runs the installed vouch. Only the program is built (the other
# tests are off: CPack builds every target). The packages end up in
# BUILD_DIR/tests/packaging/work/out. Usage: scripts/package-test.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${1:-build/package}"
scripts/install-deps.sh
cmake --preset release -B "$build_dir" -DVOUCH_BUILD_TESTS=OFF -DVOUCH_PACKAGE_TEST=ON
cmake --build "$build_dir"
ctest --test-dir "$build_dir" --output-on-failure -L packaging
ls -l "$build_dir"/tests/packaging/work/out/vouch*
