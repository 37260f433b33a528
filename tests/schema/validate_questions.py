#!/usr/bin/env python3
"""Validates question files against docs/question.schema.json, so the schema editors use and
the loader prepkit uses cannot drift apart.

Usage: validate_questions.py SCHEMA GOOD_FOLDER... --bad BAD_FILE...
Every file in the good folders must validate; every bad file must not.
"""
import glob
import json
import os
import sys

import jsonschema
import yaml


def errors(validator, path):
    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f)
    return [e.message for e in validator.iter_errors(data)]


def main():
    args = sys.argv[1:]
    schema_path = args.pop(0)
    split = args.index("--bad") if "--bad" in args else len(args)
    good_folders, bad_files = args[:split], args[split + 1:]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    failures, count = [], 0
    for folder in good_folders:
        for path in sorted(glob.glob(os.path.join(folder, "*.yaml"))):
            count += 1
            failures += [f"{path}: {message}" for message in errors(validator, path)]
    for path in bad_files:
        count += 1
        if not errors(validator, path):
            failures.append(f"{path}: should not validate against the schema")
    for failure in failures:
        print(failure)
    print(f"{count - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
