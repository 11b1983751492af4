"""Edge cases of the Ringkøbing-Skjern 2015 pack (RKA, requirements RK15-xx, seed 001).

The documented examples of every rule run in tests/test_rule_examples.py; these tests cover
the branches and options the examples do not."""

from __future__ import annotations

import textwrap

import pytest

from vumrules import Linter
from vumrules.registry import Registry
from vumrules.testing import assert_expected_findings, findings_for, rule_linter
from vumrules.traceability import not_checkable

HEAD = 'format_version: "1.0"\nsag_id: RKA-T\n'


def case(body: str) -> str:
    return HEAD + textwrap.dedent(body).lstrip("\n")


def lint(*codes: str) -> Linter:
    return rule_linter(list(codes), method="vum1")


def lint_with(code: str, options: str, extra: str = "") -> Linter:
    """A linter running ``code`` with the profile options given as YAML (indented 4)."""
    base = rule_linter([code], method="vum1")
    name = f"test-opts-{code.lower()}"
    text = f"navn: {name}\nmetode: vum1\nselect: [SCH, {code}]\noptions:\n  {code}:\n"
    text += textwrap.indent(textwrap.dedent(options).strip("\n"), "    ") + "\n" + extra
    base.store.register_text(name, text)
    return Linter(name, registry=base.registry, today=base.engine.today, _store=base.store)


def codes_of(text: str, linter: Linter, code: str) -> list[tuple[int, str]]:
    return [(f.line, f.message) for f in findings_for(text, linter) if f.code == code]


# ----------------------------------------------------------------------------- the pack


def test_pack_registered_with_rk15_requirements():
    reg = Registry.create(entry_points=False)
    rka = [r for r in reg.rules.values() if r.prefix == "RKA"]
    assert len(rka) >= 25
    for r in rka:
        assert all(req.startswith("RK15-") for req in r.requirements), r.code
        assert r.source.startswith("001"), r.code
        assert r.code[3:] == r.requirements[0][5:].zfill(3), r.code  # RKA013 ↔ RK15-13
    covered = {req for r in rka for req in r.requirements}
    mine = {f"RK15-{n:02d}" for n in range(1, 30)} - {"RK15-11", "RK15-12", "RK15-21", "RK15-22"}
    assert mine <= covered


def test_not_checkable_leaves_other_packs_ids_alone():
    ours = {rid for rid, (_, pack) in not_checkable().items() if pack == "rksk2015"}
    assert not ours & {"RK15-11", "RK15-12", "RK15-21", "RK15-22"}


# ----------------------------------------------------------------------------- RK15-01..05


def test_rka001_no_sender_and_no_ydelse():
    text = case("""
        henvendelse:  # expect: RKA001, RKA001
          dato: 2015-05-04
    """)
    assert_expected_findings(text, lint("RKA001"))


def test_rka002_citizen_request_needs_no_agreement():
    text = case("""
        henvendelse:
          dato: 2015-05-04
          fra: [Bruger]
    """)
    assert_expected_findings(text, lint("RKA002"))


def test_rka003_deadline_day_14_is_in_time_and_15_is_late():
    ok = case("""
        henvendelse:
          dato: 2015-08-03
          kvittering: {sendt: 2015-08-17, samtykkeerklaering_vedlagt: true}
    """)
    late = ok.replace("2015-08-17", "2015-08-18")
    assert not codes_of(ok, lint("RKA003"), "RKA003")
    assert len(codes_of(late, lint("RKA003"), "RKA003")) == 1


def test_rka003_not_sent_only_after_the_deadline():
    text = case("""
        henvendelse:
          dato: 2026-11-20
    """)
    assert not codes_of(text, lint("RKA003"), "RKA003")  # run date 2026-11-26: still in time
    old = text.replace("2026-11-20", "2026-11-01")
    msgs = codes_of(old, lint("RKA003"), "RKA003")
    assert len(msgs) == 1 and "2026-11-15" in msgs[0][1]


