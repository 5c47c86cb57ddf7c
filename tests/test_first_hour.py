"""What a new user meets first (issue 16): the bounded summary, the errors, the lookups, the reprs,
non-overlapping ``doc.ents`` and tables without NaN."""

from __future__ import annotations

import subprocess
import sys

import pytest

import parley
from conftest import make_doc

# ---- the summary ---------------------------------------------------------------------------------


def _many(n: int) -> parley.Document:
    """n question/answer turns by a guest with a 40-character name, n people, n quotes."""
    lines = ["A long interview"]
    for i in range(n):
        lines.append(f"Q: What did Person{i:03d} Example say?")
        lines.append(f"A: Person{i:03d} Example said “line {i}”.")
    text = "\n".join(lines)
    long_name = "Alexandra Konstantinopolskaya-Vasilyevna"
    paras, pos = [], 0
    for k, line in enumerate(lines):
        kind = "title" if k == 0 else ("question" if k % 2 else "answer")
        paras.append({"start": pos, "end": pos + len(line), "kind": kind,
                      "speaker": None if k == 0 else ("S1" if k % 2 else "S2")})
        pos += len(line) + 1
    turns = [{"speaker": p["speaker"], "paragraphs": [k], "start": p["start"], "end": p["end"],
              "reply_to": (k - 2 if p["kind"] == "answer" else None)} for k, p in enumerate(paras) if k]
    return make_doc(
        text, paragraphs=paras, turns=turns,
        speakers=[{"id": "S1", "role": "interviewer", "name": "Special Military Operation",
                   "labels": ["Special Military Operation", "SP"], "description": ""},
                  {"id": "S2", "role": "guest", "name": long_name, "labels": ["A"], "description": ""}],
        entities=[{"label": "PERSON", "mentions": [(f"Person{i:03d} Example", 0), (f"Person{i:03d} Example", 1)]}
                  for i in range(n)]
        + [{"label": "DATE", "mentions": ["long interview"], "attributes": {"value": ["long interview"]}}],
        quotes=[{"text": f"line {i}", "speaker": f"E{i + 1}", "speaker_text": f"Person{i:03d} Example", "cue": "said"}
                for i in range(n)],
    )


def test_summary_is_bounded_and_full_lists_everything():
    doc = _many(60)
    short, full = doc.summary(), doc.summary(full=True)
    assert "… and 110 more turns" in short and "… and 50 more quotes" in short and "… and 50 more" in short
    assert "--full" in short and "doc.summary(full=True)" in short
    assert len(short.splitlines()) < 60
    assert "more" not in full and "--full" not in full
    assert all(f"Person{i:03d} Example" in full for i in range(60))
    assert len(full.splitlines()) > 180
    assert len(doc.summary(limit=3).splitlines()) < len(short.splitlines())
    with pytest.raises(parley.OptionError, match="at least 1"):
        doc.summary(limit=0)


def test_summary_names_are_whole_and_labels_readable():
    s = _many(3).summary()
    assert "Alexandra Konstantinopolskaya-Vasilyevna" in s.split("Turns")[1]  # not cut at 22 characters
    assert "Special Military Operation " in s.split("Turns")[1]
    assert "['" not in s and "']" not in s  # labels are no Python list
    assert "labelled “SP”" in s
    assert "long interview → long interview" not in s and "long interview=long interview" not in s


def test_summary_shows_a_value_only_when_it_is_normalised(reference):
    s = reference.summary()
    assert "May 19 (Monday) → 2025-05-19" in s
    assert "each week" in s and "each week →" not in s and "each week=" not in s
    assert "2021 → 2021" not in s


@pytest.mark.parametrize("text", ["", "   \n\n  "])
def test_summary_of_an_empty_text(text):
    s = parley.analyze(text).summary()
    assert s == "Empty document: the text has no words, so there is nothing to summarise."
    assert "()" not in s


