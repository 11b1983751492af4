"""Helper for rule packs: collect the ``RULE`` of every module in a pack's package."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

from ..rule import Rule


def collect(package: ModuleType) -> tuple[Rule, ...]:
    """Every module in ``package`` whose name is a rule code exposes ``RULE``; return them
    sorted by code. One rule, one file: adding a rule is adding a module."""
    rules = []
    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("_") or not info.name[:1].isupper():
            continue
        mod = importlib.import_module(f"{package.__name__}.{info.name}")
        r = getattr(mod, "RULE", None)
        if not isinstance(r, Rule):
            raise TypeError(f"{mod.__name__} skal definere RULE (en vumrules.Rule)")
        if r.code != info.name:
            raise ValueError(f"{mod.__name__}: filen skal hedde som regelkoden ({r.code})")
        rules.append(r)
    return tuple(sorted(rules, key=lambda r: r.code))
