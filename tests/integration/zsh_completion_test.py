#!/usr/bin/env python3
"""Presses TAB in a real interactive zsh (zsh_complete.zsh, through a pseudo-terminal) with
completions/_prepkit on fpath, and compares what it offers with prepkit's --help and
`prepkit list --ids`: commands, options, option values, ids from --bank and .prepkit.yaml."""
import argparse
import os
import subprocess
import tempfile

import prepkit_help
from harness import require_tool, prepkit_on_path, question_ids, finish

HERE = os.path.dirname(os.path.abspath(__file__))
COMPLETIONS = os.path.normpath(os.path.join(HERE, "..", "..", "completions"))
DRIVER = os.path.join(HERE, "zsh_complete.zsh")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prepkit", required=True)
    parser.add_argument("--bank", required=True, help="a bank folder with one extra question")
    args = parser.parse_args()
    require_tool("zsh", "zsh")
    failures = []
    parsed = subprocess.run(["zsh", "-n", os.path.join(COMPLETIONS, "_prepkit")], capture_output=True, text=True)
    if parsed.returncode != 0:
        failures.append(f"zsh -n fails: {parsed.stderr.strip()}")
    prepkit = os.path.abspath(args.prepkit)
    ids = question_ids(prepkit)
    with tempfile.TemporaryDirectory(prefix="prepkit-zsh-") as work:
        env = {**os.environ, "PATH": prepkit_on_path(work, prepkit), "HOME": work}

        def expect(line, expected, why, at_least=False):
            result = subprocess.run(["zsh", "-f", DRIVER, COMPLETIONS, line], cwd=work, env=env,
                                    capture_output=True, text=True, timeout=60)
            got = sorted(set(result.stdout.split()))
            if at_least:  # file completion hands compadd more than zsh finally lists
                got = sorted(set(got) & set(expected))
            if result.returncode != 0 or got != sorted(expected):
                failures.append(f"'{line}<TAB>' ({why}): missing {sorted(set(expected) - set(got))}, "
                                f"unexpected {sorted(set(got) - set(expected))} {result.stderr.strip()}")

        global_options = prepkit_help.options(prepkit)
        global_names = {n for o in global_options for n in o.names}
        commands = prepkit_help.commands(prepkit)
        expect("prepkit ", commands, "the commands of 'prepkit --help'")
        expect("prepkit -", global_names, "the options of 'prepkit --help'")
        for command in commands:
            options = prepkit_help.options(prepkit, command)
            names = global_names | {n for o in options for n in o.names}
            expect(f"prepkit {command} -", names, f"options of 'prepkit {command} --help' and the global ones")
            for option in options:
                if option.choices:
                    expect(f"prepkit {command} {option.names[-1]} ", option.choices, f"values of {option.names[-1]}")
        expect("prepkit --color ", ["auto", "always", "never"], "values of --color")
        expect("prepkit check --format=j", ["json"], "--format=VALUE")
        expect("prepkit show difficult-c", ["difficult-customer"], "a question id")
        expect("prepkit draft ", ids, "every id of 'prepkit list --ids'")
        os.mkdir(os.path.join(work, "drafts"))
        for name in ("answer.md", "notes.txt"):
            open(os.path.join(work, name), "w", encoding="utf-8").close()
        expect("prepkit check ", ["answer.md", "bin", "drafts"], "drafts (*.md) and folders for check",
               at_least=True)
        expect(f"prepkit --bank {args.bank} show sample-", ["sample-star"], "an id from --bank")
        expect("prepkit pack --only made-a", ["made-a-mistake"], "an id for pack --only")
        with open(os.path.join(work, ".prepkit.yaml"), "w", encoding="utf-8") as f:
            f.write(f"banks: [{args.bank}]\n")
        expect("prepkit draft sample-", ["sample-star"], "an id from .prepkit.yaml")
    finish(failures, "completions/_prepkit",
           "zsh completion offers the commands, options, values and ids prepkit has")


if __name__ == "__main__":
    main()
