"""The golden fixtures of the C++ suites, checked again through the installed Python package.

One set of expectations (tests/data/golden/{turns,entities,quotes}) drives both suites, so the bindings,
the offset conversion and the Python objects are held to exactly what the C++ core is held to.
Corpus texts come from ../shared/corpus when it is there, else from the articles bundled in
``parley.examples`` (a user's clone has only those).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import parley
from parley import examples

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "data" / "golden"
CORPUS = ROOT.parent / "shared" / "corpus"


def corpus_text(name: str) -> str:
    for folder in (CORPUS, Path(examples.__file__).parent):
        path = folder / name
        if path.is_file():
            return path.read_text(encoding="utf-8")
    pytest.skip(f"{name} is neither in ../shared/corpus nor bundled")


def load(*parts: str) -> dict:
    return json.loads(GOLDEN.joinpath(*parts).read_text(encoding="utf-8"))


def files(gold: dict) -> list[str]:
    return sorted(k for k in gold if not k.startswith("_"))


def expand(ranges) -> list[int]:
    out = []
    for r in ranges:
        a, _, b = str(r).partition("-")
        out.extend(range(int(a), int(b or a) + 1))
    return out


def line_of(doc: parley.Document, offset: int) -> int:
    """1-based line of a code-point offset (the corpus has one paragraph per line)."""
    return doc.text.count("\n", 0, offset) + 1


def last_word(name: str | None) -> str:
    return (name or "").split()[-1] if name else ""


# ---- turns ---------------------------------------------------------------------------------------------

TURNS = load("turns", "corpus.json")
STYLES = load("turns", "styles.json")


def linked_name(g, speaker_name):
    """The speaker's name with the entity stage on: the turn stage's own name unless the gold says it is linked
    to a person or outlet ("name_linked", e.g. an asker labelled only 'Question' named by the outlet)."""
    return g["speakers"][speaker_name].get("name_linked", speaker_name)


@pytest.mark.parametrize("name", files(TURNS))
def test_turns_role_and_speaker_of_every_paragraph(name):
    g = TURNS[name]
    doc = parley.analyze(corpus_text(name))
    role, who = {}, {}
    for speaker_name, s in g["speakers"].items():
        for line in expand(s["lines"]):
            role[line], who[line] = s["role"], speaker_name
    either = set(expand(g["either"]))
    speakers = {s.id: s for s in doc.speakers}
    wrong = []
    for p in doc.paragraphs:
        line = line_of(doc, p.start)
        s = speakers.get(p.speaker) if p.speaker else None
        got = s.role if s else ""
        if line in either:
            continue
        if got != role.get(line, ""):
            wrong.append((line, role.get(line, ""), got, p.text[:60]))
        elif s is not None:
            assert s.name == linked_name(g, who[line]), f"line {line}"
            assert p.kind == ("question" if s.role == "interviewer" else "answer"), f"line {line}"
    assert not wrong, wrong


@pytest.mark.parametrize("name", files(TURNS))
def test_turns_speakers_guests_and_replies(name):
    g = TURNS[name]
    doc = parley.analyze(corpus_text(name))
    by_name = {s.name: s for s in doc.speakers}
    assert len(doc.speakers) == len(g["speakers"])
    for speaker_name, s in g["speakers"].items():
        got = by_name[linked_name(g, speaker_name)]
        assert got.role == s["role"]
        if "labels" in s:
            assert list(got.labels) == s["labels"]
        if "description" in s:
            assert got.description == s["description"]
    if "meta_guests" in g:
        assert [(x.name, x.description) for x in doc.meta.guests] == [
            (x["name"], x["description"]) for x in g["meta_guests"]]
    turn_of_line = {}
    for k, t in enumerate(doc.turns):
        for p in t.paragraphs:
            turn_of_line[line_of(doc, doc.paragraphs[p].start)] = k
        assert t.start == doc.paragraphs[t.paragraphs[0]].start and t.end == doc.paragraphs[t.paragraphs[-1]].end
    for answer, question in g["replies"]:
        want = None if question < 0 else turn_of_line[question]
        assert doc.turns[turn_of_line[answer]].reply_to == want, f"answer line {answer}"
    captions = {line_of(doc, p.start) for p in doc.paragraphs if p.kind == "caption"}
    assert captions == set(g["captions"])


@pytest.mark.parametrize("case", files(STYLES))
def test_turns_styles(case):
    g = STYLES[case]
    doc = parley.analyze(g["text"])
    speakers = {s.id: s for s in doc.speakers}
    got = "".join({"interviewer": "I", "guest": "G"}[speakers[p.speaker].role] if p.speaker else "."
                  for p in doc.paragraphs)
    assert got == g["roles"]
    for speaker_name, r in g.get("speakers", {}).items():
        assert any(s.name == speaker_name and s.role == r for s in doc.speakers), speaker_name


# Held-out interviews (tests/data/heldout/turns), annotated before parley first ran on them: one role
# character per paragraph, accepted kinds per line, and the header (title, authors, guests).
HELDOUT_TURNS = {}
for batch in sorted((GOLDEN / "turns").glob("heldout*.json")):
    HELDOUT_TURNS.update({k: v for k, v in load("turns", batch.name).items() if not k.startswith("_")})


def test_heldout_turn_batches_are_all_read():
    assert len(HELDOUT_TURNS) == len(list((ROOT / "tests" / "data" / "heldout" / "turns").glob("*.txt")))


@pytest.mark.parametrize("name", sorted(HELDOUT_TURNS))
def test_turns_heldout(name):
    g = HELDOUT_TURNS[name]
    doc = parley.read(ROOT / "tests" / "data" / "heldout" / "turns" / name)
    speakers = {s.id: s for s in doc.speakers}
    got = "".join({"interviewer": "I", "guest": "G"}[speakers[p.speaker].role] if p.speaker else "."
                  for p in doc.paragraphs)
    assert got == g["roles"]
    for line, kinds in g["kinds"].items():
        assert doc.paragraphs[int(line) - 1].kind in kinds, f"line {line}"
    assert doc.meta.title == g["meta"]["title"]
    assert list(doc.meta.authors) == g["meta"]["authors"]
    # With the entity stage on, speakers are linked to their people (meta.guests_linked where it differs).
    assert [x.name for x in doc.meta.guests] == g["meta"].get("guests_linked", g["meta"]["guests"])


# ---- entities ------------------------------------------------------------------------------------------

ENTITY_FILES = sorted(p.stem for p in (GOLDEN / "entities").glob("*.json"))


def gold_spans(text: str, gold: dict) -> set[tuple[int, int, str]]:
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    out = set()
    for g in gold["entities"]:
        pos = starts[g["line"] - 1] - 1
        for _ in range(g.get("occurrence", 0) + 1):
            pos = text.index(g["text"], pos + 1)
        out.add((pos, pos + len(g["text"]), g["label"]))
    return out


def parley_spans(doc: parley.Document) -> set[tuple[int, int, str]]:
    out = set()
    for e in doc.entities:
        kinds = e.attributes.get("mention_kinds", ())
        for k, m in enumerate(e.mentions):
            if k < len(kinds) and kinds[k] == "title":
                continue  # coreference through a title, not a named-entity span
            out.add((m.start, m.end, e.label_))
    return out


@pytest.mark.parametrize("stem", ENTITY_FILES)
def test_entities_match_gold(stem):
    text = corpus_text(stem + ".txt")
    doc = parley.analyze(text)
    gold, got = gold_spans(text, load("entities", stem + ".json")), parley_spans(doc)
    names = lambda spans: {(s, e, "GPE" if lab == "LOC" else lab) for s, e, lab in spans
                           if lab in ("PERSON", "ORG", "GPE", "LOC")}
    tp = len(names(gold) & names(got))
    assert tp / len(names(gold)) >= 0.95, sorted(names(gold) - names(got))
    assert tp / len(names(got)) >= 0.95, sorted(names(got) - names(gold))
    for s, e, label in gold:
        if label in ("DATE", "TIME"):  # every date and time is found, exactly
            assert (s, e, label) in got, text[s:e]
    # doc.ents are the same spans, spaCy-style
    for span in doc.ents:
        assert text[span.start_char:span.end_char] == span.text
        assert span.entity.label_ == span.label_


def test_reference_dates_are_normalised():
    doc = parley.analyze(corpus_text("000_c1ada2601b12286d.txt"))
    value = {m.text: e.attributes.get("value", ("",))[0] for e in doc.entities for m in e.mentions
             if e.label_ in ("DATE", "TIME")}
    assert value["May 19 (Monday)"] == "2025-05-19"
    assert value["10:00 AM"] == "2025-05-19T10:00-04:00"
    assert value["17:00"] == "2025-05-19T17:00+03:00"


# ---- quotes --------------------------------------------------------------------------------------------

QUOTES = load("quotes", "corpus.json")


@pytest.mark.parametrize("name", files(QUOTES))
def test_quotes_match_gold(name):
    g = QUOTES[name]
    doc = parley.analyze(corpus_text(name))
    names = {e.id: e.name for e in doc.entities} | {s.id: s.name for s in doc.speakers}
    if g.get("complete"):
        assert len(doc.quotes) == len(g["quotes"])
    for want in g["quotes"]:
        found = [q for q in doc.quotes if q.text == want["text"] and line_of(doc, q.start) == want["line"]]
        assert found, f"line {want['line']}: {want['text']!r} not found"
        q = found[0]
        assert doc.text[q.start:q.end] == q.text
        assert (q.kind, q.speaker_text, q.cue, q.channel, q.closed) == (
            want["kind"], want["speaker_text"], want["cue"], want["channel"], want["closed"]), want["text"]
        if want["speaker"] is None:
            assert q.speaker is None
        else:
            assert last_word(names.get(q.speaker)) == last_word(want["speaker"]), want["text"]
        if q.speaker_text:
            assert doc.text[q.speaker_start:q.speaker_end] == q.speaker_text