def test_rka003_deadline_is_an_option():
    text = case("""
        henvendelse:
          dato: 2015-08-03
          kvittering: {sendt: 2015-08-12, samtykkeerklaering_vedlagt: true}
    """)
    assert not codes_of(text, lint("RKA003"), "RKA003")
    assert codes_of(text, lint_with("RKA003", "frist_dage: 7"), "RKA003")


def test_rka004_guardian_present_is_enough():
    text = case("""
        borger:
          kan_varetage_egne_interesser: false
          vaerge: {rolle: værge, registreret_som_kontakt: true}
    """)
    assert not codes_of(text, lint("RKA004"), "RKA004")


def test_rka005_bestilt_indsats_must_be_on_the_stamkort():
    text = case("""
        sag:
          ydelser:
            - {id: Y1, navn: Socialpædagogisk støtte, paragraf: SEL § 85}
        bestilling:
          indsatser:
            - {id: I1, navn: Socialpædagogisk støtte, paragraf: SEL § 85}
            - {id: I2, navn: Beskyttet beskæftigelse, paragraf: SEL § 103}  # expect: RKA005
    """)
    assert_expected_findings(text, lint("RKA005"))


def test_rka005_single_case_principle_when_the_profile_turns_it_on():
    text = case("""
        sag:
          ydelser:
            - {id: Y1, navn: Socialpædagogisk støtte, paragraf: SEL § 85}
            - {id: Y2, navn: Beskyttet beskæftigelse, paragraf: SEL § 103}  # expect: RKA005
        henvendelse:
          dato: 2016-03-01
          ydelse_soegt: Beskyttet beskæftigelse, SEL § 103
        udredning:
          metode: vum1
          startet: 2015-10-01  # expect: RKA005
    """)
    on = lint_with("RKA005", "en_udredning_pr_ansoegning: true")
    assert_expected_findings(text, on)
    # the same case is fine where one udredning may serve several ydelser (RKSK)
    assert not codes_of(text, lint("RKA005"), "RKA005")


# ----------------------------------------------------------------------------- RK15-06..10


def test_rka006_local_subthemes_from_the_profile_and_national_list_option():
    text = case("""
        udredning:
          metode: vum1
          temaer:
            - navn: Egenomsorg
              behandlede_undertemaer:
                - Personlig hygiejne
                - Spisning
                - Tandpleje  # expect: RKA006
    """)
    linter = lint_with("RKA006", "nationale_undertemaer: {Egenomsorg: [Personlig hygiejne]}",
                       "lokale_undertemaer:\n  Egenomsorg: [Spisning]\n")
    assert_expected_findings(text, linter)
    # without a national list an unknown sub-theme is no evidence of an error (VUM 1.0)
    assert not codes_of(text, lint("RKA006"), "RKA006")


def test_rka006_ascii_folded_local_subtheme_is_accepted():
    text = case("""
        udredning:
          metode: vum1
          temaer:
            - navn: Sundhed
              behandlede_undertemaer: [Soevn, Fysisk aktivitet og motionsvaner]
    """)
    assert not codes_of(text, lint("RKA006"), "RKA006")


def test_rka007_no_udredning_themes_not_applicable():
    text = case("""
        udredning:
          metode: vum1
    """)
    assert not codes_of(text, lint("RKA007"), "RKA007")


def test_rka007_each_missing_theme_reported_once():
    text = case("""
        udredning:
          metode: vum1
          temaer:
            - {navn: Psykisk funktionsnedsættelse, relevant: true}
    """)
    msgs = codes_of(text, lint("RKA007"), "RKA007")
    assert len(msgs) == 8  # 7 turquoise + Omgivelser


