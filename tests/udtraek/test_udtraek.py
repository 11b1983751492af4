from __future__ import annotations

import json

from click.testing import CliRunner

from vumrules.cli import main


def test_examples():
    r = CliRunner().invoke(main, ["udtraek", "examples/udtraek", "--format", "json"], catch_exceptions=False)
    assert r.exit_code == 1
    doc = json.loads(r.output)
    got = sorted((c["file"].rsplit("/", 1)[-1], f["code"], f["line"]) for c in doc["cases"] for f in c["findings"])
    assert got == [("for-meget.yaml", "FK001", 7), ("for-meget.yaml", "FK002", 12),
                   ("for-meget.yaml", "FK002", 15), ("for-meget.yaml", "FK003", 17)]


def test_clean_extract_passes():
    r = CliRunner().invoke(main, ["udtraek", "examples/udtraek/tilladt.yaml"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
