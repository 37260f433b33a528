#!/usr/bin/env python3
"""Asks fish itself (`complete -C`) for completions of prepkit command lines, with
completions/prepkit.fish loaded, and compares them with prepkit's --help and `list --ids`."""
import argparse
import os
import shlex
import subprocess
import tempfile

import prepkit_help
from harness import require_tool, prepkit_on_path, question_ids, finish

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "..", "..", "completions", "prepkit.fish")


def complete(line, cwd, path):
    program = f"source {shlex.quote(SCRIPT)}; complete -C {shlex.quote(line)}"
    result = subprocess.run(["fish", "--no-config", "-c", program], cwd=cwd, capture_output=True, text=True,
                            timeout=60, env={**os.environ, "PATH": path, "HOME": cwd})
    if result.returncode != 0 or result.stderr:
        return [f"<fish exited {result.returncode}: {result.stderr.strip()}>"]
    return sorted({entry.split("\t")[0] for entry in result.stdout.splitlines() if entry})


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prepkit", required=True)
    parser.add_argument("--bank", required=True, help="a bank folder with one extra question")
    args = parser.parse_args()
    require_tool("fish", "fish")
    prepkit = os.path.abspath(args.prepkit)
    ids = question_ids(prepkit)
    failures = []
    with tempfile.TemporaryDirectory(prefix="prepkit-fish-") as work:
        path = prepkit_on_path(work, prepkit)

        def expect(line, expected, why):
            got = complete(line, work, path)
            if got != sorted(expected):
                failures.append(f"'{line}<TAB>' ({why}): missing {sorted(set(expected) - set(got))}, "
                                f"unexpected {sorted(set(got) - set(expected))}")

        global_options = prepkit_help.options(prepkit)
        long_globals = {n for o in global_options for n in o.names if n.startswith("--")}
        commands = prepkit_help.commands(prepkit)
        expect("prepkit ", commands, "the commands of 'prepkit --help'")
        for command in commands:
            options = prepkit_help.options(prepkit, command)
            names = long_globals | {n for o in options for n in o.names if n.startswith("--")}
            expect(f"prepkit {command} --", names, f"long options of 'prepkit {command} --help' and the global ones")
            for option in options:
                if option.choices:
                    expect(f"prepkit {command} {option.names[-1]} ", option.choices, f"values of {option.names[-1]}")
        expect("prepkit --color ", ["auto", "always", "never"], "values of --color")
        expect("prepkit show difficult-c", ["difficult-customer"], "a question id")
        expect("prepkit draft ", ids, "every id of 'prepkit list --ids'")
        os.mkdir(os.path.join(work, "drafts"))
        for name in ("answer.md", "notes.txt"):
            open(os.path.join(work, name), "w", encoding="utf-8").close()
        expect("prepkit check ", ["answer.md", "bin/", "drafts/"], "drafts (*.md) and folders for check")
        expect(f"prepkit --bank {args.bank} show sample-", ["sample-star"], "an id from --bank")
        expect("prepkit pack --only made-a", ["made-a-mistake"], "an id for pack --only")
    finish(failures, "completions/prepkit.fish",
           "fish completion offers the commands, options, values and ids prepkit has")


if __name__ == "__main__":
    main()
