"""The Python view of a parley Document: immutable, spaCy-like, converted lazily from the C++ core."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Iterator, Optional

from . import _core

__all__ = [
    "Document", "Meta", "Guest", "Paragraph", "Speaker", "Turn", "Quote", "Entity", "Span", "Warning",
    "SCHEMA",
]

SCHEMA: str = _core.SCHEMA


@dataclass(frozen=True)
class Guest:
    name: str
    description: str = ""


@dataclass(frozen=True)
class Meta:
    """Header and footer facts: title, subtitle, authors, guests, source URL and disclaimer."""

    title: str = ""
    subtitle: str = ""
    authors: tuple[str, ...] = ()
    guests: tuple[Guest, ...] = ()
    source_url: str = ""
    disclaimer: str = ""


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


@dataclass(frozen=True)
class Turn(_Spanlike):
    speaker: str = ""
    paragraphs: tuple[int, ...] = ()
    reply_to: Optional[int] = None


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


@dataclass(frozen=True)
class Span(_Spanlike):
    """One mention of an entity, spaCy style: ``.text``, ``.label_``, ``.start_char``, ``.end_char``."""

    label_: str = ""
    entity_id: str = ""

    def __repr__(self) -> str:
        return f"Span({self.text!r}, {self.label_}, {self.start}:{self.end})"


@dataclass(frozen=True)
class Entity:
    """An entity with every mention of it: ``.name`` (canonical), ``.label_``, ``.mentions``, ``.attributes``."""

    id: str
    label_: str
    name: str
    mentions: tuple[Span, ...] = ()
    attributes: dict = field(default_factory=dict, compare=True, hash=False)

    @property
    def label(self) -> str:
        return self.label_

    @property
    def value(self) -> Optional[str]:
        """The normalised value of a date, time or figure (``attributes['value'][0]``), if any."""
        v = self.attributes.get("value")
        return v[0] if v else None


@dataclass(frozen=True)
class Warning(_Spanlike):
    code: str = ""
    message: str = ""


def _opt(s: str) -> Optional[str]:
    return s or None


class Document:
    """An analysed article. Build one with :func:`parley.analyze`; never mutate it.

    Every span's ``start``/``end`` is a code-point offset into :attr:`text`, half-open:
    ``doc.text[s.start:s.end] == s.text`` always holds.
    """

    __slots__ = ("_core", "__dict__")

    def __init__(self, core: "_core.Document") -> None:
        self._core = core

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
                    m.source_url, m.disclaimer)

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
            Turn(x.start, x.end, t[x.start:x.end], x.speaker, tuple(x.paragraphs), None if x.reply_to < 0 else x.reply_to)
            for x in self._core.turns)

    @cached_property
    def quotes(self) -> tuple[Quote, ...]:
        t = self.text
        out = []
        for q in self._core.quotes:
            has_sp = q.speaker_start >= 0
            out.append(Quote(q.start, q.end, t[q.start:q.end], q.kind, _opt(q.speaker), _opt(q.speaker_text),
                             q.speaker_start if has_sp else None, q.speaker_end if has_sp else None,
                             _opt(q.cue), _opt(q.channel), q.closed))
        return tuple(out)

    @cached_property
    def entities(self) -> tuple[Entity, ...]:
        t = self.text
        out = []
        for e in self._core.entities:
            spans = tuple(Span(m.start, m.end, t[m.start:m.end], e.label, e.id) for m in e.mentions)
            out.append(Entity(e.id, e.label, e.name, spans, {k: list(v) for k, v in e.attributes.items()}))
        return tuple(out)

    @cached_property
    def ents(self) -> tuple[Span, ...]:
        """Every entity mention as a span, in text order (spaCy's ``doc.ents``)."""
        return tuple(sorted((s for e in self.entities for s in e.mentions), key=lambda s: (s.start, -s.end)))

    @cached_property
    def warnings(self) -> tuple[Warning, ...]:
        t = self.text
        return tuple(Warning(w.start, w.end, t[w.start:w.end], w.code, w.message) for w in self._core.warnings)

    def entity(self, entity_id: str) -> Entity:
        """The entity with this id (``span.entity_id``, ``quote.speaker``)."""
        for e in self.entities:
            if e.id == entity_id:
                return e
        raise KeyError(entity_id)

    def speaker(self, speaker_id: str) -> Speaker:
        for s in self.speakers:
            if s.id == speaker_id:
                return s
        raise KeyError(speaker_id)

    def char_span(self, start: int, end: int, label: str = "") -> Span:
        """A span over ``text[start:end]`` (code points), like spaCy's ``Doc.char_span``."""
        if not (0 <= start <= end <= len(self.text)):
            raise IndexError(f"span {start}:{end} is outside the text of length {len(self.text)}")
        return Span(start, end, self.text[start:end], label)

    # -- serialisation -------------------------------------------------------------
    def to_json(self, indent: Optional[int] = None) -> str:
        """The document as JSON, schema ``parley.document/1`` (see the README)."""
        return self._core.to_json(-1 if indent is None else indent)

    def to_dict(self) -> dict[str, Any]:
        return json.loads(self.to_json())

    @classmethod
    def from_json(cls, data: "str | bytes | dict") -> "Document":
        """Reads back what :meth:`to_json` wrote; ``from_json(doc.to_json()) == doc``."""
        if isinstance(data, dict):
            data = json.dumps(data, ensure_ascii=False)
        if isinstance(data, str):
            data = data.encode("utf-8", "surrogatepass")
        return cls(_core.Document.from_json(data))

    def summary(self) -> str:
        """A readable plain-text summary: header, speakers, turns, quotes and entities."""
        from ._summary import summarize

        return summarize(self)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Document) and self._core == other._core

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        title = self.meta.title or self.text[:40]
        return (f"<parley.Document {title!r}: {len(self.paragraphs)} paragraphs, {len(self.turns)} turns, "
                f"{len(self.quotes)} quotes, {len(self.entities)} entities>")

    def __iter__(self) -> Iterator[Paragraph]:
        return iter(self.paragraphs)
