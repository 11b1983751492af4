"""Edge cases of the KL rules, written as YAML cases with a ``fhir.bundle`` and
``# expect:`` comments (the rules' own examples are run by tests/test_rule_examples.py)."""

from __future__ import annotations

import pytest

from vumrules import Linter
from vumrules.rules.kl._kl import example
from vumrules.testing import TEST_TODAY, assert_expected_findings, findings_for, rule_linter

FFB = '"urn:oid:1.2.208.176.2.22"'
RANK = "http://fhir.kl.dk/core/StructureDefinition/ConditionRank"
KLC = '"http://fhir.kl.dk/term/CodeSystem/CareSocialCodes"'
LET, MODERAT, IKKE_VURDERET = ("8328ce4a-6238-4f73-bf1a-74aadb68eff8",
                               "5bdde847-2837-416b-ab63-bbff8b7aa531",
                               "1c327095-107f-4b96-88d0-ec562cb980be")
UDVIKLE, FASTHOLDE, BEGRAENSE = ("d41c8072-52f8-42b5-9375-ddbea454d27f",
                                 "10752a63-00b4-4958-b7f4-9f3a18f74266",
                                 "e47c22bd-d88d-48ab-882b-419923e1f44e")
KOEBE_IND = "01770afa-cd17-41fe-a966-b8895e4d55d8"


@pytest.fixture(scope="module")
def base() -> Linter:
    return Linter("vum2", today=TEST_TODAY)


def lint(base: Linter, *codes: str) -> Linter:
    return rule_linter(codes, linter=base)


# ----------------------------------------------------------------------------- care plans


def test_care_plan_rules_skip_plans_that_are_not_ordered_or_are_completed(base):
    text = example("""
        - resource:
            resourceType: CarePlan
            id: forslag
            status: active
            intent: proposal
        - resource:
            resourceType: CarePlan
            id: afsluttet
            status: completed
            intent: order
        - resource:  # expect: KL001, KL003, KL004, KL005
            resourceType: CarePlan
            id: uden-status
            intent: order
    """)
    assert_expected_findings(text, lint(base, "KL001", "KL003", "KL004", "KL005"))


def test_interventions_are_not_indsatsforloeb(base):
    text = example("""
        - resource:
            resourceType: CarePlan
            id: indsats-1
            meta:
              profile: [http://fhir.kl.dk/ffbreporting/StructureDefinition/kl-reporting-ffb-intervention]
            status: active
            intent: order
        - resource:
            resourceType: CarePlan
            id: indsats-2
            basedOn: [{reference: CarePlan/forloeb-1}]
            status: active
            intent: order
    """)
    assert_expected_findings(text, lint(base, "KL001", "KL003", "KL004", "KL005"))


def test_rank_written_as_text_counts(base):
    text = example(f"""
        - resource:
            resourceType: CarePlan
            id: forloeb-1
            addresses:
              - reference: Condition/a
                extension: [{{url: {RANK}, valuePositiveInt: "1"}}]
              - reference: Condition/b  # expect: KL002
                extension: [{{url: {RANK}, valuePositiveInt: 1}}]
              - reference: Condition/c
                extension: [{{url: {RANK}, valuePositiveInt: 1}}]
    """)
    findings = findings_for(text, lint(base, "KL002"))
    assert [f.message for f in findings if f.code == "KL002"] == [
        "Indsatsforløbet CarePlan/forloeb-1 har 3 målgrupper med rang 1 (primær); der må højst "
        "være én primær målgruppe"]
    assert_expected_findings(text, lint(base, "KL002"))


# ----------------------------------------------------------------------------- conditions


def test_condition_severity_edge_cases(base):
    text = example(f"""
        - resource:
            resourceType: Condition
            id: ikke-vurderet
            code: {{coding: [{{system: {FFB}, code: {KOEBE_IND}}}]}}
            severity: {{coding: [{{system: {FFB}, code: {IKKE_VURDERET}}}]}}
        - resource:
            resourceType: Condition
            id: ukendt-kode
            code: {{coding: [{{system: {FFB}, code: findes-ikke}}]}}
        - resource:
            resourceType: Condition
            id: personer-i-netvaerk
            code: {{coding: [{{system: {FFB}, code: df194a84-6e4b-4f14-a194-d8d9d9a1fcad}}]}}
            severity: {{coding: [{{system: {FFB}, code: {LET}}}]}}  # expect: KL006
        - resource:
            resourceType: Condition
            id: praktiske-opgaver-tema
            code: {{coding: [{{system: {FFB}, code: eef71492-65f5-4297-aa95-3c3a6866ddef}}]}}
            severity: {{}}  # expect: KL006
    """)
    assert_expected_findings(text, lint(base, "KL006"))


