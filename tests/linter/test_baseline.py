"""Baseline: only new findings, stable under moved lines, fixed findings reported as gone."""

from __future__ import annotations

import json

from linter_helpers import CASE, assert_valid_sarif

from vumrules.baseline import BaselineError, load

NEW_THEME = """\
    - navn: Samfundsliv
      score: 3
"""


def test_write_then_check_reports_nothing_new(case_dir, tmp_path, cli):
    base = tmp_path / "b.json"
    r = cli("baseline", "write", case_dir, "-o", base)
    assert r.exit_code == 0 and "baseline med" in r.output
    doc = json.loads(base.read_text())
    assert doc["format"] == "vumrules-baseline" and doc["findings"]
    assert all("line" not in e for e in doc["findings"])
    r = cli("check", case_dir, "--baseline", base)
    assert r.exit_code == 0, r.output
    assert "kendte skjult" in r.output.splitlines()[-1]


def test_moved_lines_keep_findings_known_and_new_ones_are_reported(case_dir, tmp_path, cli):
    base = tmp_path / "b.json"
    cli("baseline", "write", case_dir, "-o", base)
    f = case_dir / "sag-1.yaml"
    f.write_text("# flyttet ned\n# to linjer\n" + CASE + NEW_THEME)
    r = cli("check", case_dir, "--baseline", base, "--format", "json")
    assert r.exit_code == 1
    new = [x for c in json.loads(r.output)["cases"] for x in c["findings"]]
    assert new and all(x["path"].startswith("/udredning/temaer/1") for x in new), new


def test_fixed_findings_are_reported_as_gone(case_dir, tmp_path, cli, sarif_validator):
    base = tmp_path / "b.json"
    cli("baseline", "write", case_dir, "-o", base)
    f = case_dir / "sag-1.yaml"
    f.write_text(CASE.replace("      score: 2\n", "      score: 2\n      beskrivelse: >-\n"
                              "        Borger fortæller, at hun kan vaske sig selv, men glemmer det uden\n"
                              "        påmindelse; bostøtten ser tøjvask og bad blive udskudt i ugevis.\n"))
    r = cli("check", case_dir, "--baseline", base)
    assert "fund fra baseline er rettet" in r.output
    assert "VUM008 /udredning/temaer/0/beskrivelse [rettet siden baseline]" in r.output
    sarif = json.loads(cli("check", case_dir, "--baseline", base, "--format", "sarif").output)
    assert_valid_sarif(sarif_validator, sarif)
    states = {(x["ruleId"], x.get("baselineState")) for x in sarif["runs"][0]["results"]}
    assert ("VUM008", "absent") in states
    # and a new finding is marked new
    f.write_text(CASE + NEW_THEME)
    sarif = json.loads(cli("check", case_dir, "--baseline", base, "--format", "sarif").output)
    assert_valid_sarif(sarif_validator, sarif)
    assert {x.get("baselineState") for x in sarif["runs"][0]["results"]} == {"new"}


def test_checking_a_subset_does_not_report_the_rest_as_fixed(case_dir, tmp_path, cli):
    (case_dir / "sag-2.yaml").write_text(CASE.replace("S-4001", "S-4002"))
    base = tmp_path / "b.json"
    cli("baseline", "write", case_dir, "-o", base)
    r = cli("check", case_dir / "sag-1.yaml", "--baseline", base)
    assert r.exit_code == 0 and "fund fra baseline er rettet" not in r.output
    assert "0 rettet" in r.output.splitlines()[-1]


def test_identical_findings_are_counted(tmp_path, cli):
    d = tmp_path / "s"
    d.mkdir()
    text = CASE + NEW_THEME.replace("Samfundsliv", "Egenomsorg")  # two VUM008 on different indices
    (d / "a.yaml").write_text(text)
    base = tmp_path / "b.json"
    cli("baseline", "write", d, "-o", base)
    counts = {e.code: e.count for e in load(base)}
    assert counts["VUM008"] == 1  # different field paths: different fingerprints
    assert len([e for e in load(base) if e.code == "VUM008"]) == 2


def test_bad_baseline_exits_2(case_dir, tmp_path, cli):
    bad = tmp_path / "b.json"
    bad.write_text('{"format": "noget andet"}')
    assert cli("check", case_dir, "--baseline", bad).exit_code == 2
    try:
        load(bad)
    except BaselineError as exc:
        assert "vumrules-baseline" in str(exc)
    assert cli("check", case_dir, "--baseline", tmp_path / "findes-ikke.json").exit_code == 2


def test_baseline_from_config(tmp_path, case_dir, cli):
    (tmp_path / "vumrules.yaml").write_text("baseline: .vumrules-baseline.json\n")
    r = cli("baseline", "write", case_dir)
    assert r.exit_code == 0 and (tmp_path / ".vumrules-baseline.json").exists()
    assert cli("check", case_dir).exit_code == 0
