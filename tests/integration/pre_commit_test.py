#!/usr/bin/env python3
"""Uses .pre-commit-hooks.yaml as a pre-commit user would: a throwaway git repository installs the
prepkit-check hook with Debian's pre-commit (no download: language system), a commit of a fresh
draft is refused with prepkit's findings, and a commit of a finished draft goes through."""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

from harness import require_tool, prepkit_on_path, finish

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.normpath(os.path.join(HERE, "..", ".."))


def run(argv, cwd, env, check=True):
    result = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=60)
    if check and result.returncode != 0:
        sys.exit(f"FAIL: '{' '.join(argv)}' exited {result.returncode}:\n{result.stdout}{result.stderr}")
    return result


def make_hook_repo(folder, env):
    """A git repository holding this project's .pre-commit-hooks.yaml, as pre-commit clones it."""
    os.mkdir(folder)
    shutil.copy(os.path.join(SOURCE, ".pre-commit-hooks.yaml"), folder)
    run(["git", "init", "-q"], folder, env)
    run(["git", "add", ".pre-commit-hooks.yaml"], folder, env)
    run(["git", "commit", "-q", "-m", "hooks"], folder, env)
    return run(["git", "rev-parse", "HEAD"], folder, env).stdout.strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prepkit", required=True)
    args = parser.parse_args()
    require_tool("pre-commit", "pre-commit")
    require_tool("git", "git")
    failures = []
    with tempfile.TemporaryDirectory(prefix="prepkit-pre-commit-") as work:
        env = {**os.environ, "PATH": prepkit_on_path(work, args.prepkit), "HOME": work,
               "PRE_COMMIT_HOME": os.path.join(work, "cache"), "GIT_CONFIG_NOSYSTEM": "1",
               "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
               "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org"}
        env.pop("NO_COLOR", None)
        rev = make_hook_repo(os.path.join(work, "hooks"), env)
        project = os.path.join(work, "interview")
        os.mkdir(project)
        run(["git", "init", "-q"], project, env)
        with open(os.path.join(project, ".pre-commit-config.yaml"), "w", encoding="utf-8") as f:
            f.write(f"repos:\n  - repo: {os.path.join(work, 'hooks')}\n    rev: {rev}\n"
                    "    hooks:\n      - id: prepkit-check\n")
        run(["pre-commit", "install"], project, env)
        run(["prepkit", "draft", "difficult-customer", "-o", "drafts", "-q"], project, env)
        run(["git", "add", "."], project, env)
        refused = run(["git", "commit", "-m", "fresh draft"], project, env, check=False)
        output = refused.stdout + refused.stderr
        if refused.returncode == 0:
            failures.append("a commit of a fresh draft (with errors) went through")
        for expected in ("prepkit check", "Failed", "drafts/difficult-customer.md",
                         "error      section '## Situation' is empty"):
            if expected not in output:
                failures.append(f"the refused commit's output lacks {expected!r}:\n{output}")
        shutil.copy(os.path.join(SOURCE, "tests", "fixtures", "answers", "difficult-customer.good-1.md"),
                    os.path.join(project, "drafts", "difficult-customer.md"))
        run(["git", "add", "."], project, env)
        accepted = run(["git", "commit", "-m", "finished draft"], project, env, check=False)
        if accepted.returncode != 0 or "prepkit check" not in accepted.stdout + accepted.stderr:
            failures.append(f"a commit of a finished draft was refused or did not run the hook:\n"
                            f"{accepted.stdout}{accepted.stderr}")
        log = run(["git", "log", "--format=%s"], project, env, check=False).stdout.split("\n")
        if log[0] != "finished draft" or "fresh draft" in log:
            failures.append(f"git log should hold only 'finished draft', got {log}")
    finish(failures, ".pre-commit-hooks.yaml",
           "the prepkit-check hook blocks a failing draft and lets a passing one through")


if __name__ == "__main__":
    main()
