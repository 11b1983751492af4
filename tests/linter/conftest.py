"""Shared helpers for the linter-convention tests (config, formats, suppressions, baseline)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from vumrules.cli import main

from linter_helpers import CASE, SARIF_SCHEMA  # noqa: F401


class Cli:
    def __call__(self, *args: str, cwd: Path | None = None):
        runner = CliRunner()
        if cwd is None:
            return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)
        import os

        old = os.getcwd()
        os.chdir(cwd)
        try:
            return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)
        finally:
            os.chdir(old)


@pytest.fixture()
def cli() -> Cli:
    return Cli()


@pytest.fixture()
def case_dir(tmp_path: Path) -> Path:
    d = tmp_path / "sager"
    d.mkdir()
    (d / "sag-1.yaml").write_text(CASE, encoding="utf-8")
    return d


@pytest.fixture(scope="session")
def sarif_validator():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)
