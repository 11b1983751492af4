"""The example municipality plugin (examples/plugins/aarhus-eksempel): its own tests pass
(run with pytester, its plugin module registered from src/), and registered as a plugin its
rules run through `vumrules check`-style linting with exactly the annotated findings."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import cel  # noqa: F401 - kept imported across pytester's in-process runs
import pytest

import vumrules.declarative  # noqa: F401
from vumrules import Linter
from vumrules.registry import Registry
from vumrules.testing import TEST_TODAY, assert_case_files

pytest_plugins = ["pytester"]

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "plugins" / "aarhus-eksempel"


@pytest.fixture
def plugin(monkeypatch):
    monkeypatch.syspath_prepend(str(EXAMPLE / "src"))
    yield importlib.import_module("vumrules_aarhus_eksempel.plugin")
    for m in [m for m in sys.modules if m.startswith("vumrules_aarhus_eksempel")]:
        del sys.modules[m]


def test_example_is_marked_as_an_example():
    assert "**Dette er et eksempel.**" in (EXAMPLE / "README.md").read_text()
    profile = (EXAMPLE / "src/vumrules_aarhus_eksempel/profiles/aarhus-eksempel.yaml").read_text()
    assert profile.startswith("# EKSEMPEL")


def test_example_cases_give_exactly_the_annotated_findings(plugin):
    reg = Registry.create(entry_points=False, extra_plugins=[plugin])
    linter = Linter("aarhus-eksempel", registry=reg, today=TEST_TODAY)
    assert_case_files([EXAMPLE / "cases"], linter)
    codes = {f.code for r in linter.check_paths([EXAMPLE / "cases"]) for f in r.findings}
    assert codes == {"AAR001", "AAR002", "AAR003", "AAR101", "AAR102"}


def test_example_plugins_own_tests_pass(pytester):
    from vumrules import Linter as _L

    _L("vum2").check_text('format_version: "1.0"\nsag_id: S-1\n')  # warm imports
    res = pytester.runpytest("-p", "no:randomly", "-p", "no:hypothesispytest",
                             f"--rootdir={EXAMPLE}", "-c", str(EXAMPLE / "pyproject.toml"),
                             str(EXAMPLE / "tests"))
    res.assert_outcomes(passed=7)