def test_rka008_not_relevant_theme_and_blue_theme_fields():
    text = case("""
        udredning:
          metode: vum1
          temaer:
            - navn: Kommunikation
              relevant: false
              begrundelse_ikke_relevant: ok
            - navn: Socialt problem  # expect: RKA008
              relevant: true
            - navn: Omgivelser
              relevant: true
              beskrivelse: ingen problemer
              borgers_oplysninger: ok
              sagsbehandlers_bemaerkninger: ikke relevant
              undertemaer:
                - navn: Bolig  # expect: RKA008
    """)
    assert_expected_findings(text, lint("RKA008"))


def test_rka009_subthemes_entered_as_entries_count():
    text = case("""
        udredning:
          metode: vum1
          temaer:
            - navn: Samfundsliv
              score: 1
              undertemaer:
                - {navn: Økonomi, score: 1}
    """)
    assert not codes_of(text, lint("RKA009"), "RKA009")


def test_rka010_heuristic_is_modest_and_only_for_blue_themes():
    text = case("""
        udredning:
          metode: vum1
          temaer:
            - navn: Fysisk funktionsnedsættelse
              beskrivelse: Hørenedsættelse på begge ører. Hører godt med høreapparat.  # expect: RKA010
            - navn: Socialt liv
              beskrivelse: Borger har mange ressourcer og et stort netværk.
            - navn: Socialt problem
              beskrivelse: Ressourcestærk familie, men hjemløs siden 2014.
    """)
    assert_expected_findings(text, lint("RKA010"))


# ----------------------------------------------------------------------------- RK15-13..18


@pytest.mark.parametrize("body, n", [
    ("tilbudstype: bostøtte\n  pakke: 2", 0),
    ("tilbudstype: bostøtte\n  pakke: 5", 1),  # relevance of botilbud not stated
    ("tilbudstype: bostøtte\n  pakke: 5\n  botilbud_fagligt_relevant: false", 0),
    ("paragraf: SEL § 85\n  pakke: 4\n  botilbud_fagligt_relevant: true", 1),
    ("tilbudstype: dagtilbud\n  paragraf: SEL § 104", 0),
    ("paragraf: SEL § 107", 1),
    ("tilbudstype: bostøtte", 1),  # no pakke
])
def test_rka013_alternatives_by_pakke_and_type(body, n):
    text = case(f"indstilling:\n  {body}\n")
    assert len(codes_of(text, lint("RKA013"), "RKA013")) == n


def test_rka013_egendrift_exception():
    full = case("""
        indstilling:
          tilbudstype: botilbud
          alternativer:
            - {navn: Kommunalt botilbud, takst: 540000}
          egendrift:
            tilbud: Bofællesskabet Åvænget
            funktionsniveau_passer: true
            pris_passer: true
            ledig_plads: true
    """)
    assert not codes_of(full, lint("RKA013"), "RKA013")
    partial = full.replace("ledig_plads: true", "ledig_plads: false")
    msgs = codes_of(partial, lint("RKA013"), "RKA013")
    assert len(msgs) == 1 and "egendrift" in msgs[0][1]


def test_rka013_alternatives_need_a_price():
    text = case("""
        indstilling:
          tilbudstype: dagtilbud
          alternativer:
            - navn: Værkstedet  # expect: RKA013
    """)
    assert_expected_findings(text, lint("RKA013"))


def test_rka014_indsats_beregning_by_id_or_on_the_indsats():
    text = case("""
        indstilling:
          beregninger:
            - {vedroerer: I1, beloeb: 64000}
        bestilling:
          indsatser:
            - {id: I1}
            - id: I2
              beregning: {beloeb: 12000}
            - id: I3  # expect: RKA014
    """)
    assert_expected_findings(text, lint("RKA014"))


def test_rka015_overview_after_the_meeting():
    text = case("""
        udredning:
          metode: vum1
          oversigt_funktionsniveau: 2016-04-13  # expect: RKA015
        indstilling:
          dato: 2016-04-05
          modtager: Sagsmøde
        haendelser:
          - {dato: 2016-04-12, type: sagsmøde}
    """)
    assert_expected_findings(text, lint("RKA015"))
    other = text.replace("modtager: Sagsmøde", "modtager: visitationsudvalg")
    assert not codes_of(other, lint("RKA015"), "RKA015")


