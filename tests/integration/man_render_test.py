#!/usr/bin/env python3
"""Renders the built man page with groff (all warnings on) and fails on any warning or error."""
import argparse
import os
import subprocess

from harness import require_tool, finish


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--man-page", required=True, help="the configured prepkit.1 in the build folder")
    parser.add_argument("--version", required=True, help="the project version the page must show")
    args = parser.parse_args()
    require_tool("groff", "groff-base")
    result = subprocess.run(["groff", "-ww", "-man", "-Tutf8", args.man_page],
                            capture_output=True, text=True, timeout=60, env={**os.environ, "LC_ALL": "C.UTF-8"})
    failures = []
    if result.returncode != 0 or result.stderr:
        failures.append(f"groff -ww -man -Tutf8 exited {result.returncode} with:\n{result.stderr}")
    page = result.stdout
    if "prepkit - draft and check answers to interview questions" not in page.replace("\b", ""):
        failures.append("the rendered page lacks its NAME line")
    footer = page.rstrip().splitlines()[-1] if page.strip() else ""
    if f"prepkit {args.version}" not in footer:
        failures.append(f"the page footer should show 'prepkit {args.version}', got: {footer!r}")
    finish(failures, args.man_page, f"{args.man_page} renders without warnings")


if __name__ == "__main__":
    main()