def test_target_groups_may_have_no_severity(base):
    text = example(f"""
        - resource:
            resourceType: Condition
            id: maalgruppe-angst
            code: {{coding: [{{system: {FFB}, code: 303deb9b-84f0-49d2-ab7a-f8b98eed40a2}}]}}
    """)
    assert_expected_findings(text, lint(base, "KL006", "KL012"))


# ----------------------------------------------------------------------------- goals


def _goal(addresses: str, targets: str = "") -> str:
    return example(f"""
        - fullUrl: Condition/koebe-ind
          resource:
            resourceType: Condition
            id: koebe-ind
            code: {{coding: [{{system: {FFB}, code: {KOEBE_IND}}}]}}
            severity: {{coding: [{{system: {FFB}, code: {MODERAT}}}]}}
        - fullUrl: Condition/maalgruppe-angst
          resource:
            resourceType: Condition
            id: maalgruppe-angst
            code: {{coding: [{{system: {FFB}, code: 303deb9b-84f0-49d2-ab7a-f8b98eed40a2}}]}}
        - fullUrl: Goal/maal-1
          resource:
            resourceType: Goal
            id: maal-1
{addresses}
{targets}
    """)


def _targets(level: str, maaltype: str, mark: str) -> str:
    return (f"            target:\n"
            f"              - measure: {{coding: [{{system: {KLC}, code: 66959f77-6e2a-4574-8423-3ff097f8b9fa}}]}}\n"
            f"                detailCodeableConcept: {{coding: [{{system: {FFB}, code: {level}}}]}}\n"
            f"              - measure: {{coding: [{{system: {KLC}, code: 90c48f03-f194-4b2f-ad7d-6cba1069ae48}}]}}\n"
            f"                detailCodeableConcept: {{coding: [{{system: {FFB}, code: {maaltype}}}]}}"
            + mark)


def test_goal_addressing_a_target_group_or_a_missing_condition(base):
    text = _goal(f"""\
            addresses:
              - reference: Condition/koebe-ind
                extension: [{{url: {RANK}, valuePositiveInt: 1}}]
              - reference: Condition/maalgruppe-angst  # expect: KL007
              - reference: Condition/findes-ikke""")
    assert_expected_findings(text, lint(base, "KL007", "KL008"))


def test_goal_without_any_rank_one(base):
    text = _goal("""\
            addresses:  # expect: KL008
              - reference: Condition/koebe-ind""")
    assert_expected_findings(text, lint(base, "KL008"))
    no_addresses = example("""
        - resource:  # expect: KL008, KL009, KL009
            resourceType: Goal
            id: maal-1
    """)
    assert_expected_findings(no_addresses, lint(base, "KL008", "KL009"))


@pytest.mark.parametrize(("level", "maaltype", "fires"), [
    (LET, UDVIKLE, False),            # moderat → let: udvikle
    (MODERAT, UDVIKLE, True),         # same level is not development
    (MODERAT, FASTHOLDE, False),
    ("cae545f5-2813-4d79-98fc-0a7d770af3cd", BEGRAENSE, False),  # moderat → svær: begrænse tab
    (LET, BEGRAENSE, True),
    (IKKE_VURDERET, FASTHOLDE, False),  # "Ikke vurderet" is not compared
])
def test_maaltype_against_levels(base, level, maaltype, fires):
    rank1 = f"""\
            addresses:
              - reference: Condition/koebe-ind
                extension: [{{url: {RANK}, valuePositiveInt: 1}}]"""
    text = _goal(rank1, _targets(level, maaltype, "  # expect: KL014" if fires else ""))
    # the finding sits on the måltype's detailCodeableConcept, the last line of the goal
    assert_expected_findings(text, lint(base, "KL009", "KL014"))


# ----------------------------------------------------------------------------- follow-ups


def test_follow_up_without_status_and_other_observations(base):
    text = example("""
        - resource:  # expect: KL010
            resourceType: Observation
            id: opfoelgning-1
            code: {coding: [{system: "http://snomed.info/sct", code: "712744002"}]}
        - resource:
            resourceType: Observation
            id: opfoelgning-2
            status: entered-in-error
            code: {coding: [{system: "http://snomed.info/sct", code: "712744002"}]}
        - resource:
            resourceType: Observation
            id: stoettebehov-1
            status: preliminary
            code: {coding: [{system: "http://fhir.kl.dk/term/CodeSystem/CareSocialCodes", code: effe55c7-572c-4a99-8fb4-2a9dda2f6572}]}
    """)
    assert_expected_findings(text, lint(base, "KL010"))
    (f,) = [f for f in findings_for(text, lint(base, "KL010")) if f.code == "KL010"]
    assert '"mangler"' in f.message


