#!/usr/bin/env python3
"""Runs editors/vim/compiler/prepkit.vim in a headless vim: `:compiler prepkit` sets makeprg, `:make!`
on a fresh draft fills the quickfix list with exactly prepkit's line-format findings, and
`:cgetfile` maps error, warning and suggestion to quickfix types e, w and I."""
import argparse
import os
import re
import subprocess
import tempfile

from harness import require_tool, prepkit_on_path, finish

HERE = os.path.dirname(os.path.abspath(__file__))
RUNTIME = os.path.join(HERE, "..", "..", "editors", "vim")
DUMP = ('call writefile([&makeprg] + map(getqflist(), {_, e -> join([bufname(e.bufnr), e.lnum, e.col, '
        'e.type, e.text, e.valid], "|")}), "qf.txt")')
SAMPLE = ("a.md:3:1: error: section '## Situation' is missing [missing-section]\n"
          "b.md:10:5: warning: 412 words; the target is at most 300 [too-long]\n"
          "c.md:7:2: suggestion: say what you learned [learned]\n")
SAMPLE_EXPECTED = ["a.md|3|1|e|section '## Situation' is missing [missing-section]|1",
                   "b.md|10|5|w|412 words; the target is at most 300 [too-long]|1",
                   "c.md|7|2|I|say what you learned [learned]|1"]


def vim(work, path, *commands):
    argv = ["vim", "-Es", "-N", "-u", "NONE", "-i", "NONE", "--cmd", f"set rtp^={RUNTIME}",
            "-c", "compiler prepkit"]
    for command in commands + (DUMP, "qa!"):
        argv += ["-c", command]
    subprocess.run(argv, cwd=work, env={**os.environ, "PATH": path, "HOME": work},
                   stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
    with open(os.path.join(work, "qf.txt"), encoding="utf-8") as f:
        return f.read().splitlines()


def expected_from_line_format(output):
    rows = []
    for line in output.splitlines():
        path, lnum, col, severity, text = re.match(r"^(.*?):(\d+):(\d+): (\w+): (.*)$", line).groups()
        rows.append("|".join([path, lnum, col, {"error": "e", "warning": "w"}.get(severity, "I"), text, "1"]))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prepkit", required=True)
    args = parser.parse_args()
    require_tool("vim", "vim")
    prepkit = os.path.abspath(args.prepkit)
    failures = []
    with tempfile.TemporaryDirectory(prefix="prepkit-vim-") as work:
        path = prepkit_on_path(work, prepkit)
        subprocess.run([prepkit, "draft", "difficult-customer", "-q"], cwd=work, check=True)
        line_output = subprocess.run([prepkit, "check", "--format", "line", "difficult-customer.md"],
                                     cwd=work, capture_output=True, text=True).stdout
        expected = ["prepkit check --format line"] + expected_from_line_format(line_output)
        got = vim(work, path, "make! difficult-customer.md")
        if len(expected) < 3 or got != expected:
            failures.append(":make! on a fresh draft: quickfix list differs.\n--- expected\n" +
                            "\n".join(expected) + "\n--- got\n" + "\n".join(got))
        with open(os.path.join(work, "findings.txt"), "w", encoding="utf-8") as f:
            f.write(SAMPLE)
        got = vim(work, path, "cgetfile findings.txt")
        if got[1:] != SAMPLE_EXPECTED:
            failures.append(":cgetfile: quickfix list differs.\n--- expected\n" + "\n".join(SAMPLE_EXPECTED) +
                            "\n--- got\n" + "\n".join(got[1:]))
    finish(failures, "editors/vim/compiler/prepkit.vim",
           ":compiler prepkit reads prepkit's findings into the quickfix list")


if __name__ == "__main__":
    main()
