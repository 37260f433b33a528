#!/usr/bin/env python3
"""Checks `prepkit check --format sarif` against the official SARIF 2.1.0 schema.

Usage: validate_sarif.py PREPKIT SCHEMA FOLDER DRAFT...   (run in FOLDER; exit 77 = skipped)
Also checks what the contract adds: suggestions become level "note", and every
artifactLocation.uri is a relative, percent-encoded URI reference.
"""
import json
import os
import subprocess
import sys
import urllib.parse

import jsonschema


def main():
    prepkit, schema_path, folder, drafts = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    if not os.path.exists(schema_path):
        print(f"skipped: {schema_path} is not here")
        return 77
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    command = [prepkit, "--no-builtin", "--bank", "../fixtures/bank", "check", "--format", "sarif"] + drafts
    result = subprocess.run(command, cwd=folder, capture_output=True, timeout=60)
    if result.returncode not in (0, 1):
        print(f"prepkit exited {result.returncode}: {result.stderr.decode()}")
        return 1
    sarif = json.loads(result.stdout)
    validator = jsonschema.validators.validator_for(schema)(schema)
    validator.validate(sarif)
    results = sarif["runs"][0]["results"]
    levels = {r["level"] for r in results}
    problems = []
    if not results:
        problems.append("no results: the drafts given should have findings")
    if "note" not in levels:
        problems.append(f"no suggestion became a note (levels: {sorted(levels)})")
    for r in results:
        uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        parsed = urllib.parse.urlsplit(uri)
        if parsed.scheme or uri.startswith("/") or urllib.parse.quote(urllib.parse.unquote(uri)) != uri:
            problems.append(f"not a relative percent-encoded URI reference: {uri}")
    for p in problems:
        print(p)
    if not problems:
        print(f"valid SARIF 2.1.0: {len(results)} results, levels {sorted(levels)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
