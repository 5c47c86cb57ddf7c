"""parley on Dask: analyse corpora larger than one machine (``pip install parley[dask]``).

>>> import parley.dask as pdask
>>> texts = pdask.read_texts("articles/")                 # bag of (path, text), read on the workers
>>> docs = pdask.analyze_bag(texts)                       # bag of (path, Document)
>>> ents = pdask.to_dataframe(docs, table="entities")     # Dask DataFrame, one row per entity
>>> ents.groupby("name").size().nlargest(20).compute()

Each partition goes through one :meth:`parley.Analyzer.pipe`. The analyzer travels once, as one key of
the graph, and pickles by its options (rebuilt at most once per worker process); Documents pickle as
their compact JSON, exactly.
"""

from __future__ import annotations

import glob
import os
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence, Union

import dask
import dask.bag as db
import dask.dataframe as dd
import pandas as pd
import pyarrow as pa

from . import _core
from ._export import TABLES as _TABLES
from ._export import _rows as _table_rows
from .analyzer import Analyzer
from .document import Document
from .errors import OptionError, ParseError

__all__ = ["analyze_bag", "read_texts", "to_dataframe", "meta", "TABLES"]

SUFFIXES = (".txt", ".text", ".md")

# ---------------------------------------------------------------------------------------------------------
# Analysis


def _is_pair(item: Any) -> bool:
    return isinstance(item, tuple) and len(item) == 2


def _analyze_partition(items: Iterable[Any], analyzer: Analyzer, records: bool, n_threads: int) -> list:
    items = list(items)
    if not items:
        return []
    keyed = _is_pair(items[0])
    if any(_is_pair(x) != keyed for x in items):
        raise TypeError("parley.dask.analyze_bag: a partition mixes texts and (key, text) pairs")
    texts = (x[1] for x in items) if keyed else iter(items)
    docs = analyzer.pipe(texts, n_threads=n_threads)
    out: list = []
    for item, doc in zip(items, docs):
        if records:
            d = doc.to_dict()
            out.append({"key": item[0], **d} if keyed else d)
        else:
            out.append((item[0], doc) if keyed else doc)
    return out


def analyze_bag(bag: db.Bag, *, records: bool = False, analyzer: Optional[Analyzer] = None, n_threads: int = 1,
                **options: Any) -> db.Bag:
    """Analyses every text of a Dask bag, one :meth:`Analyzer.pipe` per partition, order kept.

    ``bag`` holds texts (``str`` or UTF-8 ``bytes``), or ``(key, text)`` pairs such as :func:`read_texts`
    gives; the result holds Documents, or ``(key, Document)`` pairs. With ``records=True`` it holds plain
    dicts instead (``Document.to_dict()``, plus ``"key"`` for pairs), e.g. for
    ``bag.map(json.dumps).to_textfiles("out/*.jsonl")``.

    ``options`` are :class:`parley.Analyzer`'s (``gazetteer=...``, ``quotes=False``, ...), or pass a
    built ``analyzer``. ``n_threads`` > 1 runs the C++ core on that many threads inside each task (it
    releases the GIL): useful with few worker processes and many cores each.

    A text that is not UTF-8 fails its task with :class:`parley.ParseError`, as ``Analyzer`` does.
    """
    if analyzer is not None and options:
        raise TypeError("pass either analyzer= or options, not both")
    if n_threads < 1:
        raise OptionError(f"n_threads takes a whole number of at least 1, not {n_threads!r}")
    if analyzer is None:
        analyzer = Analyzer(**options)  # validates the options here, on the client, before any task runs
    # One graph key for the analyzer: shipped once to each worker, not embedded in every task.
    shared = dask.delayed(analyzer, pure=True, traverse=False)
    return bag.map_partitions(_analyze_partition, shared, records, n_threads)


# ---------------------------------------------------------------------------------------------------------
# Reading files


def _read_text(path: str) -> tuple[str, str]:
    with open(path, "rb") as f:
        data = f.read()
    try:
        return path, data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ParseError(f"{path}: invalid UTF-8 at byte {e.start}", e.start) from None


def _list_files(paths: Union[str, os.PathLike, Sequence[Union[str, os.PathLike]]],
                suffixes: Sequence[str]) -> list[str]:
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    out: list[str] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend(str(f) for f in sorted(p.rglob("*")) if f.is_file() and f.suffix.lower() in suffixes)
        elif not p.exists() and any(c in str(p) for c in "*?["):  # a glob pattern: "/data/**/*.txt"
            out.extend(f for f in sorted(glob.glob(str(p), recursive=True)) if os.path.isfile(f))
        else:
            out.append(str(p))
    return out


