"""Edge cases of the RKB rules (Ringkøbing-Skjern drejebog 2022), beyond each rule's own
documented examples (tests/test_rule_examples.py runs those)."""

from __future__ import annotations

import textwrap

import pytest

from vumrules import Linter
from vumrules.testing import TEST_TODAY, assert_expected_findings, findings_for, rule_linter

BASE = Linter("vum2", today=TEST_TODAY, entry_points=False)
HEAD = 'format_version: "1.0"\nsag_id: T-1\n'


def check(code: str, body: str) -> None:
    text = HEAD + textwrap.dedent(body)
    assert_expected_findings(text, rule_linter([code], linter=BASE), codes=[code])


def outcome(code: str, body: str) -> str:
    text = HEAD + textwrap.dedent(body)
    [result] = rule_linter([code], linter=BASE).check_text(text)
    return result.outcomes[code].value


# -- RKB001 / RKB002 / RKB102: sagsåbning ---------------------------------------------------


def test_rkb001_other_partner_words_count():
    check("RKB001", """
        henvendelse:
          fra: [Egen læge]
          henvendelsesskema_udfyldt: true
          samtykke:
            givet: true
            underskrevet: false  # expect: RKB001
    """)


def test_rkb001_not_applicable_to_the_citizens_own_request():
    assert outcome("RKB001", "henvendelse:\n  fra: [borger]\n") == "not_applicable"


def test_rkb002_joint_request_with_the_citizen_needs_no_separate_agreement():
    check("RKB002", "henvendelse:\n  fra: [borger, pårørende]\n")


def test_rkb002_agreement_false_is_a_finding():
    check("RKB002", """
        henvendelse:
          fra: [samarbejdspartner]
          borger_indforstaaet: false  # expect: RKB002
    """)


def test_rkb102_a_registered_guardian_is_enough():
    check("RKB102", """
        borger:
          kan_varetage_egne_interesser: false
          vaerge:
            rolle: værge
    """)


# -- RKB003: partshøring -----------------------------------------------------------------------


@pytest.mark.parametrize("frist, expect", [("2023-04-17", ""), ("2023-04-16", "  # expect: RKB003")])
def test_rkb003_fourteen_days_is_the_minimum(frist, expect):
    check("RKB003", f"""
        partshoering:
          relevant: true
          sendt: 2023-04-03
          frist: {frist}{expect}
    """)


def test_rkb003_decision_before_deadline_is_fine_once_the_answer_came():
    check("RKB003", """
        partshoering:
          relevant: true
          sendt: 2023-04-03
          frist: 2023-04-17
          svar_modtaget: 2023-04-10
        afgoerelse:
          dato: 2023-04-12
    """)


def test_rkb003_relevant_but_not_sent():
    check("RKB003", """
        partshoering:  # expect: RKB003
          relevant: true
    """)


def test_rkb003_external_sources_need_an_assessment():
    # no partshoering at all: the finding lands on the case itself (first line)
    text = HEAD.replace('"1.0"', '"1.0"  # expect: RKB003') + textwrap.dedent("""
        udredning:
          kilder:
            - type: læge
        afgoerelse:
          dato: 2023-05-01
    """)
    assert_expected_findings(text, rule_linter(["RKB003"], linter=BASE), codes=["RKB003"])


def test_rkb003_own_account_only_needs_no_assessment():
    check("RKB003", """
        udredning:
          kilder:
            - type: borger
        afgoerelse:
          dato: 2023-05-01
    """)


# -- RKB004: citater ---------------------------------------------------------------------------


def test_rkb004_too_many_quotations():
    check("RKB004", """
        udredning:
          temaer:
            - navn: Relationer
              beskrivelse: Borger har kontakt til sin søster og en ven fra skolen.
              citater:  # expect: RKB004
                - tekst: Jeg ser min søster hver søndag.
                - tekst: Han har en god ven.
                - tekst: Han ringer til sin mor.
                - tekst: Han går til fodbold.
    """)


def test_rkb004_one_long_quotation_is_pointed_at():
    long = " ".join(["ord"] * 61)
    check("RKB004", f"""
        udredning:
          temaer:
            - navn: Relationer
              beskrivelse: {" ".join(["tekst"] * 200)}
              citater:
                - tekst: kort citat
                - tekst: {long}  # expect: RKB004
    """)


def test_rkb004_short_quotations_are_below_the_threshold():
    check("RKB004", """
        udredning:
          temaer:
            - navn: Relationer
              citater:
                - tekst: Jeg ser min søster hver søndag.
    """)


# -- RKB006 / RKB007: indstilling og visitationsudvalg --------------------------------------------


def test_rkb006_paragraph_alone_makes_it_a_botilbud_indstilling():
    check("RKB006", """
        indstilling:
          paragraf: "§108"
          alternativer: []  # expect: RKB006
    """)


def test_rkb006_bostoette_is_not_botilbud():
    assert outcome("RKB006", "indstilling:\n  tilbudstype: bostøtte\n  paragraf: SEL § 85\n") == \
        "not_applicable"