# ----------------------------------------------------------------------------- report


def test_unknown_resource_type_and_other_profile_base(base):
    text = example("""
        - resource:
            resourceType: MedicationRequest  # expect: KL011
            id: medicin-1
        - resource:
            resourceType: Patient
            id: borger-1
            meta:  # expect: KL011
              profile: [http://ffb/reporting/kl.dk/1.0/StructureDefinition/kl-reporting-ffb-citizen]
    """)
    assert_expected_findings(text, lint(base, "KL011"))


def test_profile_base_is_an_option(base):
    base.store.register_text("test-kl011-gammel", (
        "navn: test-kl011-gammel\nmetode: vum2\nselect: [SCH, KL011]\n"
        "options: {KL011: {profilbase: 'http://ffb/reporting/kl.dk/1.0/StructureDefinition/'}}\n"))
    old = Linter("test-kl011-gammel", registry=base.registry, today=TEST_TODAY, _store=base.store)
    text = example("""
        - resource:
            resourceType: Patient
            id: borger-1
            meta:
              profile: [http://ffb/reporting/kl.dk/1.0/StructureDefinition/kl-reporting-ffb-citizen]
    """)
    assert_expected_findings(text, old)


def test_codes_unknown_in_ffb_wrong_branch_and_good_ones(base):
    text = example(f"""
        - resource:
            resourceType: Condition
            id: a
            code:
              coding:
                - system: {FFB}
                  code: 00000000-0000-0000-0000-000000000000  # expect: KL012
        - resource:
            resourceType: CarePlan
            id: indsats-1
            basedOn: [{{reference: CarePlan/forloeb-1}}]
            activity:
              - detail:
                  code:
                    coding:
                      - system: {FFB}
                        code: 7fec7d14-addb-4684-9637-403739de6228  # expect: KL012
              - detail:
                  code:
                    coding:
                      - system: {FFB}
                        code: 638f44df-6bf2-47f8-9935-b8fdc83e5bf5
        - resource:
            resourceType: Observation
            id: opfoelgning-1
            status: final
            code: {{coding: [{{system: "http://snomed.info/sct", code: "712744002"}}]}}
            valueCodeableConcept:
              coding:
                - system: {FFB}
                  code: 1e971d84-10a4-4ef8-a8b3-0daa4c7d088a
        - resource:
            resourceType: Goal
            id: maal-1
            target:
              - measure: {{coding: [{{system: {KLC}, code: 66959f77-6e2a-4574-8423-3ff097f8b9fa}}]}}
                detailCodeableConcept:
                  coding:
                    - system: {FFB}
                      code: {UDVIKLE}  # expect: KL012
    """)
    assert_expected_findings(text, lint(base, "KL012"))
    messages = [f.message for f in findings_for(text, lint(base, "KL012")) if f.code == "KL012"]
    assert any("Dagtilbud til voksne" in m and "Social indsats > Tilbud" in m for m in messages)


def test_references_resolve_and_conditional_references_are_not_printed(base):
    text = example("""
        - fullUrl: https://nordby.dk/fhir/Patient/borger-1
          resource:
            resourceType: Patient
            id: borger-1
        - fullUrl: https://nordby.dk/fhir/Condition/a
          resource:
            resourceType: Condition
            id: a
            subject:
              reference: Patient/borger-1
        - fullUrl: https://nordby.dk/fhir/Condition/b
          resource:
            resourceType: Condition
            id: b
            subject:  # expect: KL013
              reference: Patient?identifier=urn:oid:1.2.208.176.1.2|1503914172
            extension:
              - url: http://fhir.kl.dk/ffbreporting/StructureDefinition/kl-reporting-ffb-follow-up-date-extension
                valueReference:  # expect: KL013
                  reference: "#moede"
    """)
    assert_expected_findings(text, lint(base, "KL013"))
    for f in findings_for(text, lint(base, "KL013")):
        assert "1503914172" not in f.message and "1503914172" not in f.message_en


def test_kl_rules_ignore_cases_without_fhir_block(base, good_case_text):
    from vumrules.engine import Outcome

    (result,) = lint(base, "KL").check_text(good_case_text)
    assert {o for c, o in result.outcomes.items() if c.startswith("KL")} == {Outcome.NOT_APPLICABLE}


def test_resource_without_type_or_id_is_named_by_its_entry(base):
    text = example("""
        - resource:  # expect: KL011
            id: x
        - resource:  # expect: KL011
            resourceType: Goal
    """)
    assert_expected_findings(text, lint(base, "KL011"))
    messages = sorted(f.message for f in findings_for(text, lint(base, "KL011")))
    assert messages[0].startswith("?/x ") and messages[1].startswith("Goal entry[1] ")
