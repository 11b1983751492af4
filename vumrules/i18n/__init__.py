"""UI strings (headings, summary lines, CLI messages) in one catalogue per language.

Rule texts (messages, what/why) live with each rule as da/en pairs; everything else a person
reads comes from ``da.yaml`` / ``en.yaml`` here, looked up by key::

    from vumrules.i18n import t
    t("en", "summary.cases", cases=3, with_findings=1)

Both catalogues must have exactly the same keys and placeholders (tests/linter/test_i18n.py).
A key missing in the requested language falls back to Danish; an unknown key is an error.
"""

from __future__ import annotations

import string
from functools import cache
from pathlib import Path
from typing import Any

LANGUAGES = ("da", "en")
DEFAULT_LANGUAGE = "da"
_HERE = Path(__file__).parent


@cache
def catalogue(lang: str) -> dict[str, str]:
    """The flat ``key → template`` catalogue of ``lang`` (nested YAML keys joined with dots)."""
    from ..sources import load_yaml_text

    if lang not in LANGUAGES:
        raise ValueError(f"ukendt sprog {lang!r} (kendte: {', '.join(LANGUAGES)})")
    path = _HERE / f"{lang}.yaml"
    data, _, problems = load_yaml_text(path.read_text(encoding="utf-8"), path.as_posix())
    if problems:  # pragma: no cover - shipped data
        raise ValueError(f"{path}: {problems[0]}")
    out: dict[str, str] = {}
    _flatten(data or {}, "", out)
    return out


def _flatten(node: Any, prefix: str, out: dict[str, str]) -> None:
    for key, value in node.items():
        full = f"{prefix}{key}"
        if isinstance(value, dict):
            _flatten(value, full + ".", out)
        else:
            out[full] = str(value)


def placeholders(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def t(lang: str, key: str, /, **args: Any) -> str:
    """The UI string ``key`` in ``lang`` with ``args`` filled in."""
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    cat = catalogue(lang)
    template = cat.get(key)
    if template is None:
        template = catalogue(DEFAULT_LANGUAGE).get(key)
    if template is None:
        raise KeyError(f"ukendt tekstnøgle {key!r}")
    return template.format(**args) if args else template