def read_texts(paths: Union[str, os.PathLike, Sequence[Union[str, os.PathLike]]], *,
               suffixes: Sequence[str] = SUFFIXES, files_per_partition: int = 64,
               npartitions: Optional[int] = None) -> db.Bag:
    """A bag of ``(path, text)`` pairs: the text files of directories (recursively, sorted by path),
    files given by name, and files matching glob patterns (``"/data/**/*.txt"``, sorted). The files are listed here and read on the workers, so the workers must see
    the same paths (a shared or network file system); a file that is not UTF-8 raises ParseError.
    """
    files = _list_files(paths, tuple(s.lower() for s in suffixes))
    if not files:
        return db.from_sequence([], npartitions=1)
    if npartitions is None:
        npartitions = max(1, -(-len(files) // max(1, files_per_partition)))
    return db.from_sequence(files, npartitions=min(npartitions, len(files))).map(_read_text)


# ---------------------------------------------------------------------------------------------------------
# Tables

_S, _I, _NI, _B = "string", "int64", "Int64", "bool"
# Lists and the attributes dict as Arrow types, not Python objects: Dask turns object columns into
# strings and cannot write them to Parquet without a schema; Arrow types go as they are.
_LS = pd.ArrowDtype(pa.list_(pa.string()))
_LI = pd.ArrowDtype(pa.list_(pa.int64()))
_MAP = pd.ArrowDtype(pa.map_(pa.string(), pa.list_(pa.string())))
# The columns of Document.to_pandas(table) with explicit dtypes (text as pandas' "string", optional
# indices as nullable "Int64"), after a leading "doc" column naming the document.
_DTYPES: dict[str, dict[str, Any]] = {
    "paragraphs": {"index": _I, "start": _I, "end": _I, "kind": _S, "speaker": _S, "speaker_name": _S,
                   "turn": _NI, "words": _I, "text": _S},
    "speakers": {"id": _S, "role": _S, "name": _S, "labels": _LS, "description": _S, "turns": _I, "words": _I},
    "turns": {"index": _I, "speaker": _S, "speaker_name": _S, "role": _S, "reply_to": _NI, "start": _I, "end": _I,
              "paragraphs": _LI, "words": _I, "text": _S},
    "quotes": {"start": _I, "end": _I, "kind": _S, "speaker": _S, "speaker_name": _S, "speaker_text": _S,
               "cue": _S, "channel": _S, "closed": _B, "paragraph": _NI, "text": _S},
    "entities": {"id": _S, "label": _S, "name": _S, "mentions": _I, "first": _NI, "value": _S, "attributes": _MAP},
    "mentions": {"entity": _S, "label": _S, "name": _S, "start": _I, "end": _I, "paragraph": _NI, "speaker": _S,
                 "text": _S},
}
TABLES: tuple[str, ...] = _TABLES


def _dtypes(table: str, columns: Sequence[str]) -> dict[str, Any]:
    known = _DTYPES.get(table, {})
    return {"doc": _S, **{c: known.get(c, _S) for c in columns}}  # a column added later: as text


def _frame(table: str, rows: list[dict], columns: Sequence[str]) -> pd.DataFrame:
    dtypes = _dtypes(table, columns)
    frame = pd.DataFrame(rows, columns=list(dtypes))
    return frame.astype(dtypes) if len(frame) else pd.DataFrame({c: pd.Series([], dtype=t) for c, t in dtypes.items()})


def _table_partition(items: Iterable[Any], table: str, partition: int) -> pd.DataFrame:
    rows: list[dict] = []
    columns: Sequence[str] = ()
    for i, item in enumerate(items):
        doc_id = f"{partition}:{i}"
        if _is_pair(item):
            doc_id, doc = str(item[0]), item[1]
        elif isinstance(item, dict):  # a record of analyze_bag(records=True)
            doc = {k: v for k, v in item.items() if k != "key"}
            if "key" in item:
                doc_id = str(item["key"])
        else:
            doc = item
        if isinstance(doc, dict):
            doc = Document.from_json(doc)
        if not isinstance(doc, Document):
            raise TypeError(f"parley.dask.to_dataframe expects Documents, not {type(doc).__name__}")
        found, columns = _table_rows(doc, table)
        rows.extend({"doc": doc_id, **r} for r in found)
    return _frame(table, rows, columns) if rows else meta(table)


def meta(table: str) -> pd.DataFrame:
    """The empty pandas frame with the columns and dtypes of ``table`` (see :func:`to_dataframe`)."""
    if table not in TABLES:
        raise OptionError(f"no table {table!r}; choose one of {', '.join(TABLES)}")
    _, columns = _table_rows(Document(_core.Document()), table)  # the columns, from an empty document
    return _frame(table, [], columns)


def to_dataframe(bag_of_docs: db.Bag, table: str = "entities") -> dd.DataFrame:
    """A Dask DataFrame of one table of every Document: ``paragraphs``, ``speakers``, ``turns``,
    ``quotes``, ``entities`` or ``mentions``.

    The columns are those of :meth:`parley.Document.to_pandas` (same table), after a first column
    ``doc`` naming the document: its key, or ``"partition:index"`` when the bag holds bare Documents.
    ``bag_of_docs`` is what :func:`analyze_bag` returns (Documents, ``(key, Document)`` pairs or
    records). The dtypes are explicit (:func:`meta`): text as ``string``, counts and offsets as
    ``int64``, optional indices (``reply_to``, ``paragraph``, ...) as ``Int64``; the lists
    (``labels``, ``paragraphs``) as Arrow lists and ``attributes`` as an Arrow map (a cell reads as
    ``[(key, values), ...]``: ``dict(cell)``). ``to_parquet`` writes them as they are; read them back
    with ``read_parquet(..., dtype_backend="pyarrow")``.
    Offsets are code points into the document's text.
    """
    empty = meta(table)
    parts = [dask.delayed(_table_partition, pure=True)(part, table, i)
             for i, part in enumerate(bag_of_docs.to_delayed())]
    if not parts:
        return dd.from_pandas(empty, npartitions=1)
    return dd.from_delayed(parts, meta=empty, verify_meta=False)
