"""`vumrules new-plugin` creates a package whose own tests pass right away (run here with
pytester, the package's plugin registered from its src/ as an extra plugin; CI also
pip-installs it and runs them), and refuses bad names, taken prefixes and non-empty dirs."""

from __future__ import annotations


import cel  # noqa: F401 - kept imported across pytester's in-process runs (see test_pytest_plugin)
import pytest
from click.testing import CliRunner

import vumrules.declarative  # noqa: F401
from vumrules.cli import main

pytest_plugins = ["pytester"]


@pytest.fixture(scope="module", autouse=True)
def _warm_imports() -> None:
    from vumrules import Linter

    Linter("vum2").check_text('format_version: "1.0"\nsag_id: S-1\n')


def test_scaffold_files_and_its_tests_pass(pytester: pytest.Pytester):
    target = pytester.path / "vumrules-testby"
    res = CliRunner().invoke(main, ["new-plugin", "testby", "--prefix", "TBY", "--dir", str(target)])
    assert res.exit_code == 0, res.output
    files = sorted(str(p.relative_to(target)) for p in target.rglob("*") if p.is_file())
    assert files == sorted([
        "README.md", "pyproject.toml", "cases/fejl.yaml", "cases/ok.yaml",
        "src/vumrules_testby/__init__.py", "src/vumrules_testby/plugin.py",
        "src/vumrules_testby/rules.py", "src/vumrules_testby/profiles/testby.yaml",
        "tests/conftest.py", "tests/test_rules.py",
    ])
    pyproject = (target / "pyproject.toml").read_text()
    assert '[project.entry-points.vumrules]\ntestby = "vumrules_testby.plugin"' in pyproject
    assert "TBY101" in (target / "src/vumrules_testby/profiles/testby.yaml").read_text()
    assert "TODO" not in "".join(p.read_text() for p in target.rglob("*") if p.is_file())
    res = pytester.runpytest("-p", "no:randomly", "-p", "no:hypothesispytest",
                             f"--rootdir={target}", "-c", str(target / "pyproject.toml"), str(target / "tests"))
    res.assert_outcomes(passed=6)


@pytest.mark.parametrize("args, message", [
    (["Aarhus Eksempel", "--prefix", "AAR"], "små bogstaver"),
    (["aarhus", "--prefix", "1A"], "præfikset"),
    (["aarhus", "--prefix", "VUM"], "bruges af vumrules selv"),
])
def test_bad_name_or_prefix(tmp_path, args, message):
    res = CliRunner().invoke(main, ["new-plugin", *args, "--dir", str(tmp_path / "x")])
    assert res.exit_code == 2 and message in res.stderr


def test_refuses_a_non_empty_directory(tmp_path):
    (tmp_path / "fil.txt").write_text("x")
    res = CliRunner().invoke(main, ["new-plugin", "aarhus", "--prefix", "AAX", "--dir", str(tmp_path)])
    assert res.exit_code == 2 and "ikke tom" in res.stderr


def test_refuses_a_prefix_an_installed_plugin_has(tmp_path):
    res = CliRunner().invoke(main, ["new-plugin", "hj", "--prefix", "HJ", "--dir", str(tmp_path / "x")])
    assert res.exit_code == 2 and "HJ" in res.stderr
