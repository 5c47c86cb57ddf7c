"""Property tests (Hypothesis): for any Unicode text, analysis either succeeds or raises the documented
ParseError (lone surrogates, which are not UTF-8), every span lies inside the text in order, the text the
core reports for a span is ``doc.text[start:end]``, and ``from_json(to_json(doc)) == doc``."""

from __future__ import annotations

import json

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import parley  # noqa: E402

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces that the stages react to, so that random texts reach turns, quotes and entities and not only
# the paragraph splitter: markers, quote marks of every script, dashes, names, cue verbs, non-ASCII.
FRAGMENTS = [
    "Q:", "A:", "Question:", "Vladimir Putin:", "President of Russia Vladimir Putin:", "Response:",
    "MARY CHILDS, HOST:", "SMITH:", "—", "–", "-", " — ", "“", "”", "«", "»", "„", "‘", "’", '"', "'",
    " said ", " says ", " told ", " according to ", " he ", " She ", "Trump", "Donald Trump", "Moscow",
    "the Kremlin", "BRICS", "March 7, 2013", "$3.5 billion", "25%", "(LAUGHTER)", "(SOUNDBITE OF MUSIC)",
    "By John Smith", "Author:", "Disclaimer:", "Original Source: http://example.com", "* * *",
    "Путин", "习近平", "😀", "e\u0301", "\u200b", "\u00a0", "\r\n", "\n", "\n\n", " ", ".", ",", ":", "?",
]

structured_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=60
).map("".join)

any_text = st.one_of(st.text(max_size=300), structured_text)


def has_surrogate(text: str) -> bool:
    return any("\ud800" <= c <= "\udfff" for c in text)


def check_document(doc: parley.Document, text: str) -> None:
    assert doc.text == text
    n = len(text)

    def inside(start: int, end: int) -> None:
        assert 0 <= start <= end <= n, (start, end, n)

    # Python objects: spans inside the text, text[start:end] == span.text, in order.
    last = 0
    for p in doc.paragraphs:
        inside(p.start, p.end)
        assert text[p.start:p.end] == p.text
        assert p.start >= last
        last = p.end
    starts = [t.start for t in doc.turns]
    assert starts == sorted(starts)
    for t in doc.turns:
        inside(t.start, t.end)
        assert text[t.start:t.end] == t.text
        assert all(0 <= i < len(doc.paragraphs) for i in t.paragraphs)
    starts = [q.start for q in doc.quotes]
    assert starts == sorted(starts)
    for q in doc.quotes:
        inside(q.start, q.end)
        assert text[q.start:q.end] == q.text
        if q.speaker_start is not None:
            inside(q.speaker_start, q.speaker_end)
            if q.speaker_text:
                assert text[q.speaker_start:q.speaker_end] == q.speaker_text
    for e in doc.entities:
        starts = [m.start for m in e.mentions]
        assert starts == sorted(starts)
    for s in doc.ents:
        inside(s.start_char, s.end_char)
        assert text[s.start_char:s.end_char] == s.text
    for w in doc.warnings:
        inside(w.start, w.end)

    # The core's own slicing (the "text" it writes beside quote and mention spans) agrees with Python's.
    d = json.loads(doc.to_json())
    for q in d["quotes"]:
        assert q["text"] == text[q["start"]:q["end"]]
    for e in d["entities"]:
        for m in e["mentions"]:
            assert m["text"] == text[m["start"]:m["end"]]

    # Lossless JSON round trip.
    assert parley.Document.from_json(doc.to_json()) == doc


@SETTINGS
@given(any_text)
@example("")
@example("Q: Who?\nVladimir Putin: “Yes,” he said.\n")
@example("\ud800")
@example("“" * 50 + "\n" + "—" * 50)
def test_analysis_never_fails_and_spans_hold(text: str) -> None:
    if has_surrogate(text):
        with pytest.raises(parley.ParseError):
            parley.analyze(text)
        return
    check_document(parley.analyze(text), text)


@SETTINGS
@given(st.text(max_size=50), st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1,
                                    max_size=3), st.text(max_size=50))
def test_lone_surrogates_raise_parse_error_at_their_byte_offset(before: str, surrogates: str, after: str) -> None:
    text = before + surrogates + after
    first = next(i for i, c in enumerate(text) if "\ud800" <= c <= "\udfff")
    with pytest.raises(parley.ParseError) as info:
        parley.analyze(text)
    assert isinstance(info.value, ValueError)
    assert info.value.position == len(text[:first].encode("utf-8", "surrogatepass"))


@SETTINGS
@given(structured_text, st.sampled_from([
    dict(turns=False), dict(quotes=False), dict(entities=False), dict(structure=False),
    dict(turns=False, entities=False, quotes=False),
    dict(gazetteer={"Kremlin": "ORG", "Q": "PRODUCT"}, aliases={"Kiev": "Kyiv"}, cue_verbs=["quipped"],
         interviewer_labels=["Correspondent"], guest_labels=["Expert"]),
]))
def test_any_options_keep_the_invariants(text: str, options: dict) -> None:
    check_document(parley.Analyzer(**options)(text), text)


@SETTINGS
@given(st.binary(max_size=200))
def test_bytes_analyse_or_raise_parse_error(data: bytes) -> None:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        with pytest.raises(parley.ParseError):
            parley.analyze(data)
        return
    check_document(parley.analyze(data), text)


@SETTINGS
@given(st.text(max_size=200))
def test_from_json_of_garbage_is_parse_error_or_document(garbage: str) -> None:
    try:
        parley.Document.from_json(garbage)
    except parley.ParseError:
        pass


@pytest.mark.parametrize("number", ["1" + "0" * 400, "[1e999]", '{"schema": "parley.document/1", "text": -9e9999}'])
def test_from_json_of_a_number_beyond_a_double_is_parse_error(number: str) -> None:
    # Regression from the fuzz smoke run: nlohmann raised out_of_range, which escaped as a crash.
    with pytest.raises(parley.ParseError, match="invalid JSON"):
        parley.Document.from_json(number)
