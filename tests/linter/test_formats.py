"""SARIF 2.1.0 (validated against the official schema), JUnit XML, GitHub annotations, CSV."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from dataclasses import replace

from linter_helpers import CASE, assert_valid_sarif

from vumrules import Linter
from vumrules.formats.github import escape_data, escape_property
from vumrules.formats.sarif import SarifFormatter
from vumrules.report import Report
from vumrules.testing import TEST_TODAY

SUPPRESSED = CASE + """\
undertrykkelser:
  - koder: [VUM008]
    felt: /udredning/temaer/0
    begrundelse: Beskrevet i lægeerklæringen fra egen læge.
    af: SB-117
"""


def _report(text=CASE, **kw) -> Report:
    linter = Linter("vum2", today=TEST_TODAY)
    results = linter.check_text(text, file="sager/sag-1.yaml")
    return Report(results=results, registry=linter.registry, profile="vum2", tool_version="0.1.0", **kw)


def test_sarif_is_valid_and_carries_rule_help(sarif_validator, case_dir, tmp_path, cli):
    out = tmp_path / "r.sarif"
    r = cli("check", case_dir, "-o", f"sarif:{out}")
    assert r.exit_code == 1
    doc = json.loads(out.read_text())
    assert_valid_sarif(sarif_validator, doc)
    run = doc["runs"][0]
    rules = {x["id"]: x for x in run["tool"]["driver"]["rules"]}
    assert "VUM008" in rules
    assert "Hvad reglen gør" in rules["VUM008"]["help"]["markdown"]
    assert rules["VUM008"]["properties"]["requirements"] == ["VUM-08"]
    res = [x for x in run["results"] if x["ruleId"] == "VUM008"][0]
    assert run["tool"]["driver"]["rules"][res["ruleIndex"]]["id"] == "VUM008"
    assert res["locations"][0]["physicalLocation"]["region"]["startLine"] == 10
    assert res["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == "/udredning/temaer/0/beskrivelse"


def test_sarif_fingerprints_are_stable_when_lines_move(sarif_validator):
    a = SarifFormatter().document(_report())
    moved = CASE.replace("henvendelse:", "# en ny kommentar\n# og en til\nhenvendelse:")
    b = SarifFormatter().document(_report(moved))
    fa = {x["ruleId"]: x["partialFingerprints"] for x in a["runs"][0]["results"]}
    fb = {x["ruleId"]: x["partialFingerprints"] for x in b["runs"][0]["results"]}
    assert fa == fb
    la = {x["ruleId"]: x["locations"][0]["physicalLocation"]["region"]["startLine"] for x in a["runs"][0]["results"]}
    lb = {x["ruleId"]: x["locations"][0]["physicalLocation"]["region"]["startLine"] for x in b["runs"][0]["results"]}
    assert la["VUM008"] + 2 == lb["VUM008"]


def test_sarif_suppressed_results_hide_the_reason_by_default(sarif_validator):
    doc = SarifFormatter().document(_report(SUPPRESSED))
    assert_valid_sarif(sarif_validator, doc)
    sup = [x for x in doc["runs"][0]["results"] if "suppressions" in x]
    assert [x["ruleId"] for x in sup] == ["VUM008"]
    assert sup[0]["suppressions"][0]["kind"] == "inSource"
    assert "lægeerklæringen" not in json.dumps(doc, ensure_ascii=False)
    shown = SarifFormatter().document(_report(SUPPRESSED, show_personal_data=True))
    assert "lægeerklæringen" in json.dumps(shown, ensure_ascii=False)


def test_sarif_respects_githubs_limits(sarif_validator):
    report = _report()
    total = len(list(report.findings()))
    doc = SarifFormatter(max_results=2).document(report)
    assert_valid_sarif(sarif_validator, doc)
    run = doc["runs"][0]
    assert len(run["results"]) == 2
    assert all(x["level"] == "error" for x in run["results"])  # errors kept first
    note = run["invocations"][0]["toolExecutionNotifications"][0]
    assert f"2 af {total}" in note["message"]["text"]
    small = SarifFormatter(max_bytes=16_000).document(report)
    assert len(json.dumps(small).encode()) <= 16_000 or not small["runs"][0]["results"]
    assert_valid_sarif(sarif_validator, small)
    assert len(small["runs"][0]["results"]) < total
    assert "toolExecutionNotifications" in small["runs"][0]["invocations"][0]
    full = SarifFormatter().document(report)
    assert "toolExecutionNotifications" not in full["runs"][0]["invocations"][0]


def test_junit_one_testsuite_per_case_file(case_dir, tmp_path, cli):
    (case_dir / "sag-2.yaml").write_text('format_version: "1.0"\nsag_id: S-2\n')
    (case_dir / "ødelagt.yaml").write_text("format_version: [\n")
    out = tmp_path / "j.xml"
    cli("check", case_dir, "-o", f"junit:{out}")
    root = ET.fromstring(out.read_text())
    suites = root.findall("testsuite")
    assert sorted(s.get("name").rsplit("/", 1)[1] for s in suites) == ["sag-1.yaml", "sag-2.yaml", "ødelagt.yaml"]
    by = {s.get("name").rsplit("/", 1)[1]: s for s in suites}
    assert int(by["sag-1.yaml"].get("failures")) >= 1
    assert by["sag-2.yaml"].get("failures") == "0"
    failure = by["sag-1.yaml"].find("testcase[@name='VUM008 score-uden-beskrivelse']/failure")
    assert failure is not None and failure.get("type") == "VUM008"
    broken = by["ødelagt.yaml"].findall("testcase")
    assert len(broken) == 1 and broken[0].find("failure") is not None
    assert int(root.get("tests")) == sum(int(s.get("tests")) for s in suites)


def test_github_escaping():
    assert escape_data("50% færdig\r\nny linje") == "50%25 færdig%0D%0Any linje"
    assert escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"


def test_github_annotations_and_full_report_in_the_log():
    report = _report()
    report = replace(report, results=[replace(r, file="sager/a,b:c.yaml") for r in report.results])
    out = report.render(__import__("vumrules.formats.github", fromlist=["x"]).GithubFormatter())
    lines = out.splitlines()
    ann = [ln for ln in lines if ln.startswith(("::error ", "::warning ", "::notice "))]
    assert len(ann) == len(list(report.findings()))
    vum008 = [ln for ln in ann if "VUM008" in ln][0]
    assert vum008.startswith("::error file=sager/a%2Cb%3Ac.yaml,line=10,col=7,title=VUM008 score-uden-beskrivelse::")
    assert "::group::" in out and "::endgroup::" in out
    group = lines[lines.index(next(ln for ln in lines if ln.startswith("::group::"))) + 1:]
    assert sum(1 for ln in group if " VUM" in ln) == len(ann)  # every finding also in the log
    assert "sager tjekket" in lines[-1]


def test_github_more_than_ten_annotations_still_all_in_log():
    report = _report()
    many = [replace(r, file=f"sager/sag-{i}.yaml") for i in range(4) for r in report.results]
    report = replace(report, results=many)
    out = report.render(__import__("vumrules.formats.github", fromlist=["x"]).GithubFormatter())
    n = len(list(report.findings()))
    assert n > 10
    assert out.count("::error ") + out.count("::warning ") == n
    assert f"({n} fund)" in out


def test_csv_rows():
    report = _report(SUPPRESSED, show_suppressed=True)
    rows = list(csv.DictReader(io.StringIO(report.render(__import__("vumrules.formats.csv", fromlist=["x"]).CsvFormatter()))))
    assert {r["status"] for r in rows} == {"open", "suppressed"}
    sup = [r for r in rows if r["status"] == "suppressed"]
    assert sup[0]["code"] == "VUM008" and sup[0]["path"] == "/udredning/temaer/0/beskrivelse"
    assert all(r["file"] == "sager/sag-1.yaml" for r in rows)


def test_csv_guards_against_formulas():
    from vumrules.formats.csv import _cell

    assert _cell("=HYPERLINK()") == "'=HYPERLINK()" and _cell("sag") == "sag" and _cell(3) == 3


def test_all_formats_are_registered(cli):
    from vumrules.registry import Registry

    assert {"text", "json", "sarif", "junit", "github", "csv"} <= set(Registry.create().formatters())