def test_cli_text_format_is_bounded_and_full_on_request(tmp_path):
    doc = _many(30)
    path = tmp_path / "long.txt"
    path.write_text(doc.text, encoding="utf-8")

    def run(*extra: str) -> str:
        r = subprocess.run([sys.executable, "-m", "parley", "analyze", "--format", "text", str(path), *extra],
                           capture_output=True, timeout=120)
        assert r.returncode == 0, r.stderr
        return r.stdout.decode()

    short, full = run(), run("--full")
    assert short.startswith(f"== {path}\nTitle:")
    assert "more turns" in short and "more turns" not in full
    assert len(full.splitlines()) > len(short.splitlines())


# ---- errors ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("options, words", [
    ({"structure": "yes"}, "structure takes True or False, not 'yes'"),
    ({"quotes": 1}, "quotes takes True or False"),
    ({"gazetteer": {"Foo": "NOT_A_LABEL"}}, "unknown label 'NOT_A_LABEL'; use one of PERSON"),
    ({"gazetteer": [("Foo",)]}, "is not (text, label) or (text, label, name)"),
    ({"aliases": [("Kiev",)]}, "is not a pair (variant, canonical)"),
    ({"cue_verbs": "quipped"}, "cue_verbs=['quipped'], not one string"),
    ({"interviewer_labels": [""]}, "interviewer_labels takes non-empty strings"),
    ({"guest_labels": 3}, "guest_labels takes a list of strings, not int"),
    ({"components": [42]}, "a component must be a function"),
])
def test_every_option_error_is_a_value_error_that_says_what_to_change(options, words):
    with pytest.raises(parley.OptionError) as info:
        parley.Analyzer(**options)
    assert isinstance(info.value, ValueError) and isinstance(info.value, parley.Error)
    assert words in str(info.value)


def test_the_hierarchy():
    assert issubclass(parley.Error, ValueError)
    assert issubclass(parley.ParseError, parley.Error) and issubclass(parley.OptionError, parley.Error)
    with pytest.raises(ValueError):
        parley.analyze(b"\xff")
    with pytest.raises(parley.OptionError, match="n_threads takes a whole number"):
        parley.Analyzer().pipe(["x"], n_threads=0)  # raised at the call, not at the first next()


def test_the_gazetteer_labels_are_the_cores():
    from parley import _core
    from parley.analyzer import LABELS

    def core_takes(label: str) -> bool:
        try:
            _core.GazetteerEntry("x", label, "")
        except parley.Error:
            return False
        return True

    # The Python check lets through exactly the labels the core takes.
    candidates = {*LABELS, "PER", "MISC", "PERSONS", "NATIONALITY", "EMAIL", ""}
    assert {x for x in candidates if core_takes(x)} == set(LABELS)
    assert parley.Analyzer(gazetteer={"Roscosmos": "org"})("Roscosmos said so.").entities[0].label_ == "ORG"


# ---- lookups, str, reprs ----------------------------------------------------------------------------


def test_paragraph_at_returns_the_paragraph(interview):
    doc = interview
    p = doc.paragraph_at(doc.text.index("When?"))
    assert isinstance(p, parley.Paragraph) and p.text == "Q: When?" and p.kind == "question"
    assert doc.paragraph_index(p.start) == 3
    assert doc.paragraph_at(doc.paragraphs[0].end) is None
    assert doc.ents[0].paragraph is doc.paragraphs[0]


def test_str_is_the_text_and_reprs_are_short(reference):
    doc = reference
    assert str(doc) == doc.text
    assert repr(doc).startswith("<parley.Document 'The Mystery of Rubio")
    trump = max(doc.entities, key=lambda e: len(e.mentions))
    assert repr(trump) == f"Entity({trump.id} PERSON 'Donald Trump', {len(trump.mentions)} mentions)"
    assert repr(doc.meta).startswith("Meta('The Mystery of Rubio")
    assert repr(doc.meta).endswith("by/with 'Svetlana Gomzikova, Vladimir Shapovalov')")
    for x in (doc.meta, *doc.entities, *doc.speakers, *doc.turns, *doc.quotes, *doc.paragraphs, *doc.ents):
        assert len(repr(x)) < 120, repr(x)
    turn = doc.turns[2]
    assert repr(turn).startswith(f"Turn({turn.start}:{turn.end} {turn.speaker_name} ↳1: ")


# ---- doc.ents as spaCy's ----------------------------------------------------------------------------


