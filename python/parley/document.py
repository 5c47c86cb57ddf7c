"""The Python view of a parley Document: immutable, spaCy-like, converted lazily from the C++ core."""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping, Optional, Sequence, Union, overload

from . import _core
from .errors import OptionError

if TYPE_CHECKING:
    import pandas

__all__ = [
    "Document", "Meta", "Guest", "Paragraph", "Speaker", "Turn", "Quote", "Entity", "Span", "Warning",
    "SCHEMA",
]

SCHEMA: str = _core.SCHEMA
_CoreDocument = _core.Document


@dataclass(frozen=True)
class Guest:
    name: str
    description: str = ""


@dataclass(frozen=True)
class Meta:
    """Header and footer facts: title, subtitle, authors, guests, source URL and disclaimer; for web pages
    also the publication date (ISO 8601) and the site's name. ``provenance`` maps each non-empty field
    to where it came from: ``"text"`` (read in ``doc.text``) or ``"page"`` (the page's metadata)."""

    title: str = ""
    subtitle: str = ""
    authors: tuple[str, ...] = ()
    guests: tuple[Guest, ...] = ()
    source_url: str = ""
    disclaimer: str = ""
    published: str = ""
    site: str = ""
    provenance: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}), hash=False)

    def __repr__(self) -> str:
        who = ", ".join((*self.authors, *(g.name for g in self.guests)))
        return f"Meta({self.title[:60]!r}, by/with {who[:60]!r})" if who else f"Meta({self.title[:60]!r})"


@dataclass(frozen=True)
class _Spanlike:
    """Shared behaviour of everything with half-open code-point offsets into ``doc.text``."""

    start: int
    end: int
    text: str = field(repr=False)

    @property
    def start_char(self) -> int:
        return self.start

    @property
    def end_char(self) -> int:
        return self.end


@dataclass(frozen=True)
class Paragraph(_Spanlike):
    kind: str = "narrative"
    speaker: Optional[str] = None

    def __repr__(self) -> str:
        return f"Paragraph({self.start}:{self.end} {self.kind}{' ' + self.speaker if self.speaker else ''} {self.text[:40]!r})"


@dataclass(frozen=True)
class Speaker:
    id: str
    role: str
    name: str
    labels: tuple[str, ...] = ()
    description: str = ""

    def __repr__(self) -> str:
        return f"Speaker({self.id} {self.role} {self.name!r})"


@dataclass(frozen=True)
class Turn(_Spanlike):
    """One interview turn: consecutive paragraphs of one speaker. ``reply_to`` is the index of the
    question turn this one answers."""

    speaker: str = ""
    paragraphs: tuple[int, ...] = ()
    reply_to: Optional[int] = None
    doc: Optional["Document"] = field(default=None, repr=False, compare=False)

    @property
    def speaker_name(self) -> str:
        """The speaker's name (``doc.speaker(turn.speaker).name``), or the id when unknown."""
        return self.doc._speaker_name(self.speaker) if self.doc is not None else self.speaker

    def __repr__(self) -> str:
        reply = f" ↳{self.reply_to}" if self.reply_to is not None else ""
        return f"Turn({self.start}:{self.end} {self.speaker_name}{reply}: {self.text[:40]!r})"


@dataclass(frozen=True)
class Quote(_Spanlike):
    kind: str = "quotation"
    speaker: Optional[str] = None
    speaker_text: Optional[str] = None
    speaker_start: Optional[int] = None
    speaker_end: Optional[int] = None
    cue: Optional[str] = None
    channel: Optional[str] = None
    closed: bool = True
    doc: Optional["Document"] = field(default=None, repr=False, compare=False)

    @property
    def source(self) -> "Optional[Entity | Speaker]":
        """Who is quoted: the Entity or Speaker that ``speaker`` names, or None when unattributed."""
        if not self.speaker or self.doc is None:
            return None
        return self.doc._by_id.get(self.speaker)

    @property
    def speaker_name(self) -> Optional[str]:
        """The quoted person's name: the entity's or speaker's canonical name, else ``speaker_text``."""
        src = self.source
        return src.name if src is not None else self.speaker_text

    def __repr__(self) -> str:
        who = self.speaker_name or "?"
        return f"Quote({self.start}:{self.end} {who}: {self.text[:40]!r})"


