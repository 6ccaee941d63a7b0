#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes the hostile-input corpus in tests/data/bad/ (see its README.md).

The files are committed; this script documents how they were made and remakes them
after a format change. Packages and libraries start from a real package and library
made by the vouch binary given with --vouch, then are broken on purpose.

    tests/tools/make_bad_corpus.py --vouch build/bad/vouch
"""

import argparse
import base64
import copy
import hashlib
import json
import os
import pathlib
import sqlite3
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
QUESTIONNAIRE = ROOT / "questionnaires" / "azure-openai.json"
ANSWERS = ROOT / "tests" / "data" / "scenarios" / "azure-openai-baseline.json"
# Packages are made with the small test questionnaire: each one carries its questionnaire,
# and the shipped one would make every package 150 KB.
SMALL_QUESTIONNAIRE = ROOT / "tests" / "data" / "questionnaires" / "minimal.json"
SMALL_ANSWERS = {"answers": {"use.tier": "routine", "data.kinds": ["public"], "review.done": "yes",
                             "review.who": "Dr. Example", "review.since": "2026-01-15",
                             "shared.matrix": {"platform": {"status": "in_place"},
                                               "access": {"status": "planned"}}}}
DEEP = 100_000


def canonical(value):
    # Good enough for the payloads here: ASCII-only strings and integers.
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def b64(data):
    return base64.b64encode(data).decode()


def sha(data):
    return hashlib.sha256(data).hexdigest()


def dump(value):
    return (json.dumps(value, indent=2, ensure_ascii=False) + "\n").encode()


def deep(depth=DEEP):
    return b"[" * depth + b"]" * depth


def run(vouch, *args, **kwargs):
    environment = dict(os.environ, VOUCH_ACTOR="corpus-maker")
    environment.pop("DISPLAY", None)
    return subprocess.run([vouch, *args], check=True, capture_output=True, text=True,
                          env=environment, **kwargs).stdout.strip()


def seed(vouch, work):
    """A signed package and a library holding it."""
    passphrase = work / "passphrase"
    passphrase.write_text("correct horse battery staple\n")
    key = work / "alice.key"
    run(vouch, "keygen", "--name", "Alice Example", "--role", "Compliance Officer", "--email",
        "alice@example.org", "--out", str(key), "--passphrase-file", str(passphrase))
    library = work / "library.vouchdb"
    answers = work / "answers.json"
    answers.write_text(json.dumps(SMALL_ANSWERS))
    assessment = run(vouch, "draft", "new", "--questionnaire", str(SMALL_QUESTIONNAIRE),
                     "--answers", str(answers), "--title", "Corpus seed", "--db", str(library))
    run(vouch, "sign", "--key", str(key), "--role", "assessor", "--passphrase-file",
        str(passphrase), "--db", str(library), assessment)
    package = work / "seed.vouch"
    run(vouch, "export", assessment, "--out", str(package), "--db", str(library))
    # A checkpointed, single-file library: no -wal beside it.
    connection = sqlite3.connect(library)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.execute("VACUUM")
    connection.close()
    return json.loads(package.read_text()), library.read_bytes(), (work / "alice.key.pub")


def with_payload_bytes(package, data):
    """The package carrying `data` as its payload, with the hash to match."""
    result = copy.deepcopy(package)
    result["payload"] = b64(data)
    result["payload_sha256"] = sha(data)
    return result


def with_payload(package, change):
    """The package with its payload changed by `change` and stored canonically."""
    payload = json.loads(base64.b64decode(package["payload"]))
    change(payload)
    return with_payload_bytes(package, canonical(payload))


def questionnaires():
    good = json.loads(SMALL_QUESTIONNAIRE.read_text())
    files = {}
    files["malformed-trailing-comma.json"] = b'{"format": "vouch-questionnaire/1", "id": "x",}\n'
    files["not-an-object.json"] = b'"a questionnaire"\n'
    files["empty.json"] = b""
    wrong = copy.deepcopy(good)
    wrong["title"] = 42
    wrong["sections"][0]["questions"][0]["required"] = "yes"
    files["wrong-types.json"] = dump(wrong)
    unknown = copy.deepcopy(good)
    unknown["rules"][0]["when"] = {"equals": {"question": "no.such.question", "value": "yes"}}
    files["unknown-question-in-rule.json"] = dump(unknown)
    unknown_value = copy.deepcopy(good)
    unknown_value["rules"][0]["when"] = {"in": {"question": "use.tier",
                                                 "values": ["on_the_moon"]}}
    files["unknown-option-in-rule.json"] = dump(unknown_value)
    files["invalid-utf8.json"] = dump(good).replace(b'"title": "Minimal', b'"title": "\xc3\x28Minimal', 1)
    files["nested-100000-deep.json"] = b'{"format": "vouch-questionnaire/1", "description": ' + \
        deep() + b"}\n"
    text = dump(good).decode()
    first_id = '"id": "use.tier",'
    files["duplicate-key.json"] = text.replace(
        first_id, first_id + '\n          "id": "use.level",', 1).encode()
    files["nul-raw.json"] = dump(good).replace(b'"title": "Minimal', b'"title": "\x00Minimal', 1)
    nul = copy.deepcopy(good)
    nul["sections"][0]["questions"][0]["text"] = "Which\u0000tier?"
    files["nul-escaped.json"] = dump(nul)
    markup = copy.deepcopy(good)
    script = "<script>alert(document.cookie)</script>"
    for key in ("title", "description", "publisher", "disclaimer"):
        markup[key] = script
    for source in markup["sources"]:
        source["title"] = '<a href="https://evil.example">' + source["title"] + "</a>"
        source["note"] = "<!-- hidden -->"
    for section in markup["sections"]:
        section["title"] = "<h1>" + section["title"] + "</h1>"
        for question in section["questions"]:
            question["text"] = "<b>" + question["text"] + "</b>"
            question["help"]["why"] = '<img src=x onerror="alert(1)">'
            for option in question.get("options", []):
                option["label"] = "<i>" + option["label"] + "</i>"
    for rule in markup["rules"]:
        for key in ("title", "rationale", "recommendation"):
            rule[key] = "<?php system($_GET['c']); ?>"
    for control in markup["controls"]:
        control["title"] = "<u>" + control["title"] + "</u>"
    files["html-in-every-text.json"] = dump(markup)
    single = copy.deepcopy(good)
    single["sections"][0]["questions"][0]["text"] = "Which <script>tier</script>?"
    files["html-in-one-question.json"] = dump(single)
    huge = copy.deepcopy(good)
    huge["sections"][0]["questions"].append({
        "id": "notes.free_text", "type": "text", "text": "Notes", "required": False,
        "help": {"why": "Context.", "sources": [good["sources"][0]["id"]]},
        "max_length": 500 * 1024 * 1024 * 1024 * 1024 * 1024})
    files["huge-max-length.json"] = dump(huge)
    files["huge-number.json"] = text.replace('"version": "1.2.3"', '"version": 1e999', 1).encode()
    files["deep-condition.json"] = text.replace(
        '"tier": {', '"tier": {"x": ' + "[" * 70 + "]" * 70 + ",", 1).encode()
    return files


def answers():
    good = json.loads(ANSWERS.read_text())
    files = {}
    files["malformed-unclosed.json"] = b'{"answers": {"deployment.type": "regional"\n'
    files["not-an-object.json"] = b"[]\n"
    files["empty.json"] = b""
    wrong = copy.deepcopy(good)
    wrong["answers"]["data.categories"] = "phi"
    files["wrong-type-multiple.json"] = dump(wrong)
    wrong_meta = copy.deepcopy(good)
    wrong_meta["meta"] = {"title": ["a", "list"]}
    files["wrong-type-meta.json"] = dump(wrong_meta)
    unknown = copy.deepcopy(good)
    unknown["answers"]["no.such.question"] = "yes"
    files["unknown-question.json"] = dump(unknown)
    unknown_value = copy.deepcopy(good)
    unknown_value["answers"]["deployment.type"] = "on_the_moon"
    files["unknown-option.json"] = dump(unknown_value)
    unknown_item = copy.deepcopy(good)
    unknown_item["answers"]["responsibility.matrix"]["no-such-item"] = {"status": "gap"}
    files["unknown-matrix-item.json"] = dump(unknown_item)
    files["invalid-utf8.json"] = dump(good).replace(b'"regional"', b'"region\xffal"', 1)
    files["nested-100000-deep.json"] = b'{"answers": {}, "meta": ' + deep() + b"}\n"
    text = dump(good).decode()
    files["duplicate-key.json"] = text.replace(
        '"deployment.type": "regional",',
        '"deployment.type": "regional",\n    "deployment.type": "global",', 1).encode()
    files["nul-raw.json"] = dump(good).replace(b'"regional"', b'"regional\x00"', 1)
    nul = copy.deepcopy(good)
    nul.setdefault("meta", {})["title"] = "Triage\u0000assistant"
    files["nul-escaped-meta.json"] = dump(nul)
    meta = copy.deepcopy(good)
    meta["meta"] = {"title": "<script>alert(1)</script>"}
    files["html-meta-title.json"] = dump(meta)
    evidence = copy.deepcopy(good)
    matrix = evidence["answers"]["responsibility.matrix"]
    first_item = next(iter(matrix))
    matrix[first_item]["evidence"] = '<img src=x onerror="alert(1)">'
    files["html-matrix-evidence.json"] = dump(evidence)
    every = copy.deepcopy(good)
    every["meta"] = {key: "<b>" + key + "</b>" for key in
                     ("title", "workload", "organisation", "business_owner", "assessor")}
    for item in every["answers"]["responsibility.matrix"].values():
        item["evidence"] = "<!-- x --> hidden"
    every["actions"] = [{"finding": "responsibility-gap", "what": "<a href=x>fix</a>",
                         "owner": "<?xml version='1.0'?>", "due": "2027-01-01"}]
    files["html-in-every-text.json"] = dump(every)
    path_like = copy.deepcopy(good)
    path_like["meta"] = {"review_due": "../../etc/passwd"}
    files["path-as-review-date.json"] = dump(path_like)
    files["huge-number.json"] = text.replace('"regional"', "1e999", 1).encode()
    big = copy.deepcopy(good)
    big["actions"] = [{"finding": "responsibility-gap", "what": "x", "owner": "y",
                       "due": "2027-01-01", "status": 123456789012345678901234567890}]
    files["huge-integer-status.json"] = dump(big)
    return files


def packages(seed_package):
    files = {}
    text = dump(seed_package)
    files["empty.vouch"] = b""
    files["malformed-truncated.vouch"] = text[: len(text) // 2]
    files["not-an-object.vouch"] = b"[1, 2, 3]\n"
    newer = copy.deepcopy(seed_package)
    newer["format"] = "vouch-package/2"
    files["format-v2.vouch"] = dump(newer)
    missing = copy.deepcopy(seed_package)
    del missing["signatures"]
    del missing["payload"]
    files["missing-fields.vouch"] = dump(missing)
    bad64 = copy.deepcopy(seed_package)
    bad64["payload"] = "!!not*base64!!"
    files["bad-base64.vouch"] = dump(bad64)
    wrapped = copy.deepcopy(seed_package)
    wrapped["payload"] = "\n".join(wrapped["payload"][i:i + 76]
                                   for i in range(0, len(wrapped["payload"]), 76))
    files["base64-line-breaks.vouch"] = dump(wrapped)
    unpadded = copy.deepcopy(seed_package)
    unpadded["questionnaire"] = unpadded["questionnaire"].rstrip("=") + "A"
    files["base64-bad-padding.vouch"] = dump(unpadded)
    files["payload-not-json.vouch"] = dump(with_payload_bytes(seed_package, b"this is not JSON"))
    payload = json.loads(base64.b64decode(seed_package["payload"]))
    files["payload-not-an-object.vouch"] = dump(with_payload_bytes(seed_package, b"[]"))
    duplicated = canonical(payload)[:-1] + b',"format":"vouch-assessment/1"}'
    files["payload-duplicate-key.vouch"] = dump(with_payload_bytes(seed_package, duplicated))
    files["payload-invalid-utf8.vouch"] = dump(with_payload_bytes(
        seed_package, canonical(payload).replace(b"Corpus seed", b"Corpus \xfe seed")))
    files["payload-nested-100000-deep.vouch"] = dump(with_payload_bytes(seed_package, deep()))
    mismatch = copy.deepcopy(seed_package)
    mismatch["payload_sha256"] = sha(b"something else")
    files["payload-sha256-mismatch.vouch"] = dump(mismatch)
    files["payload-html-title.vouch"] = dump(with_payload(
        seed_package, lambda p: p["meta"].update(title="<script>alert(1)</script>")))
    files["payload-nul-title.vouch"] = dump(with_payload(
        seed_package, lambda p: p["meta"].update(title="Corpus\u0000seed")))
    files["payload-unknown-question.vouch"] = dump(with_payload(
        seed_package, lambda p: p["answers"].update({"no.such.question": "yes"})))
    evidence = b"evidence bytes\n"

    def attach(name, size):
        def change(p):
            p["attachments"] = [{"sha256": sha(evidence), "name": name, "media_type": "text/plain",
                                 "size": size, "question": "shared.matrix"}]
        result = with_payload(seed_package, change)
        result["attachments"] = [{"sha256": sha(evidence), "data": b64(evidence)}]
        return result
    files["evidence-path-name.vouch"] = dump(attach("../../etc/passwd", len(evidence)))
    files["evidence-declares-500mb.vouch"] = dump(attach("evidence.txt", 500 * 1024 * 1024))
    files["evidence-declares-huge-number.vouch"] = dump(attach("evidence.txt", 10 ** 30))
    attachment_mismatch = copy.deepcopy(seed_package)
    attachment_mismatch["attachments"] = [{"sha256": sha(b"other"), "data": b64(evidence)}]
    files["attachment-sha256-mismatch.vouch"] = dump(attachment_mismatch)
    files["questionnaire-not-a-questionnaire.vouch"] = dump(
        dict(seed_package, questionnaire=b64(b'{"format": "vouch-questionnaire/1"}')))
    types = copy.deepcopy(seed_package)
    types["signatures"][0]["signer"] = "Alice Example"
    types["signatures"][0]["key_id"] = 42
    types["signatures"][0]["signature"] = ["AAAA"]
    files["signature-wrong-types.vouch"] = dump(types)
    not_list = copy.deepcopy(seed_package)
    not_list["signatures"] = {"0": not_list["signatures"][0]}
    files["signatures-not-an-array.vouch"] = dump(not_list)
    html_signer = copy.deepcopy(seed_package)
    html_signer["signatures"][0]["signer"]["name"] = "<script>alert('Alice')</script>"
    files["signer-html-name.vouch"] = dump(html_signer)
    nul_attestation = copy.deepcopy(seed_package)
    nul_attestation["signatures"][0]["attestation"] = "I have reviewed\u0000 nothing"
    files["attestation-nul.vouch"] = dump(nul_attestation)
    files["duplicate-key.vouch"] = text.replace(
        b'"format": "vouch-package/1",',
        b'"format": "vouch-package/1",\n  "format": "vouch-package/1",', 1)
    files["huge-number.vouch"] = text.replace(b'"attachments": []', b'"attachments": [1e999]', 1)
    files["invalid-utf8.vouch"] = text.replace(b'"Alice Example"', b'"Alice \xc0\xaf Example"', 1)
    files["nested-100000-deep.vouch"] = b'{"format": "vouch-package/1", "attachments": ' + \
        deep() + b"}\n"
    unknown_key = copy.deepcopy(seed_package)
    unknown_key["script"] = "alert(1)"
    files["unknown-key.vouch"] = dump(unknown_key)
    files["pdf-without-package.pdf"] = minimal_pdf()
    return files


def minimal_pdf():
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")


def libraries(seed_library):
    files = {}
    files["not-a-library.pdf"] = minimal_pdf()
    files["empty.vouchdb"] = b""
    files["truncated.vouchdb"] = seed_library[: len(seed_library) // 2]
    files["header-only.vouchdb"] = seed_library[:100]
    files["text-file.vouchdb"] = b"SQLite format 2\x00 but not really a database\n" * 4
    with tempfile.TemporaryDirectory() as folder:
        other = pathlib.Path(folder) / "other.sqlite"
        connection = sqlite3.connect(other)
        connection.execute("PRAGMA application_id = 1234")
        connection.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)")
        connection.execute("INSERT INTO notes(body) VALUES ('<script>alert(1)</script>')")
        connection.commit()
        connection.close()
        files["other-program.sqlite"] = other.read_bytes()
        plain = pathlib.Path(folder) / "plain.sqlite"
        connection = sqlite3.connect(plain)
        connection.execute("CREATE TABLE assessments(id TEXT)")
        connection.commit()
        connection.close()
        files["sqlite-without-application-id.vouchdb"] = plain.read_bytes()
        newer = pathlib.Path(folder) / "newer.vouchdb"
        newer.write_bytes(seed_library)
        connection = sqlite3.connect(newer)
        connection.execute("PRAGMA user_version = 99")
        connection.commit()
        connection.close()
        files["newer-schema.vouchdb"] = newer.read_bytes()
    return files


def keys(public_key):
    pem = public_key.read_text()
    body = pem[pem.index("-----BEGIN"):]
    files = {}
    files["empty.pub"] = b""
    files["html-name.pub"] = ("Name: <script>alert(1)</script>\nRole: Officer\n"
                              "E-mail: alice@example.org\n" + body).encode()
    files["garbage-pem.pub"] = b"-----BEGIN PUBLIC KEY-----\nbm90IGEga2V5\n-----END PUBLIC KEY-----\n"
    files["not-a-key.pdf"] = minimal_pdf()
    files["nul-in-name.pub"] = ("Name: Alice\x00Mallory\n" + body).encode()
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--vouch", required=True, help="the vouch binary")
    parser.add_argument("--out", default=str(ROOT / "tests" / "data" / "bad"))
    arguments = parser.parse_args()
    out = pathlib.Path(arguments.out)
    with tempfile.TemporaryDirectory() as folder:
        package, library, public_key = seed(arguments.vouch, pathlib.Path(folder))
        groups = {"questionnaires": questionnaires(), "answers": answers(),
                  "packages": packages(package), "library": libraries(library),
                  "keys": keys(public_key)}
    for group, files in groups.items():
        (out / group).mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            (out / group / name).write_bytes(data)
    print(sum(len(files) for files in groups.values()), "files in", out)


if __name__ == "__main__":
    main()
