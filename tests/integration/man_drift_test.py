#!/usr/bin/env python3
"""Fails when a command, option or option value shown by `prepkit --help` or `prepkit CMD --help`
is missing from the man page, naming each one, so the page and the program cannot drift apart.

Global options belong in the page's GLOBAL OPTIONS section; each command's options (and the
values of options such as --format) in that command's `.SS "prepkit CMD ..."` section.
"""
import argparse
import re

import prepkit_help
from harness import finish

SOURCE = "man/prepkit.1.in"


def plain(roff):
    """The page's text with font escapes and \\- undone, so options read as typed."""
    text = re.sub(r"\\f(\[[^]]*\]|\(..|.)", "", roff)
    return text.replace("\\-", "-").replace("\\ ", " ")


def sections(text):
    """{".SH NAME": body, ..., "prepkit list": body, ...}: each .SH, and each .SS by its command."""
    out, current = {}, None
    for line in text.splitlines():
        heading = re.match(r'^\.(SH|SS)\s+"?([^"]*)"?\s*$', line)
        if heading:
            kind, title = heading.groups()
            current = title.split()[1] if kind == "SS" and title.startswith("prepkit ") else f".{kind} {title}"
            out[current] = ""
        elif current is not None:
            out[current] += line + "\n"
    return out


def mentions(body, word):
    return re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", body) is not None


def check_options(options, body, where, failures):
    for option in options:
        for name in option.names:
            if not mentions(body, name):
                failures.append(f"option '{name}' of {where} is missing from its man page section")
        for value in option.choices:
            if not mentions(body, value):
                failures.append(f"value '{value}' of {where} option {option.names[-1]} is missing from its man page section")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prepkit", required=True)
    parser.add_argument("--man-page", required=True, help="the configured prepkit.1 in the build folder")
    args = parser.parse_args()
    with open(args.man_page, encoding="utf-8") as f:
        page = sections(plain(f.read()))
    failures = []
    check_options(prepkit_help.options(args.prepkit), page.get(".SH GLOBAL OPTIONS", ""),
                  "'prepkit' (global)", failures)
    commands = prepkit_help.commands(args.prepkit)
    for command in commands:
        if command not in page:
            failures.append(f"command '{command}' has no man page section: add '.SS \"prepkit {command} ...\"' "
                            f"under COMMANDS in {SOURCE} describing it and its options")
            continue
        options = [o for o in prepkit_help.options(args.prepkit, command) if "--help" not in o.names]
        check_options(options, page[command], f"'prepkit {command}'", failures)
    finish(failures, SOURCE,
           f"the man page covers {len(commands)} commands and all their options")


if __name__ == "__main__":
    main()