@dataclass(frozen=True)
class Span(_Spanlike):
    """One mention of an entity, spaCy style: ``.text``, ``.label_``, ``.start_char``, ``.end_char``."""

    label_: str = ""
    entity_id: str = ""
    doc: Optional["Document"] = field(default=None, repr=False, compare=False)

    @property
    def entity(self) -> "Entity":
        """The Entity this span is a mention of (with every other mention). Every span of ``doc.ents`` and
        ``entity.mentions`` has one; a free span from ``doc.char_span`` (``entity_id == ""``) raises
        LookupError."""
        e = self.doc._by_id.get(self.entity_id) if self.entity_id and self.doc is not None else None
        if not isinstance(e, Entity):
            raise LookupError(f"span {self.start}:{self.end} {self.text!r} is no entity mention "
                              "(a free span from char_span); its entity_id is empty")
        return e

    @property
    def paragraph(self) -> Optional[Paragraph]:
        """The paragraph that contains the span's start, or None."""
        return self.doc.paragraph_at(self.start) if self.doc is not None else None

    def __repr__(self) -> str:
        return f"Span({self.text!r}, {self.label_}, {self.start}:{self.end})"


@dataclass(frozen=True)
class Entity:
    """An entity with every mention of it: ``.name`` (canonical), ``.label_``, ``.mentions``, ``.attributes``."""

    id: str
    label_: str
    name: str
    mentions: tuple[Span, ...] = ()
    attributes: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}), hash=False)

    @property
    def label(self) -> str:
        return self.label_

    @property
    def value(self) -> Optional[str]:
        """The normalised value of a date, time or figure (``attributes['value'][0]``), if any."""
        v = self.attributes.get("value")
        return v[0] if v else None

    def __repr__(self) -> str:
        n = len(self.mentions)
        return f"Entity({self.id} {self.label_} {self.name!r}, {n} mention{'' if n == 1 else 's'})"


@dataclass(frozen=True)
class Warning(_Spanlike):
    code: str = ""
    message: str = ""


def _opt(s: str) -> Optional[str]:
    return s or None


SpanLike = Union["Span", Sequence[int]]
JsonLike = Union[str, bytes, Mapping[str, Any]]


def _bounds(x: Any) -> tuple[int, int]:
    if isinstance(x, _Spanlike):
        return x.start, x.end
    if isinstance(x, Mapping):
        return int(x["start"]), int(x["end"])
    start, end = x
    return int(start), int(end)


def _strs(v: Any) -> list[str]:
    return [v] if isinstance(v, str) else [str(x) for x in v]


