"""How every integration test ends: one line per failure and exit 1, or one ok line."""
import sys


def finish(failures, subject, success):
    """Prints 'FAIL: SUBJECT: ...' for each failure and exits 1, or prints 'ok: SUCCESS'."""
    for failure in failures:
        print(f"FAIL: {subject}: {failure}")
    if failures:
        sys.exit(1)
    print(f"ok: {success}")
