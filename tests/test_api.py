"""The public Python API: analyze/Analyzer/read, spaCy-like objects, immutability, offsets, errors, pickling."""

from __future__ import annotations

import dataclasses
import json
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import parley

# Text in several scripts, with curly quotes, em dashes, CJK and astral-plane emoji (two UTF-16 units, four
# UTF-8 bytes): offsets must be code points, i.e. Python str indices.
MULTILINGUAL = (
    "Переговоры в Женеве: что сказал Сергей Лавров?\n"
    "Автор: Анна Петрова\n"
    "— Что вы думаете о встрече? 🤔\n"
    "— Владимир Путин сказал: «Мы готовы к диалогу», — и добавил, что «это важно».\n"
    "東京で会談が行われた。岸田首相は「協力を強化する」と述べた。🇯🇵\n"
    "“We are ready,” said Marco Rubio — the US Secretary of State — on Monday in Washington. 👍🏽\n"
    "Emmanuel Macron told Le Monde: “Nous sommes prêts.”"
)


def _all_spans(doc: parley.Document):
    yield from doc.paragraphs
    yield from doc.turns
    yield from doc.quotes
    yield from doc.ents
    yield from doc.warnings


def test_analyze_returns_a_document_over_the_exact_text(reference):
    assert isinstance(reference, parley.Document)
    assert reference.text == parley.examples.text()
    assert len(reference) == len(reference.text)
    assert reference.paragraphs and reference.paragraphs[0].kind == "title"
    assert reference.meta.title == reference.paragraphs[0].text


@pytest.mark.parametrize("name", parley.examples.names())
def test_offset_invariant_on_the_bundled_examples(name):
    doc = parley.read(parley.examples.path(name))
    assert doc.text == parley.examples.text(name)
    for s in _all_spans(doc):
        assert doc.text[s.start:s.end] == s.text
        assert (s.start_char, s.end_char) == (s.start, s.end)
    for e in doc.entities:
        assert all(m.entity is e for m in e.mentions)
    for t in doc.turns:
        assert all(t.start <= doc.paragraphs[i].start and doc.paragraphs[i].end <= t.end for i in t.paragraphs)


def test_offset_invariant_on_multilingual_text():
    doc = parley.analyze(MULTILINGUAL)
    assert doc.text == MULTILINGUAL
    assert len(doc.paragraphs) == 7
    for p, line in zip(doc.paragraphs, MULTILINGUAL.split("\n")):
        assert p.text == line
    for s in _all_spans(doc):
        assert 0 <= s.start <= s.end <= len(doc.text)
        assert doc.text[s.start:s.end] == s.text
    for q in doc.quotes:
        if q.speaker_start is not None:
            assert doc.text[q.speaker_start:q.speaker_end] == q.speaker_text
    # the same through bytes and through JSON
    assert parley.analyze(MULTILINGUAL.encode("utf-8")) == doc
    back = parley.Document.from_json(doc.to_json())
    assert [(s.start, s.end, s.text) for s in back.ents] == [(s.start, s.end, s.text) for s in doc.ents]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "Анна Петрова", "сказала", "«Да»", "“Yes,” said Marco Rubio.", "— ", "Q: ", "A: ", "🤔", "👍🏽", "東京", "「協力」",
    "\n", "\n\n", " ", "Putin:", "on May 19", "NATO", "—", "«", "”", "'", "Mr. Smith", "2025", "https://x.y/z"]),
    max_size=40))
def test_offset_invariant_on_generated_text(parts):
    text = "".join(parts)
    doc = parley.analyze(text)
    assert doc.text == text
    for s in _all_spans(doc):
        assert 0 <= s.start <= s.end <= len(text)
        assert text[s.start:s.end] == s.text
    assert parley.Document.from_json(doc.to_json()) == doc


def test_empty_text_gives_an_empty_document():
    for empty in ("", b""):
        doc = parley.analyze(empty)
        assert doc.text == ""
        assert (doc.paragraphs, doc.speakers, doc.turns, doc.quotes, doc.entities, doc.ents) == ((),) * 6
        assert doc.meta == parley.Meta()
    assert parley.analyze("\n \n\t\n").paragraphs == ()


@pytest.mark.parametrize("data, offset", [
    (b"abc\xe2\x82def", 3),          # truncated 3-byte sequence
    (b"\xff", 0),                     # never valid
    ("ok \u00e9 \ud800".encode("utf-8", "surrogatepass"), 6),  # encoded surrogate
    ("Привет".encode() + b"\xc0\xaf", 12),  # overlong encoding after 6 Cyrillic letters (12 bytes)
])
def test_invalid_utf8_raises_parse_error_naming_the_byte_offset(data, offset):
    with pytest.raises(parley.ParseError) as info:
        parley.analyze(data)
    assert info.value.position == offset
    assert f"byte offset {offset}" in str(info.value)
    assert isinstance(info.value, ValueError) and isinstance(info.value, parley.Error)


