#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Keeps questionnaires/questionnaire.schema.json consistent with Vouch's loader.

Every questionnaire the loader accepts (the shipped ones and the test fixture) must be
valid against the schema, and every bad case in tests/data/questionnaires/bad-cases.json
must be rejected by the schema exactly when the case says the schema can express it
("schema": "invalid"). Uses Debian's python3-jsonschema and python3-jsonpatch.
"""
import argparse
import json
import pathlib
import sys

import jsonpatch
import jsonschema


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--schema", required=True)
    parser.add_argument("--questionnaire-dir", required=True)
    parser.add_argument("--data", required=True)
    args = parser.parse_args()

    schema = json.loads(pathlib.Path(args.schema).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failures = []
    failed_items = 0
    checked = 0

    good = [p for p in sorted(pathlib.Path(args.questionnaire_dir).glob("*.json"))
            if not p.name.endswith(".schema.json")]
    data = pathlib.Path(args.data) / "questionnaires"
    good.append(data / "minimal.json")
    for path in good:
        errors = list(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))))
        checked += 1
        failed_items += 1 if errors else 0
        for error in errors[:5]:
            failures.append(f"{path}: /{'/'.join(map(str, error.absolute_path))}: {error.message}")

    manifest = json.loads((data / "bad-cases.json").read_text(encoding="utf-8"))
    base = json.loads((data / manifest["base"]).read_text(encoding="utf-8"))
    for case in manifest["cases"]:
        document = jsonpatch.apply_patch(base, case["patch"])
        schema_valid = validator.is_valid(document)
        checked += 1
        expected_valid = case["schema"] == "valid"
        if schema_valid != expected_valid:
            failed_items += 1
            verdict = "accepts" if schema_valid else "rejects"
            failures.append(f"bad case '{case['name']}': the schema {verdict} it, "
                            f"but the manifest says schema={case['schema']}")

    for failure in failures:
        print(failure, file=sys.stderr)
    print(f"{checked - failed_items} passed, {failed_items} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
