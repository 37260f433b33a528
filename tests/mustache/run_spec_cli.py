#!/usr/bin/env python3
"""Runs every case of the Mustache spec through `prepkit render`, as a user would.

Usage: run_spec_cli.py PREPKIT SPEC_FOLDER   (exit 77 = skipped: no spec folder here)
Each case becomes a template file, a data file (JSON, and the same text again as YAML) and a
partials folder; standard output must equal the case's expected text byte for byte.
"""
import json
import os
import subprocess
import sys
import tempfile

MODULES = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections",
           "~inheritance", "~dynamic-names"]


def run_case(prepkit, work, case, data_name):
    template = os.path.join(work, "template.mustache")
    partials = os.path.join(work, "partials")
    os.makedirs(partials, exist_ok=True)
    with open(template, "w", encoding="utf-8", newline="") as f:
        f.write(case["template"])
    for name, text in case.get("partials", {}).items():
        with open(os.path.join(partials, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    data = os.path.join(work, data_name)
    with open(data, "w", encoding="utf-8") as f:
        json.dump(case["data"], f)
    result = subprocess.run([prepkit, "render", template, "--data", data, "--partials", partials],
                            capture_output=True, timeout=30)
    return result.stdout.decode("utf-8"), result.returncode


def main():
    prepkit, spec = sys.argv[1], sys.argv[2]
    if not os.path.isdir(spec):
        print(f"skipped: {spec} is not here")
        return 77
    failures, total = [], 0
    for module in MODULES:
        with open(os.path.join(spec, module + ".json"), encoding="utf-8") as f:
            cases = json.load(f)["tests"]
        for case in cases:
            for data_name in ("data.json", "data.yaml"):
                total += 1
                with tempfile.TemporaryDirectory() as work:
                    output, code = run_case(prepkit, work, case, data_name)
                if output != case["expected"] or code != 0:
                    failures.append(f"{module} / {case['name']} ({data_name}): exit {code}\n"
                                    f"  expected {case['expected']!r}\n  got      {output!r}")
    for failure in failures:
        print(failure)
    print(f"{total - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
