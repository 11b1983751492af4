"""Generated documentation stays in step with the code."""

from __future__ import annotations

from pathlib import Path

from vumrules.casedoc import build

ROOT = Path(__file__).parents[1]


def test_case_format_doc_is_up_to_date():
    assert (ROOT / "docs/case-format.md").read_text(encoding="utf-8") == build(), "run: python -m vumrules.casedoc"


def test_readme_names_the_two_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "vumrules check examples/cases/ --profile vum2" in text and "bash .ci/run" in text
