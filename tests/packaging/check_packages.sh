#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The package test: runs CPack on a configured build folder, unpacks the .deb and the
# .tar.gz into scratch roots (dpkg-deb -x; nothing is installed on this machine) and
# checks that what they hold works: the control fields, the file list, permissions,
# a stripped binary, the installed vouch running a whole sign-off with the installed
# questionnaire, the window starting (offscreen), and the desktop integration files
# passing their validators.
# Usage: check_packages.sh BUILD_DIR WORK_DIR
set -euo pipefail

build_dir=$(cd "$1" && pwd)
work=$2
app_id=org.vouch.Vouch
version=0.1.0

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok:   $*"; }
check() { # check DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}

rm -rf "$work"
mkdir -p "$work"
work=$(cd "$work" && pwd)

# --- Build the packages (cpack also runs the install rules into its staging area).
if ! cpack --config "$build_dir/CPackConfig.cmake" -B "$work/out" -G "DEB;TGZ" \
        >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack" >&2
    exit 1
fi
deb=$(echo "$work"/out/vouch_"$version"_*.deb)
tgz=$(echo "$work"/out/vouch-"$version"-linux-*.tar.gz)
[[ -f "$deb" && -f "$tgz" ]] || { ls -l "$work/out" >&2; echo "FAIL: packages missing" >&2; exit 1; }
echo "packages: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)," \
     "$(basename "$tgz") ($(du -k "$tgz" | cut -f1) KiB)"

# --- Control fields.
field() { dpkg-deb --field "$deb" "$1"; }
check "Package is vouch" test "$(field Package)" = vouch
check "Version is $version" test "$(field Version)" = "$version"
check "Architecture is $(dpkg --print-architecture)" \
    test "$(field Architecture)" = "$(dpkg --print-architecture)"
depends=$(field Depends)
echo "Depends: $depends"
# libpodofo and libqt6pdf6 come from the modules (below): dpkg-shlibdeps must see them.
for library in libqt6core6 libqt6gui6 libqt6widgets6 libssl3 libsqlite3-0 libc6 libstdc++6 libpq5 \
    libpodofo0.9.8 libqt6pdf6 libqt6pdfwidgets6 libqt6printsupport6; do
    check "Depends names $library" grep -q "\b$library\b" <<<"$depends"
done
check "Maintainer set" test -n "$(field Maintainer)"
check "Section set" test -n "$(field Section)"
check "extended description" test "$(field Description | wc -l)" -gt 3

# --- Files, owners and modes.
listing=$(dpkg-deb --contents "$deb")
check "every entry owned by root/root" \
    test -z "$(awk '$2 != "root/root"' <<<"$listing")"
check "nothing outside /usr" test -z "$(awk '$6 !~ /^\.\/(usr(\/.*)?)?$/' <<<"$listing")"
check "directories are drwxr-xr-x" test -z "$(awk '/^d/ && $1 != "drwxr-xr-x"' <<<"$listing")"
check "vouch is -rwxr-xr-x" grep -q '^-rwxr-xr-x .* \./usr/bin/vouch$' <<<"$listing"
check "other files are -rw-r--r--" \
    test -z "$(awk '/^-/ && $6 != "./usr/bin/vouch" && $1 != "-rw-r--r--"' <<<"$listing")"

root="$work/root"
dpkg-deb -x "$deb" "$root"
expected=(
    usr/bin/vouch
    usr/lib/vouch/libvouch_pdfsign.so
    usr/lib/vouch/libvouch_pdfpreview.so
    usr/share/vouch/questionnaires/azure-openai.json
    usr/share/vouch/questionnaires/azure-openai.de.json
    usr/share/vouch/questionnaires/questionnaire.schema.json
    usr/share/applications/$app_id.desktop
    usr/share/metainfo/$app_id.metainfo.xml
    usr/share/mime/packages/$app_id.xml
    usr/share/icons/hicolor/scalable/apps/$app_id.svg
    usr/share/man/man1/vouch.1.gz
    usr/share/doc/vouch/copyright
    usr/share/doc/vouch/changelog.gz
)
for size in 16 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
    check "installs /$path" test -f "$root/$path"
done
for size in 16 32 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    check "icon ${size}px is a ${size}x${size} PNG" \
        grep -q "PNG image data, $size x $size" <<<"$(file -b "$png")"
done
check "vouch is stripped" grep -q ', stripped' <<<"$(file -b "$root/usr/bin/vouch")"
for module in libvouch_pdfsign.so libvouch_pdfpreview.so; do
    check "$module is stripped" grep -q ', stripped' <<<"$(file -b "$root/usr/lib/vouch/$module")"
done
# PDF signatures (PoDoFo) and the PDF preview (QtPdf, QtPrintSupport) are modules vouch
# loads on first use, found through its RUNPATH: no start pays for loading them.
check "vouch does not link PoDoFo, QtPdf or QtPrintSupport" \
    test -z "$(readelf -d "$root/usr/bin/vouch" | grep -E 'NEEDED.*(podofo|Qt6Pdf|PrintSupport)')"
check "vouch finds its modules next to it (RUNPATH \$ORIGIN/../lib/vouch)" \
    grep -q 'RUNPATH.*\[\$ORIGIN/../lib/vouch\]' <<<"$(readelf -d "$root/usr/bin/vouch")"

# --- dpkg itself installs and removes the package in a scratch root whose database is
# a copy of this machine's, so the Depends line must be satisfied by Debian 12's
# packages as installed here (the machine's own dpkg database is never touched).
dpkg_root="$work/dpkg-root"
mkdir -p "$dpkg_root/var/lib/dpkg/info" "$dpkg_root/var/lib/dpkg/updates"
cp /var/lib/dpkg/status "$dpkg_root/var/lib/dpkg/status"
touch "$dpkg_root/var/lib/dpkg/available"
dpkg_install() {
    dpkg --root="$dpkg_root" --install "$deb" >"$work/dpkg.log" 2>&1 &&
    dpkg --root="$dpkg_root" --status vouch | grep -qx 'Status: install ok installed' &&
    test -x "$dpkg_root/usr/bin/vouch"
}
dpkg_remove() {
    dpkg --root="$dpkg_root" --remove vouch >>"$work/dpkg.log" 2>&1 &&
    test -z "$(find "$dpkg_root" -path "$dpkg_root/var" -prune -o ! -type d -print)"
}
check "dpkg --root --install: dependencies satisfied, installed" dpkg_install
check "dpkg --root --remove: nothing left behind" dpkg_remove

# --- The installed binary, run from the scratch root with the system's libraries.
vouch="$root/usr/bin/vouch"
shared="$root/usr/share/vouch/questionnaires/azure-openai.json"
home="$work/home"
mkdir -p "$home/xdg-data" "$home/xdg-runtime"
chmod 0700 "$home/xdg-runtime"
export HOME="$home" XDG_DATA_HOME="$home/xdg-data" XDG_RUNTIME_DIR="$home/xdg-runtime"
run() { (cd "$home" && "$@"); }

check "vouch --version prints $version" test "$(run "$vouch" --version)" = "vouch $version"
check "vouch lints the installed questionnaire" run "$vouch" questionnaire lint "$shared"
check "vouch lints the installed German questionnaire" \
    run "$vouch" questionnaire lint "${shared%.json}.de.json"

answers=$(cd "$(dirname "$0")/../data/scenarios" && pwd)/azure-openai-baseline.json
printf 'package test passphrase\n' >"$home/pass"
db="$home/library.vouchdb"
signed_off() {
    run "$vouch" keygen --name "Package Test" --role Assessor --email test@example.org \
        --out "$home/a.key" --passphrase-file "$home/pass" >/dev/null &&
    id=$(run "$vouch" draft new --questionnaire "$shared" --answers "$answers" \
        --db "$db" --title "Package test") &&
    run "$vouch" sign --key "$home/a.key" --role assessor --passphrase-file "$home/pass" \
        --db "$db" "$id" >/dev/null &&
    run "$vouch" export "$id" --db "$db" --out "$home/signed.vouch" >/dev/null &&
    run "$vouch" export-pdf "$home/signed.vouch" --out "$home/signed.pdf" >/dev/null &&
    run "$vouch" trust add "$home/a.key.pub" >/dev/null
}
check "draft, sign, export and export-pdf with the installed questionnaire" signed_off
check "vouch verify: the package is valid and trusted" \
    run "$vouch" verify "$home/signed.vouch" --require-trusted
check "vouch verify: the PDF sign-off is valid and trusted" \
    run "$vouch" verify "$home/signed.pdf" --require-trusted
# A changed assessment with a consistent hash: the signature itself must fail (exit 1).
python3 - "$home/signed.vouch" "$home/tampered.vouch" <<'EOF'
import base64, hashlib, json, sys
package = json.load(open(sys.argv[1]))
payload = base64.b64decode(package["payload"])
assert b"Package test" in payload
payload = payload.replace(b"Package test", b"Package fake", 1)
package["payload"] = base64.b64encode(payload).decode()
package["payload_sha256"] = hashlib.sha256(payload).hexdigest()
json.dump(package, open(sys.argv[2], "w"))
EOF
tampered() {
    local status=0
    run "$vouch" verify "$home/tampered.vouch" >"$home/tampered.txt" 2>&1 || status=$?
    [[ $status -eq 1 ]] && grep -q 'signature 1: invalid' "$home/tampered.txt"
}
check "vouch verify: a tampered package is invalid (exit 1)" tampered
window() {
    QT_QPA_PLATFORM=offscreen VOUCH_QUIT_WHEN_SHOWN=1 timeout 60 "$vouch" >/dev/null 2>&1
}
check "the window starts and paints (offscreen)" run window

# --- The relocatable .tar.gz: same files under one folder, and it runs from there.
tar_root="$work/tar"
mkdir -p "$tar_root"
tar -xzf "$tgz" -C "$tar_root"
top="$tar_root/$(basename "$tgz" .tar.gz)"
for path in "${expected[@]}"; do
    check "tar.gz holds ${path#usr/}" test -f "$top/${path#usr/}"
done
check "tar.gz: vouch --version" test "$(run "$top/bin/vouch" --version)" = "vouch $version"
check "tar.gz: lints its questionnaire" \
    run "$top/bin/vouch" questionnaire lint "$top/share/vouch/questionnaires/azure-openai.json"
check "tar.gz: verifies the PDF sign-off (loads its PDF signature module)" \
    run "$top/bin/vouch" verify "$home/signed.pdf" --require-trusted

# --- Desktop integration files.
share="$root/usr/share"
check "appstreamcli validate --no-net" \
    appstreamcli validate --no-net "$share/metainfo/$app_id.metainfo.xml"
if command -v desktop-file-validate >/dev/null; then
    check "desktop-file-validate" desktop-file-validate "$share/applications/$app_id.desktop"
else
    echo "skip: desktop-file-validate (desktop-file-utils) not installed"
fi
desktop="$share/applications/$app_id.desktop"
check "desktop entry: Exec=vouch %F" grep -qx 'Exec=vouch %F' "$desktop"
check "desktop entry: Icon=$app_id" grep -qx "Icon=$app_id" "$desktop"
check "desktop entry: MimeType" grep -qx 'MimeType=application/x-vouch-package;' "$desktop"
check "metainfo launches $app_id.desktop" \
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" \
    "$share/metainfo/$app_id.metainfo.xml"
check "MIME XML is well-formed" xmllint --noout "$share/mime/packages/$app_id.xml"
mime="$work/mime"
mkdir -p "$mime/packages"
cp "$share/mime/packages/$app_id.xml" "$mime/packages/"
# The freedesktop base types, so that application/json is known as the parent.
[[ -f /usr/share/mime/packages/freedesktop.org.xml ]] &&
    cp /usr/share/mime/packages/freedesktop.org.xml "$mime/packages/"
check "update-mime-database accepts it" update-mime-database "$mime"
check "*.vouch globs to application/x-vouch-package" \
    grep -qx '50:application/x-vouch-package:\*\.vouch' "$mime/globs2"
check "application/x-vouch-package is a sub-class of application/json" \
    grep -qx 'application/x-vouch-package application/json' "$mime/subclasses"
check "MIME icon is the application icon" \
    grep -qx "application/x-vouch-package:$app_id" "$mime/icons"

if ((failures > 0)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all package checks passed"