def test_ents_never_overlap_and_the_longest_wins():
    text = "The Bank of England and England met in London Bridge."
    doc = make_doc(text, entities=[
        {"label": "ORG", "mentions": ["Bank of England"]},
        {"label": "GPE", "mentions": [("England", 0), ("England", 1)]},
        {"label": "GPE", "mentions": ["London"]},
        {"label": "FAC", "mentions": ["London Bridge"]},
        {"label": "ORG", "mentions": ["Bank"]},
    ])
    assert [(s.text, s.label_) for s in doc.ents] == [
        ("Bank of England", "ORG"), ("England", "GPE"), ("London Bridge", "FAC")]
    england = doc.entity("E2")
    assert len(england.mentions) == 2  # the overlapped mention stays on its Entity
    assert doc.char_span(text.index("England"), text.index("England") + 7).entity is england
    assert len(doc.to_pandas("mentions")) == 6  # and in the mentions table


def test_ents_of_real_articles_do_not_overlap(reference):
    for doc in (reference, parley.analyze(parley.examples.text("kremlin_brics"))):
        ends = [(s.start, s.end) for s in doc.ents]
        assert all(a[1] <= b[0] for a, b in zip(ends, ends[1:])), "overlapping spans in doc.ents"
        every = sum(len(e.mentions) for e in doc.entities)
        assert len(doc.ents) <= every and len(doc.to_pandas("mentions")) == every
        kept = {(s.start, s.end) for s in doc.ents}
        for e in doc.entities:
            for m in e.mentions:  # a mention left out is inside or across a longer (or equal) kept one
                if (m.start, m.end) not in kept:
                    assert any(s.start < m.end and m.start < s.end and s.end - s.start >= m.end - m.start
                               for s in doc.ents)


# ---- tables ---------------------------------------------------------------------------------------


def test_tables_have_integers_and_no_nan(reference, interview):
    pd = pytest.importorskip("pandas")
    for doc in (reference, interview, parley.analyze("")):
        tables = doc.to_pandas()
        for name, frame in tables.items():
            for col in frame.columns:
                assert frame[col].dtype != "float64", (name, col)
                if frame[col].dtype == object or pd.api.types.is_string_dtype(frame[col]):
                    assert not frame[col].isna().any(), (name, col)
        assert str(tables["turns"]["reply_to"].dtype) == "Int64"
        assert str(tables["paragraphs"]["turn"].dtype) == "Int64"
        assert str(tables["turns"]["start"].dtype) == "int64"
    with pytest.raises(parley.OptionError, match="choose one of paragraphs"):
        reference.to_pandas("nope")
    quotes = reference.to_pandas("quotes")
    unattributed = quotes[quotes["speaker"] == ""]
    assert len(unattributed) and (unattributed["speaker_name"] == "").all()
    assert "NaN" not in quotes[["speaker_name", "cue", "channel"]].to_string()


# ---- date values as the README documents them ----------------------------------------------------------


def test_date_values_are_iso_or_timex3_as_documented():
    def values(text: str) -> dict[str, str | None]:
        return {e.name: e.value for e in parley.analyze("Talks\n" + text).entities if e.label_ in ("DATE", "TIME")}

    assert values("The talks resume on June 12, end in June and pause on Wednesday, as this week.") == {
        "June 12": "XXXX-06-12", "June": "XXXX-06", "Wednesday": "XXXX-WXX-3", "this week": "this week"}
    got = values("The call on May 19 (Monday) starts at 10:00 AM Eastern Time. In 2021 they met, and in late April.")
    assert got["May 19 (Monday)"] == "2025-05-19"  # the year inferred from the weekday
    assert got["10:00 AM"] == "2025-05-19T10:00-04:00" and got["2021"] == "2021"
    assert got["late April"] == "2025-04"
    import re

    iso_or_timex = re.compile(r"(\d{4}|XXXX)(-(\d{2}|WXX))?(-\d{1,2})?(T\d{2}:\d{2}([+-]\d{2}:\d{2})?)?|T\d{2}:\d{2}.*")
    for e in parley.analyze(parley.examples.text()).entities:
        if e.label_ in ("DATE", "TIME") and e.value and any(c.isdigit() for c in e.value):
            assert iso_or_timex.fullmatch(e.value), (e.name, e.value)