def test_rka016_refusal_needs_an_assessment_grant_does_not():
    refusal = case("""
        afgoerelse:
          type: afslag
          dato: 2016-05-20
    """)
    assert len(codes_of(refusal, lint("RKA016"), "RKA016")) == 1
    grant = refusal.replace("afslag", "bevilling")
    assert not codes_of(grant, lint("RKA016"), "RKA016")


def test_rka016_hearing_after_the_decision():
    text = case("""
        partshoering:
          relevant: true
          sendt: 2016-05-25  # expect: RKA016
          indhold: [oplysninger, samlet_faglig_vurdering]
        afgoerelse:
          type: afslag
          dato: 2016-05-20
    """)
    assert_expected_findings(text, lint("RKA016"))


def test_rka017_note_before_the_decision_does_not_count():
    text = case("""
        afgoerelse:  # expect: RKA017
          type: afslag
          dato: 2016-05-20
        journalnotater:
          - {dato: 2016-05-01, type: journalnotat, titel: Afgørelse forberedt}
    """)
    assert_expected_findings(text, lint("RKA017"))


def test_rka018_declined_plan_needs_no_content_refusal_needs_no_offer():
    declined = case("""
        afgoerelse: {type: bevilling, dato: 2016-05-20}
        handleplan: {tilbudt: 2016-05-20, borgers_valg: afslaaet}
    """)
    assert not codes_of(declined, lint("RKA018"), "RKA018")
    refusal = case("""
        afgoerelse: {type: afslag, dato: 2016-05-20}
    """)
    assert not codes_of(refusal, lint("RKA018"), "RKA018")
    not_offered = case("""
        afgoerelse:
          type: delvis_bevilling  # expect: RKA018
          dato: 2016-05-20
    """)
    assert_expected_findings(not_offered, lint("RKA018"))


# ----------------------------------------------------------------------------- RK15-19..24


def test_rka019_missing_everything():
    text = case("""
        bestilling:  # expect: RKA019, RKA019, RKA019
          indsatser:
            - id: I1  # expect: RKA019
    """)
    assert_expected_findings(text, lint("RKA019"))


def test_rka020_two_purposes():
    text = case("""
        bestilling:
          indsatser:
            - id: I1
              indsatsformaal:  # expect: RKA020
                - At borger kan bo i egen bolig.
                - At borger kommer i beskæftigelse.
    """)
    assert_expected_findings(text, lint("RKA020"))


@pytest.mark.parametrize("word, status, target, ok", [
    ("Forbedre", 3, 2, True),
    ("Forbedre", 3.5, 3, True),
    ("Fastholde", 1, 1, True),
    ("Begrænse forværring", 2, 3, True),
    ("Begraense forvaerring", 2, 3, True),
    ("Begrænse forværring", 2, 2, False),
    ("Fastholde", 1, 0, False),
])
def test_rka023_word_agrees_with_numbers(word, status, target, ok):
    text = case(f"""
        udredning:
          metode: vum1
        bestilling:
          opfoelgningsdato: 2017-06-01
          indsatser:
            - indsatsmaal:
                - {{tema: Socialt liv, fko_status: {status}, maalsaetning: {word}, maalsaetning_score: {target}}}
    """)
    assert (not codes_of(text, lint("RKA023"), "RKA023")) is ok


def test_rka023_off_scale_and_missing_parts():
    text = case("""
        udredning:
          metode: vum1
        bestilling:
          indsatser:
            - indsatsmaal:
                - tema: Sovn  # expect: RKA023
                  fko_status: 2.5  # expect: RKA023
                  maalsaetning: Udvikle  # expect: RKA023
                  maalsaetning_score: 1
                  opfoelgningsdato: 2017-06-01
                - id: M2  # expect: RKA023, RKA023, RKA023, RKA023, RKA023
    """)
    assert_expected_findings(text, lint("RKA023"))


