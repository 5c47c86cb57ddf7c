"""The command line: ``parley analyze FILE|DIR|- ... [--format json|jsonl|text] [-o OUT] [--workers N]
[--scheduler ADDRESS]``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterable, Iterator, Optional, TextIO

from . import __version__
from ._encoding import check_encoding
from ._page import HTML_SUFFIXES
from .analyzer import Analyzer
from .errors import Error

SUFFIXES = (".txt", ".text", ".md") + HTML_SUFFIXES


def _expand(inputs: Iterable[str]) -> Iterator[str]:
    """Files as given; a directory gives its text and HTML files (recursively, sorted); '-' is stdin."""
    for item in inputs:
        p = Path(item)
        if item != "-" and p.is_dir():
            yield from (str(f) for f in sorted(p.rglob("*")) if f.is_file() and f.suffix.lower() in SUFFIXES)
        else:
            yield item


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    with open(name, "rb") as f:
        return f.read()


def _render(doc, fmt: str, name: str, full: bool = False) -> str:
    if fmt == "text":
        return f"== {name}\n{doc.summary(full=full)}\n"
    if fmt == "jsonl":
        d = doc.to_dict()
        return json.dumps({"file": name, **d}, ensure_ascii=False) + "\n"
    return doc.to_json(indent=2) + "\n"


def _work(analyzer: Analyzer, name: str, fmt: str, path: Optional[str] = None,
          encoding: Optional[str] = None, full: bool = False) -> tuple[str, Optional[str], Optional[str]]:
    """Reads ``path`` (default: ``name``) and renders it under ``name``; errors come back as text."""
    try:
        doc = analyzer.analyze_bytes(_read(path or name), name=name, encoding=encoding)
        return name, _render(doc, fmt, name, full), None
    except FileNotFoundError:
        return name, None, "no such file"
    except IsADirectoryError:
        return name, None, "is a directory"
    except PermissionError:
        return name, None, "permission denied"
    except Error as e:  # ParseError: undecodable input, with its byte offset
        return name, None, str(e)
    except ImportError as e:  # an HTML page without the parley[html] extra
        return name, None, str(e)
    except OSError as e:
        return name, None, e.strerror or str(e)


def _work_chunk(analyzer: Analyzer, paths: list[str], names: list[str], fmt: str,
                encoding: Optional[str] = None, full: bool = False) -> list:
    """One Dask task of ``--scheduler``: a chunk of files, read and analysed on the worker."""
    return [_work(analyzer, name, fmt, path, encoding, full) for path, name in zip(paths, names)]


def _analyze_on_dask(address: str, analyzer: Analyzer, names: list[str], fmt: str, emit,
                     encoding: Optional[str] = None, full: bool = False) -> int:
    """Sends the files through the Dask scheduler at ``address`` in chunks, a bounded window of chunks in
    flight, and emits the results in input order. The workers read the files, so they must see the same
    paths (given to them as absolute paths). Returns 0, or 1 when the scheduler cannot be used."""
    try:
        from distributed import Client
    except ImportError:
        print("parley: --scheduler needs Dask: pip install 'parley[dask]'", file=sys.stderr)
        return 1
    from collections import deque

    from distributed.comm import parse_address
    from distributed.comm.registry import get_backend

    try:
        get_backend(parse_address(address)[0])  # a bad scheme fails here, not after a long client timeout
        client = Client(address, timeout="20s", set_as_default=False)
    except (OSError, ValueError) as e:
        print(f"parley: cannot reach the Dask scheduler at {address}: {e}", file=sys.stderr)
        return 1
    with client:
        nthreads = max(1, sum(client.nthreads().values()))
        size = max(1, min(64, len(names) // (nthreads * 4)))
        # The analyzer goes to every worker once; each task refers to it.
        shared = client.scatter(analyzer, broadcast=True, hash=False)
        pending: deque = deque()
        for i in range(0, len(names), size):
            chunk = names[i:i + size]
            paths = [os.path.abspath(n) for n in chunk]
            pending.append(client.submit(_work_chunk, shared, paths, chunk, fmt, encoding, full, pure=False))
            while len(pending) > 2 * nthreads:
                for result in pending.popleft().result():
                    emit(*result)
        while pending:
            for result in pending.popleft().result():
                emit(*result)
    return 0


def _analyzer(args: argparse.Namespace) -> Analyzer:
    """The Analyzer the command-line options describe."""
    return Analyzer(gazetteer=getattr(args, "gazetteer", None), aliases=getattr(args, "aliases", None),
                    interviewer_labels=getattr(args, "interviewer_label", []),
                    guest_labels=getattr(args, "guest_label", []), cue_verbs=getattr(args, "cue_verb", []))


def _progress(total: int, out: TextIO, enabled: Optional[bool]):
    show = enabled if enabled is not None else (sys.stderr.isatty() and total > 1)
    if not show:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True)


def analyze_command(args: argparse.Namespace) -> int:
    names = list(_expand(args.inputs))
    fmt = args.format or ("jsonl" if len(names) > 1 else "json")
    if fmt == "json" and len(names) > 1:
        print("parley: --format json takes one input; use jsonl for many", file=sys.stderr)
        return 2
    if args.scheduler and "-" in names:
        print("parley: --scheduler reads files on the workers; standard input (-) cannot be sent", file=sys.stderr)
        return 2
    try:
        encoding = check_encoding(args.encoding) if args.encoding else None
        analyzer = _analyzer(args)
    except (OSError, ValueError, Error) as e:
        print(f"parley: {e}", file=sys.stderr)
        return 2
    out: TextIO = open(args.output, "w", encoding="utf-8") if args.output and args.output != "-" else sys.stdout
    failures = 0
    bar = _progress(len(names), out, args.progress)

    def emit(name: str, rendered: Optional[str], err: Optional[str]) -> None:
        nonlocal failures
        if err is not None:
            failures += 1
            msg = f"parley: {name}: {err}"
            (bar.write(msg, file=sys.stderr) if bar else print(msg, file=sys.stderr))
        else:
            out.write(rendered)
        if bar:
            bar.update(1)

    try:
        if args.scheduler:
            if _analyze_on_dask(args.scheduler, analyzer, names, fmt, emit, encoding, args.full):
                return 1
            return 1 if failures else 0
        with ThreadPoolExecutor(max_workers=max(1, args.workers)) as pool:
            # Ordered map over a bounded window: memory stays flat on huge directories.
            window = max(1, args.workers) * 4
            futures = []
            it = iter(names)

            def drain(keep: int):
                while len(futures) > keep:
                    emit(*futures.pop(0).result())

            for name in it:
                futures.append(pool.submit(_work, analyzer, name, fmt, None, encoding, args.full))
                drain(window)
            drain(0)
    finally:
        if bar:
            bar.close()
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()
    return 1 if failures else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="parley", description="Structure of interview and commentary articles.")
    parser.add_argument("--version", action="version", version=f"parley {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    a = sub.add_parser("analyze", help="analyse articles and print their structure",
                       description="Analyse articles: UTF-8 text or saved web pages (files, directories of .txt and .html "
                                   "files, or - for stdin).")
    a.add_argument("inputs", nargs="+", metavar="FILE", help="a file, a directory, or - for standard input")
    a.add_argument("--format", "-f", choices=("json", "jsonl", "text"),
                   help="json (one input, default), jsonl (one document a line, default for many), text (a summary)")
    a.add_argument("-o", "--output", metavar="OUT", help="write here instead of standard output")
    a.add_argument("--encoding", metavar="ENC",
                   help="the encoding of the input files (default: UTF-8 for text; for web pages their declared "
                        "charset, else detection), e.g. windows-1251, gb18030")
    a.add_argument("--full", action="store_true",
                   help="with --format text: list every turn, quote and entity, not the first 10 of each")
    a.add_argument("--workers", "-j", type=int, default=1, metavar="N", help="analyse N files at once (threads)")
    a.add_argument("--scheduler", metavar="ADDRESS",
                   help="send the files through this Dask scheduler (tcp://HOST:PORT; needs parley[dask]); "
                        "the workers read them, so they must see the same paths; --workers is then unused")
    ext = a.add_argument_group("extending the analysis")
    ext.add_argument("--gazetteer", metavar="FILE",
                     help="extra entities: TSV (text<TAB>LABEL[<TAB>name] a line) or JSON ({text: LABEL})")
    ext.add_argument("--aliases", metavar="FILE",
                     help="spelling variants grouped as one entity: TSV (variant<TAB>canonical) or JSON")
    ext.add_argument("--interviewer-label", action="append", default=[], metavar="LABEL",
                     help="an extra paragraph label that marks the interviewer (repeatable), e.g. Moderator")
    ext.add_argument("--guest-label", action="append", default=[], metavar="LABEL",
                     help="an extra paragraph label that marks a guest (repeatable)")
    ext.add_argument("--cue-verb", action="append", default=[], metavar="VERB",
                     help="an extra reporting verb for quote attribution (repeatable), e.g. quipped")
    bar = a.add_mutually_exclusive_group()
    bar.add_argument("--progress", dest="progress", action="store_true", default=None,
                     help="always show a progress bar (default: only on a terminal)")
    bar.add_argument("--no-progress", dest="progress", action="store_false")
    a.set_defaults(func=analyze_command)
    return parser


def main(argv: Optional[list[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("parley: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output closed early (parley ... | head): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as e:
        print(f"parley: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