def test_str_with_lone_surrogate_raises_parse_error():
    with pytest.raises(parley.ParseError) as info:
        parley.analyze("ab\ud800")
    assert info.value.position == 2


def test_analyze_rejects_other_types():
    with pytest.raises(TypeError):
        parley.analyze(42)  # type: ignore[arg-type]


def test_read_a_file_and_an_undecodable_file(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text(MULTILINGUAL, encoding="utf-8")
    assert parley.read(good) == parley.analyze(MULTILINGUAL)
    assert parley.read(str(good), analyzer=parley.Analyzer(entities=False)).ents == ()
    bad = tmp_path / "b.txt"
    bad.write_bytes("Добрый день".encode("cp1251"))
    with pytest.raises(parley.ParseError) as info:
        parley.read(bad)
    assert info.value.position == 0
    with pytest.raises(FileNotFoundError):
        parley.read(tmp_path / "missing.txt")


def test_round_trip_through_json_and_dict(reference, interview):
    for doc in (reference, interview, parley.analyze(MULTILINGUAL), parley.analyze("")):
        assert parley.Document.from_json(doc.to_json()) == doc
        assert parley.Document.from_json(doc.to_json(indent=2)) == doc
        assert parley.Document.from_json(doc.to_json().encode()) == doc
        assert parley.Document.from_dict(doc.to_dict()) == doc
        assert doc.to_dict()["schema"] == parley.SCHEMA == "parley.document/1"


def test_documents_differ_when_anything_differs(interview):
    d = interview.to_dict()
    d["entities"][0]["name"] = "Someone Else"
    assert parley.Document.from_dict(d) != interview
    assert interview != "not a document"


@pytest.mark.parametrize("bad", ['{"schema": "parley.document/1"', '[]', '{"schema": "other/1", "text": ""}'])
def test_from_json_rejects_malformed_documents(bad):
    with pytest.raises(parley.ParseError):
        parley.Document.from_json(bad)


def test_from_json_rejects_offsets_outside_the_text(interview):
    d = interview.to_dict()
    d["entities"][0]["mentions"][0]["end"] = len(d["text"]) + 1
    with pytest.raises(parley.ParseError, match="outside the text"):
        parley.Document.from_dict(d)


def test_pickling_a_document_is_compact_and_exact(reference):
    data = pickle.dumps(reference)
    back = pickle.loads(data)
    assert back == reference and back.text == reference.text
    assert back.ents == reference.ents
    # compact: the JSON, not a pickle of every Python object
    assert len(data) < len(reference.to_json().encode()) + 200


def test_pickling_an_analyzer_keeps_its_options():
    a = parley.Analyzer(quotes=False, gazetteer={"Zorblax Corp": "ORG"}, aliases={"Kiev": "Kyiv"},
                        interviewer_labels=["Moderator"], cue_verbs=["quipped"])
    b = pickle.loads(pickle.dumps(a))
    assert b.options == a.options
    text = "Zorblax Corp said “hello there” to everyone."
    assert b(text) == a(text)
    assert b(text).quotes == ()


def test_objects_are_immutable(interview):
    span = interview.ents[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 3  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        interview.paragraphs[0].kind = "answer"  # type: ignore[misc]
    with pytest.raises(TypeError):
        interview.entities[0].attributes["titles"] = ("x",)  # type: ignore[index]
    assert isinstance(interview.paragraphs, tuple) and isinstance(interview.entities[0].mentions, tuple)
    with pytest.raises(AttributeError, match="immutable"):
        interview.text = "changed"  # type: ignore[misc]
    with pytest.raises(AttributeError, match="immutable"):
        interview.anything = 1  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        del interview.paragraphs


def test_conversion_is_lazy(interview):
    doc = parley.Document.from_json(interview.to_json())
    assert "entities" not in doc.__dict__ and "paragraphs" not in doc.__dict__
    _ = doc.paragraphs
    assert "paragraphs" in doc.__dict__ and "entities" not in doc.__dict__
    assert doc.paragraphs is doc.paragraphs  # built once


def test_spacy_like_spans_and_entities(interview):
    doc = interview
    assert [(s.text, s.label_) for s in doc.ents] == [
        ("Geneva", "GPE"), ("Anna Lee", "PERSON"), ("Geneva", "GPE"), ("<UN>", "ORG"), ("May 3", "DATE")]
    geneva = doc.ents[0]
    assert geneva.entity is doc.entity(geneva.entity_id)
    assert geneva.entity.name == "Geneva" and len(geneva.entity.mentions) == 2
    assert geneva.entity.mentions[1] == doc.ents[2]
    assert geneva.paragraph is doc.paragraphs[0] and doc.ents[1].paragraph is doc.paragraphs[1]
    anna = doc.entity("E1")
    assert anna.label_ == anna.label == "PERSON" and anna.attributes["titles"] == ("envoy",)
    assert doc.entity("E4").value == "2025-05-03" and anna.value is None
    with pytest.raises(KeyError):
        doc.entity("E99")


def test_char_span(interview):
    doc = interview
    s, e = doc.text.index("Anna Lee"), doc.text.index("Anna Lee") + 8
    span = doc.char_span(s, e)
    assert span.text == "Anna Lee" and span.label_ == "PERSON" and span.entity.name == "Anna Lee"
    free = doc.char_span(s, s + 4, label="person")
    assert (free.text, free.label_, free.entity_id) == ("Anna", "PERSON", "")
    with pytest.raises(LookupError, match="no entity mention"):
        free.entity
    with pytest.raises(IndexError):
        doc.char_span(0, len(doc.text) + 1)


def test_speakers_turns_and_quotes(interview):
    doc = interview
    assert [s.role for s in doc.speakers] == ["interviewer", "guest"]
    assert doc.speaker("S2").name == "Guest"
    assert [t.speaker_name for t in doc.turns] == ["Interviewer", "Guest", "Interviewer", "Guest"]
    assert [t.reply_to for t in doc.turns] == [None, 0, None, 2]
    assert doc.turns[1].text == doc.paragraphs[2].text
    (q,) = doc.quotes
    assert q.text == "we will meet in Geneva" and q.cue == "said"
    assert q.source is doc.entity("E1") and q.speaker_name == "Anna Lee"
    assert doc.text[q.speaker_start:q.speaker_end] == "She"
    assert doc.paragraph_at(q.start) is doc.paragraphs[2] and doc.paragraph_at(doc.paragraphs[1].end) is None
    assert doc.paragraph_index(q.start) == 2 and doc.paragraph_index(doc.paragraphs[1].end) is None


def test_analyzer_options_reach_the_pipeline():
    text = "Interview\nQ: Hello?\nA: Hi. Anna Lee met NATO in Geneva on May 3, 2025."
    assert parley.Analyzer(entities=False)(text).entities == ()
    assert parley.Analyzer(turns=False)(text).turns == ()
    with pytest.raises(parley.Error):
        parley.Analyzer(gazetteer={"Foo": "NOT_A_LABEL"})
    with pytest.raises(TypeError):
        parley.Analyzer(cue_verbs="quipped")  # a string is not a list of verbs
    assert "entities=False" in repr(parley.Analyzer(entities=False))


def test_pipe_keeps_order_and_matches_single_calls():
    texts = [f"Report {i}\nAnna Lee visited Geneva on May {i % 28 + 1}.\n" + "“Fine,” she said. " * (i % 5)
             for i in range(40)]
    a = parley.Analyzer()
    expected = [a(t) for t in texts]
    assert list(a.pipe(texts)) == expected
    assert list(a.pipe(iter(texts), n_threads=3, batch_size=2)) == expected
    assert list(a.pipe(t.encode() for t in texts)) == expected
    assert list(a.pipe([], n_threads=2)) == []
    with pytest.raises(ValueError):
        list(a.pipe(texts, n_threads=0))


def test_pipe_as_tuples_keeps_contexts_with_their_documents():
    items = [(f"Article {i}\nAnna Lee met Bob Stone in Geneva.", {"id": i}) for i in range(25)]
    a = parley.Analyzer()
    for kwargs in ({}, {"n_threads": 3, "batch_size": 2}):
        out = list(a.pipe(iter(items), as_tuples=True, **kwargs))
        assert [ctx["id"] for _, ctx in out] == list(range(25))
        assert all(doc.text == text for (doc, _), (text, _) in zip(out, items))


def test_pipe_raises_parse_error_for_a_bad_item():
    a = parley.Analyzer()
    it = a.pipe(["fine", b"\xff", "fine"], n_threads=2, batch_size=1)
    assert next(it).text == "fine"
    with pytest.raises(parley.ParseError):
        next(it)


def test_public_surface():
    assert set(parley.__all__) <= set(dir(parley))
    for name in ("analyze", "Analyzer", "read", "Document", "ParseError", "examples"):
        assert name in parley.__all__
    assert set(parley.examples.names()) >= {"reference", "kremlin_brics", "kremlin_vologda"}
    assert json.loads(parley.analyze("x").to_json())["text"] == "x"
