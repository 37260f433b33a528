#!/usr/bin/env python3
"""Prints `prepkit pack` HTML to PDF in headless Chromium and checks the PDF with pdftotext.

Drafts are the good sample answers (tests/fixtures/answers/ID.good-1.md copied to ID.md), so
the pack holds answered questions and, for the rest of the built-in bank, undrafted ones.
Checks: every question's text is in the PDF; each answered question starts a page of its
own. Needs the Debian packages chromium and poppler-utils (scripts/install-deps.sh --test).
"""
import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata

CHROMIUM_TIMEOUT = 180


def fail(message):
    print(f"pdf_test: FAIL: {message}")
    sys.exit(1)


def normalize(text):
    """NFKC (ligatures), no whitespace at all: robust to line wrapping and hyphen breaks."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def run(args, cwd, timeout=60):
    try:
        result = subprocess.run(args, cwd=cwd, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        fail(f"timed out after {timeout} s: {' '.join(args)}")
    if result.returncode != 0:
        fail(f"exit {result.returncode}: {' '.join(args)}\n{result.stderr.decode(errors='replace')[-3000:]}")
    return result.stdout.decode("utf-8", "replace")


def make_pack(prepkit, source, work):
    drafts = os.path.join(work, "drafts")
    os.makedirs(drafts)
    for path in sorted(glob.glob(os.path.join(source, "tests/fixtures/answers/*.good-1.md"))):
        shutil.copy(path, os.path.join(drafts, os.path.basename(path).split(".")[0] + ".md"))
    html = os.path.join(work, "pack.html")
    run([prepkit, "-q", "pack", "drafts", "-o", html], work)
    questions = json.loads(run([prepkit, "list", "--format", "json"], work))
    answered = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(drafts, "*.md")))
    return html, questions, answered


def print_to_pdf(chromium, html, work):
    pdf = os.path.join(work, "pack.pdf")
    profile = tempfile.mkdtemp(prefix="chromium-profile-", dir=work)
    args = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={profile}", f"--print-to-pdf={pdf}", "--no-pdf-header-footer",
            "file://" + html]
    env = dict(os.environ, HOME=work)
    try:
        result = subprocess.run(args, cwd=work, env=env, capture_output=True, timeout=CHROMIUM_TIMEOUT)
    except subprocess.TimeoutExpired:
        fail(f"Chromium did not finish printing within {CHROMIUM_TIMEOUT} s")
    if not os.path.exists(pdf) or os.path.getsize(pdf) == 0:
        fail(f"Chromium wrote no PDF (exit {result.returncode}):\n"
             f"{result.stderr.decode(errors='replace')[-3000:]}")
    return pdf


def check_pdf(pdf, work, questions, answered):
    pages = run(["pdftotext", "-layout", pdf, "-"], work).split("\f")
    whole = normalize(" ".join(pages))
    absent = [q["id"] for q in questions if normalize(q["question"]) not in whole]
    if absent:
        fail(f"question text missing from the PDF for: {', '.join(absent)}")
    by_id = {q["id"]: q for q in questions}
    starts = [normalize(page)[:200] for page in pages]
    order = [q["id"] for q in questions if q["id"] in answered]
    for number, qid in enumerate(order, 1):
        kicker = normalize(f"QUESTION {number} OF {len(order)}")
        title = normalize(by_id[qid]["title"])
        if not any(start.startswith(kicker) and title in start for start in starts):
            fail(f"'{by_id[qid]['title']}' (question {number}) does not start a page of its own")
    print(f"pdf_test: ok: {len(pages) - 1} pages, {len(questions)} questions found, "
          f"{len(order)} answered ones each on a new page")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prepkit", required=True)
    parser.add_argument("--source", required=True, help="the source tree (for the sample answers)")
    parser.add_argument("--keep", help="copy the HTML and PDF into this folder, to look at them")
    args = parser.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None or shutil.which("pdftotext") is None:
        fail("needs chromium and pdftotext: run 'bash scripts/install-deps.sh --test' "
             "(Debian packages chromium, poppler-utils)")
    with tempfile.TemporaryDirectory(prefix="prepkit-pdf-") as work:
        html, questions, answered = make_pack(os.path.abspath(args.prepkit), args.source, work)
        if len(answered) < 2:
            fail(f"expected sample answers in {args.source}/tests/fixtures/answers")
        pdf = print_to_pdf(chromium, html, work)
        if args.keep:
            os.makedirs(args.keep, exist_ok=True)
            shutil.copy(html, args.keep)
            shutil.copy(pdf, args.keep)
        check_pdf(pdf, work, questions, answered)


if __name__ == "__main__":
    main()
