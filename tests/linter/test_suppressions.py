"""Suppressions in the case file: reasons required, unused ones reported, counted and shown;
`vumrules suppress` keeps comments and layout."""

from __future__ import annotations

import json

from linter_helpers import CASE

from vumrules import Linter
from vumrules.cli.suppress import add_suppression, detect_indent
from vumrules.sources import load_yaml_text
from vumrules.testing import TEST_TODAY, assert_expected_findings, rule_linter


def check(text: str, fmt: str = "yaml"):
    return Linter("vum2", today=TEST_TODAY).check_text(text, format=fmt, file="<t>")[0]


def sup(**entry) -> str:
    lines = ["undertrykkelser:"]
    first = True
    for k, v in entry.items():
        lines.append(("  - " if first else "    ") + f"{k}: {v}")
        first = False
    return CASE + "\n".join(lines) + "\n"


def test_field_suppression_moves_the_finding_to_suppressed():
    r = check(sup(koder="[VUM008]", felt="/udredning/temaer/0", begrundelse="Står i lægeerklæringen", af="SB-1"))
    assert "VUM008" not in {f.code for f in r.findings}
    assert [f.code for f in r.suppressed] == ["VUM008"]
    assert not [f for f in r.findings if f.code.startswith("SUP")]


def test_prefix_and_whole_case_suppression():
    r = check(sup(koder="[VUM]", begrundelse="Sagen er overført fra en anden kommune", af="SB-1"))
    assert not [f for f in r.findings if f.code.startswith("VUM")]
    assert {f.code for f in r.suppressed} >= {"VUM007", "VUM008"}


def test_field_suppression_does_not_reach_other_fields():
    r = check(sup(koder="[VUM008]", felt="/udredning/temaer/1", begrundelse="Forkert felt", af="SB-1"))
    codes = [f.code for f in r.findings]
    assert "VUM008" in codes and "SUP003" in codes and not r.suppressed


def test_without_reason_or_author_it_is_a_finding_and_does_not_suppress():
    r = check(sup(koder="[VUM008]", af="SB-1"))
    codes = [f.code for f in r.findings]
    assert "SUP001" in codes and "VUM008" in codes and "SUP003" not in codes
    r = check(sup(koder="[VUM008]", begrundelse="Står i lægeerklæringen"))
    codes = [f.code for f in r.findings]
    assert "SUP002" in codes and "VUM008" in codes


def test_unused_suppression_is_located_at_the_entry():
    text = CASE + """\
undertrykkelser:
  - koder: [VUM004]  # expect: SUP003
    begrundelse: Skalaen er kommunens egen
    af: SB-1
"""
    assert_expected_findings(text, rule_linter(["SUP003", "VUM004"]), codes={"SUP003"})


def test_unknown_code_in_a_suppression_is_unused_and_not_quoted():
    r = check(sup(koder="[VUM999, 'Anne Holm']", begrundelse="x y", af="SB-1"))
    unused = [f for f in r.findings if f.code == "SUP003"]
    assert unused and "Anne" not in unused[0].message and "VUM999, ?" in unused[0].message


def test_suppression_without_codes_is_unused():
    r = check(sup(koder="[]", begrundelse="x y", af="SB-1"))
    assert [f.code for f in r.findings if f.code.startswith("SUP")] == ["SUP003"]


def test_sup_findings_cannot_be_suppressed():
    r = check(sup(koder="[SUP]", begrundelse="x y", af="SB-1"))
    assert [f.code for f in r.findings if f.code.startswith("SUP")] == ["SUP003"]


def test_json_case_files_suppress_too():
    doc = {"format_version": "1.0", "sag_id": "S-J", "udredning": {"metode": "vum2", "temaer": [{"navn": "Egenomsorg", "score": 2}]},
           "undertrykkelser": [{"koder": ["VUM008"], "begrundelse": "Beskrevet i bilag", "af": "SB-1"}]}
    r = check(json.dumps(doc), fmt="json")
    assert [f.code for f in r.suppressed] == ["VUM008"]


