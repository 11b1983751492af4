"""Every hook example in docs/plugins.md is real code: each block marked
`# plugin-eksempel: NAME` is run as a module, registered as a plugin, and used."""

from __future__ import annotations

import io
import re
import types
from pathlib import Path

import pytest

from vumrules import Linter
from vumrules.registry import Registry
from vumrules.report import Report
from vumrules.testing import TEST_TODAY, check_rule_examples

DOC = Path(__file__).resolve().parents[2] / "docs" / "plugins.md"
BLOCK = re.compile(r"```python\n(# plugin-eksempel: (\w+)\n.*?)```", re.S)


def _modules() -> dict[str, types.ModuleType]:
    out = {}
    for source, name in BLOCK.findall(DOC.read_text(encoding="utf-8")):
        mod = types.ModuleType(f"plugin_doc_{name}")
        exec(compile(source, f"{DOC}:{name}", "exec"), mod.__dict__)
        out[name] = mod
    return out


@pytest.fixture(scope="module")
def mods():
    return _modules()


@pytest.fixture(scope="module")
def linter(mods):
    reg = Registry.create(entry_points=False, extra_plugins=list(mods.values()))
    return Linter("aarhus-doc", registry=reg, today=TEST_TODAY)


def test_every_hook_has_an_example(mods):
    assert set(mods) == {"rules", "profiles", "loaders", "formatters", "configure"}


def test_rules_example(linter):
    for code in ("AAR001", "AAR002"):
        check_rule_examples(linter.registry.rules[code], linter)


def test_profiles_example(linter):
    resolved = linter.resolved()
    assert {"AAR001", "AAR002", "VUM008"} <= set(resolved.rules)
    assert resolved.options["VUM008"]["min_ord"] == 10


def test_loaders_example(linter, tmp_path):
    export = tmp_path / "eksport.csv"
    export.write_text("sag_id;henvendelse_dato;oensket_dato\nS-1;2025-02-03;2025-03-01\n"
                      "S-2;2025-02-04;\n", encoding="utf-8")
    results = list(linter.check_paths([export]))
    assert [r.case_id for r in results] == ["S-1", "S-2"]
    assert not [f for f in results[0].findings if f.code.startswith("AAR")]
    f = next(f for f in results[1].findings if f.code == "AAR001")
    assert (f.file, f.line) == (str(export), 3)


def test_formatters_example(linter):
    results = linter.check_text('format_version: "1.0"\nsag_id: S-7\nhenvendelse:\n  dato: 2025-02-03\n')
    out = io.StringIO()
    linter.registry.formatters()["kompakt"].render(
        Report(results=results, registry=linter.registry, profile="aarhus-doc"), out)
    assert out.getvalue().startswith("S-7\t") and "AAR001" in out.getvalue()


def test_configure_example(linter, mods):
    linter.registry.configure({"profile": "aarhus-doc"})
    assert mods["configure"].RUN == {"profil": "aarhus-doc"}
