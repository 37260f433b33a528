#!/usr/bin/env python3
"""Drives the bash completion as bash would: sources completions/prepkit.bash, sets COMP_WORDS and
COMP_CWORD, calls _prepkit and compares COMPREPLY with what prepkit's own --help and
`prepkit list --ids` say (commands, options, option values, question ids, banks from --bank
and .prepkit.yaml)."""
import argparse
import os
import shlex
import subprocess
import tempfile

import prepkit_help
from harness import require_tool, question_ids, finish

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "..", "..", "completions", "prepkit.bash")


def complete(words, cwd):
    """COMPREPLY for a command line whose last word is being completed."""
    array = " ".join(shlex.quote(w) for w in words)
    program = (f"source {shlex.quote(SCRIPT)}\n"
               f"COMP_WORDS=({array}); COMP_CWORD={len(words) - 1}\n"
               "COMP_LINE=\"${COMP_WORDS[*]}\"; COMP_POINT=${#COMP_LINE}\n"
               "_prepkit prepkit \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"\n"
               "printf '%s\\n' \"${COMPREPLY[@]}\"\n")
    result = subprocess.run(["bash", "--norc", "--noprofile", "-c", program], cwd=cwd,
                            capture_output=True, text=True, timeout=60)
    if result.returncode != 0 or result.stderr:
        return [f"<bash exited {result.returncode}: {result.stderr.strip()}>"]
    return sorted(w for w in result.stdout.splitlines() if w)


class Checker:
    def __init__(self, prepkit, cwd):
        self.prepkit, self.cwd, self.failures = prepkit, cwd, []

    def expect(self, words, expected, why):
        got = complete([self.prepkit] + words, self.cwd)
        expected = sorted(expected)
        if got != expected:
            line = " ".join(["prepkit"] + words)
            missing = sorted(set(expected) - set(got))
            extra = sorted(set(got) - set(expected))
            self.failures.append(f"'{line}<TAB>' ({why}): missing {missing}, unexpected {extra}")


def check_from_help(check, prepkit):
    global_options = prepkit_help.options(prepkit)
    global_names = [n for o in global_options for n in o.names]
    commands = prepkit_help.commands(prepkit)
    check.expect([""], commands, "the commands of 'prepkit --help'")
    check.expect(["-"], global_names, "the options of 'prepkit --help'")
    for option in global_options:
        if option.choices:
            check.expect([option.names[-1], ""], option.choices, f"values of {option.names[-1]}")
    for command in commands:
        options = prepkit_help.options(prepkit, command)
        names = set(global_names) | {n for o in options for n in o.names}
        check.expect([command, "-"], names, f"options of 'prepkit {command} --help' and the global ones")
        for option in options:
            if option.choices:
                check.expect([command, option.names[-1], ""], option.choices, f"values of {option.names[-1]}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prepkit", required=True)
    parser.add_argument("--bank", required=True, help="a bank folder with one extra question")
    args = parser.parse_args()
    require_tool("bash", "bash")
    prepkit = os.path.abspath(args.prepkit)
    ids = question_ids(prepkit)
    with tempfile.TemporaryDirectory(prefix="prepkit-bash-") as work:
        os.mkdir(os.path.join(work, "drafts"))
        check = Checker(prepkit, work)
        check_from_help(check, prepkit)
        check.expect(["dr"], ["draft"], "a command by its prefix")
        check.expect(["check", "--format", "=", "j"], ["json"], "--format=VALUE")
        check.expect(["--color", "never", "list", "--format", "t"], ["text"], "after a global option")
        check.expect(["show", "difficult-c"], ["difficult-customer"], "a question id")
        check.expect(["draft", ""], ids, "every id of 'prepkit list --ids'")
        check.expect(["draft", "made-a-mistake", "pat"], ["patient-safety"], "a second id")
        check.expect(["--bank", args.bank, "show", "sample-"], ["sample-star"], "an id from --bank")
        check.expect(["--no-builtin", "--bank", args.bank, "draft", ""], ["sample-star"], "--no-builtin")
        check.expect(["draft", "-o", "dr"], ["drafts"], "a folder for -o")
        check.expect(["draft", "--set", ""], [], "nothing for --set")
        check.expect(["pack", "--only", "made-a"], ["made-a-mistake"], "an id for pack --only")
        check.expect(["status", "dr"], ["drafts"], "a drafts folder for status")
        for name in ("answer.md", "notes.txt"):
            open(os.path.join(work, name), "w", encoding="utf-8").close()
        check.expect(["check", ""], ["answer.md", "drafts"], "drafts (*.md) and folders for check")
        with open(os.path.join(work, ".prepkit.yaml"), "w", encoding="utf-8") as f:
            f.write(f"banks: [{args.bank}]\n")
        check.expect(["show", "sample-"], ["sample-star"], "an id from .prepkit.yaml")
    finish(check.failures, "completions/prepkit.bash",
           "bash completion offers the commands, options, values and ids prepkit has")


if __name__ == "__main__":
    main()
