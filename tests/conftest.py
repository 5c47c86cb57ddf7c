"""Shared fixtures of the Python test suite. Run from tests/ so that the *installed* package is tested."""

from __future__ import annotations

import json
import os

os.environ.setdefault("MPLBACKEND", "Agg")  # notebooks and plots never open a window

import pytest

import parley


def make_doc(text: str, *, paragraphs=None, speakers=(), turns=(), quotes=(), entities=(), meta=None) -> parley.Document:
    """A Document built by hand through from_json, independent of what the C++ stages find.

    Spans are given by exact substring: ``("Anna Lee", "PERSON")`` or ``("Anna Lee", "PERSON", occurrence)``;
    paragraphs default to one per line.
    """

    def find(sub: str, occurrence: int = 0) -> tuple[int, int]:
        i = -1
        for _ in range(occurrence + 1):
            i = text.index(sub, i + 1)
        return i, i + len(sub)

    if paragraphs is None:
        paragraphs, pos = [], 0
        for line in text.split("\n"):
            if line.strip():
                paragraphs.append({"start": pos, "end": pos + len(line), "kind": "narrative", "speaker": None})
            pos += len(line) + 1
    ents = []
    for k, e in enumerate(entities, 1):
        mentions = [find(*m) if isinstance(m, tuple) else find(m) for m in e["mentions"]]
        ents.append({"id": e.get("id", f"E{k}"), "label": e["label"], "name": e.get("name", text[slice(*mentions[0])]),
                     "mentions": [{"start": s, "end": t, "text": text[s:t]} for s, t in mentions],
                     "attributes": e.get("attributes", {})})
    qs = []
    for q in quotes:
        s, t = find(q["text"])
        sp = find(q["speaker_text"]) if q.get("speaker_text") else (None, None)
        qs.append({"start": s, "end": t, "text": text[s:t], "kind": q.get("kind", "quotation"),
                   "speaker": q.get("speaker"), "speaker_text": q.get("speaker_text"),
                   "speaker_start": sp[0], "speaker_end": sp[1], "cue": q.get("cue"), "channel": q.get("channel"),
                   "closed": True})
    d = {
        "schema": parley.SCHEMA, "text": text,
        "meta": {"title": "", "subtitle": "", "authors": [], "guests": [], "source_url": "", "disclaimer": "",
                 **(meta or {})},
        "paragraphs": list(paragraphs), "speakers": list(speakers), "turns": list(turns), "quotes": qs,
        "entities": ents, "warnings": [],
    }
    return parley.Document.from_json(json.dumps(d, ensure_ascii=False))


INTERVIEW = (
    "Talks in Geneva\n"
    "Q: What did Anna Lee tell you?\n"
    "A: She said \u201cwe will meet in Geneva\u201d, and the <UN> & Red Cross agreed.\n"
    "Q: When?\n"
    "A: On May 3."
)


@pytest.fixture(scope="session")
def interview() -> parley.Document:
    """A small hand-made interview: 5 paragraphs, 2 speakers, 4 turns, 1 quote, 4 entities."""
    t = INTERVIEW
    lines, pos, paras = t.split("\n"), 0, []
    kinds = ["title", "question", "answer", "question", "answer"]
    sp = [None, "S1", "S2", "S1", "S2"]
    for line, kind, s in zip(lines, kinds, sp):
        paras.append({"start": pos, "end": pos + len(line), "kind": kind, "speaker": s})
        pos += len(line) + 1
    turns = [{"speaker": paras[i]["speaker"], "paragraphs": [i], "start": paras[i]["start"], "end": paras[i]["end"],
              "reply_to": (i - 2 if i in (2, 4) else None)} for i in range(1, 5)]
    # reply_to refers to turn indices: turn 1 answers turn 0, turn 3 answers turn 2.
    turns[1]["reply_to"], turns[3]["reply_to"] = 0, 2
    return make_doc(
        t, paragraphs=paras,
        speakers=[{"id": "S1", "role": "interviewer", "name": "Interviewer", "labels": ["Q"], "description": ""},
                  {"id": "S2", "role": "guest", "name": "Guest", "labels": ["A"], "description": ""}],
        turns=turns,
        quotes=[{"text": "we will meet in Geneva", "speaker": "E1", "speaker_text": "She", "cue": "said"}],
        entities=[{"label": "PERSON", "mentions": ["Anna Lee"], "attributes": {"titles": ["envoy"]}},
                  {"label": "GPE", "mentions": [("Geneva", 0), ("Geneva", 1)]},
                  {"label": "ORG", "mentions": ["<UN>"], "name": "<UN>"},
                  {"label": "DATE", "mentions": ["May 3"], "attributes": {"value": ["2025-05-03"]}}],
        meta={"title": "Talks in Geneva"},
    )


@pytest.fixture(scope="session")
def reference() -> parley.Document:
    """The bundled reference article, analysed with the default options."""
    return parley.analyze(parley.examples.text())
