"""One Analyzer shared by many Python threads gives the same Documents as one thread (the C++ core
runs with the GIL released, so the threads really overlap)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import parley

EXAMPLES = Path(parley.__file__).parent / "examples"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def texts() -> list[str]:
    files = sorted(EXAMPLES.glob("*.txt")) + (sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else [])
    out = [f.read_text(encoding="utf-8") for f in files]
    out += [
        "Q: Why?\n— Because, “they said”.\n" * 50,
        "".join(f"Speaker{i} Person{i}: We said \"yes\" to it.\n" for i in range(100)),
        "Путин сказал: «Да». 习近平 😀 “Quoted,” said Trump.\n" * 20,
    ]
    return out


def test_many_threads_one_analyzer_same_results() -> None:
    analyzer = parley.Analyzer(gazetteer={"Kremlin": "ORG"}, cue_verbs=["quipped"])
    items = texts()
    expected = [analyzer(t).to_json() for t in items]
    n_threads = 8
    barrier = threading.Barrier(n_threads)

    def work(k: int) -> list[str]:
        barrier.wait()  # start together
        order = list(range(len(items)))
        order = order[k % len(order):] + order[:k % len(order)]  # different texts at the same moment
        got = [""] * len(items)
        for _ in range(2):
            for i in order:
                got[i] = analyzer(items[i]).to_json()
        return got

    with ThreadPoolExecutor(max_workers=n_threads) as pool:
        results = list(pool.map(work, range(n_threads)))
    for got in results:
        assert got == expected


def test_pipe_with_threads_equals_pipe_without() -> None:
    analyzer = parley.Analyzer()
    items = texts() * 3
    one = [d.to_json() for d in analyzer.pipe(items, n_threads=1)]
    two = [d.to_json() for d in analyzer.pipe(items, n_threads=2, batch_size=2)]
    four = [d.to_json() for d in analyzer.pipe(iter(items), n_threads=4, batch_size=1)]
    assert one == two == four
    assert len(one) == len(items)


def test_documents_used_from_many_threads() -> None:
    doc = parley.analyze(texts()[0])
    expected = (len(doc.paragraphs), len(doc.quotes), len(doc.ents), doc.to_json())

    def read(_: int):
        d = parley.Document.from_json(doc.to_json())
        return len(d.paragraphs), len(d.quotes), len(d.ents), d.to_json()

    with ThreadPoolExecutor(max_workers=6) as pool:
        assert all(r == expected for r in pool.map(read, range(24)))
