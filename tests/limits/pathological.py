#!/usr/bin/env python3
"""Runs prepkit on hostile inputs just under each size limit and checks time and memory.

    python3 tests/limits/pathological.py --prepkit build/prepkit [--max-seconds 20] [--max-mib 1024]
                                         [--only NAME...]

Each case writes one input (a draft, a question file, a data file, a template, a config) into a
fresh folder and runs one command on it. A case fails when prepkit crashes (is killed by a
signal), exits other than the case expects, runs longer than --max-seconds or uses more than
--max-mib of memory (peak resident size; it includes some 20 MiB of this script, which the
child starts as a copy of). docs/limits.md records the figures of a release build.
"""
import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time

KIB = 1024
DRAFT = 1024 * KIB - 64   # just under kMaxInputBytes, with room for front matter
YAML = 256 * KIB - 64     # just under kMaxYamlBytes
FM = "---\nquestion: difficult-customer\n---\n"


def fill(unit, size, prefix=""):
    return prefix + unit * ((size - len(prefix)) // len(unit))


def draft_cases():
    d = {
        "nested-lists": "- " * 2,
        "nested-quotes": "> " * 2,
        "nested-mixed": "> - ",
        "open-comments": "<!--",
        "open-comments-lines": "<!--\n",
        "brackets": "[[",
        "brackets-spaced": "[[ ",
        "long-line": "word ",
        "headings": "## Situation\n",
        "headings-h3": "### a\n",
        "tasks": "- [ ] x\n",
        "nested-tasks-line": "- [ ] ",
        "todos": "TODO ",
        "gt-run": ">",
        "dash-run": "-",
        "emphasis": "*a ",
        "underscores": "_",
        "links": "[a](",
        "backticks": "`a``",
        "table-rows": "| x | y |\n",
        "directives": "<!-- prepkit-disable-next-line placeholder -->\nTODO\n",
        "disable-enable": "<!-- prepkit-disable -->\nTODO <!-- prepkit-enable -->\n",
        "setext": "a\n",
        "less-than": "<",
        "list-items": "- a\n",
        "sections-todo": "## Situation\nTODO\n",
        "entities": "&amp;",
        "autolinks": "<http://a",
        "html-blocks": "<div>\n",
        "comments-one-line": "<!---->",
    }
    cases = {}
    for name, unit in d.items():
        cases["draft/" + name] = ("check", lambda unit=unit: FM + fill(unit, DRAFT - len(FM) - 20, "## Lessons\n"))
    for name in ["comments-one-line", "open-comments", "brackets", "nested-mixed", "setext", "headings"]:
        cases["pack/" + name] = ("pack", cases["draft/" + name][1])
    depth = 700
    cases["draft/nested-lists-indented"] = ("check", lambda: FM + "".join(" " * (2 * i) + "- a\n" for i in range(depth)))
    cases["draft/nested-tasks-indented"] = ("check", lambda: FM + "".join(" " * (2 * i) + "- [ ] a\n" for i in range(depth)))
    cases["draft/front-matter-deep"] = ("check", lambda: "---\nquestion: " + "[" * (YAML - 20) + "\n---\n")
    cases["draft/front-matter-list"] = ("check", lambda: "---\nvariables: [" + "a," * ((YAML - 30) // 2) + "]\n---\n")
    return cases


def yaml_cases():
    head = "id: q\ntitle: t\nquestion: q\ncategory: c\ntemplate: star\nwhy: w\n"
    alias_list = "any: &x [" + ",".join(["a"] * 20000) + "]\n"
    amplified = (head + "tips: &t [" + ",".join(["x" * 4] * 20000) + "]\n"
                 + "look_for: *t\npitfalls: *t\ncheck: &c {id: a, kind: forbid, message: m, any: *t}\n")
    return {
        "question/flow-list": ("validate", head + fill("a,", YAML - len(head) - 20, "tags: [") + "a]\n"),
        "question/flow-map": ("validate", head + fill("a,", YAML - len(head) - 20, "target: {") + "a}\n"),
        "question/block-list": ("validate", head + fill("- a\n", YAML - len(head) - 20, "tips:\n")),
        "question/deep": ("validate", head + "tags: " + "[" * (YAML - len(head) - 20)),
        "question/many-checks": ("validate", head + alias_list + "checks:\n" +
                                 fill("  - {id: a, kind: forbid, any: *x, message: m}\n", YAML - len(head) - len(alias_list) - 20)),
        "question/aliases": ("validate", amplified.replace("check: &c", "checks: [&c") + "}, " +
                             ", ".join(["*c"] * 99) + "]\n"),
        "question/choices": ("validate", head + "variables:\n" + "".join(
            f"  - {{name: v{i}, choices: [a, b, c, d]}}\n" for i in range(40))),
        "config/flow-list": ("config", fill("a,", YAML - 20, "banks: [") + "a]\n"),
        "config/deep": ("config", "rules: " + "{" * (YAML - 20)),
        "data/yaml-deep": ("data.yaml", "a: " + "[" * (YAML - 10)),
        "data/yaml-laughs": ("data.yaml", "a: &a [" + ",".join(["x" * 100] * 10) + "]\n" + "".join(
            f"{c}: &{c} [" + ",".join([f"*{p}"] * 10) + "]\n" for p, c in zip("abcdefgh", "bcdefghi"))),
        "data/yaml-long-string": ("data.yaml", "s: &s " + "x" * (YAML - 2000) + "\nl: [" + ", ".join(["*s"] * 300) + "]\n"),
        "data/json-deep": ("data.json", "[" * (DRAFT - 10)),
        "data/json-array": ("data.json", "[" + "1," * ((DRAFT - 10) // 2) + "1]"),
        "data/yaml-too-big": ("data.yaml", "a: " + "b" * (YAML + 100)),
    }


# A question whose phrase lists are built to make walks long: words of hyphens (white space
# runs are tried at every length), stars inside words, many spellings ("had" is "'d").
HOSTILE_PHRASES = ["a - - - - - - - - - - - - b", "- - - - - - - -", "x*y*z*w", " ".join(["had"] * 40),
                   "-" * 200, "a " * 300 + "b"]
HOSTILE_QUESTION = ("id: q\ntitle: t\nquestion: q\ncategory: c\ntemplate: star\nwhy: w\nchecks:\n"
                    "  - {id: hostile, kind: forbid, message: m, any: [" +
                    ", ".join('"' + p + '"' for p in HOSTILE_PHRASES) + "]}\n"
                    "  - {id: wanted, kind: require, message: m, any: [" +
                    ", ".join('"' + p + '"' for p in HOSTILE_PHRASES) + "]}\n")


def phrase_cases():
    fm = "---\nquestion: q\n---\n"
    units = {"phrases/dash-pairs": " -", "phrases/dashes": "-", "phrases/words": "a ", "phrases/had": "had ",
             "phrases/x-y": "x y ", "phrases/apostrophes": "i'd "}
    return {name: ("bank-check", lambda unit=unit: fm + fill(unit, DRAFT - len(fm) - 20, "## Situation\n\na"))
            for name, unit in units.items()}


def template_cases():
    return {
        "template/nested-sections": ("render", "{{#a}}" * (DRAFT // 6)),
        "template/balanced-sections": ("render", "{{#a}}" * 200 + "x" + "{{/a}}" * 200),
        "template/unclosed-tag": ("render", "{{" + "a" * (DRAFT - 10)),
        "template/many-variables": ("render", "{{a}}" * (DRAFT // 5)),
        "template/self-partial": ("render", "{{>self}}{{>self}}"),
        "template/delimiters": ("render", "{{=<% %>=}}<%={{ }}=%>" * (DRAFT // 22)),
        "template/loop-partials": ("render", "{{#list}}{{>self}}{{/list}}"),
    }


def command(kind, path, folder):
    if kind == "check":
        return ["check", "--format", "line", path], (0, 1, 2)
    if kind == "bank-check":
        os.makedirs(os.path.join(folder, "bank"))
        with open(os.path.join(folder, "bank", "q.yaml"), "w") as f:
            f.write(HOSTILE_QUESTION)
        return ["--bank", "bank", "check", "--format", "line", path], (0, 1)
    if kind == "pack":
        os.makedirs(os.path.join(folder, "drafts"))
        os.rename(path, os.path.join(folder, "drafts", "difficult-customer.md"))
        return ["pack", "drafts", "-o", "pack.html"], (0, 1, 2)
    if kind == "validate":
        os.makedirs(os.path.join(folder, "bank"), exist_ok=True)
        os.rename(path, os.path.join(folder, "bank", "q.yaml"))
        return ["validate", "bank"], (0, 2)
    if kind == "config":
        os.rename(path, os.path.join(folder, ".prepkit.yaml"))
        return ["list"], (0, 2)
    if kind.startswith("data."):
        with open(os.path.join(folder, "t.mustache"), "w") as f:
            f.write("{{#a}}{{.}}{{/a}}{{#l}}{{.}}{{/l}}\n")
        data = os.path.join(folder, kind)
        os.rename(path, data)
        return ["render", "t.mustache", "--data", data], (0, 2)
    if kind == "render":
        os.rename(path, os.path.join(folder, "self"))
        with open(os.path.join(folder, "data.json"), "w") as f:
            f.write('{"a": true, "list": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}')
        return ["render", "self", "--data", "data.json"], (0, 2)
    raise ValueError(kind)


def run_case(prepkit, name, kind, text):
    with tempfile.TemporaryDirectory(prefix="prepkit-limits-") as folder:
        path = os.path.join(folder, "input.md")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text() if callable(text) else text)  # drafts are made here, one at a time
        args, allowed = command(kind, path, folder)
        start = time.monotonic()
        process = subprocess.Popen([prepkit] + args, cwd=folder, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE)
        stderr = process.stderr.read()
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - start
    return process.returncode, allowed, seconds, usage.ru_maxrss / 1024, stderr.decode("utf-8", "replace")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prepkit", required=True)
    parser.add_argument("--max-seconds", type=float, default=20)
    parser.add_argument("--max-mib", type=float, default=1024)
    parser.add_argument("--only", nargs="*")
    args = parser.parse_args()
    cases = {**draft_cases(), **yaml_cases(), **phrase_cases(), **template_cases()}
    failures = 0
    print(f"{'case':34} {'exit':>4} {'seconds':>8} {'MiB':>7}  first error")
    for name, (kind, text) in cases.items():
        if args.only and not any(name.startswith(o) for o in args.only):
            continue
        code, allowed, seconds, mib, stderr = run_case(os.path.abspath(args.prepkit), name, kind, text)
        bad = code not in allowed or seconds > args.max_seconds or mib > args.max_mib
        failures += bad
        first = stderr.splitlines()[0][:70] if stderr else ""
        print(f"{name:34} {code:>4} {seconds:>8.2f} {mib:>7.1f}  {first}{'  <-- FAIL' if bad else ''}", flush=True)
    print(f"pathological inputs: {failures} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
