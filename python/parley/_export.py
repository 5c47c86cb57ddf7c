"""Exports of a Document: pandas tables and displaCy's manual format. pandas is imported lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from .errors import OptionError

if TYPE_CHECKING:
    import pandas

    from .document import Document

TABLES = ("paragraphs", "speakers", "turns", "quotes", "entities", "mentions")


def _pandas():
    try:
        import pandas
    except ImportError as e:
        raise ImportError("Document.to_pandas() needs pandas: pip install 'parley[pandas]'") from e
    return pandas


def _words(s: str) -> int:
    return len(s.split())


def _rows(doc: "Document", table: str) -> tuple[list[dict[str, Any]], list[str]]:
    """The rows of ``table`` (also parley.dask's), an absent text (no speaker, no cue) as "", not None."""
    rows, cols = _table(doc, table)
    for r in rows:
        for c, v in r.items():
            if v is None and c not in _OPTIONAL_INT:
                r[c] = ""
    return rows, cols


def _table(doc: "Document", table: str) -> tuple[list[dict[str, Any]], list[str]]:
    if table == "paragraphs":
        cols = ["index", "start", "end", "kind", "speaker", "speaker_name", "turn", "words", "text"]
        turn_of = {i: k for k, t in enumerate(doc.turns) for i in t.paragraphs}
        return [dict(index=i, start=p.start, end=p.end, kind=p.kind, speaker=p.speaker,
                     speaker_name=doc._speaker_name(p.speaker) or None, turn=turn_of.get(i), words=_words(p.text),
                     text=p.text) for i, p in enumerate(doc.paragraphs)], cols
    if table == "speakers":
        cols = ["id", "role", "name", "labels", "description", "turns", "words"]
        turns: dict[str, int] = {}
        words: dict[str, int] = {}
        for t in doc.turns:
            turns[t.speaker] = turns.get(t.speaker, 0) + 1
            words[t.speaker] = words.get(t.speaker, 0) + _words(t.text)
        return [dict(id=s.id, role=s.role, name=s.name, labels=list(s.labels), description=s.description,
                     turns=turns.get(s.id, 0), words=words.get(s.id, 0)) for s in doc.speakers], cols
    if table == "turns":
        cols = ["index", "speaker", "speaker_name", "role", "reply_to", "start", "end", "paragraphs", "words", "text"]
        roles = {s.id: s.role for s in doc.speakers}
        return [dict(index=i, speaker=t.speaker, speaker_name=t.speaker_name, role=roles.get(t.speaker),
                     reply_to=t.reply_to, start=t.start, end=t.end, paragraphs=list(t.paragraphs),
                     words=_words(t.text), text=t.text) for i, t in enumerate(doc.turns)], cols
    if table == "quotes":
        cols = ["start", "end", "kind", "speaker", "speaker_name", "speaker_text", "cue", "channel", "closed",
                "paragraph", "text"]
        return [dict(start=q.start, end=q.end, kind=q.kind, speaker=q.speaker, speaker_name=q.speaker_name,
                     speaker_text=q.speaker_text, cue=q.cue, channel=q.channel, closed=q.closed,
                     paragraph=doc.paragraph_index(q.start), text=q.text) for q in doc.quotes], cols
    if table == "entities":
        cols = ["id", "label", "name", "mentions", "first", "value", "attributes"]
        return [dict(id=e.id, label=e.label_, name=e.name, mentions=len(e.mentions),
                     first=e.mentions[0].start if e.mentions else None, value=e.value,
                     attributes={k: list(v) for k, v in e.attributes.items()}) for e in doc.entities], cols
    if table == "mentions":
        cols = ["entity", "label", "name", "start", "end", "paragraph", "speaker", "text"]
        names = {e.id: e.name for e in doc.entities}
        rows = []
        for s in doc._mentions:  # every mention, also those doc.ents leaves out as overlapping
            i = doc.paragraph_index(s.start)
            rows.append(dict(entity=s.entity_id, label=s.label_, name=names.get(s.entity_id), start=s.start,
                             end=s.end, paragraph=i, speaker=doc.paragraphs[i].speaker if i is not None else None,
                             text=s.text))
        return rows, cols
    raise OptionError(f"no table {table!r}; choose one of {', '.join(TABLES)}")


# Optional indices: pandas' nullable Int64, so that a missing one is <NA>, not NaN in a float64 column.
_OPTIONAL_INT = {"turn", "reply_to", "paragraph", "first"}
_INT = {"index", "start", "end", "words", "turns", "mentions"}


def _frame(pd: Any, rows: list[dict[str, Any]], cols: list[str]) -> "pandas.DataFrame":
    """The table, with integers as integers (optional ones as Int64)."""
    frame = pd.DataFrame(rows, columns=cols)
    for c in cols:
        if c in _OPTIONAL_INT:
            frame[c] = pd.array([r[c] for r in rows], dtype="Int64")
        elif c in _INT:
            frame[c] = frame[c].astype("int64")
    return frame


def to_pandas(doc: "Document", table: Optional[str] = None) -> "dict[str, pandas.DataFrame] | pandas.DataFrame":
    pd = _pandas()
    if table is not None:
        rows, cols = _rows(doc, table)
        return _frame(pd, rows, cols)
    out = {}
    for name in TABLES:
        rows, cols = _rows(doc, name)
        out[name] = _frame(pd, rows, cols)
    return out


def to_displacy(doc: "Document", title: Optional[str] = None) -> dict[str, Any]:
    ents = []
    last_end = -1
    # displaCy draws spans in order and cannot nest them: keep the longest of overlapping mentions.
    for s in sorted(doc.ents, key=lambda s: (s.start, -(s.end - s.start))):
        if s.start >= last_end and s.end > s.start:
            ents.append({"start": s.start, "end": s.end, "label": s.label_})
            last_end = s.end
    return {"text": doc.text, "ents": ents, "title": title if title is not None else (doc.meta.title or None)}
