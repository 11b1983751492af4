"""Loader throughput: the JSON and YAML routes against orjson's plain parse, measured in one
run on one ~5 KB case document (figures are ratios against the baseline of the same run).

    .venv/bin/python bench/bench_loader.py [--n 3000]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import orjson

from vumrules.loader import build_case
from vumrules.sources import read_json, read_yaml

ROOT = Path(__file__).parents[1]


def rate(fn, n: int) -> float:
    fn()
    t = time.perf_counter()
    for _ in range(n):
        fn()
    return n / (time.perf_counter() - t)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    n = ap.parse_args().n
    js = (ROOT / "examples/cases/sag-010.json").read_text(encoding="utf-8")
    ym = (ROOT / "examples/cases/sag-001.yaml").read_text(encoding="utf-8")
    base = rate(lambda: orjson.loads(js), n)
    rows = [
        ("orjson.loads (baseline)", base),
        ("JSON: read (lazy positions, duplicate check)", rate(lambda: list(read_json("x.json", js)), n)),
        ("JSON: read + locate one field (positions built)",
         rate(lambda: [d.source_map.locate(("udredning",)) for d in read_json("x.json", js)], n)),
        ("JSON: read + validate into the case model", rate(lambda: [build_case(d) for d in read_json("x.json", js)], n)),
        ("YAML: compose + YAML 1.2 build with positions", rate(lambda: list(read_yaml("x.yaml", ym)), max(n // 4, 1))),
        ("YAML: read + validate into the case model",
         rate(lambda: [build_case(d) for d in read_yaml("x.yaml", ym)], max(n // 4, 1))),
    ]
    print(f"| route ({len(js)} B JSON, {len(ym)} B YAML) | docs/s | ratio to baseline |")
    print("|---|---:|---:|")
    for name, r in rows:
        print(f"| {name} | {r:,.0f} | {r / base:.3f} |")


if __name__ == "__main__":
    main()
