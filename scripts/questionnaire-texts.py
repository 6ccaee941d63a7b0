#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Move a questionnaire's texts out to translators and back in.

A translated questionnaire keeps every id, value, rule, control and source of the
original and differs only in its texts and `locale` (docs/questionnaire-format.md,
"Translated questionnaires"). This script is the one place that knows which keys
are texts, so a translation cannot change anything else:

  questionnaire-texts.py extract ORIGINAL.json OUT.json
      writes {"/json/pointer": "English text", ...} for every text
  questionnaire-texts.py apply ORIGINAL.json TEXTS.json LOCALE OUT.json
      writes a copy of ORIGINAL with each text replaced from TEXTS (which must
      hold exactly the pointers `extract` lists) and `locale` set to LOCALE
  questionnaire-texts.py compare ORIGINAL.json TRANSLATION.json
      exits 1, naming the first place, when the two differ outside their texts, when
      the translation has no `locale` of its own, or when a text of 60 characters or
      more is still the original's (left untranslated)

Source titles stay as published (they name documents an officer looks up); their
notes are texts.
"""
import json
import sys

# A text this long that reads the same in both files was not translated (a short one may
# be: "Workload", "BAA").
UNTRANSLATED_LENGTH = 60

TEXT_KEYS = {"title", "description", "disclaimer", "text", "why", "label", "help",
             "rationale", "recommendation", "reason", "note"}


def pointer(parts):
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def is_text(parts, value):
    if not isinstance(value, str) or not parts or parts[-1] not in TEXT_KEYS:
        return False
    # /sources/N/title is the published title of a document, not a text of ours.
    return not (len(parts) == 3 and parts[0] == "sources" and parts[2] == "title")


def texts(node, parts=()):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from texts(value, parts + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from texts(value, parts + (index,))
    elif is_text(parts, node):
        yield parts, node


def without_texts(node, parts=()):
    if isinstance(node, dict):
        return {k: without_texts(v, parts + (k,)) for k, v in node.items()
                if k != "locale" and not is_text(parts + (k,), v)}
    if isinstance(node, list):
        return [without_texts(v, parts + (i,)) for i, v in enumerate(node)]
    return node


def first_difference(a, b, parts=()):
    if type(a) is not type(b):
        return pointer(parts) or "/"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return pointer(parts + (key,))
            found = first_difference(a[key], b[key], parts + (key,))
            if found:
                return found
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return (pointer(parts) or "/") + f" (length {len(a)} vs {len(b)})"
        for index, (x, y) in enumerate(zip(a, b)):
            found = first_difference(x, y, parts + (index,))
            if found:
                return found
        return None
    return None if a == b else pointer(parts)


def load(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def write(path, data):
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=2)
        handle.write("\n")


def set_at(node, parts, value):
    for part in parts[:-1]:
        node = node[part]
    node[parts[-1]] = value


def main(argv):
    if len(argv) == 3 and argv[0] == "extract":
        write(argv[2], {pointer(p): text for p, text in texts(load(argv[1]))})
        return 0
    if len(argv) == 5 and argv[0] == "apply":
        original, translated = load(argv[1]), load(argv[2])
        wanted = {pointer(p): p for p, _ in texts(original)}
        missing = [p for p in wanted if not str(translated.get(p, "")).strip()]
        extra = [p for p in translated if p not in wanted]
        if missing or extra:
            for p in missing[:10]:
                print(f"{argv[2]}: {p}: no translation", file=sys.stderr)
            for p in extra[:10]:
                print(f"{argv[2]}: {p}: not a text of {argv[1]}", file=sys.stderr)
            return 1
        for key, parts in wanted.items():
            set_at(original, parts, translated[key])
        original["locale"] = argv[3]
        write(argv[4], original)
        return 0
    if len(argv) == 3 and argv[0] == "compare":
        original, translation = load(argv[1]), load(argv[2])
        found = first_difference(without_texts(original), without_texts(translation))
        if found:
            print(f"{argv[2]}: {found}: differs from {argv[1]} outside its texts",
                  file=sys.stderr)
            return 1
        if translation.get("locale") in (None, original.get("locale")):
            print(f"{argv[2]}: /locale: not a translation of {argv[1]}: same locale "
                  f"{translation.get('locale')!r}", file=sys.stderr)
            return 1
        translated = dict(texts(translation))
        untranslated = [pointer(p) for p, text in texts(original)
                        if len(text) >= UNTRANSLATED_LENGTH and translated.get(p) == text]
        for place in untranslated[:10]:
            print(f"{argv[2]}: {place}: the same text as {argv[1]} (not translated)",
                  file=sys.stderr)
        return 1 if untranslated else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
