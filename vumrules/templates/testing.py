"""Running a template rule's documented examples (used by vumrules.testing)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from ..testing import TEST_TODAY, compare, expectations
from . import check_template
from .reader import read_template


def check_template_rule_examples(rule, linter=None) -> None:  # noqa: ANN001
    fail, ok = rule.example_fail, rule.example_pass
    assert expectations(fail), f"{rule.code}: example_fail har ingen 'expect'-kommentar"
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in (("fail", fail), ("ok", ok)):
            path = Path(tmp) / f"eksempel-{name}.md"
            path.write_text(text, encoding="utf-8")
            result = check_template(read_template(path), [rule], today=TEST_TODAY)
            if name == "fail":
                mismatch = compare(text, result.findings, {rule.code})
                assert not mismatch, f"{rule.code}: {mismatch}"
            else:
                got = [f for f in result.findings if f.code == rule.code]
                assert not got, f"{rule.code}: example_pass gav fund: " + "; ".join(
                    f"{f.line}:{f.column} {f.message}" for f in got)
