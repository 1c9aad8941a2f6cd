"""Benchmark: throughput, per-stage time and peak memory of fruspipe.

Prints figures; it asserts nothing. Inputs: the dev corpus when it is beside
the project (../shared/corpus/dev), else the seeds; copied N times into a temp
folder so a run has enough documents to measure.

    python benchmarks/bench_pipeline.py [--copies 20] [--jobs 1] [--big-mb 5]
"""
from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from fruspipe.clean import clean  # noqa: E402
from fruspipe.extract import extract  # noqa: E402
from fruspipe.ingest import ingest  # noqa: E402
from fruspipe.options import Options  # noqa: E402
from fruspipe.pipeline import run  # noqa: E402
from fruspipe.segment import segment  # noqa: E402
from fruspipe.tei import build_tei  # noqa: E402
from fruspipe.validate import validate  # noqa: E402


def corpus_files() -> list[Path]:
    dev = ROOT.parent / "shared" / "corpus" / "dev"
    files = sorted(dev.glob("*.txt")) if dev.is_dir() else []
    return files or sorted((ROOT / "seeds").glob("*.txt"))


def stage_times(files: list[Path], options: Options) -> dict[str, float]:
    """Median milliseconds per document for each stage."""
    times: dict[str, list[float]] = {k: [] for k in ("ingest", "clean", "segment", "extract", "tei", "validate")}
    for p in files:
        t0 = time.perf_counter()
        doc = ingest(p, options)
        t1 = time.perf_counter()
        c = clean(doc, options)
        t2 = time.perf_counter()
        s = segment(c)
        t3 = time.perf_counter()
        r = extract(s)
        t4 = time.perf_counter()
        tei = build_tei(s, r)
        t5 = time.perf_counter()
        validate(r, tei)
        t6 = time.perf_counter()
        for k, a, b in (("ingest", t0, t1), ("clean", t1, t2), ("segment", t2, t3), ("extract", t3, t4),
                        ("tei", t4, t5), ("validate", t5, t6)):
            times[k].append((b - a) * 1000)
    return {k: statistics.median(v) for k, v in times.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--copies", type=int, default=20, help="copies of each input in the batch")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--big-mb", type=float, default=5.0, help="size of one large synthetic document (0: skip)")
    a = ap.parse_args()
    files = corpus_files()
    options = Options(jobs=a.jobs, timeout=0)
    print(f"inputs: {len(files)} distinct documents x {a.copies} copies, jobs={a.jobs}")
    for k, v in stage_times(files, options).items():
        print(f"  median {k:<9} {v:8.2f} ms/doc")
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in", Path(tmp) / "out"
        src.mkdir()
        for i in range(a.copies):
            for p in files:
                shutil.copy(p, src / f"{p.stem}__{i}.txt")
        t = time.perf_counter()
        report = run(src, out, options)
        wall = time.perf_counter() - t
        n = report.documents
        print(f"batch: {n} documents in {wall:.2f} s = {n / wall:.1f} docs/s ({report.errors} errors)")
        t = time.perf_counter()
        report = run(src, out, options)
        print(f"re-run (all up to date, skipped): {time.perf_counter() - t:.2f} s, {report.skipped} skipped")
        if a.big_mb:
            big = Path(tmp) / "big.txt"
            para = files[0].read_text(encoding="utf-8").split("\n\n")[2] + "\n\n"
            big.write_text(para * int(a.big_mb * 1e6 / len(para)), encoding="utf-8")
            t = time.perf_counter()
            report = run(big, Path(tmp) / "bigout", Options(timeout=0, max_bytes=10**9))
            status = report.outcomes[0].status
            print(f"large document: {big.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - t:.2f} s ({status})")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (this process): {peak:.0f} MB")


if __name__ == "__main__":
    main()
