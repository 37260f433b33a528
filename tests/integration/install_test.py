#!/usr/bin/env python3
"""Installs the build with `cmake --install` into a temporary DESTDIR, checks every file landed in
its FHS place (bash-completion's loader finds the completion there), and runs the installed
binary from another folder (`--version`, `list`, `draft --stdout`): it carries the built-in
bank, so it needs nothing from the source tree."""
import argparse
import os
import subprocess
import sys
import tempfile

from harness import finish

PREFIX = "/usr"
FILES = ["usr/bin/prepkit",
         "usr/share/man/man1/prepkit.1",
         "usr/share/bash-completion/completions/prepkit",
         "usr/share/zsh/vendor-completions/_prepkit",
         "usr/share/fish/vendor_completions.d/prepkit.fish",
         "usr/share/vim/vimfiles/compiler/prepkit.vim"]
BASH_COMPLETION = "/usr/share/bash-completion/bash_completion"  # Debian package bash-completion
BANK = ("usr/share/prepkit/questions/", "usr/share/prepkit/templates/")


def installed_files(root):
    out = []
    for folder, _, files in os.walk(root):
        out += [os.path.relpath(os.path.join(folder, f), root) for f in files]
    return sorted(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cmake", required=True)
    parser.add_argument("--build-dir", required=True)
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--version", required=True)
    args = parser.parse_args()
    if not os.path.exists(BASH_COMPLETION):
        sys.exit("FAIL: bash-completion is not installed (Debian package bash-completion): "
                 "run scripts/install-deps.sh --test")
    failures = []
    with tempfile.TemporaryDirectory(prefix="prepkit-install-") as work:
        root = os.path.join(work, "root")
        result = subprocess.run([args.cmake, "--install", args.build_dir, "--prefix", PREFIX],
                                env={**os.environ, "DESTDIR": root}, capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            sys.exit(f"FAIL: cmake --install exited {result.returncode}:\n{result.stdout}{result.stderr}")
        files = installed_files(root)
        others = [f for f in files if not f.startswith(BANK)]
        if others != sorted(FILES):
            failures.append(f"installed files (besides the bank) should be {sorted(FILES)}, got {others}")
        for kind, ext in (("questions", ".yaml"), ("templates", ".mustache")):
            source = sorted(f for f in os.listdir(os.path.join(args.source_dir, kind)) if f.endswith(ext))
            got = sorted(os.path.basename(f) for f in files if f.startswith(f"usr/share/prepkit/{kind}/"))
            if got != source:
                failures.append(f"share/prepkit/{kind} should hold the {len(source)} files of {kind}/, got {len(got)}")
        elsewhere = os.path.join(work, "elsewhere")
        os.mkdir(elsewhere)
        binary = os.path.join(root, "usr", "bin", "prepkit")
        env = {**os.environ, "HOME": elsewhere}

        def run(*argv):
            return subprocess.run([binary, *argv], cwd=elsewhere, env=env, capture_output=True, text=True, timeout=60)

        version = run("--version")
        if version.stdout != f"prepkit {args.version}\n":
            failures.append(f"--version should print 'prepkit {args.version}', got {version.stdout!r}")
        listed = run("list")
        lines = listed.stdout.splitlines()
        if listed.returncode != 0 or not lines or lines[0].split() != ["ID", "CATEGORY", "TITLE"] or \
                len(lines) - 1 != len(os.listdir(os.path.join(args.source_dir, "questions"))):
            failures.append(f"installed 'prepkit list' should list the built-in bank:\n{listed.stdout}{listed.stderr}")
        draft = run("draft", "difficult-customer", "--stdout")
        if draft.returncode != 0 or not draft.stdout.startswith("---\nquestion: difficult-customer\n"):
            failures.append(f"installed 'prepkit draft --stdout' failed:\n{draft.stdout[:300]}{draft.stderr}")
        loader = subprocess.run(["bash", "--norc", "--noprofile", "-c", "source " + BASH_COMPLETION +
                                 "; _completion_loader prepkit; complete -p prepkit"],
                                env={**env, "XDG_DATA_DIRS": os.path.join(root, "usr", "share")},
                                capture_output=True, text=True, timeout=60)
        if loader.stdout != "complete -F _prepkit prepkit\n":
            failures.append(f"bash-completion does not load the installed completion:\n{loader.stdout}{loader.stderr}")
        if os.listdir(elsewhere):
            failures.append(f"the installed binary wrote into its working folder: {os.listdir(elsewhere)}")
    finish(failures, "cmake --install",
           "cmake --install puts every file in place and the installed prepkit works on its own")


if __name__ == "__main__":
    main()
