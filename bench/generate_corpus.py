#!/usr/bin/env python3
# Writes a large, varied, deterministic corpus of prepkit drafts for bench/run.sh (stdlib only).
"""Drafts for every built-in question, filled in with prose of varied length; a share is
broken in every way a rule catches, and a share uses CRLF, a BOM, setext headings, comments,
directives or code fences. File i depends only on (seed, i): a smaller corpus is a prefix of
a larger one."""
import argparse
import json
import random
import re
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import corpus_words as words

STAMP = ".prepkit-corpus"
BROKEN_SHARE = 0.35
FORMAT_SHARES = {"crlf": 0.06, "bom": 0.05, "setext": 0.06, "comments": 0.12, "code": 0.12,
                 "no-front-matter": 0.03, "rich": 0.10}
RULE_IDS = ["placeholder", "template-text", "empty-section", "too-short", "too-long",
            "unchecked-item", "section-order"]


@dataclass
class Question:
    info: dict       # `prepkit show ID --format json`
    variants: list   # (variables, draft text) for every choice of the variables
    guided: bool = False  # its template has guidance text outside comments


@dataclass
class Doc:
    front: list      # front matter lines, fences included
    preamble: list   # title, the question, the guidance comment
    sections: list   # [title, body lines]
    template: dict = field(default_factory=dict)  # title -> the template's body lines


def run_prepkit(prepkit: str, *args: str) -> str:
    return subprocess.run([prepkit, *args], check=True, capture_output=True, text=True).stdout


def variable_sets(info: dict) -> list:
    sets = [{}]
    for variable in info.get("variables", []):
        choices = variable.get("choices") or [variable.get("default", "")]
        sets = [dict(s, **{variable["name"]: c}) for s in sets for c in choices]
    return sets


def load_bank(prepkit: str) -> list:
    bank = []
    for entry in json.loads(run_prepkit(prepkit, "list", "--format", "json")):
        info = json.loads(run_prepkit(prepkit, "show", entry["id"], "--format", "json"))
        variants = []
        for values in variable_sets(info):
            options = [a for name, value in values.items() for a in ("--set", f"{name}={value}")]
            variants.append((values, run_prepkit(prepkit, "draft", entry["id"], "--stdout", *options)))
        bank.append(Question(info, variants, bool(guidance(parse_template(variants[0][1])))))
    return bank


def parse_template(text: str) -> Doc:
    lines = text.rstrip("\n").split("\n")
    front_end = lines.index("---", 1) + 1 if lines[0] == "---" else 0
    doc = Doc(lines[:front_end], [], [])
    for line in lines[front_end:]:
        if line.startswith("## "):
            doc.sections.append([line[3:], []])
        elif doc.sections:
            doc.sections[-1][1].append(line)
        else:
            doc.preamble.append(line)
    doc.template = {title: list(body) for title, body in doc.sections}
    return doc


def comment_lines(body: list) -> list:
    """The body's lines that belong to HTML comments."""
    kept, inside = [], False
    for line in body:
        inside = inside or "<!--" in line
        if inside:
            kept.append(line)
        inside = inside and "-->" not in line
    return kept


def filled_line(rng: random.Random, line: str) -> str:
    line = re.sub(r"\[\[.*?\]\]", lambda _: words.sentence(rng).rstrip("."), line)
    return line.replace("- [ ]", "- [x]", 1)


def fill_section(rng: random.Random, body: list, budget: int) -> list:
    comments = comment_lines(body)
    lines = [l if l in comments else filled_line(rng, l) for l in body] + [""]
    budget -= sum(len(l.split()) for l in lines if l not in comments)
    while budget > 0:
        text = words.paragraph(rng, min(budget, rng.randint(25, 90)))
        lines += [text, ""]
        budget -= len(text.split())
    return lines


def words_range(target: dict) -> tuple:
    low = target.get("min_words") or target.get("min_seconds", 24) * 150 // 60
    high = target.get("max_words") or target.get("max_seconds", 0) * 150 // 60 or low * 3
    return low, high