class Document:
    """An analysed article. Build one with :func:`parley.analyze`; never mutate it.

    Every span's ``start``/``end`` is a code-point offset into :attr:`text`, half-open:
    ``doc.text[s.start:s.end] == s.text`` always holds. Python objects are made lazily,
    on first access to each property, from the C++ document.

    The ``with_*`` methods return a *new* Document with additions (what a Python component
    uses); the additions are kept through :meth:`to_json` / :meth:`from_json`.
    """

    __slots__ = ("_core", "__dict__")
    _core: _CoreDocument

    def __init__(self, core: _CoreDocument) -> None:
        object.__setattr__(self, "_core", core)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"parley.Document is immutable (cannot set {name!r}); use the with_* methods")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"parley.Document is immutable (cannot delete {name!r})")

    # -- the article ---------------------------------------------------------------
    @cached_property
    def text(self) -> str:
        return self._core.text

    def __len__(self) -> int:
        return len(self.text)

    @cached_property
    def meta(self) -> Meta:
        m = self._core.meta
        return Meta(m.title, m.subtitle, tuple(m.authors), tuple(Guest(g.name, g.description) for g in m.guests),
                    m.source_url, m.disclaimer, m.published, m.site, MappingProxyType(dict(m.provenance)))

    @cached_property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        t = self.text
        return tuple(Paragraph(p.start, p.end, t[p.start:p.end], p.kind, _opt(p.speaker)) for p in self._core.paragraphs)

    @cached_property
    def speakers(self) -> tuple[Speaker, ...]:
        return tuple(Speaker(s.id, s.role, s.name, tuple(s.labels), s.description) for s in self._core.speakers)

    @cached_property
    def turns(self) -> tuple[Turn, ...]:
        t = self.text
        return tuple(
            Turn(x.start, x.end, t[x.start:x.end], x.speaker, tuple(x.paragraphs),
                 None if x.reply_to < 0 else x.reply_to, self)
            for x in self._core.turns)

    @cached_property
    def quotes(self) -> tuple[Quote, ...]:
        t = self.text
        out = []
        for q in self._core.quotes:
            has_sp = q.speaker_start >= 0
            out.append(Quote(q.start, q.end, t[q.start:q.end], q.kind, _opt(q.speaker), _opt(q.speaker_text),
                             q.speaker_start if has_sp else None, q.speaker_end if has_sp else None,
                             _opt(q.cue), _opt(q.channel), q.closed, self))
        return tuple(out)

    @cached_property
    def entities(self) -> tuple[Entity, ...]:
        t = self.text
        out = []
        for e in self._core.entities:
            spans = tuple(Span(m.start, m.end, t[m.start:m.end], e.label, e.id, self) for m in e.mentions)
            attrs = MappingProxyType({k: tuple(v) for k, v in e.attributes.items()})
            out.append(Entity(e.id, e.label, e.name, spans, attrs))
        return tuple(out)

    @cached_property
    def ents(self) -> tuple[Span, ...]:
        """The entity mentions as spans in text order, without overlaps, as spaCy's ``doc.ents``: where
        mentions overlap the longest wins (the first of equal length). Every mention, overlapping or not,
        stays on its Entity (``entity.mentions``) and in the ``mentions`` table."""
        kept: list[Span] = []
        taken = bytearray(len(self.text) + 1)  # 1 where a kept span stands: linear in the mentions' length
        for s in sorted(self._mentions, key=lambda s: (s.start - s.end, s.start)):
            end = max(s.end, s.start + 1)
            if taken.find(1, s.start, end) < 0:
                taken[s.start:end] = b"\x01" * (end - s.start)
                kept.append(s)
        return tuple(sorted(kept, key=lambda s: (s.start, -s.end)))

    @cached_property
    def _mentions(self) -> tuple[Span, ...]:
        """Every entity mention, overlaps included, in text order."""
        return tuple(sorted((s for e in self.entities for s in e.mentions), key=lambda s: (s.start, -s.end)))

    @cached_property
    def warnings(self) -> tuple[Warning, ...]:
        t = self.text
        return tuple(Warning(w.start, w.end, t[w.start:w.end], w.code, w.message) for w in self._core.warnings)

    @cached_property
    def _by_id(self) -> dict[str, "Entity | Speaker"]:
        ids: dict[str, Entity | Speaker] = {s.id: s for s in self.speakers}
        ids.update((e.id, e) for e in self.entities)
        return ids

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    def entity(self, entity_id: str) -> Entity:
        """The entity with this id (``span.entity_id``, ``quote.speaker``)."""
        e = self._by_id.get(entity_id)
        if not isinstance(e, Entity):
            raise KeyError(entity_id)
        return e

    def speaker(self, speaker_id: str) -> Speaker:
        """The interview speaker with this id (``turn.speaker``, ``paragraph.speaker``)."""
        s = self._by_id.get(speaker_id)
        if not isinstance(s, Speaker):
            raise KeyError(speaker_id)
        return s

    def _speaker_name(self, speaker_id: Optional[str]) -> str:
        if not speaker_id:
            return ""
        x = self._by_id.get(speaker_id)
        return x.name if x is not None else speaker_id

    def paragraph_at(self, offset: int) -> Optional[Paragraph]:
        """The paragraph containing code-point ``offset``, or None (between paragraphs)."""
        i = self.paragraph_index(offset)
        return None if i is None else self.paragraphs[i]

    def paragraph_index(self, offset: int) -> Optional[int]:
        """Index in :attr:`paragraphs` of the paragraph containing code-point ``offset``, or None
        (what ``turn.paragraphs`` and the tables' ``paragraph`` column hold)."""
        i = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if i >= 0 and self.paragraphs[i].start <= offset < max(self.paragraphs[i].end, self.paragraphs[i].start + 1):
            return i
        return None

    def char_span(self, start: int, end: int, label: str = "") -> Span:
        """A span over ``text[start:end]`` (code points), like spaCy's ``Doc.char_span``.

        When an entity mention covers exactly this range (and ``label`` is empty or equal to
        its label) that mention is returned, so ``.entity`` works on it.
        """
        if not (0 <= start <= end <= len(self.text)):
            raise IndexError(f"span {start}:{end} is outside the text of length {len(self.text)}")
        for s in self._mentions:
            if s.start == start and s.end == end and (not label or label.upper() == s.label_):
                return s
        return Span(start, end, self.text[start:end], label.upper(), "", self)

    # -- new documents with additions (for Python components) -------------------------
    def with_entities(self, items: Iterable[Union[Mapping[str, Any], Sequence[Any]]]) -> "Document":
        """A new Document with entities added.

        Each item is ``(start, end, label)`` or a mapping ``{"label": "ORG", "mentions": [(s, e), ...],
        "name": ..., "attributes": {...}}`` (``start``/``end`` may replace ``mentions`` for a single
        mention). An item whose label and name match an existing entity adds its mentions (and
        attributes) to that entity; otherwise a new entity gets a fresh id.
        """
        d = self.to_dict()
        ents = d["entities"]
        by_key = {(e["label"], e["name"]): e for e in ents}
        used = {e["id"] for e in ents}
        n = len(ents)
        text = d["text"]
        for item in items:
            if isinstance(item, Mapping):
                label = str(item["label"]).upper()
                spans = [_bounds(m) for m in item.get("mentions", ())]
                if "start" in item:
                    spans.append(_bounds(item))
                name = item.get("name")
                attrs = item.get("attributes") or {}
            else:
                start, end, label = item[0], item[1], str(item[2]).upper()
                spans, name, attrs = [(int(start), int(end))], (item[3] if len(item) > 3 else None), {}
            if not spans:
                raise ValueError(f"entity {item!r} has no mention")
            for s, e in spans:
                if not (0 <= s <= e <= len(text)):
                    raise IndexError(f"mention {s}:{e} is outside the text of length {len(text)}")
            if not name:
                name = max((text[s:e] for s, e in spans), key=len)
            ent = by_key.get((label, name))
            if ent is None:
                n += 1
                while f"E{n}" in used:
                    n += 1
                ent = {"id": f"E{n}", "label": label, "name": name, "mentions": [], "attributes": {}}
                used.add(ent["id"])
                by_key[(label, name)] = ent
                ents.append(ent)
            have = {(m["start"], m["end"]) for m in ent["mentions"]}
            for s, e in spans:
                if (s, e) not in have:
                    ent["mentions"].append({"start": s, "end": e, "text": text[s:e]})
                    have.add((s, e))
            ent["mentions"].sort(key=lambda m: (m["start"], m["end"]))
            for k, v in attrs.items():
                vals = ent["attributes"].setdefault(str(k), [])
                vals.extend(x for x in _strs(v) if x not in vals)
        return Document.from_dict(d)

    def with_entity(self, start: int, end: int, label: str, name: Optional[str] = None,
                    attributes: Optional[Mapping[str, Any]] = None) -> "Document":
        """A new Document with one more entity mention (see :meth:`with_entities`)."""
        return self.with_entities([{"start": start, "end": end, "label": label, "name": name,
                                    "attributes": attributes or {}}])

    def with_attributes(self, entity_id: str, **attributes: "str | Iterable[str]") -> "Document":
        """A new Document where entity ``entity_id`` has these attributes (values: a string or strings),
        replacing the values of the keys given."""
        d = self.to_dict()
        for e in d["entities"]:
            if e["id"] == entity_id:
                for k, v in attributes.items():
                    e["attributes"][k] = _strs(v)
                return Document.from_dict(d)
        raise KeyError(entity_id)

    def with_quotes(self, items: Iterable[Mapping[str, Any]]) -> "Document":
        """A new Document with quotes added. Each item is a mapping with ``start``, ``end`` (the quoted
        words, without the marks) and optionally ``speaker`` (an entity or speaker id), ``speaker_text``,
        ``speaker_start``/``speaker_end``, ``cue``, ``channel``, ``kind`` ("quotation" or "scare") and
        ``closed``. Quotes stay in text order."""
        d = self.to_dict()
        text = d["text"]
        for q in items:
            start, end = _bounds(q)
            if not (0 <= start <= end <= len(text)):
                raise IndexError(f"quote {start}:{end} is outside the text of length {len(text)}")
            sp_start, sp_end = q.get("speaker_start"), q.get("speaker_end")
            sp_text = q.get("speaker_text")
            if sp_start is not None and sp_text is None:
                sp_text = text[sp_start:sp_end]
            d["quotes"].append({
                "start": start, "end": end, "text": text[start:end], "kind": q.get("kind", "quotation"),
                "speaker": q.get("speaker"), "speaker_text": sp_text, "speaker_start": sp_start,
                "speaker_end": sp_end, "cue": q.get("cue"), "channel": q.get("channel"),
                "closed": bool(q.get("closed", True)),
            })
        d["quotes"].sort(key=lambda q: (q["start"], q["end"]))
        return Document.from_dict(d)

    def with_quote(self, start: int, end: int, **fields: Any) -> "Document":
        """A new Document with one more quote (see :meth:`with_quotes`)."""
        return self.with_quotes([{"start": start, "end": end, **fields}])

    # -- serialisation -------------------------------------------------------------
    def to_json(self, indent: Optional[int] = None) -> str:
        """The document as JSON, schema ``parley.document/1`` (see the README)."""
        return self._core.to_json(-1 if indent is None else indent)

    def to_dict(self) -> dict[str, Any]:
        """The document as plain Python data (what :meth:`to_json` writes)."""
        return json.loads(self.to_json())

    @classmethod
    def from_json(cls, data: JsonLike) -> "Document":
        """Reads back what :meth:`to_json` wrote; ``from_json(doc.to_json()) == doc``.
        Raises ParseError on malformed JSON or a document that breaks the schema."""
        if isinstance(data, Mapping):
            data = json.dumps(data, ensure_ascii=False)
        if isinstance(data, str):
            data = data.encode("utf-8", "surrogatepass")
        return cls(_core.Document.from_json(bytes(data)))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Document":
        """The inverse of :meth:`to_dict`."""
        return cls.from_json(data)

    @overload
    def to_pandas(self, table: None = None) -> "dict[str, pandas.DataFrame]": ...

    @overload
    def to_pandas(self, table: str) -> "pandas.DataFrame": ...

    def to_pandas(self, table: Optional[str] = None) -> "dict[str, pandas.DataFrame] | pandas.DataFrame":
        """The document as pandas tables: ``paragraphs``, ``speakers``, ``turns``, ``quotes``,
        ``entities``, ``mentions``. With ``table`` one DataFrame, else a dict of all of them.
        Counts and offsets are integers; optional indices (``turn``, ``reply_to``, ``paragraph``) are
        pandas' nullable ``Int64`` and absent texts ``None``, so no float64 or NaN comes from a missing
        value. Needs pandas (``pip install parley[pandas]``)."""
        from ._export import to_pandas

        return to_pandas(self, table)

    def to_displacy(self, title: Optional[str] = None) -> dict[str, Any]:
        """The entities in displaCy's manual format, for ``spacy.displacy.render(doc.to_displacy(),
        style="ent", manual=True)``: ``{"text", "ents": [{"start", "end", "label"}], "title"}``."""
        from ._export import to_displacy

        return to_displacy(self, title)

    def to_html(self) -> str:
        """The article as HTML: entities highlighted, interview turns coloured by speaker."""
        from ._html import render

        return render(self)

    def _repr_html_(self) -> str:
        return self.to_html()

    def summary(self, full: bool = False, limit: int = 10) -> str:
        """A readable plain-text summary: header, speakers, counts, and the first ``limit`` turns, quotes,
        entities of each label and warnings ("… and K more"); ``full=True`` lists them all."""
        from ._summary import summarize

        return summarize(self, full=full, limit=limit)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Document) and self._core == other._core

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self):  # pickled compactly, as its JSON
        return (_from_json_bytes, (self.to_json().encode("utf-8", "surrogatepass"),))

    def __repr__(self) -> str:
        title = self.meta.title or self.text[:40]
        return (f"<parley.Document {title!r}: {len(self.paragraphs)} paragraphs, {len(self.turns)} turns, "
                f"{len(self.quotes)} quotes, {len(self.entities)} entities>")

    def __str__(self) -> str:
        return self.text

    def __iter__(self) -> Iterator[Paragraph]:
        return iter(self.paragraphs)


def _from_json_bytes(data: bytes) -> Document:
    return Document.from_json(data)
