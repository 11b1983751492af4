"""Install a plugin "with pip" without pip: a module plus a ``*.dist-info`` with
``entry_points.txt`` in a directory put on ``sys.path`` — exactly what importlib.metadata
(and so vumrules' entry-point discovery) reads after a real ``pip install``."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path


def install(site: Path, dist: str, version: str, modules: dict[str, str],
            entry_points: dict[str, str], files: dict[str, str] | None = None) -> Path:
    site.mkdir(parents=True, exist_ok=True)
    for name, source in modules.items():
        target = site / (name.replace(".", "/") + ".py")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(textwrap.dedent(source), encoding="utf-8")
    for rel, text in (files or {}).items():
        target = site / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(textwrap.dedent(text), encoding="utf-8")
    info = site / f"{dist.replace('-', '_')}-{version}.dist-info"
    info.mkdir(exist_ok=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n")
    eps = "[vumrules]\n" + "".join(f"{k} = {v}\n" for k, v in entry_points.items())
    (info / "entry_points.txt").write_text(eps)
    return site


def forget(*modules: str) -> None:
    for m in modules:
        sys.modules.pop(m, None)