@pytest.mark.parametrize("resultat", ["Godkendes", "godkendt med ændringer",
                                      "Returneres til rådgiver til yderligere belysning",
                                      "Afvises og der meddeles afslag"])
def test_rkb007_the_minutes_wording_is_accepted(resultat):
    check("RKB007", f"""
        indstilling:
          visitationsudvalg:
            moede_dato: 2023-10-05
            resultat: {resultat}
    """)


def test_rkb007_rejection_must_end_in_afslag():
    check("RKB007", """
        indstilling:
          visitationsudvalg:
            moede_dato: 2023-10-05
            resultat: Afvist
        afgoerelse:
          type: bevilling  # expect: RKB007
          dato: 2023-10-09
    """)


def test_rkb007_returned_then_decided_without_the_committee():
    check("RKB007", """
        indstilling:
          visitationsudvalg:
            moede_dato: 2023-10-05
            resultat: Returneret til yderligere belysning
        afgoerelse:  # expect: RKB007
          type: bevilling
          dato: 2023-10-20
    """)


def test_rkb007_meeting_without_result():
    check("RKB007", """
        indstilling:
          visitationsudvalg:  # expect: RKB007
            moede_dato: 2023-10-05
    """)


def test_rkb007_message_does_not_echo_the_free_text():
    text = HEAD + "indstilling:\n  visitationsudvalg:\n    resultat: Borger Jens Hansen udsat\n"
    [f] = findings_for(text, rule_linter(["RKB007"], linter=BASE))
    assert "Jens" not in f.message


# -- RKB008: magtanvendelse ---------------------------------------------------------------------


def test_rkb008_force_after_the_bestilling_is_for_the_next_follow_up():
    check("RKB008", """
        magtanvendelser:
          - dato: 2023-10-14
        bestilling:
          dato: 2023-09-01
          indsatser:
            - id: I1
    """)


def test_rkb008_handleplan_without_bestilling():
    check("RKB008", """
        magtanvendelser:
          - dato: 2023-08-14
        handleplan:  # expect: RKB008
          borgers_valg: accepteret
    """)


# -- RKB009 / RKB109: indsatsformål ----------------------------------------------------------------


def test_rkb009_blank_purpose_counts_as_none():
    check("RKB009", """
        bestilling:
          indsatser:
            - id: I1  # expect: RKB009
              indsatsformaal: ["  "]
    """)


@pytest.mark.parametrize("formaal, expect", [
    ("Borger ønsker at kunne bo i egen bolig.", ""),
    ("At vi kan få en rolig hverdag i familien.", ""),
    ("Reducere uønsket adfærd.", "  # expect: RKB109"),
    ("Socialpædagogisk støtte efter behov.", "  # expect: RKB109"),
])
def test_rkb109_first_person_or_the_citizens_wish(formaal, expect):
    check("RKB109", f"""
        bestilling:
          indsatser:
            - id: I1
              indsatsformaal:
                - {formaal}{expect}
    """)


# -- RKB010: FKO ---------------------------------------------------------------------------------


def test_rkb010_within_tolerance_and_without_maalsaetning():
    check("RKB010", """
        bestilling:
          opfoelgningsdato: 2024-09-01
          indsatser:
            - id: I1
              indsatsmaal:
                - id: M1
                  maalsaetning: Fastholde
                  opfoelgningsdato: 2024-09-20
                - id: M2
                  opfoelgningsdato: 2027-01-01
    """)


# -- RKB012: dobbeltdokumentation ---------------------------------------------------------------


def test_rkb012_other_day_or_other_text_is_fine():
    same = "Borger handlede ind i Brugsen efter indkøbslisten og betalte selv ved kassen."
    check("RKB012", f"""
        journalnotater:
          - dato: 2023-10-03
            type: delmaalsnotat
            tekst: {same}
          - dato: 2023-10-04
            type: Pædagogisk notat
            tekst: {same}
          - dato: 2023-10-03
            type: Pædagogisk notat
            tekst: Borgers søster ringede og aflyste besøget i weekenden på grund af sygdom.
    """)


def test_rkb012_both_kept_as_journal_notes():
    same = "Borger handlede ind i Brugsen efter indkøbslisten og betalte selv ved kassen."
    check("RKB012", f"""
        journalnotater:
          - dato: 2023-10-03
            type: delmaalsnotat
            tekst: {same}
          - dato: 2023-10-03  # expect: RKB012
            type: Pædagogisk notat
            tekst: {same}
    """)


# -- RKB013 / RKB113: frekvens og tilsyn -----------------------------------------------------------


def test_rkb013_other_sections_every_two_years_and_overdue_today():
    # § 85: 24 months; last follow-up 2024-06-04, so overdue on TEST_TODAY (2026-11-26)
    check("RKB013", """
        bestilling:
          dato: 2023-01-10
          opfoelgningsdato: 2024-06-04
          indsatser:
            - id: I1
              paragraf: SEL § 85
              startdato: 2023-01-10
        opfoelgninger:
          - dato: 2024-06-04  # expect: RKB013
            ny_opfoelgningsdato: 2026-06-02
    """)


