#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Fails when a Qt Linguist .ts file is not finished or is behind the sources.

Checks, for every .ts file given:
  - no entry is unfinished (type="unfinished"), vanished or obsolete;
  - every translation is non-empty; a numerus entry has exactly the plural forms its
    language needs (English and German: two), none empty;
  - every placeholder of the source (%1..%99, %n) appears in each translation;
  - a source with a mnemonic (&) keeps one in its translation.
With --lupdate, also runs lupdate on a copy of each file (same sources and options as
the build's update_translations target) and fails when that would add or drop an
entry: the .ts files are then behind the tr() calls of the sources.

Stdlib only (xml.etree), so /usr/bin/python3 runs it without extra packages.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLURAL_FORMS = {"en": 2, "de": 2}
PLACEHOLDER = re.compile(r"%(?:n|L?[1-9][0-9]?)")
# An & followed by a character other than a space or another &.
MNEMONIC = re.compile(r"&(?![ &])")


def language_of(root, path):
    lang = root.get("language") or ""
    if not lang:
        match = re.search(r"_([a-z]{2})(?:_[A-Z]{2})?\.ts$", path)
        lang = match.group(1) if match else ""
    return lang.split("_")[0]


def entries(root):
    """Yields (context, source, comment, message element)."""
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message.findtext("comment") or "", message


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text.replace("%%", ""))))


def check_file(path, options):
    problems = []
    root = ET.parse(path).getroot()
    lang = language_of(root, path)
    forms_needed = PLURAL_FORMS.get(lang)
    count = 0
    for context, source, _comment, message in entries(root):
        count += 1
        where = f"{os.path.basename(path)}: {context}: {source!r}"
        translation = message.find("translation")
        if translation is None:
            problems.append(f"{where}: no <translation>")
            continue
        kind = translation.get("type")
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where}: {kind}")
            continue
        if message.get("numerus") == "yes":
            texts = [form.text or "" for form in translation.findall("numerusform")]
            if forms_needed is not None and len(texts) != forms_needed:
                problems.append(f"{where}: {len(texts)} plural form(s), {lang} needs {forms_needed}")
        else:
            texts = [translation.text or ""]
        for text in texts:
            if not text.strip():
                problems.append(f"{where}: empty translation")
                continue
            wanted = placeholders(source)
            if message.get("numerus") == "yes":
                # A plural form may spell the number out ("one finding"), never lose %1...
                wanted = [p for p in wanted if p != "%n"]
            missing = [p for p in wanted if p not in placeholders(text)]
            if missing:
                problems.append(f"{where}: translation {text!r} lacks {', '.join(missing)}")
            if MNEMONIC.search(source) and not MNEMONIC.search(text):
                problems.append(f"{where}: translation {text!r} lost its mnemonic (&)")
    if count == 0 and options.require_entries:
        problems.append(f"{os.path.basename(path)}: no entries")
    return problems


def message_keys(path):
    root = ET.parse(path).getroot()
    return {(context, source, comment) for context, source, comment, _ in entries(root)}


def check_up_to_date(path, options):
    """Runs lupdate on a copy of `path`; returns problems when entries would change."""
    with open(options.sources_list, encoding="utf-8") as listing:
        sources = [line.strip() for line in listing if line.strip()]
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        copy = os.path.join(folder, os.path.basename(path))
        shutil.copyfile(path, copy)
        command = [options.lupdate, "-silent", "-no-obsolete", "-locations", "none"]
        if os.path.basename(path) in options.plural_only:
            command.append("-pluralonly")
        for include in options.include:
            command += ["-I", include]
        command += sources + ["-ts", copy]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            return [f"{os.path.basename(path)}: lupdate failed: {result.stderr.strip()}"]
        before, after = message_keys(path), message_keys(copy)
        for context, source, _ in sorted(after - before):
            problems.append(f"{os.path.basename(path)}: {context}: {source!r}: in the sources, not in the .ts file")
        for context, source, _ in sorted(before - after):
            problems.append(f"{os.path.basename(path)}: {context}: {source!r}: in the .ts file, no longer in the sources")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts_files", nargs="+")
    parser.add_argument("--lupdate", help="lupdate executable: also check the files are up to date")
    parser.add_argument("--sources-list", help="file naming the sources lupdate reads, one per line")
    parser.add_argument("--include", action="append", default=[], help="include folder for lupdate")
    parser.add_argument("--plural-only", action="append", default=[],
                        help="file name of a .ts file that holds plural forms only (the source language)")
    parser.add_argument("--require-entries", action="store_true")
    options = parser.parse_args()

    problems = []
    for path in options.ts_files:
        problems += check_file(path, options)
        if options.lupdate:
            problems += check_up_to_date(path, options)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s). Regenerate with `cmake --build <build dir> --target "
              "update_translations`, then translate (docs/translations.md).", file=sys.stderr)
        return 1
    print(f"translations complete: {', '.join(os.path.basename(p) for p in options.ts_files)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
