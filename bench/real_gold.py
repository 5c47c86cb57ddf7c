#!/usr/bin/env python3
"""Read and check the gold of the real-world corpus (tests/data/real/*.json, format in its README).

  python3 bench/real_gold.py                 # check every gold file against its text in ../shared/real
  python3 bench/real_gold.py FILE.json ...   # check these

A check never runs parley: annotators use it before the first run. It reports lines without a kind,
kinds outside the vocabulary, quotes whose opening or closing words are not on their line, entity
forms that do not occur in the text, and quote speakers that name no entity.
"""
import glob
import hashlib
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REAL = os.path.join(os.path.dirname(ROOT), "shared", "real")
GOLD = os.path.join(ROOT, "tests", "data", "real")
# A development batch kept outside the project (texts and gold of another real corpus, never committed)
# is scored by pointing both at it: PARLEY_REAL_DIR=/path/texts PARLEY_REAL_GOLD=/path/gold. Such a batch
# is read whole: it has no sealed part.
DEV_BATCH = bool(os.environ.get("PARLEY_REAL_GOLD"))
REAL = os.environ.get("PARLEY_REAL_DIR", REAL)
GOLD = os.environ.get("PARLEY_REAL_GOLD", GOLD)
KINDS = {"clutter", "footer", "caption", "title", "subtitle", "byline", "dateline", "heading",
         "narrative", "question", "answer", "stage"}
TURN_KINDS = {"question", "answer"}
LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP"}
STYLES = {"news", "qa-interview", "dash-interview", "transcript", "briefing", "oped", "mt-news",
          "mt-interview"}


def stem(file_name):
    """The document a text belongs to: both translations of a WMT document share one stem."""
    for suffix in (".mt.txt", ".ref.txt", ".txt"):
        if file_name.endswith(suffix):
            return file_name[: -len(suffix)]
    return file_name


def part(file_name):
    """'sealed' for one third of the documents (by a hash of the stem), else 'tuning'."""
    if DEV_BATCH:
        return "tuning"
    digest = int(hashlib.sha1(stem(file_name).encode("utf-8")).hexdigest(), 16)
    return "sealed" if digest % 3 == 0 else "tuning"


def read_text(file_name):
    with open(os.path.join(REAL, file_name), encoding="utf-8") as f:
        return f.read()


def text_lines(text):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def all_gold():
    """Every gold document, sorted by file name."""
    return [load(p) for p in sorted(glob.glob(os.path.join(GOLD, "*.json")))]


def check_meta(gold, lines, problems):
    meta = gold.get("meta", {})
    title_line = meta.get("title_line")
    if title_line is not None and not 1 <= title_line <= len(lines):
        problems.append(f"meta.title_line {title_line} is not a line")
    for key in ("authors", "guests"):
        if not isinstance(meta.get(key), list):
            problems.append(f"meta.{key} must be a list")


def check_paragraphs(gold, lines, problems):
    seen = [row[0] for row in gold.get("paragraphs", [])]
    if seen != list(range(1, len(lines) + 1)):
        problems.append(f"paragraphs must list lines 1..{len(lines)} in order (got {len(seen)} rows)")
    for row in gold.get("paragraphs", []):
        if row[1] not in KINDS:
            problems.append(f"line {row[0]}: kind {row[1]!r} is not in the vocabulary")
        if row[1] in TURN_KINDS and len(row) < 3:
            problems.append(f"line {row[0]}: a turn needs a speaker ('' when unnamed)")


def check_quotes(gold, lines, problems, names):
    for q in gold.get("quotes", []):
        line, end_line = q["line"], q.get("end_line", q["line"])
        if not (1 <= line <= end_line <= len(lines)):
            problems.append(f"quote at line {line}: bad line range")
            continue
        if q["start"] not in lines[line - 1]:
            problems.append(f"quote at line {line}: start {q['start']!r} is not on the line")
        if q.get("end") and q["end"] not in lines[end_line - 1]:
            problems.append(f"quote at line {line}: end {q['end']!r} is not on line {end_line}")
        if q.get("speaker") is not None and q["speaker"] not in names:
            problems.append(f"quote at line {line}: speaker {q['speaker']!r} is no entity name")


def check_entities(gold, text, problems):
    for e in gold.get("entities", []):
        if e["label"] not in LABELS:
            problems.append(f"entity {e['name']!r}: label {e['label']!r}")
        for form in e["forms"]:
            if form not in text:
                problems.append(f"entity {e['name']!r}: form {form!r} is not in the text")


def check(gold):
    """The list of problems of one gold document (empty when it is well formed)."""
    problems = []
    text = read_text(gold["file"])
    lines = text_lines(text)
    if gold.get("style") not in STYLES:
        problems.append(f"style {gold.get('style')!r} is not one of {sorted(STYLES)}")
    check_meta(gold, lines, problems)
    check_paragraphs(gold, lines, problems)
    names = {e["name"] for e in gold.get("entities", [])}
    check_quotes(gold, lines, problems, names)
    check_entities(gold, text, problems)
    return problems


def main(argv):
    if not os.path.isdir(REAL):
        print(f"skipped: {REAL} is absent (the real-world corpus lives beside the checkout)")
        return 0
    paths = argv or sorted(glob.glob(os.path.join(GOLD, "*.json")))
    bad = 0
    for path in paths:
        gold = load(path)
        problems = check(gold)
        status = "ok" if not problems else f"{len(problems)} problem(s)"
        print(f"{os.path.basename(path)} [{part(gold['file'])}]: {status}")
        for p in problems:
            print("   ", p)
        bad += bool(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
