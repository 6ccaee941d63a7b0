#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the Debian 12 packages Vouch needs to build, run and test, and only those
# that are missing. Uses sudo when not run as root. `--fuzz` adds clang and libFuzzer
# for scripts/fuzz.sh.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config
    # Qt 6 and the other libraries Vouch links
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev qt6-pdf-dev libqt6sql6-sqlite libpoppler-qt6-dev
    nlohmann-json3-dev libsqlite3-dev libssl-dev
    # the team library on PostgreSQL: libpq (the C client), and the server for its tests
    libpq-dev postgresql
    # PDF signatures (app/pdfsign): PoDoFo 0.9.8 writes the incremental update (LGPL)
    libpodofo-dev
    # simdjson reads valid JSON (packages, payloads) fast; nlohmann/json places errors
    libsimdjson-dev
    # ICU's spoof checker (confusable signer names); its runtime comes with Qt
    libicu-dev
    # Qt's own German (and other) strings: buttons, standard dialogs (docs/translations.md)
    qt6-translations-l10n
    # tests: the schema check, PDF tools and a virtual display for screenshots
    python3 python3-jsonschema python3-jsonpatch poppler-utils xvfb xauth
    # benchmarks compare against the sqlite3 command
    sqlite3
    # fonts for the PDF: DejaVu (with Qt) and Symbola for emoji and symbols
    fonts-dejavu-core fonts-symbola
    # the signing tests verify with the stock openssl command; the PDF signature tests
    # check with pdfsig (poppler-utils) and qpdf; the timestamp test runs a TSA on
    # 127.0.0.1 (python3's http.server in front of `openssl ts -reply`)
    openssl qpdf
    # packages (scripts/package-test.sh): CPack's dpkg-shlibdeps, and the validators
    # for the desktop entry, the AppStream metainfo and the MIME type
    dpkg-dev file desktop-file-utils appstream libxml2-utils shared-mime-info
)

if [[ "${1:-}" == --fuzz ]]; then
    # clang 14 and its runtime (libFuzzer, ASan, UBSan); jq cuts seed conditions out
    packages+=(clang libclang-rt-14-dev jq)
fi

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$package" 2>/dev/null || true)
    [[ "$status" == ii* ]] || missing+=("$package")
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-deps: all ${#packages[@]} packages are installed"
    exit 0
fi

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo_cmd=(sudo)
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
