"""Declarative (CEL) rules in profiles: the demo profile's municipal rules give the same
findings as their Python twins, load errors name file:line:column, run-time errors become
SCH901 on that case, a case is converted to CEL once, and expressions cannot reach outside."""

from __future__ import annotations

from pathlib import Path

import pytest

from vumrules import Linter, ProfileError
from vumrules.declarative import profile_rules
from vumrules.registry import Registry
from vumrules.testing import (
    TEST_TODAY,
    assert_case_files,
    assert_rule_coverage,
    check,
    check_declarative_examples,
    expectations,
    findings_for,
)

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "examples" / "declarative" / "profiles" / "demo-kommune.yaml"
CASES = ROOT / "examples" / "declarative" / "cases"
REGISTRY = Registry.create(entry_points=False)


@pytest.fixture(scope="module")
def demo() -> Linter:
    return Linter(str(DEMO), registry=REGISTRY, today=TEST_TODAY)


def _rules(linter: Linter):
    return profile_rules(linter.store, linter.profile)


def test_demo_profile_has_at_least_five_municipal_rules(demo):
    rules = _rules(demo)
    reqs = {req for r in rules for req in r.requirements}
    assert {"HJ-08", "HJ-10", "RK15-13", "RK22-07", "HE-05"} <= reqs
    assert len(rules) >= 5
    for r in rules:
        assert r.plugin == "profil demo-kommune"
        assert r.what_da and r.what_en and r.why_da and r.why_en and r.source


@pytest.mark.parametrize("code", [f"DEM00{i}" for i in range(1, 8)])
def test_declarative_rule_examples(demo, code):
    rule = next(r for r in _rules(demo) if r.code == code)
    check_declarative_examples(rule, demo)


def test_fixture_cases_give_exactly_the_annotated_findings(demo):
    assert_case_files([CASES], demo)


def test_every_declarative_rule_fires_and_stays_silent_somewhere(demo):
    assert_rule_coverage([r.code for r in _rules(demo)], [CASES], demo)


# -- the Python twins --------------------------------------------------------------------------

#: declarative codes per requirement, the fixture file that exercises them, and the twin pack
TWINS = {
    "HJ-08": (("DEM001",), "hj-taskforce-henvendelse.yaml", "HJ"),
    "HJ-10": (("DEM002", "DEM003"), "hj-taskforce-henvendelse.yaml", "HJ"),
    "RK15-13": (("DEM004", "DEM005"), "rk-botilbud-alternativer.yaml", "RKA"),
    "RK22-07": (("DEM006",), "rk-visitationsudvalg.yaml", "RKB"),
    "HE-05": (("DEM007",), "he-afslag-fredag.yaml", "HE"),
}


def _located(findings, codes):
    return sorted((f.location.document, f.line, f.path) for f in findings if f.code in codes)


@pytest.mark.parametrize("req", sorted(TWINS))
def test_declarative_findings_are_the_annotated_ones(demo, req):
    codes, fixture, _ = TWINS[req]
    text = (CASES / fixture).read_text(encoding="utf-8")
    got = [f for r in demo.check_text(text, file=fixture) for f in r.findings if f.code in codes]
    wanted = sorted((line, code) for (line, code), n in expectations(text).items()
                    for _ in range(n) if code in codes)
    assert sorted((f.line, f.code) for f in got) == wanted
    assert wanted, f"{fixture} har ingen forventede fund for {req}"


@pytest.mark.parametrize("req", sorted(TWINS))
def test_same_findings_as_the_python_twin(demo, req):
    codes, fixture, prefix = TWINS[req]
    twins = [r.code for r in REGISTRY.rules.values()
             if req in r.requirements and r.prefix == prefix and r.kind == "check"]
    if not twins:
        pytest.skip(f"Python-tvillingen for {req} ({prefix}-pakken) er ikke registreret endnu; "
                    "de deklarative fund er sammenlignet med de annoterede ovenfor")
    text = (CASES / fixture).read_text(encoding="utf-8")
    ours = _located([f for r in demo.check_text(text, file=fixture) for f in r.findings], codes)
    twin_linter = Linter("vum2", registry=REGISTRY, today=TEST_TODAY)
    from vumrules.testing import rule_linter

    lint = rule_linter(twins, linter=twin_linter)
    theirs = _located([f for r in lint.check_text(text, file=fixture) for f in r.findings], set(twins))
    assert ours == theirs, f"{req}: deklarativ {codes} gav {ours}, Python {twins} gav {theirs}"