def test_summary_counts_and_show_suppressed(case_dir, cli):
    f = case_dir / "sag-1.yaml"
    f.write_text(sup(koder="[VUM008]", felt="/udredning/temaer/0", begrundelse="Står i lægeerklæringen", af="SB-1"))
    r = cli("check", case_dir)
    assert "1 undertrykt" in r.output.splitlines()[-1] and "VUM008" not in r.output
    r = cli("check", case_dir, "--show-suppressed")
    assert "VUM008 [undertrykt]" in r.output
    r = cli("check", case_dir, "--show-suppressed", "--lang", "en")
    assert "VUM008 [suppressed]" in r.output and "1 suppressed" in r.output
    doc = json.loads(cli("check", case_dir, "--format", "json", "--show-suppressed").output)
    assert doc["summary"]["suppressed"] == 1
    assert [x["code"] for x in doc["cases"][0]["suppressed"]] == ["VUM008"]


COMMENTED = """\
# Sag fra fagsystemet: rettet af SB-117 (kommentaren skal blive stående)
format_version: "1.0"
sag_id: 'S-5001'   # sagsnummer

udredning:
  metode: vum2   # VUM 2.0
  temaer:
    # første tema
    - navn: Egenomsorg
      score: 2
"""


def test_suppress_cli_keeps_comments_and_layout(tmp_path, cli):
    f = tmp_path / "sag.yaml"
    f.write_text(COMMENTED, encoding="utf-8")
    r = cli("suppress", "--code", "vum008", "--field", "udredning/temaer/0", "--reason",
            "Beskrevet i lægeerklæringen af 3. marts", "--by", "SB-117", "--date", "2026-03-02", f)
    assert r.exit_code == 0, r.output
    new = f.read_text(encoding="utf-8")
    assert new.startswith(COMMENTED)  # everything before is untouched, byte for byte
    assert new[len(COMMENTED):] == (
        "undertrykkelser:\n"
        "  - koder: [VUM008]\n"
        "    felt: /udredning/temaer/0\n"
        "    begrundelse: Beskrevet i lægeerklæringen af 3. marts\n"
        "    af: SB-117\n"
        "    dato: 2026-03-02\n")
    r = cli("check", f, "--show-suppressed")
    assert "VUM008 [undertrykt]" in r.output and "SUP" not in r.output
    # a second one is appended to the same list
    cli("suppress", "--code", "VUM006", "--reason", "Niveau fremgår af bilag", "--by", "SB-117", f)
    data, _, _ = load_yaml_text(f.read_text(encoding="utf-8"))
    assert [u["koder"] for u in data["undertrykkelser"]] == [["VUM008"], ["VUM006"]]
    assert "# første tema" in f.read_text(encoding="utf-8")


def test_suppress_cli_refuses_bad_input(tmp_path, cli):
    f = tmp_path / "sag.yaml"
    f.write_text(COMMENTED)
    assert cli("suppress", "--code", "NOPE", "--reason", "x", f).exit_code == 2
    assert cli("suppress", "--code", "VUM008", "--reason", "  ", f).exit_code == 2
    j = tmp_path / "sag.json"
    j.write_text("{}")
    assert cli("suppress", "--code", "VUM008", "--reason", "x", j).exit_code == 2
    assert f.read_text() == COMMENTED


def test_suppress_into_an_empty_list_writes_a_block_list():
    out = add_suppression('format_version: "1.0"\nsag_id: S\nundertrykkelser: []  # ingen endnu\n', ["VUM008"],
                          "Står i bilag", "SB-1", None, TEST_TODAY)
    data, _, problems = load_yaml_text(out)
    assert not problems and data["undertrykkelser"][0]["koder"] == ["VUM008"]
    assert "\n  - koder: [VUM008]\n" in out and "# ingen endnu" in out


def test_indent_detection():
    assert detect_indent("a:\n  - x\n") == (2, 4, 2)
    assert detect_indent("a:\n- x\n") == (2, 2, 0)
    out = add_suppression("format_version: '1.0'\nsag_id: S\nliste:\n- a\n", ["VUM008"], "r", "b", None,
                          TEST_TODAY)
    assert "liste:\n- a\nundertrykkelser:\n- koder: [VUM008]\n" in out
