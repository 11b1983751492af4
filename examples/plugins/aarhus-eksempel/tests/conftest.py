"""The linter for the tests: the installed plugin, or, before ``pip install -e .``, the
plugin module from ``src/`` registered directly."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from vumrules import Linter
from vumrules.registry import Registry
from vumrules.testing import TEST_TODAY

ROOT = Path(__file__).resolve().parents[1]
PROFILE = "aarhus-eksempel"
PREFIX = "AAR"


@pytest.fixture(scope="session")
def linter() -> Linter:
    registry = Registry.create()
    if not any(r.prefix == PREFIX for r in registry.rules.values()):
        sys.path.insert(0, str(ROOT / "src"))
        from vumrules_aarhus_eksempel import plugin

        registry = Registry.create(extra_plugins=[plugin])
    return Linter(PROFILE, registry=registry, today=TEST_TODAY)


@pytest.fixture(scope="session")
def cases() -> Path:
    return ROOT / "cases"
