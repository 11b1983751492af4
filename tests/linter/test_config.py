"""vumrules.yaml / [tool.vumrules]: found upwards, overridden by flags, shown with sources."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from vumrules.config import ConfigError, find_config, load_settings, validate
from vumrules.registry import Registry


def codes(output: str) -> set[str]:
    return {json_f["code"] for case in json.loads(output)["cases"] for json_f in case["findings"]}


def test_config_found_from_checked_path_upwards(tmp_path, case_dir):
    (tmp_path / "vumrules.yaml").write_text("ignore: [VUM008]\n", encoding="utf-8")
    assert find_config(case_dir / "sag-1.yaml") == (tmp_path / "vumrules.yaml").resolve()
    s = load_settings([str(case_dir)])
    assert s.ignore == ["VUM008"]
    assert s.source("ignore").endswith("vumrules.yaml:1")


def test_pyproject_tool_table_is_used_and_other_pyprojects_are_skipped(tmp_path, case_dir):
    (tmp_path / "pyproject.toml").write_text('[tool.vumrules]\nfail-level = "warning"\nlang = "en"\n')
    (case_dir / "pyproject.toml").write_text('[project]\nname = "x"\n')  # no [tool.vumrules]
    s = load_settings([str(case_dir / "sag-1.yaml")])
    assert (s.fail_level, s.lang) == ("warning", "en")
    assert "[tool.vumrules]" in s.source("fail_level")


def test_flags_override_the_file(tmp_path, case_dir):
    (tmp_path / "vumrules.yaml").write_text("fail-level: warning\nlang: en\nignore: [VUM008]\n")
    s = load_settings([str(case_dir)], overrides={"fail_level": "info", "ignore": ["VUM012"], "lang": None})
    assert s.fail_level == "info" and s.source("fail_level") == "--fail-level"
    assert s.lang == "en"  # not given on the command line: the file's value stays
    assert s.ignore == ["VUM008", "VUM012"] and "--ignore" in s.source("ignore")


def test_unknown_key_is_an_error_with_file_and_line(tmp_path, case_dir, cli):
    (tmp_path / "vumrules.yaml").write_text("profile: vum2\nselcet: [VUM]\n")
    with pytest.raises(ConfigError, match=r"vumrules.yaml:2: ukendt nøgle 'selcet'"):
        load_settings([str(case_dir)])
    r = cli("check", case_dir)
    assert r.exit_code == 2 and "selcet" in r.output
    r = cli("check", case_dir, "--lang", "en")
    assert r.exit_code == 2 and "vumrules.yaml:2: unknown key 'selcet'" in r.output


def test_unknown_rule_in_config_exits_2(tmp_path, case_dir, cli):
    (tmp_path / "vumrules.yaml").write_text("select: [NOPE]\n")
    r = cli("check", case_dir)
    assert r.exit_code == 2 and "NOPE" in r.output


def test_select_ignore_and_extend_select(case_dir, cli):
    base = codes(cli("check", case_dir, "--format", "json", "--isolated").output)
    assert {"VUM007", "VUM008", "VUM010"} <= base
    only = codes(cli("check", case_dir, "--format", "json", "--select", "VUM008").output)
    assert only == {"VUM008"}
    ignored = codes(cli("check", case_dir, "--format", "json", "--ignore", "VUM008,VUM01").output)
    assert "VUM008" not in ignored and not any(c.startswith("VUM01") for c in ignored) and ignored
    ext = codes(cli("check", case_dir, "--format", "json", "--select", "VUM008", "--extend-select", "VUM007").output)
    assert ext == {"VUM007", "VUM008"}


def test_per_path_ignores_and_severity_override(tmp_path, case_dir, cli):
    (case_dir / "arkiv").mkdir()
    (case_dir / "arkiv" / "gammel.yaml").write_text((case_dir / "sag-1.yaml").read_text())
    (tmp_path / "vumrules.yaml").write_text(
        "per-path-ignores:\n  'sager/arkiv/**': [VUM]\nseverity:\n  VUM008: info\nfail-level: error\n")
    r = cli("check", case_dir, "--format", "json")
    doc = json.loads(r.output)
    by_file = {Path(c["file"]).name: c["findings"] for c in doc["cases"]}
    assert not [f for f in by_file["gammel.yaml"] if f["code"].startswith("VUM")]
    vum008 = [f for f in by_file["sag-1.yaml"] if f["code"] == "VUM008"]
    assert vum008 and all(f["severity"] == "info" for f in vum008)


def test_selection_applies_to_every_profile_version(tmp_path):
    reg = Registry.create(entry_points=False)
    settings = load_settings([str(tmp_path)], overrides={"ignore": ["VUM008"], "severity": {"VUM001": "info"}})
    store = validate(settings, reg)
    for when in (date(2014, 1, 1), date(2026, 1, 1)):
        resolved = store.resolve("vum2", when)
        assert "VUM008" not in resolved.rules and "VUM012" in resolved.rules
        assert resolved.severity["VUM001"].value == "info"


def test_show_settings_prints_values_and_sources(tmp_path, case_dir, cli):
    (tmp_path / "vumrules.yaml").write_text("profile: vum2\nignore: [VUM008]\noutput: [text, 'sarif:ud/v.sarif']\n")
    r = cli("check", case_dir, "--show-settings", "--fail-level", "warning")
    assert r.exit_code == 0, r.output
    lines = {ln.split()[0]: ln for ln in r.output.splitlines() if ln.startswith("  ")}
    assert "vumrules.yaml:1" in lines["profile"]
    assert "VUM008" in lines["ignore"] and "vumrules.yaml:2" in lines["ignore"]
    assert "--fail-level" in lines["fail-level"] and "warning" in lines["fail-level"]
    assert "standard" in lines["lang"]
    assert "sarif:" in lines["output"] and "ud/v.sarif" in lines["output"]
    assert "Profil vum2 version 1" in r.output and "regler valgt" in r.output
    en = cli("check", case_dir, "--show-settings", "--lang", "en")
    assert "Effective settings" in en.output and "default" in en.output


def test_personal_data_cannot_be_switched_on_in_a_file(tmp_path, case_dir):
    (tmp_path / "vumrules.yaml").write_text("show-personal-data: true\n")
    with pytest.raises(ConfigError, match="ukendt nøgle"):
        load_settings([str(case_dir)])


def test_outputs_from_config_are_relative_to_the_config_file(tmp_path, case_dir, cli):
    (tmp_path / "vumrules.yaml").write_text("output: [text, 'sarif:ud/vumrules.sarif', 'junit:ud/junit.xml']\n")
    r = cli("check", case_dir)
    assert r.exit_code == 1
    assert "sager tjekket" in r.output
    assert json.loads((tmp_path / "ud" / "vumrules.sarif").read_text())["version"] == "2.1.0"
    assert (tmp_path / "ud" / "junit.xml").read_text().startswith("<?xml")