# -- load errors: file, line, column ---------------------------------------------------------

BASE_RULE = """\
navn: {name}
select: [SCH]
{extra}regler:
  - kode: TST001
    navn: test
    krav: [HJ-08]
    alvor: error
    besked: {{da: "Fejl", en: "Error"}}
    hvad: {{da: Hvad, en: What}}
    hvorfor: {{da: Hvorfor, en: Why}}
    skal: {skal}
    eksempler:
      fejl: "x  # expect: TST001"
      ok: "y"
"""


def _profile(tmp_path: Path, skal: str, extra: str = "", name: str = "tst") -> Path:
    p = tmp_path / f"{name}.yaml"
    p.write_text(BASE_RULE.format(name=name, skal=skal, extra=extra), encoding="utf-8")
    return p


def _load_error(path: Path) -> ProfileError:
    linter = Linter(str(path), registry=REGISTRY, today=TEST_TODAY)
    with pytest.raises(ProfileError) as exc:
        linter.check_text('format_version: "1.0"\nsag_id: S-1\n')
    return exc.value


def test_syntax_error_names_file_line_and_expression_column(tmp_path):
    err = _load_error(_profile(tmp_path, "\"henvendelse != null &&\""))
    assert err.file.endswith("tst.yaml") and err.line == 11
    assert err.column == 23  # just after the last character, where CEL expected more
    assert "syntaks" in str(err)


def test_block_scalar_error_line_is_the_expressions_own_line(tmp_path):
    err = _load_error(_profile(tmp_path, "|\n      henvendelse != null\n      && (1 + )"))
    assert err.line == 13 and err.column == 9


def test_unknown_case_field_is_a_load_error_with_column(tmp_path):
    err = _load_error(_profile(tmp_path, "\"henvendelse != null && henvendelse.borger_indforstaet == true\""))
    assert err.line == 11
    assert "borger_indforstaet" in str(err) and "Henvendelse har intet felt" in str(err)
    assert err.column == len("henvendelse != null && henvendelse.") + 1


def test_unknown_variable_and_function_are_load_errors(tmp_path):
    assert "ukendt navn 'borgeren'" in str(_load_error(_profile(tmp_path, "borgeren != null")))
    err = _load_error(_profile(tmp_path, "\"open('/etc/passwd') == ''\""))
    assert "ukendt funktion 'open'" in str(err) and err.column == 1


def test_unknown_value_is_a_load_error(tmp_path):
    err = _load_error(_profile(tmp_path, "vaerdier.findes_ikke"))
    assert "vaerdier.findes_ikke" in str(err)


def test_value_cycle_is_a_profile_error_with_line(tmp_path):
    extra = "vaerdier:\n  a: vaerdier.b\n  b: vaerdier.c\n  c: vaerdier.a\n"
    err = _load_error(_profile(tmp_path, "vaerdier.a", extra))
    assert "ring" in str(err) and "a → b → c → a" in str(err)
    assert err.line == 4


def test_duplicate_code_with_a_registered_rule_is_an_error(tmp_path):
    p = tmp_path / "dup.yaml"
    p.write_text(BASE_RULE.format(name="dup", skal="true", extra="").replace("TST001", "VUM008"))
    assert "VUM008 findes allerede" in str(_load_error(p))


def test_rule_shape_errors_are_located(tmp_path):
    p = tmp_path / "shape.yaml"
    p.write_text(BASE_RULE.format(name="shape", skal="true", extra="").replace("    alvor: error\n", "    alvor: kritisk\n"))
    err = _load_error(p)
    assert err.line == 7 and "alvorlighed" in str(err)


# -- run time --------------------------------------------------------------------------------