def test_rka024_no_delmaal_before_first_follow_up_unless_deadline_option():
    text = case("""
        bestilling:
          dato: 2016-06-01
          indsatser:
            - indsatsmaal:
                - id: M1
    """)
    assert not codes_of(text, lint("RKA024"), "RKA024")
    assert len(codes_of(text, lint_with("RKA024", "frist_dage: 60"), "RKA024")) == 1


def test_rka024_note_number_must_match_the_delmaal():
    text = case("""
        bestilling:
          indsatser:
            - indsatsmaal:
                - id: M1
                  delmaal:
                    - id: D3
                      notater:
                        - titel: Delmål 3
                        - titel: delmaal 3
                        - titel: Delmål 1  # expect: RKA024
    """)
    assert_expected_findings(text, lint("RKA024"))


# ----------------------------------------------------------------------------- RK15-25..29


def test_rka025_overdue_now_and_planned_too_late():
    text = case("""
        bestilling:
          dato: 2023-01-10
          opfoelgningsdato: 2025-03-01  # expect: RKA025
        opfoelgninger:  # expect: RKA025, RKA025
          - {dato: 2024-01-09, form: telefon}
    """)
    # run date 2026-11-26: the last follow-up 2024-01-09 + 2 years and no personal meeting
    # since 2023-01-10 + 2 years
    assert_expected_findings(text, lint("RKA025"))


def test_rka025_refusal_not_applicable():
    text = case("""
        afgoerelse: {type: afslag}
        bestilling: {dato: 2015-01-10}
    """)
    assert not codes_of(text, lint("RKA025"), "RKA025")


def test_rka025_years_are_an_option():
    text = case("""
        bestilling: {dato: 2016-01-10}
        opfoelgninger:
          - {dato: 2017-06-01, form: moede}
        ophoer: {dato: 2017-12-01}
    """)
    assert not codes_of(text, lint("RKA025"), "RKA025")
    assert codes_of(text, lint_with("RKA025", "maks_aar: 1"), "RKA025")


def test_rka026_three_meetings_same_day_same_caseworker():
    text = case("""
        organisation: {sagsbehandler_id: RG-1}
        opfoelgninger:
          - {dato: 2017-05-30, form: moede, skema_modtaget: 2017-05-10, ny_bestilling: 2017-06-01}
          - {dato: 2017-05-30, form: video, skema_modtaget: 2017-05-10, ny_bestilling: 2017-06-01}
          - {dato: 2017-05-30, form: moede, skema_modtaget: 2017-05-10, ny_bestilling: 2017-06-01}  # expect: RKA026
          - {dato: 2017-05-30, form: telefon}
    """)
    assert_expected_findings(text, lint("RKA026"))


def test_rka026_missing_bestilling_excused_by_ophoer():
    text = case("""
        opfoelgninger:
          - dato: 2017-05-30
            form: moede
            skema_modtaget: 2017-05-10
        ophoer: {dato: 2017-07-31}
    """)
    assert not codes_of(text, lint("RKA026"), "RKA026")
    without = text.replace("ophoer: {dato: 2017-07-31}\n", "")
    assert len(codes_of(without, lint("RKA026"), "RKA026")) == 1


def test_rka027_results_by_count_when_goals_have_no_ids_and_no_tilsyn_by_phone():
    text = case("""
        bestilling:
          indsatser:
            - indsatsmaal:
                - {tekst: Mål et}
                - {tekst: Mål to}
        opfoelgninger:
          - dato: 2017-05-30
            form: telefon
            resultater:  # expect: RKA027
              - {resultat: Ingen progression}
    """)
    assert_expected_findings(text, lint("RKA027"))


