#!/usr/bin/env python3
"""Checks completions/_prepkit: zsh parses it, and every command, option and option value shown by
prepkit's --help has an entry in it (commands in the command list, options in their command's
_arguments call)."""
import argparse
import os
import re
import shutil
import subprocess
import sys

import prepkit_help

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "..", "..", "completions", "_prepkit")


def branches(text):
    """The text of each `CMD)` branch of the argument case, and of the global option list."""
    out = {"": text.split("_arguments -C", 1)[0]}
    for match in re.finditer(r"^ {8}(\w+)\)\n(.*?;;)", text, re.M | re.S):
        out[match.group(1)] = match.group(2)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prepkit", required=True)
    args = parser.parse_args()
    if shutil.which("zsh") is None:
        sys.exit("FAIL: zsh is not installed (Debian package zsh): run scripts/install-deps.sh --test")
    failures = []
    parsed = subprocess.run(["zsh", "-n", SCRIPT], capture_output=True, text=True, timeout=60)
    if parsed.returncode != 0:
        failures.append(f"zsh -n fails: {parsed.stderr.strip()}")
    with open(SCRIPT, encoding="utf-8") as f:
        text = f.read()
    parts = branches(text)
    listed = re.findall(r"^\s+'(\w+):", text.split("commands=(", 1)[-1].split(")", 1)[0], re.M)
    for command in [""] + prepkit_help.commands(args.prepkit):
        if command and command not in listed:
            failures.append(f"command '{command}' is not in the commands=( ... ) list")
        if command not in parts:
            failures.append(f"command '{command}' has no '{command})' branch with its _arguments")
            continue
        where = f"'prepkit {command}'" if command else "'prepkit' (global)"
        for option in prepkit_help.options(args.prepkit, *([command] if command else [])):
            if command and "--help" in option.names:
                continue
            for name in option.names:
                if not re.search(r"[{'),*]" + re.escape(name) + r"[=+\[,}]", parts[command]):
                    failures.append(f"option '{name}' of {where} has no completion entry")
            for value in option.choices:
                if not re.search(r"[(: ]" + re.escape(value) + r"[ )]", parts[command]):
                    failures.append(f"value '{value}' of {where} option {option.names[-1]} is not offered")
    for failure in failures:
        print(f"FAIL: completions/_prepkit: {failure}")
    if failures:
        sys.exit(1)
    print("ok: the zsh completion parses and covers every command and option")


if __name__ == "__main__":
    main()
