"""Benchmark of ``vumrules sweep``: cases per second and peak memory, as ratios against a
baseline measured in the same run on the same machine.

    .venv/bin/python bench/bench_sweep.py [--cases 10000] [--corpus DIR] [--profile vum2]

Each measurement runs in a fresh Python process, so its peak memory (``ru_maxrss``) is its
own: the process itself and, separately, the largest of its worker processes. Measured:

``indlaes``      baseline: read and validate every document into a case (no rules), 1 process
``sweep-j1``     a sweep in one process with progress bar and report (HTML, XLSX, JSON, CSV)
``sweep-jN``     the same on all cores (the default ``--jobs``)

Peak memory: ``peak_rss_mb`` is the measuring process (for a sweep: the parent, which lists
the files, adds up and writes the report), ``peak_worker_rss_mb`` the largest peak of the
processes that checked cases (for ``sweep-j1`` the parent itself).

The corpus (``bench/generate_corpus.py``) is generated first unless ``--corpus`` points at
one. The figures are printed as a table and written to ``--out`` (JSON) for
docs/performance.md. Nothing here is a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).parent


def _child(kind: str, corpus: str, profile: str, report: str | None) -> dict:
    started = time.perf_counter()
    cases = 0
    worker_kb = 0
    if kind == "indlaes":
        from vumrules.api import load_cases

        for _doc, _built in load_cases([corpus]):
            cases += 1
    else:
        # what `vumrules sweep --report DIR --progress` does, through the API, so the worker
        # processes' peak memory can be read (forkserver workers are not our children)
        from vumrules import __version__
        from vumrules.api import Linter
        from vumrules.cli.sweep import _Bar
        from vumrules.sweep import summarise_run, sweep, write_all

        jobs = kind.split("-j", 1)[1]
        linter = Linter(profile)
        with _Bar(force_terminal=True) as bar:
            run = sweep([corpus], profile, jobs=None if jobs == "N" else int(jobs), linter=linter,
                        progress=bar)
        write_all(summarise_run(run, linter, __version__), Path(report or tempfile.mkdtemp()))
        cases = len(run.rows)
        worker_kb = run.worker_peak_rss_kb
    seconds = time.perf_counter() - started
    return {
        "kind": kind,
        "cases": cases,
        "seconds": round(seconds, 2),
        "cases_per_s": round(cases / seconds, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "peak_worker_rss_mb": round(worker_kb / 1024, 1),
    }


def measure(kind: str, corpus: Path, profile: str, report: Path | None) -> dict:
    cmd = [sys.executable, __file__, "--child", kind, "--corpus", str(corpus), "--profile", profile]
    if report is not None:
        cmd += ["--report", str(report)]
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=None, text=True, env=env, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--profile", default="vum2")
    ap.add_argument("--out", type=Path, default=None, help="write the figures as JSON here")
    ap.add_argument("--report", type=Path, default=None, help="keep the last sweep's report here")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        result = _child(args.child, str(args.corpus), args.profile, str(args.report) if args.report else None)
        sys.stdout.flush()
        print(json.dumps(result))
        return 0

    tmp = tempfile.TemporaryDirectory(prefix="vumrules-bench-")
    corpus = args.corpus or Path(tmp.name) / "korpus"
    if not corpus.exists() or not any(corpus.iterdir()):
        sys.path.insert(0, str(HERE))
        from generate_corpus import generate

        t = time.perf_counter()
        stats = generate(corpus, args.cases)
        print(f"korpus: {args.cases} sager genereret på {time.perf_counter() - t:.1f} s ({stats})", file=sys.stderr)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    results = []
    for kind in ("indlaes", "sweep-j1", "sweep-jN"):
        report = args.report if kind == "sweep-jN" and args.report else Path(tmp.name) / f"rapport-{kind}"
        r = measure(kind, corpus, args.profile, report if kind != "indlaes" else None)
        results.append(r)
        print(f"{kind}: {r}", file=sys.stderr)
    base = results[0]
    j1 = results[1]
    lines = [
        f"maskine: {cores} kerner, {platform.processor() or platform.machine()}, Python {platform.python_version()}",
        f"{'måling':<10} {'sager':>7} {'sek.':>7} {'sager/s':>8} {'x indlæs':>9} {'x j1':>6} "
        f"{'top-RSS MB':>10} {'x indlæs':>9} {'worker MB':>9}",
    ]
    for r in results:
        lines.append(
            f"{r['kind']:<10} {r['cases']:>7} {r['seconds']:>7.1f} {r['cases_per_s']:>8.1f} "
            f"{r['cases_per_s'] / base['cases_per_s']:>9.2f} {r['cases_per_s'] / j1['cases_per_s']:>6.2f} "
            f"{r['peak_rss_mb']:>10.1f} {r['peak_rss_mb'] / base['peak_rss_mb']:>9.2f} "
            f"{r['peak_worker_rss_mb']:>9.1f}")
    print("\n".join(lines))
    if args.out:
        args.out.write_text(json.dumps({"cores": cores, "python": platform.python_version(),
                                        "cases": args.cases, "profile": args.profile, "results": results},
                                       indent=2) + "\n", encoding="utf-8")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
