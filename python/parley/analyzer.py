"""Analyzer: the configured pipeline, and the module-level analyze() and read()."""

from __future__ import annotations

import csv
import io
import json
import os
import threading
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Literal, Mapping, Optional, Sequence, TypeVar, Union, overload

from . import _core
from ._encoding import decode_text
from ._page import HTML_SUFFIXES, Page, looks_like_html, page_text, read_page, with_page_meta
from .document import Document
from .errors import OptionError

__all__ = ["Analyzer", "analyze", "analyze_html", "read"]

TextLike = Union[str, bytes, bytearray, memoryview]
PathLike = Union[str, "os.PathLike[str]"]
GazetteerLike = Union[Mapping[str, str], Iterable[Sequence[str]], PathLike]
AliasesLike = Union[Mapping[str, str], Iterable[Sequence[str]], PathLike]
Component = Callable[[Document], Optional[Document]]
_Context = TypeVar("_Context")

# The entity labels a gazetteer entry may have: spaCy's OntoNotes labels and URL, as the core names them
# (cpp/src/document.cc; tests/test_first_hour.py checks that the two agree).
LABELS = ("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE",
          "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "URL")


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
      gazetteer -- ``{"Roscosmos": "ORG", ...}`` or ``[("Roscosmos", "ORG", "canonical name"), ...]``,
                   or the path of a file: TSV (``text<TAB>label[<TAB>name]`` a line, ``#`` comments)
                   or JSON (an object ``{text: label}`` or a list of ``[text, label, name]`` / objects);
      aliases -- ``{"Kiev": "Kyiv"}``: spelling variants grouped as one entity, or a TSV/JSON file
                 (``variant<TAB>canonical`` a line);
      interviewer_labels, guest_labels -- extra paragraph labels ("Correspondent", "Expert");
      cue_verbs -- extra reporting verbs for quotes ("quipped");
      components -- Python functions run after the C++ pipeline (see :meth:`component`).
    """

    def __init__(self, *, structure: bool = True, turns: bool = True, entities: bool = True, quotes: bool = True,
                 gazetteer: Optional[GazetteerLike] = None,
                 aliases: Optional[AliasesLike] = None,
                 interviewer_labels: Iterable[str] = (), guest_labels: Iterable[str] = (),
                 cue_verbs: Iterable[str] = (), components: Iterable[Component] = ()) -> None:
        for name, flag in (("structure", structure), ("turns", turns), ("entities", entities), ("quotes", quotes)):
            if not isinstance(flag, bool):
                raise OptionError(f"{name} takes True or False, not {flag!r}")
        self._options: dict[str, Any] = dict(structure=structure, turns=turns, entities=entities, quotes=quotes,
                             gazetteer=_gazetteer_items(gazetteer), aliases=_alias_items(aliases),
                             interviewer_labels=_strings("interviewer_labels", interviewer_labels),
                             guest_labels=_strings("guest_labels", guest_labels),
                             cue_verbs=_strings("cue_verbs", cue_verbs))
        self._components: list[Component] = []
        for c in components:
            self.component(c)
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
        """The options this analyzer was built with (a copy; gazetteer and aliases as read from files)."""
        return {k: (list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v)
                for k, v in self._options.items()}

    @property
    def components(self) -> tuple[Component, ...]:
        """The Python components, in the order they run."""
        return tuple(self._components)

    def component(self, fn: Component) -> Component:
        """Registers ``fn`` as a Python component; usable as a decorator (``@analyzer.component``).

        Components run in registration order after the C++ pipeline. Each receives the Document and
        returns it, a new Document (e.g. from ``doc.with_entities(...)``, ``doc.with_quotes(...)`` or
        ``doc.with_attributes(...)``), or None for "unchanged". What they add is part of the Document
        and survives ``to_json``/``from_json``.
        """
        if not callable(fn):
            raise OptionError(f"a component must be a function taking a Document, not {type(fn).__name__}")
        self._components.append(fn)
        return fn

    def _finish(self, core_doc, page: Optional[Page] = None) -> Document:
        doc = Document(core_doc)
        if page is not None:
            doc = with_page_meta(doc, page)
        for fn in self._components:
            out = fn(doc)
            if out is None:
                continue
            if not isinstance(out, Document):
                name = getattr(fn, "__name__", repr(fn))
                raise TypeError(f"component {name} returned {type(out).__name__}, not a parley.Document or None")
            doc = out
        return doc

    def __call__(self, text: TextLike) -> Document:
        """Analyses one article (str, or UTF-8 bytes)."""
        return self._finish(self._core.analyze(_utf8(text)))

    analyze = __call__

    def analyze_html(self, html: TextLike, url: Optional[str] = None, *, encoding: Optional[str] = None) -> Document:
        """Analyses a web page (str, or bytes decoded by ``encoding``, else by the page's declared charset,
        else by detection) through trafilatura: ``doc.text`` is the page's main text, one paragraph a line,
        headline first, and every offset refers to it. The page's metadata fills the meta fields the text
        does not state (``doc.meta.provenance`` says which). ``url`` is only metadata: nothing is fetched.
        Needs ``pip install 'parley[html]'``."""
        page = read_page(html, url=url, encoding=encoding)
        return self._finish(self._core.analyze(_utf8(page_text(page))), page)

    def read(self, path: PathLike, *, encoding: Optional[str] = None) -> Document:
        """Reads and analyses a file: a web page when its name ends in .html/.htm/.xhtml or its content
        opens as HTML (see :meth:`analyze_html`), else plain text, UTF-8 unless ``encoding`` names another."""
        with open(path, "rb") as f:
            data = f.read()
        return self.analyze_bytes(data, name=os.fspath(path), encoding=encoding)

    def analyze_bytes(self, data: bytes, name: str = "", *, encoding: Optional[str] = None) -> Document:
        """What :meth:`read` does with a file's content; ``name`` is only looked at for its suffix."""
        if name.lower().endswith(HTML_SUFFIXES) or looks_like_html(data):
            return self.analyze_html(data, encoding=encoding)
        return self(decode_text(data, encoding))

    @overload
    def pipe(self, texts: Iterable[TextLike], *, n_threads: int = ..., batch_size: int = ...,
             as_tuples: Literal[False] = ...) -> Iterator[Document]: ...

    @overload
    def pipe(self, texts: Iterable[tuple[TextLike, _Context]], *, n_threads: int = ..., batch_size: int = ...,
             as_tuples: Literal[True]) -> Iterator[tuple[Document, _Context]]: ...

    @overload
    def pipe(self, texts: Iterable[Any], *, n_threads: int = ..., batch_size: int = ...,
             as_tuples: bool) -> Iterator[Union[Document, tuple[Document, Any]]]: ...

    def pipe(self, texts: Iterable[Any], *, n_threads: int = 1, batch_size: int = 64,
             as_tuples: bool = False) -> Iterator[Any]:
        """Analyses many texts lazily, in order. With ``n_threads > 1`` the C++ core runs on that many
        threads at once (it releases the GIL); at most ``n_threads * batch_size`` texts are held.

        With ``as_tuples=True`` (as in spaCy) the items are ``(text, context)`` pairs and the results
        ``(doc, context)`` pairs, so a file name or id travels with its document."""
        for name, n in (("n_threads", n_threads), ("batch_size", batch_size)):
            if not isinstance(n, int) or isinstance(n, bool) or n < 1:
                raise OptionError(f"{name} takes a whole number of at least 1, not {n!r}")
        if as_tuples:
            return self._pipe_tuples(texts, n_threads, batch_size)
        return self._pipe(texts, n_threads, batch_size)

    def _pipe(self, texts: Iterable[TextLike], n_threads: int, batch_size: int) -> Iterator[Document]:
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
                        yield self._finish(f.result())
                    del pending[:batch_size]
            for f in pending:
                yield self._finish(f.result())

    def _pipe_tuples(self, pairs: Iterable[tuple[TextLike, Any]], n_threads: int,
                     batch_size: int) -> Iterator[tuple[Document, Any]]:
        contexts: deque = deque()

        def texts() -> Iterator[TextLike]:
            for text, context in pairs:
                contexts.append(context)
                yield text

        for doc in self._pipe(texts(), n_threads, batch_size):
            yield doc, contexts.popleft()

    def __reduce__(self):  # pickled by its options (and components, by reference), rebuilt where loaded
        if self._components:
            return (_rebuild_analyzer, (self._options, tuple(self._components)))
        return (_rebuild_analyzer, (self._options,))

    def __repr__(self) -> str:
        changed = {k: v for k, v in self._options.items() if v not in (True, [], {})}
        args = [f"{k}={v!r}" for k, v in changed.items()]
        if self._components:
            args.append("components=[" + ", ".join(getattr(c, "__name__", repr(c)) for c in self._components) + "]")
        return f"parley.Analyzer({', '.join(args)})"


# Unpickled analyzers, one per distinct options in this process: a Dask or multiprocessing worker that
# receives the same analyzer with every task builds it once, not once per task. Analyzers are immutable
# and thread-safe, so sharing one is safe. Bounded, oldest dropped first.
_rebuilt: "dict[str, Analyzer]" = {}
_rebuilt_lock = threading.Lock()
_REBUILT_MAX = 16


def _rebuild_analyzer(options: dict, components: tuple = ()) -> Analyzer:
    if components:  # not shared: components are the caller's own functions
        opts = dict(options)
        opts["gazetteer"] = [tuple(x) for x in opts["gazetteer"]]
        return Analyzer(**opts, components=components)
    key = json.dumps(options, sort_keys=True, ensure_ascii=False, default=list)
    with _rebuilt_lock:
        cached = _rebuilt.get(key)
    if cached is not None:
        return cached
    opts = dict(options)
    opts["gazetteer"] = [tuple(x) for x in opts["gazetteer"]]
    built = Analyzer(**opts)
    with _rebuilt_lock:
        while len(_rebuilt) >= _REBUILT_MAX:
            del _rebuilt[next(iter(_rebuilt))]
        return _rebuilt.setdefault(key, built)


def _is_path(x) -> bool:
    return isinstance(x, (str, os.PathLike))


def _read_table(path: PathLike, what: str) -> Union[list, dict]:
    """A gazetteer or alias file: JSON (by suffix .json or a leading [ or {) or TSV."""
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FileNotFoundError(f"{what} file not found: {p}") from None
    if p.suffix.lower() == ".json" or raw.lstrip()[:1] in ("[", "{"):
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as e:
            raise OptionError(f"{p}: invalid JSON {what}: {e}; fix the file or write it as TSV") from None
        if isinstance(data, list):
            rows = []
            for x in data:
                if isinstance(x, dict):
                    x = ((x.get("text"), x.get("label"), x.get("name") or "") if what == "gazetteer"
                         else (x.get("variant"), x.get("canonical")))
                rows.append(x)
            return rows
        return data
    rows = []
    for lineno, row in enumerate(csv.reader(io.StringIO(raw), delimiter="\t", quoting=csv.QUOTE_NONE), 1):
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        row = [c.strip() for c in row]
        while row and not row[-1]:
            row.pop()
        if len(row) < 2:
            raise OptionError(f"{p}:{lineno}: a {what} line needs at least two tab-separated fields "
                              f"({'text<TAB>LABEL[<TAB>name]' if what == 'gazetteer' else 'variant<TAB>canonical'})")
        rows.append(row)
    return rows


def _alias_items(a) -> dict:
    if a is None:
        return {}
    if _is_path(a):
        a = _read_table(a, "aliases")
    items = a.items() if isinstance(a, Mapping) else a
    out = {}
    for item in items:
        item = tuple(item)
        if len(item) != 2:
            raise OptionError(f"alias {item!r} is not a pair (variant, canonical), e.g. ('Kiev', 'Kyiv')")
        out[str(item[0])] = str(item[1])
    return out


def _gazetteer_items(g) -> list:
    if g is None:
        return []
    if _is_path(g):
        g = _read_table(g, "gazetteer")
    items = g.items() if isinstance(g, Mapping) else g
    out = []
    for item in items:
        item = tuple(item)
        if len(item) == 2:
            item = (item[0], item[1], "")
        if len(item) != 3:
            raise OptionError(f"gazetteer entry {item!r} is not (text, label) or (text, label, name), "
                              "e.g. ('Roscosmos', 'ORG')")
        label = str(item[1]).upper()
        if label not in LABELS:
            raise OptionError(f"gazetteer entry {item[0]!r} has the unknown label {item[1]!r}; "
                              f"use one of {', '.join(LABELS)}")
        out.append((str(item[0]), label, str(item[2])))
    return out


def _strings(name: str, value: Iterable[str]) -> list[str]:
    """A list option (``cue_verbs``, ...): strings, and not one string, which would be read letter by letter."""
    if isinstance(value, str):
        raise OptionError(f"{name} takes a list of strings, e.g. {name}=[{value!r}], not one string")
    try:
        out = list(value)
    except TypeError:
        raise OptionError(f"{name} takes a list of strings, not {type(value).__name__}") from None
    for x in out:
        if not isinstance(x, str) or not x.strip():
            raise OptionError(f"{name} takes non-empty strings; {x!r} is not one")
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


def analyze_html(html: TextLike, url: Optional[str] = None, *, encoding: Optional[str] = None) -> Document:
    """Analyses one web page with the default options (see :meth:`Analyzer.analyze_html`)."""
    return _default_analyzer().analyze_html(html, url, encoding=encoding)


def read(path: "str | os.PathLike[str]", analyzer: Optional[Analyzer] = None, *,
         encoding: Optional[str] = None) -> Document:
    """Reads a file and analyses it: a web page (.html/.htm, or HTML by content) or plain text, UTF-8
    unless ``encoding`` names another. Raises ParseError (naming the byte offset) on undecodable bytes."""
    return (analyzer or _default_analyzer()).read(path, encoding=encoding)