def test_rkb013_strictest_section_wins():
    # § 100 is yearly: the planned date is too late, and no follow-up for more than a year
    check("RKB013", """
        bestilling:  # expect: RKB013
          dato: 2025-01-10
          opfoelgningsdato: 2026-06-01  # expect: RKB013
          indsatser:
            - id: I1
              paragraf: SEL § 85
            - id: I2
              paragraf: "§ 100"
    """)


def test_rkb013_overdue_check_can_be_switched_off():
    base = Linter("vum2", today=TEST_TODAY, entry_points=False)
    base.store.register_text("rk-test", "navn: rk-test\nextends: vum2\nselect: [RKB013]\n"
                             "options: {RKB013: {tjek_forfald: false}}\n")
    linter = Linter("rk-test", registry=base.registry, today=TEST_TODAY, _store=base.store)
    text = HEAD + textwrap.dedent("""
        bestilling:
          dato: 2023-01-10
          indsatser:
            - id: I1
              paragraf: SEL § 85
        opfoelgninger:
          - dato: 2024-06-04
    """)
    assert_expected_findings(text, linter, codes=["RKB013"])


def test_rkb113_abl_105_and_video_with_the_citizen():
    check("RKB113", """
        bestilling:
          dato: 2024-03-01
          indsatser:
            - id: I1
              paragraf: ABL § 105
              startdato: 2024-03-01
        opfoelgninger:
          - dato: 2026-01-13
            form: video
            borger_til_stede: true
            individuelt_tilsyn:
              trivsel: Borger trives.
    """)


def test_rkb113_no_tilsyn_at_all_is_overdue():
    check("RKB113", """
        bestilling:
          dato: 2023-03-01
          indsatser:
            - id: I1  # expect: RKB113
              paragraf: SEL § 107
              startdato: 2023-03-01
    """)


def test_rkb113_not_applicable_to_bostoette():
    assert outcome("RKB113", "bestilling:\n  indsatser:\n    - paragraf: SEL § 85\n") == "not_applicable"


# -- RKB014: opfølgningsmødet ----------------------------------------------------------------------


def test_rkb014_deadlines_not_yet_passed_are_not_findings():
    # meeting 2026-11-20, TEST_TODAY 2026-11-26: completion and new handleplan are not due yet
    check("RKB014", """
        handleplan:
          borgers_valg: accepteret
        opfoelgninger:
          - dato: 2026-11-20
            skema_modtaget: 2026-11-02
            ny_opfoelgningsdato: 2027-11-19
    """)


def test_rkb014_missing_after_the_deadline():
    check("RKB014", """
        handleplan:
          borgers_valg: accepteret
        opfoelgninger:
          - dato: 2025-11-20  # expect: RKB014, RKB014, RKB014, RKB014
    """)


def test_rkb014_mail_follow_up_has_no_meeting_form_and_last_before_ophoer_needs_no_plan():
    check("RKB014", """
        handleplan:
          borgers_valg: accepteret
        opfoelgninger:
          - dato: 2025-11-20
            form: mail
            skema_afsluttet: 2025-11-25
        ophoer:
          dato: 2025-12-31
    """)


# -- RKB015 / RKB016 -----------------------------------------------------------------------------


def test_rkb015_force_before_the_previous_follow_up_is_not_this_period():
    check("RKB015", """
        magtanvendelser:
          - dato: 2024-01-05
        opfoelgninger:
          - dato: 2024-03-05
          - dato: 2025-03-04
            individuelt_tilsyn:
              udbytte: Ja, borger profiterer af tilbuddet.
              formaal_opfyldt: Ja.
              trivsel: Borger trives.
              magtanvendelse_i_perioden: false
              aendring_i_evne_til_oekonomi: false
    """)


def test_rkb016_no_move_no_finding_and_guidance_missing():
    check("RKB016", "borger:\n  cpr: \"010101-0000\"\n")
    check("RKB016", """
        borger:
          fraflytning:  # expect: RKB016
            dato: 2024-10-01
            jurist_inddraget: true
    """)


def test_rkb003_a_sent_partshoering_is_checked_even_without_the_relevant_flag():
    check("RKB003", """
        partshoering:
          sendt: 2023-04-03
          frist: 2023-04-10  # expect: RKB003
    """)


def test_an_empty_case_is_not_counted_for_any_rkb_rule():
    """Compliance percentages count only cases a rule applies to: a case that has not reached
    the phase a rule is about must not count as 'passed'."""
    codes = [c for c in BASE.registry.rules if c.startswith("RKB")]
    assert len(codes) == 17
    [result] = rule_linter(codes, linter=BASE).check_text(HEAD)
    assert {c: result.outcomes[c].value for c in codes} == {c: "not_applicable" for c in codes}
