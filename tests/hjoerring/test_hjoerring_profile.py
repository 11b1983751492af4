"""The hjoerring profile, its example cases, the Bilag 1 checklist and the agenda check
(meeting_load) the sign-off command uses."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from vumrules import Linter
from vumrules.findings import Severity
from vumrules.model import Case
from vumrules.rules.hjoerring import agenda, checklist
from vumrules.testing import TEST_TODAY, assert_expected_findings

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples" / "hjoerring").glob("*.yaml"))


@pytest.fixture(scope="module")
def hj() -> Linter:
    return Linter("hjoerring", today=TEST_TODAY, entry_points=False)


# --------------------------------------------------------------------------- profile


def test_versions_by_reference_date(hj):
    before = hj.store.resolve("hjoerring", date(2024, 7, 31))
    after = hj.store.resolve("hjoerring", date(2024, 8, 1))
    assert before.version == "national" and not any(c.startswith("HJ") for c in before.rules)
    assert after.version == "2024-08"
    assert after.chain == ("vum2@1", "hjoerring@2024-08")
    assert {f"HJ{n:03d}" for n in range(1, 16)} <= set(after.rules)
    assert any(c.startswith("VUM") for c in after.rules)
    assert after.options["HJ007"]["max_sager_pr_moede"] == 2
    assert after.options["HJ007"]["deadline_time"] == 12
    assert "Myndighed Rusmidler" in after.options["HJ010"]["organisationer"]


def test_case_from_before_the_taskforce_gets_no_hj_findings(hj):
    case = {"format_version": "1.0", "sag_id": "OLD", "sag": {"oprettet": "2024-05-02",
            "sagstype": "Taskforce - Botilbud i eget hjem"}}
    result = hj.check_dict(case)
    assert result.profile_version == "national"
    assert not [f for f in result.findings if f.code.startswith("HJ")]


def test_every_requirement_of_section_2_has_a_rule(hj):
    covered = {r for rule in hj.registry.rules.values() for r in rule.requirements}
    assert {f"HJ-{n:02d}" for n in range(1, 15)} <= covered


# --------------------------------------------------------------------------- examples


def test_there_are_examples_and_one_is_clean():
    assert len(EXAMPLES) >= 4
    clean = [p for p in EXAMPLES if "# expect:" not in p.read_text(encoding="utf-8")]
    assert clean, "et eksempel skal være klar til taskforcen uden fund"


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_gives_exactly_its_annotated_findings(hj, path):
    assert_expected_findings(path.read_text(encoding="utf-8"), hj)


def test_examples_together_show_every_hj_rule_catching_something(hj):
    codes = {f.code for r in hj.check_paths([ROOT / "examples" / "hjoerring"]) for f in r.findings}
    assert {f"HJ{n:03d}" for n in range(1, 16)} <= codes


def test_cli_check_examples():
    from vumrules.cli import main

    r = CliRunner().invoke(main, ["check", "examples/hjoerring", "--profile", "hjoerring",
                                  "--today", TEST_TODAY.isoformat()])
    assert r.exit_code == 1, r.output
    assert "02_indstillingssag_for_sent.yaml:" in r.output and "HJ007" in r.output
    assert "01_sparringssag_klar.yaml" not in r.output


# --------------------------------------------------------------------------- checklist


def test_checklist_is_bilag_1(hj):
    assert len(checklist.CHECKLIST) == 6
    assert checklist.CHECKLIST[0].label_da.startswith("Løbende vurdere")
    assert checklist.CHECKLIST[-1].label_da == "Lave delanalyse for hver udredningskategori."
    for item in checklist.CHECKLIST:
        assert item.label_da and item.label_en and item.label_da != item.label_en
        assert "HJ-05" in item.requirements
        for code in item.codes:
            assert code in hj.registry.rules, code
            assert code in hj.resolved(date(2025, 1, 1)).rules


def test_checklist_status_from_a_cases_findings(hj):
    text = (ROOT / "examples" / "hjoerring" / "06_ikke_klar_til_dagsorden.yaml").read_text("utf-8")
    (result,) = hj.check_text(text)
    marks = {item.key: ok for item, ok in checklist.status([f.code for f in result.findings],
                                                           result.outcomes)}
    assert marks == {"relevante_temaer": False, "oplysninger_fra_borger": True,
                     "andre_parter": True, "sagsbehandlers_bemaerkninger": False,
                     "funktionsevneniveau": False, "delanalyse": False}
    clean = (ROOT / "examples" / "hjoerring" / "01_sparringssag_klar.yaml").read_text("utf-8")
    (result,) = hj.check_text(clean)
    assert all(ok for _, ok in checklist.status([f.code for f in result.findings], result.outcomes))


def test_checklist_status_unknown_when_a_rule_did_not_run():
    marks = checklist.status([], ran=["HJ005", "VUM010"])
    assert [ok for _, ok in marks] == [True, True, None, None, None, None]
    assert checklist.codes()[:3] == ("HJ005", "VUM010", "VUM011")


# --------------------------------------------------------------------------- agenda


def _case(sag_id: str, meeting: str | None = None, wished: str | None = None) -> Case:
    data: dict = {"format_version": "1.0", "sag_id": sag_id}
    if meeting:
        data["indstilling"] = {"taskforce": {"moede_dato": meeting}}
    if wished:
        data["henvendelse"] = {"oensket_dato": wished}
    return Case.model_validate(data)


def test_two_cases_per_meeting_is_fine_three_is_not():
    two = [_case("A", "2025-09-18"), _case("B", "2025-09-18")]
    assert agenda.meeting_load(two) == []
    (f,) = agenda.meeting_load(two + [_case("C", wished="2025-09-18")])
    assert f.code == "HJ007" and f.severity is Severity.ERROR
    assert f.moede_dato == date(2025, 9, 18) and f.sag_ids == ("A", "B", "C")
    assert "højst 2" in f.message and "at most 2" in f.message_en


def test_agenda_weekday_interval_and_missing_date():
    findings = agenda.meeting_load([_case("A", "2025-09-18"), _case("B", "2025-09-23"),
                                    _case("C")])
    kinds = sorted((f.severity.value, f.sag_ids) for f in findings)
    assert kinds == [("error", ("B",)), ("info", ("B",)), ("warning", ("C",))]


def test_agenda_uses_the_profiles_options(hj):
    options = dict(hj.resolved(date(2025, 1, 1)).options["HJ007"])
    cases = [_case(x, "2025-10-02") for x in "ABC"]
    assert len(agenda.meeting_load(cases, options)) == 1
    assert agenda.meeting_load(cases, {**options, "max_sager_pr_moede": 3}) == []
    # every second week: 18/9 and 2/10 are 14 days apart
    assert agenda.meeting_load_dates([("A", date(2025, 9, 18)), ("B", date(2025, 10, 2))]) == []


def test_deadline_for_a_meeting_after_easter():
    d = agenda.deadline_for(date(2025, 4, 24))
    assert d.deadline.isoformat() == "2025-04-16T12:00:00" and d.moved
    with pytest.raises(ValueError):
        agenda.deadline_for(date(2025, 4, 23))