RUNTIME = """\
navn: rt
select: [SCH]
vaerdier:
  antal_alternativer: size(indstilling.alternativer)
regler:
  - kode: TST002
    navn: dereferencerer-null
    krav: [RK15-13]
    alvor: warning
    besked: {da: "Fejl {n}", en: "Error {n}"}
    hvad: {da: Hvad, en: What}
    hvorfor: {da: Hvorfor, en: Why}
    skal: vaerdier.antal_alternativer >= 2
    felt: /indstilling/alternativer
    argumenter: {n: vaerdier.antal_alternativer}
    eksempler: {fejl: "x  # expect: TST002", ok: "y"}
  - kode: TST003
    navn: virker
    krav: [HE-05]
    alvor: warning
    besked: {da: "Ingen sag", en: "No case"}
    hvad: {da: Hvad, en: What}
    hvorfor: {da: Hvorfor, en: Why}
    skal: sag != null
    eksempler: {fejl: "x  # expect: TST003", ok: "y"}
"""


def test_runtime_error_is_a_finding_on_that_case_not_a_crash(tmp_path):
    p = tmp_path / "rt.yaml"
    p.write_text(RUNTIME, encoding="utf-8")
    linter = Linter(str(p), registry=REGISTRY, today=TEST_TODAY)
    text = ('format_version: "1.0"\nsag_id: S-1\n---\n'
            'format_version: "1.0"\nsag_id: S-2\nsag: {oprettet: 2025-01-01}\n'
            'indstilling:\n  alternativer:\n    - navn: A\n')
    results = linter.check_text(text)
    first, second = results
    codes = sorted(f.code for f in first.findings)
    assert codes == ["SCH901", "TST003"]  # the other rule still ran
    sch = next(f for f in first.findings if f.code == "SCH901")
    assert "TST002" in sch.message and "antal_alternativer" in sch.message
    assert first.outcomes["TST002"].value == "error"
    assert [(f.code, f.path, f.message) for f in second.findings] == [
        ("TST002", "/indstilling/alternativer", "Fejl 1")]


def test_case_is_converted_to_cel_once_per_case(demo, monkeypatch):
    import vumrules.declarative as d

    calls = []
    real = d.case_data
    monkeypatch.setattr(d, "case_data", lambda case: calls.append(case.sag_id) or real(case))
    linter = Linter(str(DEMO), registry=REGISTRY, today=TEST_TODAY)
    results = list(linter.check_paths([CASES]))
    assert len(results) == 11
    assert len(calls) == len(results)  # seven rules, one conversion per case


def test_cel_cannot_touch_files_or_run_code(tmp_path):
    for expr in ["\"__import__('os')\"", "\"exec('1')\"", "\"files('/etc/passwd')\""]:
        assert "ukendt funktion" in str(_load_error(_profile(tmp_path, expr)))


def test_declarative_rules_are_listed_by_the_cli(tmp_path):
    from click.testing import CliRunner

    from vumrules.cli import main

    res = CliRunner().invoke(main, ["rules", "--profile", str(DEMO)])
    assert res.exit_code == 0, res.output
    assert "DEM004" in res.output and "VUM008" in res.output
    res = CliRunner().invoke(main, ["rule", "DEM007", "--profile", str(DEMO)])
    assert res.exit_code == 0, res.output
    assert "HE-05" in res.output and "fredag" in res.output


def test_check_kit_accepts_dict_text_and_file(demo):
    text = (CASES / "he-afslag-fredag.yaml").read_text(encoding="utf-8").split("---")[0]
    assert [f.code for f in check(text, linter=demo)] == ["DEM007"]
    data = {"format_version": "1.0", "sag_id": "S-9",
            "afgoerelse": {"type": "afslag", "sendt": "2025-03-07"}}
    assert [f.code for f in check(data, linter=demo)] == ["DEM007"]
    assert [f.code for f in check(CASES / "rk-visitationsudvalg.yaml", linter=demo)] == ["DEM006"]
    assert findings_for('format_version: "1.0"\nsag_id: S-9\n', demo) == []