def answer_words(rng: random.Random, target: dict, breaks: set) -> int:
    low, high = words_range(target)
    if "too-short" in breaks:
        return rng.randint(3, max(4, low // 3))
    if "too-long" in breaks:
        return rng.randint(3000, 6000) if rng.random() < 0.05 else rng.randint(high + 40, high * 3)
    return rng.randint(low + 10, max(low + 11, (low + high) // 2))


def fill(rng: random.Random, doc: Doc, total: int) -> None:
    weights = [rng.uniform(0.5, 1.5) for _ in doc.sections]
    for section, weight in zip(doc.sections, weights):
        budget = int(total * weight / sum(weights))
        section[1] = fill_section(rng, section[1], budget)


def applies(check: dict, values: dict) -> bool:
    return all(values.get(name) == value for name, value in check.get("when", {}).items())


def target_sections(rng: random.Random, doc: Doc, check: dict) -> list:
    named = [s for s in doc.sections if not check.get("sections") or s[0] in check["sections"]]
    return named if check.get("sections") else [rng.choice(doc.sections)]


def phrase_regex(phrases: list) -> re.Pattern:
    """prepkit's phrase match: case-insensitive whole words, a trailing '*' any ending."""
    def one(phrase: str) -> str:
        parts = [re.escape(w[:-1]) + r"\w*" if len(w) > 1 and w.endswith("*") else re.escape(w)
                 for w in phrase.split()]
        return r"\s+".join(parts)
    return re.compile(r"\b(?:" + "|".join(one(p) for p in phrases) + r")\b", re.IGNORECASE)


def scrub(sections: list, pattern: re.Pattern, neutral: str) -> None:
    for section in sections:
        section[1] = [pattern.sub(neutral, line) if "<!--" not in line else line for line in section[1]]


def satisfy(rng: random.Random, doc: Doc, check: dict) -> None:
    kind = check["kind"]
    for title, body in target_sections(rng, doc, check)[:1]:
        if kind == "require":
            phrase = rng.choice(check["any"]).rstrip("*")
            body += [f"I made sure the {phrase} was part of every step.", ""]
        elif kind == "number":
            body += [f"It saved {words.figure(rng)} a week.", ""]
        elif kind == "count":
            make = words.question if check["what"] == "questions" else words.sentence
            body += [f"- {make(rng)}" for _ in range(check.get("min", 1) + rng.randint(0, 2))] + [""]


NUMBER = re.compile(r"[$£€]?\d[\d,.]*\s*(%|per cent)?")


def break_checks(rng: random.Random, doc: Doc, question: Question, values: dict) -> None:
    """Undoes a require, number or count check of the question, if it has one."""
    checks = [c for c in question.info.get("checks", [])
              if applies(c, values) and c["kind"] in ("require", "number", "count")]
    if not checks:
        return
    check = rng.choice(checks)
    named = [s for s in doc.sections if not check.get("sections") or s[0] in check["sections"]]
    if check["kind"] == "require":
        scrub(named, phrase_regex(check["any"]), rng.choice(words.NEUTRAL))
    elif check["kind"] == "number":
        scrub(named, NUMBER, "some")
    else:
        for section in named:
            section[1] = [l for l in section[1] if not l.startswith("- ")]


def random_line(rng: random.Random, doc: Doc) -> tuple:
    section = rng.choice(doc.sections)
    spots = [i for i, l in enumerate(section[1]) if l and "<!--" not in l] or [len(section[1])]
    return section[1], rng.choice(spots)


def break_structure(rng: random.Random, doc: Doc, kind: str) -> None:
    i = rng.randrange(len(doc.sections))
    if kind == "missing-section":
        del doc.sections[i]
    elif kind == "empty-section":
        doc.sections[i][1] = comment_lines(doc.template[doc.sections[i][0]]) + [""]
    elif kind == "duplicate-section":
        copy = [doc.sections[i][0], list(doc.sections[i][1])]
        doc.sections.insert(rng.randint(i + 1, len(doc.sections)), copy)
    elif kind == "section-order" and len(doc.sections) > 1:
        j = rng.choice([k for k in range(len(doc.sections)) if k != i])
        doc.sections[i], doc.sections[j] = doc.sections[j], doc.sections[i]


def break_text(rng: random.Random, doc: Doc, question: Question, kind: str) -> None:
    body, at = random_line(rng, doc)
    if kind == "placeholder":
        body.insert(at, f"I still need to add [[{words.pick(rng, words.THINGS)} details]] here.")
    elif kind == "todo":
        body.insert(at, f"{rng.choice(['TODO', 'TBD', 'FIXME'])}: {words.sentence(rng)}")
    elif kind == "template-text" and guidance(doc):
        body.insert(at, rng.choice(guidance(doc)))
    elif kind == "unchecked-item":
        body.insert(at, f"- [ ] Practise the {words.pick(rng, words.THINGS)} story aloud")
    elif kind == "forbidden":
        break_forbid(rng, doc, question)
    elif kind == "unknown-question" and doc.front:
        doc.front[1] = "question: " + typo(rng, doc.front[1].split(": ", 1)[1])


def break_forbid(rng: random.Random, doc: Doc, question: Question) -> None:
    forbid = [c for c in question.info.get("checks", []) if c["kind"] == "forbid"]
    if forbid:
        check = rng.choice(forbid)
        phrase = rng.choice(check["any"]).rstrip("*")
        for _, body in target_sections(rng, doc, check)[:1]:
            body.insert(0, f"Honestly, the whole thing was {phrase} from start to finish.")


def guidance(doc: Doc) -> list:
    """The template's own lines outside comments that hold words besides placeholders."""
    lines = [re.sub(r"\s*\[\[.*?\]\]", "", l) for body in doc.template.values() for l in body
             if "[[" in l and "<!--" not in l]
    return [l for l in lines if re.search(r"\w", l.lstrip("-*+> "))]


def typo(rng: random.Random, text: str) -> str:
    if rng.random() < 0.3:
        return "no-such-question"
    i = rng.randrange(len(text) - 1)
    return text[:i] + text[i + 1] + text[i] + text[i + 2:]


STRUCTURE_BREAKS = ["missing-section", "empty-section", "duplicate-section", "section-order"]
TEXT_BREAKS = ["placeholder", "todo", "template-text", "unchecked-item", "forbidden",
               "unknown-question"]
ALL_BREAKS = STRUCTURE_BREAKS + TEXT_BREAKS + ["too-long", "too-short", "check"]


def add_comments(rng: random.Random, doc: Doc) -> None:
    body, at = random_line(rng, doc)
    rule = rng.choice(RULE_IDS + [""])
    shape = rng.randrange(4)
    if shape == 0:
        body.insert(at, f"<!-- prepkit-disable-next-line {rule} -->")
    elif shape == 1:
        body[at:at] = [f"<!-- prepkit-disable {rule} -->", ""]
        body.append(f"<!-- prepkit-enable {rule} -->")
    elif shape == 2:
        body[at:at] = ["<!--", "TODO: ask [[someone]] about this", "- [ ] not a task", "-->"]
    else:
        body.insert(at, f"A note <!-- {words.sentence(rng)} --> and then {words.sentence(rng)}")


def add_code(rng: random.Random, doc: Doc) -> None:
    body, at = random_line(rng, doc)
    fence = rng.choice(["```", "~~~"])
    block = ["", fence + "text", "TODO [[not a placeholder]] inside code", "## Not a heading", fence, ""]
    if rng.random() < 0.2:
        block = ["", "    indented code with TODO and [[x]]", ""]
    body[at:at] = block
    if rng.random() < 0.1:
        doc.sections[-1][1] += ["", "```", "an unclosed fence swallows the rest", "- [ ] not an item"]


def add_rich(rng: random.Random, doc: Doc) -> None:
    body, at = random_line(rng, doc)
    body[at:at] = ["", "> " + words.sentence(rng), "",
                   f"- **{words.pick(rng, words.THINGS)}**: {words.sentence(rng)}",
                   f"  - nested: {words.sentence(rng)}", f"  1. {words.sentence(rng)}", "",
                   f"See [the runbook](https://example.org/{rng.randint(1, 999)}) and `the logs`,  ",
                   f"then _{words.sentence(rng)}_", ""]


def heading(title: str, setext: bool) -> list:
    return [title, "-" * max(3, len(title))] if setext else ["## " + title]


def serialize(doc: Doc, setext: bool) -> str:
    preamble = doc.preamble
    if setext and preamble and preamble[0].startswith("# "):
        preamble = [preamble[0][2:], "=" * len(preamble[0])] + preamble[1:]
    lines = doc.front + preamble
    for title, body in doc.sections:
        while body and not body[-1]:
            body.pop()
        lines += ([""] if lines and lines[-1] else []) + heading(title, setext) + [""] + body
    return "\n".join(lines) + "\n"


def apply_breaks(rng: random.Random, doc: Doc, question: Question, values: dict, breaks: set) -> None:
    for kind in sorted(breaks):
        if kind in STRUCTURE_BREAKS:
            break_structure(rng, doc, kind)
        elif kind in TEXT_BREAKS:
            break_text(rng, doc, question, kind)
        elif kind == "check":
            break_checks(rng, doc, question, values)


def apply_formats(rng: random.Random, doc: Doc, formats: set) -> str:
    for name, add in (("comments", add_comments), ("code", add_code), ("rich", add_rich)):
        if name in formats:
            add(rng, doc)
    if "no-front-matter" in formats:
        doc.front = []
    text = serialize(doc, "setext" in formats)
    text = text.replace("\n", "\r\n") if "crlf" in formats else text
    return "\ufeff" + text if "bom" in formats else text


def draft_path(rng: random.Random, i: int, question_id: str, breaks: set, formats: set) -> str:
    folder = f"{i // 100:03d}"
    if "no-front-matter" not in formats:
        return f"{folder}/{i:05d}-{question_id}.md"
    name = typo(rng, question_id) if "unknown-question" in breaks else question_id
    return f"{folder}/{i:05d}/{name}.md"


def make_draft(bank: list, seed: int, i: int) -> tuple:
    rng = random.Random(f"{seed}:{i}")
    broken = rng.random() < BROKEN_SHARE
    breaks = set(rng.sample(ALL_BREAKS, rng.randint(1, 3))) if broken else set()
    question = rng.choice([q for q in bank if q.guided] if "template-text" in breaks else bank)
    values, text = rng.choice(question.variants)
    doc = parse_template(text)
    formats = {name for name, share in FORMAT_SHARES.items() if rng.random() < share}
    fill(rng, doc, answer_words(rng, question.info.get("target", {}), breaks))
    checks = [c for c in question.info.get("checks", []) if applies(c, values)]
    for check in checks:
        satisfy(rng, doc, check)
    for check in (c for c in checks if c["kind"] == "forbid"):
        scrub(doc.sections, phrase_regex(check["any"]), rng.choice(words.NEUTRAL))
    apply_breaks(rng, doc, question, values, breaks)
    path = draft_path(rng, i, question.info["id"], breaks, formats)
    return path, apply_formats(rng, doc, formats), breaks, formats


def prepare(out: Path) -> None:
    if out.exists() and any(out.iterdir()):
        if not (out / STAMP).exists():
            sys.exit(f"{out}: not empty and not a generated corpus; leaving it alone")
        shutil.rmtree(out)
    out.mkdir(parents=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10000, help="drafts to write (default 10000)")
    parser.add_argument("--out", type=Path, help="folder (default bench/corpus/COUNT)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--prepkit", default="prepkit", help="the prepkit binary (default: on PATH)")
    args = parser.parse_args()
    out = args.out or Path(__file__).resolve().parent / "corpus" / str(args.count)
    bank = load_bank(args.prepkit)
    prepare(out)
    tally = Counter()
    for i in range(args.count):
        path, text, breaks, formats = make_draft(bank, args.seed, i)
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        (out / path).write_bytes(text.encode("utf-8"))
        tally.update(["broken"] if breaks else [])
        tally.update(breaks | formats)
    (out / STAMP).write_text(json.dumps({"count": args.count, "seed": args.seed}) + "\n")
    print(f"{args.count} drafts in {out}: " + ", ".join(f"{k} {v}" for k, v in sorted(tally.items())),
          file=sys.stderr)


if __name__ == "__main__":
    main()
