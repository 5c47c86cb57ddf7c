#!/usr/bin/env python3
"""Throughput of parley on a 2-worker Dask cluster beside the local pipe, on the same texts.

    python bench/bench_dask.py [--copies 200] [--json OUT.json]

The texts are the development corpus (../shared/corpus, else the bundled examples), copied ``--copies``
times into a temporary directory (each copy varied by one line, so nothing is cached by content). Every
row reads the same files and analyses them all; MB/s counts the UTF-8 bytes of the inputs. Rows:

- local pipe, 1 thread / 2 threads: ``Analyzer.pipe`` in this process (the C++ core releases the GIL).
- dask 2x1, reduce: a ``distributed.LocalCluster`` of 2 worker processes x 1 thread on loopback;
  ``read_texts`` -> ``analyze_bag`` -> a count per document summed on the workers (the at-scale pattern:
  results stay on the cluster, e.g. ``to_dataframe(...).to_parquet``).
- dask 2x1, gather: the same, with every Document brought back to the client (pickled as JSON).
- dask 2x1, entities table: ``to_dataframe(..., "entities")`` computed to one pandas frame on the client.

The cluster's start-up time is reported apart and not counted. Beside wall-clock MB/s, each row gives
the CPU seconds it used (this process, plus the workers' processes for the cluster rows) and MB per
CPU-second: the cost of the work itself, which stays meaningful when other jobs share the cores. Figures depend on the machine (this one
has 2 cores, so 2 workers is the most it can run side by side); they are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

import parley

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus"


def sources() -> list[Path]:
    files = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    return files or [parley.examples.path(n) for n in parley.examples.names()]


def make_corpus(root: Path, copies: int) -> tuple[list[str], int]:
    paths, total = [], 0
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sources()]
    for c in range(copies):
        d = root / f"{c:05d}"
        d.mkdir()
        for name, text in texts:
            data = (text if c == 0 else f"{text}\nCopy {c} of this article.").encode("utf-8")
            (d / name).write_bytes(data)
            paths.append(str(d / name))
            total += len(data)
    return paths, total


def timed(fn, repeat: int, cpu=time.process_time) -> tuple[float, float, object]:
    """Best wall time of ``repeat`` runs, the CPU seconds of that run (``cpu()`` before and after), and
    its result. CPU seconds stay meaningful when other work shares the cores; wall time does not."""
    best, best_cpu, out = float("inf"), 0.0, None
    for _ in range(repeat):
        c0, t0 = cpu(), time.perf_counter()
        out = fn()
        wall, used = time.perf_counter() - t0, cpu() - c0
        if wall < best:
            best, best_cpu = wall, used
    return best, best_cpu, out


def _process_cpu() -> float:
    import psutil  # a dependency of distributed

    t = psutil.Process().cpu_times()
    return t.user + t.system


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--copies", type=int, default=200, help="copies of the corpus (default 200)")
    ap.add_argument("--repeat", type=int, default=3, help="best of N runs per row (default 3)")
    ap.add_argument("--files-per-partition", type=int, default=64)
    ap.add_argument("--json", metavar="OUT", help="also write the figures as JSON here")
    args = ap.parse_args(argv)

    try:
        import dask.bag  # noqa: F401
        from distributed import Client, LocalCluster
    except ImportError:
        print("bench_dask: needs the dask extra: pip install 'parley[dask]'", file=sys.stderr)
        return 2
    import parley.dask as pdask

    rows: list[dict] = []

    def row(name: str, seconds: float, cpu: float, n_docs: int, nbytes: int) -> None:
        rows.append({"name": name, "seconds": round(seconds, 4), "cpu_seconds": round(cpu, 4), "docs": n_docs,
                     "bytes": nbytes, "mb_per_s": round(nbytes / seconds / 1e6, 2),
                     "docs_per_s": round(n_docs / seconds, 1), "mb_per_cpu_s": round(nbytes / max(cpu, 1e-9) / 1e6, 2)})
        r = rows[-1]
        print(f"{name:<30} {r['seconds']:>7.3f} s {r['mb_per_s']:>7.2f} MB/s {r['docs_per_s']:>8.1f} docs/s"
              f"   cpu {r['cpu_seconds']:>7.3f} s {r['mb_per_cpu_s']:>7.2f} MB/cpu-s", flush=True)

    tmp = Path(tempfile.mkdtemp(prefix="parley-bench-dask-"))
    try:
        paths, nbytes = make_corpus(tmp, args.copies)
        n = len(paths)
        print(f"{n} files, {nbytes / 1e6:.1f} MB ({len(sources())} corpus files x {args.copies}); "
              f"{os.cpu_count()} cores; parley {parley.__version__}, Python {platform.python_version()}", flush=True)

        analyzer = parley.Analyzer()

        def local(n_threads: int):
            def run():
                def read():
                    for p in paths:
                        with open(p, "rb") as f:
                            yield f.read()
                return sum(len(d.entities) + 1 for d in analyzer.pipe(read(), n_threads=n_threads))
            return run

        for k in (1, 2):
            secs, cpu, _ = timed(local(k), args.repeat)
            row(f"local pipe, {k} thread{'s' if k > 1 else ''}", secs, cpu, n, nbytes)

        t0 = time.perf_counter()
        with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                          dashboard_address=None, silence_logs=40) as cluster, Client(cluster) as client:
            client.wait_for_workers(2)
            startup = time.perf_counter() - t0
            print(f"(cluster start-up {startup:.2f} s, not counted)", flush=True)
            texts = pdask.read_texts(tmp, files_per_partition=args.files_per_partition)
            docs = pdask.analyze_bag(texts)
            client.compute(docs.count()).result()  # warm the workers: imports, analyzer

            def cluster_cpu() -> float:  # the workers' processes and this one (which gathers)
                return sum(client.run(_process_cpu).values()) + _process_cpu()

            secs, cpu, _ = timed(lambda: client.compute(docs.map(lambda kd: len(kd[1].entities) + 1).sum()).result(),
                                 args.repeat, cluster_cpu)
            row("dask 2x1, reduce on workers", secs, cpu, n, nbytes)
            secs, cpu, got = timed(lambda: client.compute(docs).result(), args.repeat, cluster_cpu)
            assert len(got) == n
            del got
            row("dask 2x1, gather Documents", secs, cpu, n, nbytes)
            secs, cpu, _ = timed(lambda: client.compute(pdask.to_dataframe(docs, "entities")).result(), args.repeat,
                                 cluster_cpu)
            row("dask 2x1, entities table", secs, cpu, n, nbytes)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    base = rows[0]["mb_per_s"]
    print("\nwall-clock throughput relative to the local pipe on 1 thread:",
          ", ".join(f"{r['name']}: {r['mb_per_s'] / base:.2f}x" for r in rows[1:]))
    print(f"load average during the run: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores "
          "(above the core count, other work shared the cores: compare MB/cpu-s)")
    if args.json:
        Path(args.json).write_text(json.dumps({"bench": "dask", "files": n, "bytes": nbytes,
                                               "cluster_startup_s": round(startup, 3), "rows": rows}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
