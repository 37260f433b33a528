#!/usr/bin/env python3
"""Writes the seed corpora (fuzz/corpus/<target>/) and dictionaries (fuzz/dict/<target>.dict)
from the project's own questions, templates, test fixtures and drafts.

    python3 fuzz/make_seeds.py --prepkit build/prepkit [--spec ../shared/conformance/mustache-spec]

Seeds are few and small on purpose; libFuzzer grows its own corpus from them during a run.
Run it again after the bank or the formats change, and commit the result.
"""
import argparse
import glob
import json
import os
import shutil
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEPARATOR = "\n=====\n"
QUESTIONS = ["difficult-customer", "patient-safety", "questions-for-us", "made-a-mistake",
             "tell-me-about-yourself", "salary-expectations"]


def read(path):
    with open(os.path.join(ROOT, path), encoding="utf-8", errors="surrogateescape") as f:
        return f.read()


def builtin_ids():
    return sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(ROOT, "questions/*.yaml")))


def write_corpus(target, seeds):
    folder = os.path.join(ROOT, "fuzz/corpus", target)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    for name, data in sorted(seeds.items()):
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data.encode("utf-8", "surrogateescape") if isinstance(data, str) else data)


def dict_entry(token):
    """libFuzzer's dictionary syntax: printable ASCII as is, backslash escapes, other bytes hex."""
    out = ""
    for byte in token.encode("utf-8", "surrogateescape"):
        c = chr(byte)
        out += "\\" + c if c in '\\"' else c if 32 <= byte < 127 else f"\\x{byte:02X}"
    return '"' + out + '"'


def write_dict(target, tokens):
    with open(os.path.join(ROOT, "fuzz/dict", target + ".dict"), "w", encoding="utf-8") as f:
        f.write(f"# libFuzzer dictionary for fuzz/{target}.cpp (written by fuzz/make_seeds.py)\n")
        for token in sorted(set(tokens)):
            f.write(dict_entry(token) + "\n")


YAML_SYNTAX = ["---", "...", ": ", "- ", "[", "]", "{", "}", ", ", "&a ", "*a", "!!str ", "!!map",
               "? ", "|", ">", "|-", "'", '"', "#", "~", "null", "true", "<<: *a", "%YAML 1.2",
               "\n  ", "\n- ", "\\u2019"]
QUESTION_KEYS = ["id", "title", "question", "category", "tags", "template", "why", "look_for", "tips",
                 "pitfalls", "variables", "target", "checks", "name", "prompt", "choices", "default",
                 "min_words", "max_words", "min_seconds", "max_seconds", "kind", "severity",
                 "message", "sections", "any", "what", "min", "max", "items", "when", "require",
                 "forbid", "count", "number", "checked", "questions", "list-items", "points", "words",
                 "error", "warning", "suggestion"]
CONFIG_KEYS = ["banks", "templates", "drafts", "words_per_minute", "rules", "variables", "off",
               "error", "warning", "suggestion", "too-short", "placeholder", "role", "clinical"]
MUSTACHE = ["{{", "}}", "{{{", "}}}", "{{&", "{{#", "{{^", "{{/", "{{!", "{{>", "{{<", "{{$",
            "{{=", "=}}", "{{=<% %>=}}", "<%", "%>", "{{.}}", "{{>*", "{{<*", "{{#when.role.clinical}}",
            "{{/when.role.clinical}}", "{{title}}", "{{#tips}}", "{{/tips}}", "{{> self}}",
            "{{> item}}", "{{< base}}", "{{$title}}", "{{/title}}", "{{$body}}", "{{/body}}",
            "{{#people}}", "{{/people}}", "{{>loop}}", "{{>broken}}", "\n", "\r\n", "  "]
MARKDOWN = ["---\n", "\n---\n", "# ", "## ", "### ", "\n===\n", "\n---", "- ", "* ", "+ ", "1. ",
            "- [ ] ", "- [x] ", "[[", "]]", "TODO", "TBD", "FIXME", "<!--", "-->", "> ", "```",
            "~~~", "    ", "\t", "\r\n", "\ufeff", "`", "*", "_", "[a](b)", "<div>", "|", "| - |",
            "<!-- prepkit-disable -->", "<!-- prepkit-enable -->",
            "<!-- prepkit-disable-next-line placeholder -->", "prepkit-disable", "prepkit-enable",
            "prepkit-disable-next-line", "question: ", "variables:", "template: ", "role: clinical",
            "## Situation", "## Task", "## Action", "## Result", "## Lessons", "## Checklist",
            "nurse", "50%", "$1,000", "?"]


def question_seeds():
    seeds = {os.path.basename(p): read(p) for p in
             [f"questions/{q}.yaml" for q in QUESTIONS] + ["tests/fixtures/bank/questions/sample-star.yaml"]}
    for p in sorted(glob.glob(os.path.join(ROOT, "tests/cli/fixtures/broken-bank/questions/*.yaml"))):
        seeds["broken-" + os.path.basename(p)] = read(p)
    seeds["aliases.yaml"] = "id: &i x\ntitle: *i\ntags: &t [a, b]\ntips: *t\npitfalls: *t\n"
    seeds["flow.yaml"] = "{id: a, title: b, question: c, category: d, template: e, why: f, checks: [{id: g}]}\n"
    return seeds


