#!/usr/bin/env python3
"""Runs one golden command-line case of prepkit and compares stdout, stderr and exit code.

A case file (tests/cli/cases/NAME.case) holds header lines, then sections:

    args: check --format line drafts        (shell words after 'prepkit'; {tests} is tests/)
    exit: 1
    fixture: filled-drafts                  (optional: tests/cli/fixtures/NAME is copied in)
    cwd: sub                                (optional: run in this subfolder of the copy)
    stdin-repeat: 20000                     (optional: standard input is the stdin section this
                                             many times, for inputs past a size limit)
    --- stdin                               (optional)
    --- stdout
    --- stderr
    --- files                               (optional: paths that must exist afterwards)

The command runs in a fresh temporary folder. With --update the case file is rewritten
with what the command printed (review the diff before committing it).
"""
import argparse
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

SECTIONS = ("stdin", "stdout", "stderr", "files")


def parse_case(text):
    header, sections, current = {}, {}, None
    for line in text.splitlines(keepends=True):
        if line.startswith("--- ") and line[4:].strip() in SECTIONS:
            current = line[4:].strip()
            sections[current] = ""
        elif current is None:
            if line.strip() and not line.startswith("#"):
                key, _, value = line.partition(":")
                header[key.strip()] = value.strip()
        else:
            sections[current] += line
    return header, sections


def format_case(header, sections, comments):
    out = "".join(comments)
    for key in ("args", "exit", "fixture", "cwd", "stdin-repeat"):
        if key in header:
            out += f"{key}: {header[key]}\n"
    for name in SECTIONS:
        if name in sections:
            out += f"--- {name}\n{sections[name]}"
    return out


def run(prepkit, case_path, update):
    with open(case_path, encoding="utf-8") as f:
        text = f.read()
    head = text.split("\n--- ", 1)[0]
    comments = [l for l in head.splitlines(keepends=True) if l.startswith("#")]
    header, sections = parse_case(text)
    here = os.path.dirname(os.path.abspath(__file__))
    with tempfile.TemporaryDirectory(prefix="prepkit-case-") as work:
        if "fixture" in header:
            shutil.copytree(os.path.join(here, "fixtures", header["fixture"]), work, dirs_exist_ok=True)
        env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR",)}
        env["HOME"] = work
        args = shlex.split(header["args"].replace("{tests}", os.path.dirname(here)))
        result = subprocess.run([prepkit] + args, cwd=os.path.join(work, header.get("cwd", "")), env=env,
                                input=sections.get("stdin", "").encode() * int(header.get("stdin-repeat", "1")),
                                capture_output=True, timeout=60)
        got = {"stdout": result.stdout.decode("utf-8", "replace"),
               "stderr": result.stderr.decode("utf-8", "replace")}
        missing = [p for p in sections.get("files", "").split() if not os.path.exists(os.path.join(work, p))]
    if update:
        header["exit"] = str(result.returncode)
        sections["stdout"], sections["stderr"] = got["stdout"], got["stderr"]
        with open(case_path, "w", encoding="utf-8") as f:
            f.write(format_case(header, sections, comments))
        return 0
    failures = []
    if str(result.returncode) != header.get("exit", "0"):
        failures.append(f"exit code: expected {header.get('exit', '0')}, got {result.returncode}")
    for name in ("stdout", "stderr"):
        if got[name] != sections.get(name, ""):
            failures.append(f"{name} differs.\n--- expected\n{sections.get(name, '')}--- got\n{got[name]}")
    if missing:
        failures.append(f"files missing afterwards: {' '.join(missing)}")
    for failure in failures:
        print(f"{case_path}: {failure}")
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prepkit", required=True)
    parser.add_argument("--update", action="store_true", help="rewrite the case with the actual output")
    parser.add_argument("cases", nargs="+")
    args = parser.parse_args()
    status = 0
    for case in args.cases:
        status |= run(os.path.abspath(args.prepkit), case, args.update)
    sys.exit(status)


if __name__ == "__main__":
    main()
