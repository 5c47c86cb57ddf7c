"""Extending parley from Python: gazetteers, aliases, speaker labels, cue verbs, and Python components."""

from __future__ import annotations

import json
import pickle

import pytest

import parley

from conftest import make_doc

GAZ_TEXT = "Zorblax Corp and Quux Labs signed a deal. Zorblax Corp shares rose."


def _names(doc):
    return {(e.name, e.label_, len(e.mentions)) for e in doc.entities}


@pytest.mark.parametrize("gazetteer", [
    {"Zorblax Corp": "ORG", "Quux Labs": "org"},
    [("Zorblax Corp", "ORG"), ("Quux Labs", "ORG", "Quux Laboratories")],
])
def test_gazetteer_entries(gazetteer):
    doc = parley.Analyzer(gazetteer=gazetteer)(GAZ_TEXT)
    by_name = {e.name: e for e in doc.entities}
    assert by_name["Zorblax Corp"].label_ == "ORG" and len(by_name["Zorblax Corp"].mentions) == 2
    quux = [e for e in doc.entities if any(m.text == "Quux Labs" for m in e.mentions)]
    assert quux and quux[0].label_ == "ORG"
    if isinstance(gazetteer, list):
        assert quux[0].name == "Quux Laboratories"


@pytest.mark.parametrize("suffix, content", [
    (".tsv", "# text\tlabel\tname\nZorblax Corp\tORG\n\nQuux Labs\tORG\tQuux Laboratories\n"),
    (".json", json.dumps({"Zorblax Corp": "ORG", "Quux Labs": "ORG"})),
    (".json", json.dumps([["Zorblax Corp", "ORG"], {"text": "Quux Labs", "label": "ORG", "name": "Quux Laboratories"}])),
])
def test_gazetteer_from_a_file(tmp_path, suffix, content):
    path = tmp_path / f"gaz{suffix}"
    path.write_text(content, encoding="utf-8")
    for p in (path, str(path)):
        a = parley.Analyzer(gazetteer=p)
        assert ("Zorblax Corp", "ORG") in [(t, label) for t, label, _ in a.options["gazetteer"]]
        doc = a(GAZ_TEXT)
        assert ("Zorblax Corp", "ORG", 2) in _names(doc)


def test_bad_gazetteer_files(tmp_path):
    with pytest.raises(FileNotFoundError):
        parley.Analyzer(gazetteer=tmp_path / "missing.tsv")
    bad = tmp_path / "bad.tsv"
    bad.write_text("Zorblax Corp\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.tsv:1"):
        parley.Analyzer(gazetteer=bad)
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(ValueError, match="invalid JSON"):
        parley.Analyzer(gazetteer=broken)


ALIAS_TEXT = "Notes\nThe Big Apple is busy, said Ann Smith.\nAnn Smith works in New York."


def _mentions_of(doc, name):
    return [m.text for e in doc.entities if e.name == name for m in e.mentions]


def test_aliases_group_variants(tmp_path):
    plain = parley.analyze(ALIAS_TEXT)
    assert "The Big Apple" not in _mentions_of(plain, "New York")
    tsv = tmp_path / "aliases.tsv"
    tsv.write_text("The Big Apple\tNew York\n", encoding="utf-8")
    for aliases in ({"The Big Apple": "New York"}, [("The Big Apple", "New York")], tsv):
        doc = parley.Analyzer(aliases=aliases)(ALIAS_TEXT)
        assert "The Big Apple" in _mentions_of(doc, "New York")


def test_extra_speaker_labels_set_roles():
    text = "Talk\nMC: Hello there, how are you?\nPanelist: Fine, thanks for asking.\nMC: Why?\nPanelist: Because."
    doc = parley.Analyzer(interviewer_labels=["Panelist"], guest_labels=["MC"])(text)
    roles = {s.name: s.role for s in doc.speakers}
    assert roles == {"MC": "guest", "Panelist": "interviewer"}
    assert [p.kind for p in doc.paragraphs[1:]] == ["answer", "question", "answer", "question"]
    long_label = "Talk\nMaster of ceremonies: Hello, how are you?\nPanelist: Fine.\nMaster of ceremonies: Why?\nPanelist: So."
    doc = parley.Analyzer(interviewer_labels=["Master of ceremonies"])(long_label)
    assert ("interviewer", "Master of ceremonies") in [(s.role, s.name) for s in doc.speakers]
    assert doc.paragraphs[1].kind == "question"


def test_extra_cue_verbs_attribute_quotes():
    text = "The minister spoke at last. “Never,” Petrov harrumphed."
    before = parley.analyze(text).quotes
    assert [q.speaker_text for q in before] == [None]
    (q,) = parley.Analyzer(cue_verbs=["harrumphed"])(text).quotes
    assert (q.text, q.speaker_text, q.cue) == ("Never", "Petrov", "harrumphed")


# -- Python components ---------------------------------------------------------------------------

def tag_tickers(doc: parley.Document) -> parley.Document:
    """A module-level component (so that an analyzer using it pickles): $TICKER symbols as ORG."""
    spans = []
    i = doc.text.find("$")
    while i >= 0:
        j = i + 1
        while j < len(doc.text) and doc.text[j].isupper():
            j += 1
        if j > i + 1:
            spans.append((i, j, "ORG"))
        i = doc.text.find("$", j)
    return doc.with_entities(spans)


