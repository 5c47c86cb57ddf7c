"""Exports: to_dict, to_pandas, to_displacy, the HTML display, the text summary."""

from __future__ import annotations

import html
import re

import pandas as pd
import pytest

import parley

from conftest import make_doc


def test_to_dict_matches_the_objects(interview):
    d = interview.to_dict()
    assert d["text"] == interview.text
    assert [p["kind"] for p in d["paragraphs"]] == [p.kind for p in interview.paragraphs]
    assert [m["text"] for e in d["entities"] for m in e["mentions"]] == [m.text for e in interview.entities
                                                                        for m in e.mentions]
    assert d["quotes"][0]["text"] == "we will meet in Geneva"


def test_to_pandas_all_tables(interview):
    tables = interview.to_pandas()
    assert set(tables) == {"paragraphs", "speakers", "turns", "quotes", "entities", "mentions"}
    assert all(isinstance(df, pd.DataFrame) for df in tables.values())
    paras = tables["paragraphs"]
    assert len(paras) == 5 and list(paras["kind"]) == ["title", "question", "answer", "question", "answer"]
    assert list(paras["speaker_name"])[1:3] == ["Interviewer", "Guest"]
    assert list(paras["turn"].fillna(-1).astype(int)) == [-1, 0, 1, 2, 3]
    sp = tables["speakers"].set_index("id")
    assert sp.loc["S2", "turns"] == 2 and sp.loc["S2", "words"] == len("A: She said “we will meet in Geneva”, and "
                                                                         "the <UN> & Red Cross agreed.".split()) + 4
    turns = tables["turns"]
    assert list(turns["reply_to"].fillna(-1).astype(int)) == [-1, 0, -1, 2]
    assert list(turns["role"]) == ["interviewer", "guest"] * 2
    q = tables["quotes"].iloc[0]
    assert (q["speaker_name"], q["cue"], q["paragraph"], q["text"]) == ("Anna Lee", "said", 2, "we will meet in Geneva")
    ents = tables["entities"].set_index("name")
    assert ents.loc["Geneva", "mentions"] == 2 and ents.loc["May 3", "value"] == "2025-05-03"
    mentions = tables["mentions"]
    assert list(mentions["text"]) == ["Geneva", "Anna Lee", "Geneva", "<UN>", "May 3"]
    assert list(mentions["paragraph"]) == [0, 1, 2, 2, 4]
    assert list(mentions["speaker"])[1:] == ["S1", "S2", "S2", "S2"]
    for row in mentions.itertuples():
        assert interview.text[row.start:row.end] == row.text


def test_to_pandas_one_table_and_empty_documents(interview):
    ents = interview.to_pandas("entities")
    assert isinstance(ents, pd.DataFrame) and list(ents["label"]) == ["PERSON", "GPE", "ORG", "DATE"]
    empty = parley.analyze("")
    for name, df in empty.to_pandas().items():
        assert len(df) == 0 and len(df.columns) > 0, name  # columns even when there are no rows
    with pytest.raises(ValueError, match="no table"):
        interview.to_pandas("tokens")


def test_to_displacy_manual_format(interview):
    d = interview.to_displacy()
    assert set(d) == {"text", "ents", "title"}
    assert d["text"] == interview.text and d["title"] == "Talks in Geneva"
    assert [interview.text[e["start"]:e["end"]] for e in d["ents"]] == ["Geneva", "Anna Lee", "Geneva", "<UN>", "May 3"]
    assert [e["label"] for e in d["ents"]] == ["GPE", "PERSON", "GPE", "ORG", "DATE"]
    assert interview.to_displacy(title="T")["title"] == "T"


def test_to_displacy_drops_overlaps_keeping_the_longest():
    doc = make_doc("The US President spoke.", entities=[
        {"label": "GPE", "mentions": ["US"]}, {"label": "PERSON", "mentions": ["US President"]}])
    ents = doc.to_displacy()["ents"]
    assert ents == [{"start": 4, "end": 16, "label": "PERSON"}]
    starts = [e["start"] for e in parley.analyze(parley.examples.text()).to_displacy()["ents"]]
    assert starts == sorted(starts)


def _visible_text(markup: str) -> str:
    """The text a browser shows, minus the label badges and speaker/kind tags parley adds."""
    markup = re.sub(r'<span style="font-size:\.65em;font-weight:bold[^"]*">[^<]*</span>', "", markup)
    markup = re.sub(r'<span style="font-family:sans-serif[^"]*">[^<]*</span>', "", markup)
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def test_repr_html_escapes_and_highlights(interview):
    out = interview._repr_html_()
    assert out == interview.to_html()
    assert "<UN>" not in out and "&lt;UN&gt;" in out and "&amp; Red Cross" in out
    # every paragraph's text appears, in order, unchanged once tags are stripped
    body = out.split("\n", 2)[2]  # after the opening div and the speaker legend
    paras = [p for p in body.split("\n") if p.startswith("<p")]
    assert [_visible_text(p) for p in paras] == [p.text for p in interview.paragraphs]
    assert out.count("<mark") == len(interview.ents)
    assert 'title="PERSON · Anna Lee"' in out
    assert out.count("<q") == 1
    # turns coloured by speaker: the two speakers get different colours, the same one each time
    colours = [re.search(r"border-left:\.3em solid (#[0-9a-f]{6})", p) for p in paras[1:]]
    c = [m.group(1) for m in colours]
    assert c[0] == c[2] and c[1] == c[3] and c[0] != c[1]


def test_repr_html_with_hostile_text():
    text = '<script>alert("x")</script> & "Quoted" \u2014 <b>Bold</b> Anna Lee'
    doc = make_doc(text, entities=[{"label": "PERSON", "mentions": ["Anna Lee"], "name": '<img src=x onerror="y">'}])
    out = doc._repr_html_()
    assert "<script>" not in out and "<img" not in out and "<b>" not in out
    assert _visible_text(out.split("\n", 1)[1]).strip() == text


def test_repr_html_on_real_output_keeps_the_text(reference):
    out = reference._repr_html_()
    paras = [p for p in out.split("\n") if p.startswith("<p")]
    assert [_visible_text(p) for p in paras] == [p.text for p in reference.paragraphs]


def test_summary_and_repr(interview):
    s = interview.summary()
    assert "Talks in Geneva" in s and "Anna Lee" in s and "Turns (4)" in s
    assert repr(interview).startswith("<parley.Document 'Talks in Geneva': 5 paragraphs, 4 turns, 1 quotes, 4 entities")


def test_pandas_is_imported_lazily_with_a_clear_error(interview, monkeypatch):
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-c", "import sys, parley; parley.analyze('Hello Geneva.').to_dict(); "
                        "print('pandas' in sys.modules, 'matplotlib' in sys.modules)"],
                       capture_output=True, text=True, timeout=60)
    assert r.stdout.split() == ["False", "False"], r.stderr
    monkeypatch.setitem(sys.modules, "pandas", None)  # as if pandas were not installed
    with pytest.raises(ImportError, match=r"pip install 'parley\[pandas\]'"):
        interview.to_pandas()
