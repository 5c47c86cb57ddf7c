"""
parley's compiled core. Use the public package `parley`, not this module.
"""
from __future__ import annotations
import collections.abc
import typing
__all__: list[str] = ['Analyzer', 'Document', 'Entity', 'GazetteerEntry', 'Guest', 'Mention', 'Meta', 'Options', 'Paragraph', 'Quote', 'SCHEMA', 'Speaker', 'Turn', 'Warning']
class Guest:
    description: str
    name: str
    def __init__(self) -> None:
        ...
class Meta:
    disclaimer: str
    published: str
    site: str
    source_url: str
    subtitle: str
    title: str
    def __init__(self) -> None:
        ...
    @property
    def authors(self) -> list[str]:
        ...
    @authors.setter
    def authors(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def guests(self) -> list[Guest]:
        ...
    @guests.setter
    def guests(self, arg0: collections.abc.Sequence[Guest]) -> None:
        ...
    @property
    def provenance(self) -> dict[str, str]:
        ...
    @provenance.setter
    def provenance(self, arg0: collections.abc.Mapping[str, str]) -> None:
        ...
class Paragraph:
    speaker: str
    def __init__(self) -> None:
        ...
    @property
    def end(self) -> int:
        ...
    @end.setter
    def end(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def kind(self) -> str:
        ...
    @property
    def start(self) -> int:
        ...
    @start.setter
    def start(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class Speaker:
    description: str
    id: str
    name: str
    def __init__(self) -> None:
        ...
    @property
    def labels(self) -> list[str]:
        ...
    @labels.setter
    def labels(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def role(self) -> str:
        ...
class Turn:
    speaker: str
    def __init__(self) -> None:
        ...
    @property
    def end(self) -> int:
        ...
    @end.setter
    def end(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def paragraphs(self) -> list[int]:
        ...
    @paragraphs.setter
    def paragraphs(self, arg0: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def reply_to(self) -> int:
        ...
    @reply_to.setter
    def reply_to(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def start(self) -> int:
        ...
    @start.setter
    def start(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class Quote:
    channel: str
    closed: bool
    cue: str
    speaker: str
    speaker_text: str
    def __init__(self) -> None:
        ...
    @property
    def end(self) -> int:
        ...
    @end.setter
    def end(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def kind(self) -> str:
        ...
    @property
    def speaker_end(self) -> int:
        ...
    @speaker_end.setter
    def speaker_end(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def speaker_start(self) -> int:
        ...
    @speaker_start.setter
    def speaker_start(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def start(self) -> int:
        ...
    @start.setter
    def start(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class Mention:
    def __init__(self) -> None:
        ...
    @property
    def end(self) -> int:
        ...
    @end.setter
    def end(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def start(self) -> int:
        ...
    @start.setter
    def start(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class Entity:
    id: str
    name: str
    def __init__(self) -> None:
        ...
    @property
    def attributes(self) -> dict[str, list[str]]:
        ...
    @attributes.setter
    def attributes(self, arg0: collections.abc.Mapping[str, collections.abc.Sequence[str]]) -> None:
        ...
    @property
    def label(self) -> str:
        ...
    @property
    def mentions(self) -> list[Mention]:
        ...
    @mentions.setter
    def mentions(self, arg0: collections.abc.Sequence[Mention]) -> None:
        ...
class Warning:
    code: str
    message: str
    def __init__(self) -> None:
        ...
    @property
    def end(self) -> int:
        ...
    @end.setter
    def end(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def start(self) -> int:
        ...
    @start.setter
    def start(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class Document:
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_json(json: bytes) -> Document:
        """
        Reads a Document back from its UTF-8 JSON bytes.
        """
    def __eq__(self, arg0: Document) -> bool:
        ...
    def __init__(self) -> None:
        ...
    def __len__(self) -> int:
        ...
    def to_json(self, indent: typing.SupportsInt | typing.SupportsIndex = -1) -> str:
        """
        The Document as JSON (schema parley.document/1).
        """
    @property
    def entities(self) -> list[Entity]:
        ...
    @property
    def meta(self) -> Meta:
        ...
    @property
    def paragraphs(self) -> list[Paragraph]:
        ...
    @property
    def quotes(self) -> list[Quote]:
        ...
    @property
    def speakers(self) -> list[Speaker]:
        ...
    @property
    def text(self) -> str:
        ...
    @property
    def turns(self) -> list[Turn]:
        ...
    @property
    def warnings(self) -> list[Warning]:
        ...
class GazetteerEntry:
    def __init__(self, text: str, label: str, name: str = '') -> None:
        ...
class Options:
    entities: bool
    quotes: bool
    structure: bool
    turns: bool
    def __init__(self) -> None:
        ...
    @property
    def aliases(self) -> list[tuple[str, str]]:
        ...
    @aliases.setter
    def aliases(self, arg0: collections.abc.Sequence[tuple[str, str]]) -> None:
        ...
    @property
    def cue_verbs(self) -> list[str]:
        ...
    @cue_verbs.setter
    def cue_verbs(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def gazetteer(self) -> list[GazetteerEntry]:
        ...
    @gazetteer.setter
    def gazetteer(self, arg0: collections.abc.Sequence[GazetteerEntry]) -> None:
        ...
    @property
    def guest_labels(self) -> list[str]:
        ...
    @guest_labels.setter
    def guest_labels(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def interviewer_labels(self) -> list[str]:
        ...
    @interviewer_labels.setter
    def interviewer_labels(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
class Analyzer:
    def __init__(self, options: Options) -> None:
        ...
    def analyze(self, utf8: bytes) -> Document:
        """
        Analyses UTF-8 bytes; raises ParseError on malformed UTF-8.
        """
SCHEMA: str = 'parley.document/1'