def test_component_adds_entities_kept_through_json():
    a = parley.Analyzer()
    assert a.component(tag_tickers) is tag_tickers
    doc = a("Shares of $ACME rose while $ZZ fell; $ACME led.")
    acme = [e for e in doc.entities if e.name == "$ACME"]
    assert len(acme) == 1 and [m.text for m in acme[0].mentions] == ["$ACME", "$ACME"]
    assert "$ZZ" in {s.text for s in doc.ents}
    back = parley.Document.from_json(doc.to_json())
    assert back == doc and "$ACME" in {e.name for e in back.entities}
    assert pickle.loads(pickle.dumps(doc)) == doc
    # ids stay unique
    assert len({e.id for e in doc.entities}) == len(doc.entities)


def test_component_decorator_order_and_none():
    a = parley.Analyzer()
    calls = []

    @a.component
    def first(doc):
        calls.append("first")
        i = doc.text.index("Zed")
        return doc.with_entity(i, i + 3, "PERSON", name="Zed Zedson")

    @a.component
    def second(doc):
        calls.append("second")
        assert "Zed Zedson" in {e.name for e in doc.entities}  # sees what first added
        return None  # unchanged

    @a.component
    def third(doc):
        calls.append("third")
        e = next(e for e in doc.entities if e.name == "Zed Zedson")
        return doc.with_attributes(e.id, titles=["wizard"], source="component")

    doc = a("We met Zed today.")
    assert calls == ["first", "second", "third"]
    assert a.components == (first, second, third)
    zed = next(e for e in doc.entities if e.name == "Zed Zedson")
    assert dict(zed.attributes) == {"titles": ("wizard",), "source": ("component",)}
    assert parley.Document.from_json(doc.to_json()).entity(zed.id).attributes["titles"] == ("wizard",)
    assert "components=[first, second, third]" in repr(a)


def test_component_adds_quotes():
    a = parley.Analyzer(quotes=False)

    @a.component
    def dash_quotes(doc):
        # A toy rule: text after "Says X:" up to the end of the paragraph is X's quote.
        items = []
        for p in doc.paragraphs:
            if p.text.startswith("Says "):
                colon = p.text.index(":")
                items.append({"start": p.start + colon + 2, "end": p.end, "speaker_text": p.text[5:colon],
                              "speaker_start": p.start + 5, "speaker_end": p.start + colon, "cue": "says"})
        return doc.with_quotes(items)

    doc = a("Headline here\nSays Boris: we shall see about that.\nThe end.")
    (q,) = doc.quotes
    assert (q.text, q.speaker_text, q.cue, q.kind) == ("we shall see about that.", "Boris", "says", "quotation")
    assert doc.text[q.speaker_start:q.speaker_end] == "Boris"
    assert parley.Document.from_json(doc.to_json()).quotes == doc.quotes


def test_components_run_in_pipe_and_survive_pickling():
    a = parley.Analyzer(components=[tag_tickers])
    texts = [f"Day {i}: $ACME up, $BETA down." for i in range(12)]
    for docs in (list(a.pipe(texts)), list(a.pipe(texts, n_threads=2, batch_size=3))):
        assert all({"$ACME", "$BETA"} <= {e.name for e in d.entities} for d in docs)
        assert [d.text for d in docs] == texts
    b = pickle.loads(pickle.dumps(a))
    assert b.components == (tag_tickers,) and b(texts[0]) == a(texts[0])


def test_component_must_return_a_document():
    a = parley.Analyzer()
    a.component(lambda doc: "oops")
    with pytest.raises(TypeError, match="not a parley.Document"):
        a("text")
    with pytest.raises(TypeError):
        parley.Analyzer().component(42)  # type: ignore[arg-type]


def test_with_methods_return_new_documents_and_validate(interview):
    before = interview.to_json()
    s = interview.text.index("Red Cross")
    doc = interview.with_entity(s, s + 9, "org")
    assert interview.to_json() == before  # the original is unchanged
    red = next(e for e in doc.entities if e.name == "Red Cross")
    assert red.label_ == "ORG" and red.id not in {e.id for e in interview.entities}
    # adding a mention to an existing entity (same label and name) extends it
    g = interview.text.index("Geneva")
    same = interview.with_entities([{"label": "GPE", "name": "Geneva", "mentions": [(g, g + 6)]}])
    assert same == interview
    with pytest.raises(IndexError):
        interview.with_entity(0, len(interview.text) + 5, "ORG")
    with pytest.raises(parley.ParseError):
        interview.with_entity(0, 4, "NOT_A_LABEL")
    with pytest.raises(KeyError):
        interview.with_attributes("E404", x="y")
    with pytest.raises(IndexError):
        interview.with_quote(-1, 3)


def test_with_quotes_keeps_text_order():
    doc = make_doc("one “a” two “b” three")
    doc = doc.with_quote(13, 14, speaker_text="X").with_quote(5, 6)
    assert [q.text for q in doc.quotes] == ["a", "b"]
