"""Analyzer: the configured pipeline, and the module-level analyze() and read()."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from typing import Iterable, Iterator, Mapping, Optional, Sequence, Union

from . import _core
from .document import Document

__all__ = ["Analyzer", "analyze", "read"]

TextLike = Union[str, bytes, bytearray, memoryview]


def _utf8(text: TextLike) -> bytes:
    if isinstance(text, str):
        # Lone surrogates become bytes the core rejects with a ParseError naming their offset.
        return text.encode("utf-8", "surrogatepass")
    if isinstance(text, (bytes, bytearray, memoryview)):
        return bytes(text)
    raise TypeError(f"parley analyses str or UTF-8 bytes, not {type(text).__name__}")


class Analyzer:
    """A configured pipeline. Build it once and reuse it: it is thread-safe.

    Options (all optional):
      structure, turns, entities, quotes -- switch stages on or off (default all on);
      gazetteer -- ``{"Roscosmos": "ORG", ...}`` or ``[("Roscosmos", "ORG", "canonical name"), ...]``;
      aliases -- ``{"Kiev": "Kyiv"}``: spelling variants grouped as one entity;
      interviewer_labels, guest_labels -- extra paragraph labels ("Correspondent", "Expert");
      cue_verbs -- extra reporting verbs for quotes ("quipped").
    """

    def __init__(self, *, structure: bool = True, turns: bool = True, entities: bool = True, quotes: bool = True,
                 gazetteer: Optional[Union[Mapping[str, str], Iterable[Sequence[str]]]] = None,
                 aliases: Optional[Mapping[str, str]] = None,
                 interviewer_labels: Iterable[str] = (), guest_labels: Iterable[str] = (),
                 cue_verbs: Iterable[str] = ()) -> None:
        self._options = dict(structure=structure, turns=turns, entities=entities, quotes=quotes,
                             gazetteer=_gazetteer_items(gazetteer), aliases=dict(aliases or {}),
                             interviewer_labels=list(interviewer_labels), guest_labels=list(guest_labels),
                             cue_verbs=list(cue_verbs))
        opts = _core.Options()
        for key in ("structure", "turns", "entities", "quotes"):
            setattr(opts, key, bool(self._options[key]))
        opts.gazetteer = [_core.GazetteerEntry(t, label, name) for t, label, name in self._options["gazetteer"]]
        opts.aliases = list(self._options["aliases"].items())
        opts.interviewer_labels = self._options["interviewer_labels"]
        opts.guest_labels = self._options["guest_labels"]
        opts.cue_verbs = self._options["cue_verbs"]
        self._core = _core.Analyzer(opts)

    @property
    def options(self) -> dict:
        """The options this analyzer was built with (a copy)."""
        return {k: (list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v)
                for k, v in self._options.items()}

    def __call__(self, text: TextLike) -> Document:
        """Analyses one article (str, or UTF-8 bytes)."""
        return Document(self._core.analyze(_utf8(text)))

    analyze = __call__

    def pipe(self, texts: Iterable[TextLike], *, n_threads: int = 1, batch_size: int = 64) -> Iterator[Document]:
        """Analyses many texts lazily, in order. With ``n_threads > 1`` the C++ core runs on that many
        threads at once (it releases the GIL); at most ``n_threads * batch_size`` texts are held."""
        if n_threads < 1 or batch_size < 1:
            raise ValueError("n_threads and batch_size must be at least 1")
        if n_threads == 1:
            for t in texts:
                yield self(t)
            return
        with ThreadPoolExecutor(max_workers=n_threads) as pool:
            window = n_threads * batch_size
            pending = []
            for t in texts:
                pending.append(pool.submit(self._core.analyze, _utf8(t)))
                if len(pending) >= window:
                    for f in pending[:batch_size]:
                        yield Document(f.result())
                    del pending[:batch_size]
            for f in pending:
                yield Document(f.result())

    def __reduce__(self):  # pickled by its options, rebuilt where it is loaded
        return (_rebuild_analyzer, (self._options,))

    def __repr__(self) -> str:
        changed = {k: v for k, v in self._options.items() if v not in (True, [], {})}
        return f"parley.Analyzer({', '.join(f'{k}={v!r}' for k, v in changed.items())})"


def _rebuild_analyzer(options: dict) -> Analyzer:
    opts = dict(options)
    opts["gazetteer"] = [tuple(x) for x in opts["gazetteer"]]
    return Analyzer(**opts)


def _gazetteer_items(g) -> list:
    if g is None:
        return []
    items = g.items() if isinstance(g, Mapping) else g
    out = []
    for item in items:
        item = tuple(item)
        if len(item) == 2:
            item = (item[0], item[1], "")
        if len(item) != 3:
            raise ValueError(f"gazetteer entry {item!r} is not (text, label) or (text, label, name)")
        out.append((str(item[0]), str(item[1]).upper(), str(item[2])))
    return out


_default: Optional[Analyzer] = None


def _default_analyzer() -> Analyzer:
    global _default
    if _default is None:
        _default = Analyzer()
    return _default


def analyze(text: TextLike) -> Document:
    """Analyses one article (str, or UTF-8 bytes) with the default options."""
    return _default_analyzer()(text)


def read(path: "str | os.PathLike[str]", analyzer: Optional[Analyzer] = None) -> Document:
    """Reads a UTF-8 file and analyses it. Raises ParseError (naming the byte offset) on undecodable bytes."""
    with open(path, "rb") as f:
        data = f.read()
    return (analyzer or _default_analyzer())(data)
