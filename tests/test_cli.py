"""The command line, as a user runs it."""

from __future__ import annotations

import json
import re

from click.testing import CliRunner

from vumrules.cli import main

LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]+\d{3}) \[(error|warning|info)\] .+$")


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_check_examples_prints_located_findings_and_exits_1():
    r = run("check", "examples/cases/", "--profile", "vum2", "--today", "2026-11-26")
    assert r.exit_code == 1, r.output
    lines = r.output.strip().splitlines()
    assert all(LINE.match(line) for line in lines[:-1]), lines
    assert "sager tjekket" in lines[-1] and "fejl" in lines[-1]
    assert any(":VUM008" in line or " VUM008 " in line for line in lines)


def test_clean_case_exits_0():
    r = run("check", "examples/cases/sag-001.yaml", "--profile", "vum2")
    assert r.exit_code == 0, r.output


def test_bad_files_in_a_directory_of_good_cases(tmp_path):
    good = open("examples/cases/sag-001.yaml", encoding="utf-8").read()
    for i in range(3):
        (tmp_path / f"god-{i}.yaml").write_text(good.replace("HP-2025-0101", f"HP-GOD-{i}"), encoding="utf-8")
    (tmp_path / "defekt.yaml").write_text("format_version: '1.0'\nsag_id: [\n", encoding="utf-8")
    (tmp_path / "typefejl.json").write_text('{"format_version": "1.0",\n "sag_id": "T",\n "udredning": {"temaer": 5}}',
                                            encoding="utf-8")
    (tmp_path / "tom.yaml").write_text("", encoding="utf-8")
    r = run("check", str(tmp_path), "--format", "json")
    assert r.exit_code == 1
    doc = json.loads(r.output)
    by_file = {c["file"].rsplit("/", 1)[-1]: c for c in doc["cases"]}
    assert len(by_file) == 6
    for i in range(3):
        assert by_file[f"god-{i}.yaml"]["findings"] == []
    assert by_file["defekt.yaml"]["findings"][0]["code"] == "SCH001"
    assert by_file["defekt.yaml"]["findings"][0]["line"] == 3
    t = by_file["typefejl.json"]["findings"][0]
    assert (t["code"], t["line"], t["path"]) == ("SCH002", 3, "/udredning/temaer")
    assert by_file["tom.yaml"]["findings"][0]["code"] == "SCH001"


def test_unknown_profile_is_exit_2():
    r = CliRunner().invoke(main, ["check", "examples/cases", "--profile", "findes-ikke"])
    assert r.exit_code == 2


def test_rule_docs_and_listing():
    r = run("rule", "VUM008")
    assert r.exit_code == 0 and "VUM-08" in r.output and "Eksempel der fejler" in r.output
    r = run("rule", "vum008", "--lang", "en")
    assert "Example that fails" in r.output
    assert CliRunner().invoke(main, ["rule", "XYZ999"]).exit_code == 2
    r = run("rules")
    assert "VUM001" in r.output and "VUM012" in r.output


def test_profiles_schema_version():
    r = run("profiles")
    assert "vum1" in r.output and "vum2" in r.output
    schema = json.loads(run("schema").output)
    assert "sag_id" in schema["properties"] and "Udredning" in schema["$defs"]
    assert run("--version").output.startswith("vumrules, version")


def test_english_output():
    r = run("check", "examples/cases/sag-004.yaml", "--lang", "en")
    assert "has a score but no description" in r.output and "cases checked" in r.output