def test_rka027_use_of_force_needs_follow_up_and_future_meetings_are_skipped():
    text = case("""
        opfoelgninger:
          - dato: 2017-05-30
            form: moede
            individuelt_tilsyn:
              formaal_opfyldt: Ja
              trivsel: God
              magtanvendelse_i_perioden: true  # expect: RKA027
              aendring_i_evne_til_oekonomi: false
          - dato: 2027-05-30
            form: moede
    """)
    assert_expected_findings(text, lint("RKA027"))


def test_rka028_existing_beregning_without_stop_and_no_note():
    text = case("""
        indstilling:
          beregninger:
            - {vedroerer: I1, startdato: 2016-06-06}  # expect: RKA028
            - {vedroerer: I1, startdato: 2018-03-01}
        journalnotater:  # expect: RKA028
          - {dato: 2018-02-20, type: journalnotat, tekst: Borger er flyttet.}
    """)
    assert_expected_findings(text, lint("RKA028"))


def test_rka028_ophoer_needs_note_and_discharge_date():
    text = case("""
        ophoer:
          dato: 2020-01-31
          journalnotat: false  # expect: RKA028
          advis_sendt_til: [Daglig leder, Administrativ medarbejder, Økonomikonsulent]
    """)
    findings = codes_of(text, lint("RKA028"), "RKA028")
    assert len(findings) == 2  # journalnotat and udskrivningsdato (located at ophoer)


def test_rka029_status_and_date_consistency():
    text = case("""
        sag:
          ydelser:
            - {status: Modtaget, modtaget: 2016-01-04, startdato: 2016-01-20}  # expect: RKA029
            - {status: Venteliste, modtaget: 2016-01-04}  # expect: RKA029
            - {status: Proces, modtaget: 2016-01-04, startdato: 2016-01-20, afsluttet: 2017-01-01}  # expect: RKA029
            - {status: Lukket, modtaget: 2016-01-04, startdato: 2016-01-20}  # expect: RKA029
            - {startdato: 2016-01-20}  # expect: RKA029, RKA029
            - {status: opfølgning, modtaget: 2016-01-04, startdato: 2016-01-20}
    """)
    assert_expected_findings(text, lint("RKA029"))


def test_rka029_statuses_are_an_option():
    text = case("""
        sag:
          ydelser:
            - {status: Afsluttet, modtaget: 2016-01-04, startdato: 2016-01-20}
    """)
    opts = """
        statusser: [Modtaget, Proces, Venteliste, Opfølgning, Afsluttet]
        forbudte_statusser: []
    """
    assert codes_of(text, lint("RKA029"), "RKA029")
    assert not codes_of(text, lint_with("RKA029", opts), "RKA029")


# ----------------------------------------------------------------------------- FK-04


def test_messages_carry_no_free_text_from_the_case():
    secret = "Hemmelig Fritekst"
    text = case(f"""
        borger: {{navn: {secret}, cpr: "010101-0000", kan_varetage_egne_interesser: false}}
        henvendelse:
          dato: 2015-05-04
          fra: [{secret}, borger]
          ydelse_soegt: {secret}
        bestilling:
          indsatser:
            - navn: {secret}
              indsatsmaal:
                - {{tekst: {secret}, tema: {secret}, maalsaetning: {secret}}}
        indstilling:
          alternativer:
            - navn: {secret}
        sag:
          ydelser:
            - {{navn: {secret}, status: {secret}}}
        udredning:
          metode: vum1
          temaer:
            - navn: Egenomsorg
              score: 2
              behandlede_undertemaer: [{secret}]
    """)
    reg = Registry.create(entry_points=False)
    codes = sorted(c for c in reg.rules if c.startswith("RKA"))
    findings = findings_for(text, lint(*codes))
    assert findings
    for f in findings:
        assert secret.lower() not in (f.message + f.message_en).lower(), f.code