def validate_seeds():
    seeds = {}
    for q in QUESTIONS[:4] + ["sample-star"]:
        path = f"tests/fixtures/bank/questions/{q}.yaml" if q == "sample-star" else f"questions/{q}.yaml"
        tpath = f"tests/fixtures/bank/templates/{q}.mustache" if q == "sample-star" else None
        question = read(path).replace(f"id: {q}\n", "id: fuzz\n")
        template_name = next(l.split(":", 1)[1].strip() for l in question.splitlines() if l.startswith("template:"))
        question = question.replace(f"template: {template_name}\n", "template: fuzz\n")
        template = read(tpath or f"templates/{template_name}.mustache")
        seeds[q] = question + SEPARATOR + template
    seeds["bad-check"] = ("id: fuzz\ntitle: t\nquestion: q\ncategory: c\ntemplate: fuzz\nwhy: w\n"
                          "checks:\n  - {id: a, kind: require, sections: [Nowhere], any: [x], message: m}\n"
                          "  - {id: b, kind: checked, items: [Nothing], message: m}\n"
                          + SEPARATOR + "## Somewhere\n\n- [ ] Something\n")
    return seeds


def config_seeds():
    seeds = {"config.yaml": read("tests/cli/fixtures/config/.prepkit.yaml"),
             "config-broken.yaml": read("tests/cli/fixtures/config-broken/.prepkit.yaml"),
             "readme.yaml": "banks: [my-bank]\ntemplates: [my-templates]\ndrafts: drafts\n"
                            "words_per_minute: 150\nrules:\n  too-short: suggestion\n  template-text: off\n"
                            "variables:\n  role: clinical\n",
             "bad-types.yaml": "banks: mine\nwords_per_minute: -3\nrules: [a]\nvariables: {a: [b]}\n",
             "zero.yaml": "words_per_minute: 0\n"}
    return seeds


def drafts(prepkit):
    out = {}
    for q in QUESTIONS:
        out[f"fresh-{q}.md"] = subprocess.run([prepkit, "draft", q, "--stdout"], capture_output=True,
                                              text=True, check=True).stdout
    for p in sorted(glob.glob(os.path.join(ROOT, "tests/fixtures/answers/*.good-1.md")))[:4]:
        out[os.path.basename(p)] = read(p)
    for p in sorted(glob.glob(os.path.join(ROOT, "tests/fixtures/answers/*.weak-1.md")))[:4]:
        out[os.path.basename(p)] = read(p)
    for name in ["directives", "placeholder", "section-order", "duplicate-section", "count"]:
        out[f"rules-{name}.md"] = read(f"tests/rules/{name}.md")
    out["crlf-bom.md"] = "\ufeff---\r\nquestion: difficult-customer\r\n---\r\nSituation\r\n---------\r\n\r\nText\r\n"
    out["no-front-matter.md"] = "## Situation\n\nA nurse called. TODO\n\n- [ ] Practised it aloud\n"
    return out


def draft_seeds(prepkit):
    return {name: text for name, text in drafts(prepkit).items()}


def check_seeds(prepkit):
    ids = builtin_ids()
    seeds = {}
    for name, text in drafts(prepkit).items():
        q = next((i for i in ids if name.startswith(("fresh-" + i + ".", i + "."))), ids[0])
        seeds[name] = bytes([ids.index(q)]) + text.encode("utf-8", "surrogateescape")
    return seeds


def pack_seeds(prepkit):
    seeds = check_seeds(prepkit)
    hostile = ("## Situation\n\n<script>alert(1)</script>\n\n![x](javascript:alert(1)) "
               "[a](JavaScript:alert(1)) <img src=x onerror=alert(1)>\n\n<!-- a --> b <!-- c -->\n"
               "Setext\n---\n\n> # Quoted\n\n- [ ] item\n")
    seeds["hostile-html.md"] = bytes([0]) + hostile.encode()
    return seeds


def bank_lists(question):
    """The `any:` lists of a built-in question's checks, read from its YAML as flow sequences."""
    text = read(f"questions/{question}.yaml")
    lists = []
    for start in [i for i in range(len(text)) if text.startswith("any: [", i)]:
        body = text[start + 6:text.index("]", start)]
        lists.append([p.strip() for p in body.replace("\n", " ").split(",") if p.strip()])
    return lists


