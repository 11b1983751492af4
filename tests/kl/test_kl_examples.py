"""The example delivery reports in examples/fhir/: what profile ffb finds in each, and where."""

from __future__ import annotations

from pathlib import Path

import pytest

from vumrules import Linter
from vumrules.testing import TEST_TODAY

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "fhir"


@pytest.fixture(scope="module")
def results():
    lint = Linter("ffb", today=TEST_TODAY)
    return {Path(r.file).name: r for r in lint.check_paths([EXAMPLES])}


def _found(result):
    return sorted((f.code, f.path) for f in result.findings)


def _line_of(name: str, needle: str, after: str) -> int:
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    return text[: text.index(needle, text.index(after))].count("\n") + 1


def test_all_examples_are_read_as_fhir(results):
    assert sorted(results) == ["01-gyldig.fhir.json", "02-indsatsforloeb-fejl.fhir.json",
                               "03-tilstande-og-maal-fejl.fhir.json",
                               "04-profiler-koder-referencer-fejl.fhir.json"]


def test_valid_report_has_no_findings(results):
    assert _found(results["01-gyldig.fhir.json"]) == []
    assert results["01-gyldig.fhir.json"].case_id == "SAG-2025-0417"


def test_care_plan_invariants(results):
    r = results["02-indsatsforloeb-fejl.fhir.json"]
    e = "/fhir/bundle/entry"
    assert _found(r) == sorted([
        ("KL001", f"{e}/13/resource/extension"), ("KL001", f"{e}/16/resource/extension"),
        ("KL002", f"{e}/13/resource/addresses/1"),
        ("KL003", f"{e}/16/resource/goal"),
        ("KL004", f"{e}/13/resource/activity"), ("KL004", f"{e}/16/resource/activity"),
        ("KL005", f"{e}/16/resource/addresses"),
        ("KL010", f"{e}/15/resource/status"),
    ])
    (kl010,) = [f for f in r.findings if f.code == "KL010"]
    assert kl010.line == _line_of(r.file.rsplit("/", 1)[-1], '"status": "preliminary"', '"opfoelgning-forrige"')


def test_condition_and_goal_invariants(results):
    r = results["03-tilstande-og-maal-fejl.fhir.json"]
    e = "/fhir/bundle/entry"
    assert _found(r) == sorted([
        ("KL006", f"{e}/3/resource/severity"),   # Hukommelse: severity not allowed
        ("KL006", f"{e}/5/resource/severity"),   # Lave mad: severity missing
        ("KL007", f"{e}/10/resource/addresses/0"),
        ("KL008", f"{e}/10/resource/addresses/1"),
        ("KL009", f"{e}/10/resource/target"),
        ("KL014", f"{e}/9/resource/target/1/detailCodeableConcept"),
    ])
    name = "03-tilstande-og-maal-fejl.fhir.json"
    by_code = {f.code: f for f in r.findings}
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    code_at = text.index('"10752a63', text.index('"id": "maal-koebe-ind"'))  # Fastholde
    detail_at = text.rindex('"detailCodeableConcept"', 0, code_at)
    assert by_code["KL014"].line == text[:detail_at].count("\n") + 1
    assert "Fastholde funktionsevne" in by_code["KL014"].message


def test_delivery_report_invariants_and_codes(results):
    r = results["04-profiler-koder-referencer-fejl.fhir.json"]
    e = "/fhir/bundle/entry"
    assert _found(r) == sorted([
        ("KL011", f"{e}/6/resource/meta"),
        ("KL012", f"{e}/4/resource/severity/coding/0/system"),
        ("KL012", f"{e}/11/resource/valueCodeableConcept/coding/0/code"),
        ("KL013", f"{e}/13/resource/goal/2"),
    ])


def test_messages_carry_no_personal_data(results):
    for r in results.values():
        for f in r.findings:
            assert "1503914172" not in f.message and "1503914172" not in f.message_en
            assert "SAG-2025-0417" not in f.message


def test_cli_exit_codes(tmp_path):
    from click.testing import CliRunner

    from vumrules.cli import main

    runner = CliRunner()
    ok = runner.invoke(main, ["check", "--profile", "ffb", str(EXAMPLES / "01-gyldig.fhir.json")])
    bad = runner.invoke(main, ["check", "--profile", "ffb", str(EXAMPLES / "02-indsatsforloeb-fejl.fhir.json")])
    assert (ok.exit_code, bad.exit_code) == (0, 1), ok.output + bad.output
    assert "KL001" in bad.output
