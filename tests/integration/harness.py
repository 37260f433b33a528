"""What every integration driver shares: required tools, prepkit on PATH, its ids, the verdict."""
import os
import shutil
import subprocess
import sys


def require_tool(tool, package):
    """Exits with a FAIL line that says how to install a missing tool."""
    if shutil.which(tool) is None:
        sys.exit(f"FAIL: {tool} is not installed (Debian package {package}): run scripts/install-deps.sh --test")


def prepkit_on_path(work, prepkit):
    """A PATH whose first folder (WORK/bin) holds prepkit, as a shell or editor would find it."""
    bin_dir = os.path.join(work, "bin")
    os.mkdir(bin_dir)
    os.symlink(os.path.abspath(prepkit), os.path.join(bin_dir, "prepkit"))
    return bin_dir + os.pathsep + os.environ.get("PATH", "")


def question_ids(prepkit):
    """The ids `prepkit list --ids` prints."""
    return subprocess.run([prepkit, "list", "--ids"], capture_output=True, text=True, check=True).stdout.split()


def finish(failures, subject, success):
    """Prints 'FAIL: SUBJECT: ...' for each failure and exits 1, or prints 'ok: SUCCESS'."""
    for failure in failures:
        print(f"FAIL: {subject}: {failure}")
    if failures:
        sys.exit(1)
    print(f"ok: {success}")