def phrase_list_seeds():
    forms = ["would be happy", "not my fault", "I'd like", "didn't care", "complain*", "care-team*",
             "a.m.", "C++", "f*ck", "'tis", "$", "super user", "on-call", "Cr\u00e8me"]
    text = ("I'd be happy; it isn't my fault. I would like it. They did not care, complaining to the "
            "care team members at 6 a.m. in C++11, f ck, 'tis $5 for a super-user on call. CR\u00c8ME\n")
    seeds = {"forms.txt": "\n".join(forms) + SEPARATOR + text}
    for q in ["difficult-customer", "why-leaving", "made-a-mistake"]:
        for i, phrases in enumerate(bank_lists(q)):
            answer = sorted(glob.glob(os.path.join(ROOT, f"tests/fixtures/answers/{q}.*.md")))[i]
            seeds[f"{q}-{i}.txt"] = "\n".join(phrases[:40]) + SEPARATOR + read(os.path.relpath(answer, ROOT))
    return seeds


def spec_tests(spec):
    tests = []
    for path in sorted(glob.glob(os.path.join(spec, "*.json"))):
        if "lambdas" in path:
            continue
        with open(path, encoding="utf-8") as f:
            for i, test in enumerate(json.load(f)["tests"]):
                if i % 4 == 0:
                    tests.append((os.path.basename(path)[:-5].lstrip("~") + f"-{i}", test))
    return tests


def render_seeds(spec):
    seeds = {f"template-{t}.mustache": read(f"templates/{t}.mustache")
             for t in ["star", "base", "patient-safety", "questions-for-us", "scenario"]}
    seeds["inherit.mustache"] = "{{< base}}{{$title}}{{title}}{{/title}}{{$body}}{{#tips}}- {{.}}\n{{/tips}}{{/body}}{{/base}}\n"
    seeds["recursion.mustache"] = "{{#people}}{{> self}}{{/people}}{{>*partial}}\n"
    seeds["delimiters.mustache"] = "{{=<% %>=}}<% title %><%={{ }}=%>{{#a}}{{b.c}}{{/a}}\n"
    for name, test in spec_tests(spec) if spec else []:
        seeds[f"spec-{name}.mustache"] = test["template"]
    return seeds


def data_seeds(spec):
    seeds = {"question.yaml": "y" + read("tests/fixtures/bank/questions/sample-star.yaml"),
             "scalars.yaml": "ytitle: 0x1F\nitems: [~, true, 1.5e3, -0, 0o17, 'quoted', .5]\n",
             "aliases.yaml": "ya: &a [1, 2]\nb: &b [*a, *a]\nitems: [*b, *b]\n",
             "object.json": 'j{"title": "T", "items": [{"name": "n", "tags": ["x"]}], "a": {"b": {"c": 1}}}'}
    for name, test in spec_tests(spec) if spec else []:
        seeds[f"spec-{name}.json"] = "j" + json.dumps(test["data"]) + SEPARATOR + test["template"]
    return seeds


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prepkit", required=True, help="a built prepkit, to draft fresh drafts")
    parser.add_argument("--spec", default=os.path.join(ROOT, "../shared/conformance/mustache-spec"))
    args = parser.parse_args()
    spec = args.spec if os.path.isdir(args.spec) else None
    os.makedirs(os.path.join(ROOT, "fuzz/dict"), exist_ok=True)
    write_corpus("question_loader", question_seeds())
    write_corpus("validate_bank", validate_seeds())
    write_corpus("config", config_seeds())
    write_corpus("draft", draft_seeds(args.prepkit))
    write_corpus("check", check_seeds(args.prepkit))
    write_corpus("mustache_render", render_seeds(spec))
    write_corpus("mustache_data", data_seeds(spec))
    write_corpus("pack", pack_seeds(args.prepkit))
    write_corpus("phrase_list", phrase_list_seeds())
    write_dict("question_loader", YAML_SYNTAX + QUESTION_KEYS)
    write_dict("validate_bank", YAML_SYNTAX + QUESTION_KEYS + MUSTACHE + MARKDOWN[:20] + [SEPARATOR, "fuzz"])
    write_dict("config", YAML_SYNTAX + CONFIG_KEYS)
    write_dict("draft", MARKDOWN + YAML_SYNTAX[:12])
    write_dict("check", MARKDOWN + YAML_SYNTAX[:12] + [f"question: {i}" for i in builtin_ids()])
    write_dict("pack", MARKDOWN + ["<script>", "<img src=x>", "javascript:", "![a](", "<a href=",
                                    "<iframe>", "onerror=", "data:", "\n===\n", "######"])
    write_dict("phrase_list", [SEPARATOR, "'", "\u2019", "n't", "'d", "'ll", "'m", "'re", "'ve", "*", "-",
                               " ", "\n", "would", "had", "will", "am", "are", "have", "not", "can't",
                               "\u00c9", "\u00e9", "$", "."])
    write_dict("mustache_render", MUSTACHE)
    write_dict("mustache_data", MUSTACHE + YAML_SYNTAX + ['{"', '":', '[', ']', ',', '"\\u00e9"', '1e308',
                                                         'j', 'title', 'items', 'name', 'tags', SEPARATOR])


if __name__ == "__main__":
    main()
