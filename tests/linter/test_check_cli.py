"""`vumrules check`: outputs, exit codes, --exit-zero, --fail-level, --lang."""

from __future__ import annotations

import json

GOOD = 'format_version: "1.0"\nsag_id: S-OK\n'


def test_several_outputs_in_one_run(case_dir, tmp_path, cli):
    sarif, csvf = tmp_path / "out" / "r.sarif", tmp_path / "r.csv"
    r = cli("check", case_dir, "-o", "text", "-o", f"sarif:{sarif}", "--output", f"csv:{csvf}")
    assert r.exit_code == 1
    assert "sager tjekket" in r.output and "VUM008" in r.output
    assert json.loads(sarif.read_text())["runs"][0]["results"]
    assert csvf.read_text().splitlines()[0].startswith("file,document,line")


def test_format_option_still_works(case_dir, cli):
    r = cli("check", case_dir, "--format", "json")
    assert json.loads(r.output)["summary"]["failed"] is True


def test_exit_codes(case_dir, tmp_path, cli):
    assert cli("check", case_dir).exit_code == 1
    assert cli("check", case_dir, "--exit-zero").exit_code == 0
    assert cli("check", case_dir, "--fail-level", "none").exit_code == 0
    (tmp_path / "ok.yaml").write_text(GOOD)
    assert cli("check", tmp_path / "ok.yaml", "--select", "VUM008").exit_code == 0
    assert cli("check", case_dir, "--format", "nope").exit_code == 2
    assert cli("check", case_dir, "--profile", "findes-ikke").exit_code == 2
    assert cli("check").exit_code == 2  # no paths


def test_fail_level_warning_counts_warnings(case_dir, cli):
    r = cli("check", case_dir, "--select", "VUM009", "--fail-level", "warning")
    assert "VUM009" in r.output and r.exit_code == 1
    r = cli("check", case_dir, "--select", "VUM009")
    assert r.exit_code == 0


def test_unwritable_output_file_exits_2(case_dir, tmp_path, cli):
    blocker = tmp_path / "fil"
    blocker.write_text("x")
    r = cli("check", case_dir, "-o", f"sarif:{blocker}/under/r.sarif")
    assert r.exit_code == 2


def test_english_output(case_dir, cli):
    r = cli("check", case_dir, "--lang", "en")
    assert "cases checked" in r.output and "has a score but no description" in r.output
    r = cli("check", case_dir)
    assert "sager tjekket" in r.output and "har en score men ingen beskrivelse" in r.output


def test_no_colour_unless_a_terminal_or_asked(case_dir, cli):
    assert "\x1b[" not in cli("check", case_dir).output
    assert "\x1b[" in cli("check", case_dir, "--color").output
