"""Edge cases of the Hjørring taskforce rules (HJ001-HJ015) beyond their documented examples:
deadlines around Danish holidays, the status workflow, sign-offs, orderings and the texts of
Bilag 2 as caseworkers actually type them."""

from __future__ import annotations

import json
from datetime import date

import pytest

from vumrules import Linter
from vumrules.testing import TEST_TODAY, assert_expected_findings, rule_linter

TF = "Taskforce - Botilbud i eget hjem"


@pytest.fixture(scope="module")
def base() -> Linter:
    return Linter("vum2", today=TEST_TODAY, entry_points=False)


def lint(base: Linter, *codes: str, options: dict | None = None, today: date | None = None):
    """A linter running only ``codes``; ``options`` per rule code as in a profile."""
    if not options and today is None:
        return rule_linter(codes, linter=base)
    name = "t-" + "-".join(codes).lower() + "-" + str(abs(hash(json.dumps(options, default=str))))
    text = f"navn: {name}\nmetode: vum2\nselect: [SCH, {', '.join(codes)}]\n"
    if options:
        text += "options: " + json.dumps(options, default=str) + "\n"
    base.store.register_text(name, text)
    return Linter(name, registry=base.registry, today=today or TEST_TODAY, _store=base.store)


def tf_case(**parts) -> dict:
    """A taskforce case (sagstype set) with the given top-level parts."""
    case = {"format_version": "1.0", "sag_id": "HJ-T", "sag": {"sagstype": TF}}
    for k, v in parts.items():
        if k == "sag":
            case["sag"] = {**case["sag"], **v}
        else:
            case[k] = v
    return case


def found(linter: Linter, case: dict) -> list[tuple[str, str]]:
    """(code, JSON pointer) of every finding except the format checks, sorted."""
    return sorted((f.code, f.path) for f in linter.check_dict(case).findings
                  if not f.code.startswith("SCH"))


def messages(linter: Linter, case: dict) -> list[str]:
    return [f.message for f in linter.check_dict(case).findings if not f.code.startswith("SCH")]


# --------------------------------------------------------------------------- HJ007 deadline


def _sent(meeting: str, sent: str | None, **tf) -> dict:
    t = {"moede_dato": meeting, **tf}
    if sent is not None:
        t["indsendt"] = sent
    return tf_case(indstilling={"taskforce": t})


@pytest.mark.parametrize("meeting, sent, late", [
    # an ordinary week: Monday 12:00 sharp is in time, a minute later is not
    ("2025-09-18", "2025-09-15T12:00:00", False),
    ("2025-09-18", "2025-09-15T12:01:00", True),
    ("2025-09-18", "2025-09-12T15:30:00", False),
    # the meeting right after Easter: Monday 21/4 is anden påskedag, Thursday 17/4 and Friday
    # 18/4 are holidays too, so the deadline is Wednesday 16/4 at 12:00
    ("2025-04-24", "2025-04-16T11:59:00", False),
    ("2025-04-24", "2025-04-16T12:00:00", False),
    ("2025-04-24", "2025-04-17T09:00:00", True),
    ("2025-04-24", "2025-04-21T10:00:00", True),
    # Whitsun: Monday 9/6 is anden pinsedag, the deadline is Friday 6/6 at 12:00
    ("2025-06-12", "2025-06-06T11:00:00", False),
    ("2025-06-12", "2025-06-10T08:00:00", True),
    # Easter 2026: Monday 6/4 is anden påskedag; deadline Wednesday 1/4
    ("2026-04-09", "2026-04-01T10:00:00", False),
    ("2026-04-09", "2026-04-02T10:00:00", True),
])
def test_deadline_with_danish_holidays(base, meeting, sent, late):
    codes = found(lint(base, "HJ007"), _sent(meeting, sent))
    assert codes == ([("HJ007", "/indstilling/taskforce/indsendt")] if late else [])


def test_deadline_message_names_the_holiday_and_the_moved_deadline(base):
    (msg,) = messages(lint(base, "HJ007"), _sent("2025-04-24", "2025-04-17T09:00:00"))
    assert "anden påskedag" in msg and "onsdag 2025-04-16 kl. 12:00" in msg
    assert "skærtorsdag" in msg and "langfredag" in msg


def test_meeting_not_on_a_thursday(base):
    (msg,) = messages(lint(base, "HJ007"), _sent("2025-09-16", "2025-09-10T09:00:00"))
    assert "tirsdag" in msg and "torsdag" in msg


def test_missing_submission_time_is_reported_with_the_deadline(base):
    assert found(lint(base, "HJ007"), _sent("2025-09-18", None)) == [
        ("HJ007", "/indstilling/taskforce/indsendt")]
    (msg,) = messages(lint(base, "HJ007"), _sent("2025-09-18", None))
    assert "2025-09-15 kl. 12:00" in msg


def test_wished_date_in_the_henvendelse_is_the_meeting_when_none_is_set(base):
    case = tf_case(henvendelse={"fra": [TF], "oensket_dato": "2025-09-18"},
                   indstilling={"taskforce": {"indsendt": "2025-09-16T09:00:00"}})
    assert found(lint(base, "HJ007"), case) == [("HJ007", "/indstilling/taskforce/indsendt")]


def test_local_closing_day_from_the_profile_moves_the_deadline(base):
    options = {"HJ007": {"lukkedage": ["2025-09-15"]}}
    case = _sent("2025-09-18", "2025-09-15T09:00:00")
    assert found(lint(base, "HJ007"), case) == []
    assert found(lint(base, "HJ007", options=options), case) == [
        ("HJ007", "/indstilling/taskforce/indsendt")]
    assert found(lint(base, "HJ007", options=options), _sent("2025-09-18", "2025-09-12T11:00:00")) == []


def test_customary_closing_days_when_the_profile_says_so(base):
    # 31/12-2029 is a Monday: a working day by law, closed by custom
    case = _sent("2030-01-03", "2029-12-31T09:00:00")
    assert found(lint(base, "HJ007"), case) == []
    options = {"HJ007": {"lukket_paa_skikdage": True}}
    assert found(lint(base, "HJ007", options=options), case) == [
        ("HJ007", "/indstilling/taskforce/indsendt")]


def test_deadline_rule_does_not_apply_to_other_cases(base):
    case = {"format_version": "1.0", "sag_id": "X", "henvendelse": {"fra": ["borger"],
            "oensket_dato": "2025-09-16"}}
    assert found(lint(base, "HJ007"), case) == []


# --------------------------------------------------------------------------- HJ004 sign-offs


def _signoffs(*entries) -> dict:
    return tf_case(indstilling={"taskforce": {"moede_dato": "2025-09-18",
                                              "indsendt": "2025-09-15T09:00:00"}},
                   godkendelser=list(entries))


SB = {"rolle": "sagsbehandler", "id": "SB-1", "dato": "2025-09-11", "tjekliste": True}
TL = {"rolle": "teamleder", "id": "TL-1", "dato": "2025-09-12", "tjekliste": True}


def test_two_signoffs_by_different_people_pass(base):
    assert found(lint(base, "HJ004"), _signoffs(SB, TL)) == []


def test_same_person_in_both_roles_by_name_when_no_id(base):
    sb = {**SB, "id": None, "navn": "Lone Kragh"}
    tl = {**TL, "id": None, "navn": "lone  kragh"}
    assert found(lint(base, "HJ004"), _signoffs(sb, tl)) == [("HJ004", "/godkendelser/1")]
    # the message names no one
    assert all("Lone" not in m for m in messages(lint(base, "HJ004"), _signoffs(sb, tl)))


def test_same_id_in_both_roles(base):
    assert found(lint(base, "HJ004"), _signoffs(SB, {**TL, "id": "SB-1"})) == [
        ("HJ004", "/godkendelser/1")]


def test_missing_team_leader_and_missing_checklist(base):
    assert found(lint(base, "HJ004"), _signoffs({**SB, "tjekliste": False})) == [
        ("HJ004", "/godkendelser"), ("HJ004", "/godkendelser/0/tjekliste")]


def test_signoff_after_agenda_setting(base):
    assert found(lint(base, "HJ004"), _signoffs(SB, {**TL, "dato": "2025-09-16"})) == [
        ("HJ004", "/godkendelser/1/dato")]


def test_signoff_without_who_or_date(base):
    assert found(lint(base, "HJ004"), _signoffs(SB, {"rolle": "teamleder", "tjekliste": True})) == [
        ("HJ004", "/godkendelser/1/dato"), ("HJ004", "/godkendelser/1/rolle")]


def test_a_second_good_signoff_in_the_same_role_counts(base):
    late = {**TL, "id": "TL-9", "dato": "2025-09-17"}
    assert found(lint(base, "HJ004"), _signoffs(SB, late, TL)) == []


# --------------------------------------------------------------------------- HJ012 workflow


def _statuses(*entries, konklusion=None, konklusion_dato=None) -> dict:
    ind = {"modtager": "taskforce", "status_historik": [
        {"status": s, "dato": d, **({"kommentar": k} if k else {})} for s, d, k in entries]}
    if konklusion or konklusion_dato:
        ind["visitationsudvalg"] = {"konklusion": konklusion, "konklusion_dato": konklusion_dato}
    return tf_case(indstilling=ind)


SVAR = "Svar fra visitationsudvalg d. 18/9: beskriv støtten om natten og hvad der er afprøvet"
KONKL = "Svar fra visitationsudvalg d. 2/10: ingen botilbudsramme, sagen løses i teamet"


def test_full_loop_with_missing_information_twice(base):
    case = _statuses(("Klar til godkendelse", "2025-09-15", None),
                     ("Mangler information", "2025-09-18", SVAR),
                     ("Klar til godkendelse", "2025-09-22", None),
                     ("mangler information", "2025-10-02", SVAR.replace("18/9", "2/10")),
                     ("Klar til godkendelse", "2025-10-06", None),
                     ("Godkendt", "2025-10-16", None),
                     ("Lukket", "2025-10-16", None),
                     konklusion=KONKL.replace("2/10", "16/10"))
    assert found(lint(base, "HJ012"), case) == []


def test_keeping_the_status_after_a_meeting_is_no_transition(base):
    case = _statuses(("Klar til godkendelse", "2025-09-15", None),
                     ("Klar til godkendelse", "2025-09-18", None))
    assert found(lint(base, "HJ012"), case) == []


@pytest.mark.parametrize("statuses, path", [
    # closed without approval
    ([("Klar til godkendelse", "2025-09-15", None), ("Lukket", "2025-09-18", None)],
     "/indstilling/status_historik/1/status"),
    # reopened after closing
    ([("Klar til godkendelse", "2025-09-15", None), ("Godkendt", "2025-09-18", None),
      ("Lukket", "2025-09-18", None), ("Klar til godkendelse", "2025-09-30", None)],
     "/indstilling/status_historik/3/status"),
    # starts as Godkendt
    ([("Godkendt", "2025-09-18", None)], "/indstilling/status_historik/0/status"),
    # a status CURA's taskforce flow does not have
    ([("Klar til godkendelse", "2025-09-15", None), ("Afventer", "2025-09-18", None)],
     "/indstilling/status_historik/1/status"),
    # dates going backwards
    ([("Klar til godkendelse", "2025-09-15", None), ("Mangler information", "2025-09-11", SVAR)],
     "/indstilling/status_historik/1/dato"),
    # Mangler information without the reply line
    ([("Klar til godkendelse", "2025-09-15", None),
      ("Mangler information", "2025-09-18", "Mangler oplysninger om natten")],
     "/indstilling/status_historik/1/kommentar"),
    # the reply line but nothing about what to clarify
    ([("Klar til godkendelse", "2025-09-15", None),
      ("Mangler information", "2025-09-18", "Svar fra visitationsudvalg d. 18/9")],
     "/indstilling/status_historik/1/kommentar"),
])
def test_workflow_errors(base, statuses, path):
    case = _statuses(*statuses, konklusion=KONKL, konklusion_dato="2025-09-18")
    assert found(lint(base, "HJ012"), case) == [("HJ012", path)]


def test_approved_without_a_conclusion(base):
    case = _statuses(("Klar til godkendelse", "2025-09-15", None), ("Godkendt", "2025-10-02", None))
    assert found(lint(base, "HJ012"), case) == [("HJ012", "/indstilling/visitationsudvalg/konklusion")]


def test_approved_conclusion_must_be_dated(base):
    undated = "Ingen botilbudsramme, sagen løses i teamet efter kompetenceplanen"
    steps = (("Klar til godkendelse", "2025-09-15", None), ("Godkendt", "2025-10-02", None))
    assert found(lint(base, "HJ012"), _statuses(*steps, konklusion=undated)) == [
        ("HJ012", "/indstilling/visitationsudvalg/konklusion")]
    assert found(lint(base, "HJ012"), _statuses(*steps, konklusion=undated,
                                                 konklusion_dato="2025-10-02")) == []
    assert found(lint(base, "HJ012"), _statuses(*steps, konklusion=KONKL)) == []


def test_profile_can_change_the_transitions(base):
    case = _statuses(("Klar til godkendelse", "2025-09-15", None), ("Lukket", "2025-09-18", None))
    options = {"HJ012": {"overgange": {"Klar til godkendelse": ["Mangler information", "Godkendt",
                                                                "Lukket"],
                                       "Mangler information": ["Klar til godkendelse"],
                                       "Godkendt": ["Lukket"], "Lukket": []}}}
    assert found(lint(base, "HJ012", options=options), case) == []


# --------------------------------------------------------------------------- HJ001 / HJ003 / HJ006


def _vu(**ind) -> dict:
    return {"format_version": "1.0", "sag_id": "HJ-V", "indstilling": {
        "modtager": "visitationsudvalg", "dato": "2025-10-06", **ind}}


@pytest.mark.parametrize("ind, flagged", [
    ({"tilbudstype": "botilbud"}, True),
    ({"paragraf": "SEL § 107"}, True),
    ({"paragraf": "servicelovens §108"}, True),
    ({"tilbudstype": "almen bolig", "paragraf": "ABL § 105"}, True),
    ({"tilbudstype": "bostøtte", "botilbud_fagligt_relevant": True}, True),
    ({"tilbudstype": "Botilbud i eget hjem", "paragraf": "SEL § 85"}, False),
    ({"tilbudstype": "bostøtte", "paragraf": "SEL § 85"}, False),
])
def test_which_indstillinger_need_the_taskforce(base, ind, flagged):
    assert bool(found(lint(base, "HJ001"), _vu(**ind))) is flagged


def test_taskforce_after_the_visitationsudvalg_meeting(base):
    case = _vu(paragraf="SEL § 108", taskforce={"moede_dato": "2025-10-16"},
               visitationsudvalg={"moede_dato": "2025-10-15"})
    assert found(lint(base, "HJ001"), case) == [("HJ001", "/indstilling/taskforce/moede_dato")]


def test_taskforce_meeting_as_an_event_counts(base):
    case = _vu(paragraf="SEL § 108", visitationsudvalg={"moede_dato": "2025-10-15"})
    case["haendelser"] = [{"dato": "2025-09-18", "type": "taskforce_moede"}]
    assert found(lint(base, "HJ001"), case) == []


def test_decision_events_before_the_meeting(base):
    case = tf_case(indstilling={"taskforce": {"moede_dato": "2025-09-18"}},
                   haendelser=[{"dato": "2025-09-10", "type": "afgoerelse_maalgruppe"},
                               {"dato": "2025-09-18", "type": "afgoerelse_tilbudstype"}])
    assert found(lint(base, "HJ003"), case) == [("HJ003", "/haendelser/0/dato")]


def test_indstilling_to_visitationsudvalg_before_the_target_group_decision(base):
    case = tf_case(vurdering={"dato": "2025-09-01", "serviceydelser": ["SEL § 85, 12 timer"]},
                   indstilling={"modtager": "visitationsudvalg", "dato": "2025-09-15",
                                "taskforce": {"moede_dato": "2025-09-18",
                                              "maalgruppeafgraensning": "botilbudsramme"}})
    assert found(lint(base, "HJ006"), case) == [("HJ006", "/indstilling/dato")]


def test_negotiation_without_any_services(base):
    case = tf_case(indstilling={"taskforce": {"moede_dato": "2025-09-18",
                                              "maalgruppeafgraensning": "botilbudsramme"}},
                   haendelser=[{"dato": "2025-10-01", "type": "forhandling"}])
    (msg,) = messages(lint(base, "HJ006"), case)
    assert msg.startswith("Forhandling 2025-10-01") and "serviceydelserne" in msg


# --------------------------------------------------------------------------- HJ008-HJ011 texts


def _henv(**h) -> dict:
    return tf_case(henvendelse={"fra": [TF], "borger_indforstaaet": True,
                                "oplyst_om_elektronisk_registrering": True, **h})


@pytest.mark.parametrize("aarsag", [
    "Rådgivnings – og sparringssag, ønsket tidspunkt 24/4",  # the seed's own en dash
    "raadgivnings- og sparringssag 24.04",
    "INDSTILLINGSSAG - ønskes drøftet uge 17",
    "Indstillingssag, ønsket dato 2025-04-24",
])
def test_aarsag_as_caseworkers_write_it(base, aarsag):
    assert found(lint(base, "HJ008"), _henv(aarsag=aarsag)) == []


def test_henvendelse_fra_with_an_en_dash(base):
    case = _henv(aarsag="Indstillingssag", oensket_dato="2025-04-24")
    case["henvendelse"]["fra"] = ["Taskforce – Botilbud i eget hjem"]
    assert found(lint(base, "HJ008"), case) == []


def test_aarsag_kind_disagrees_with_the_indstilling(base):
    case = _henv(aarsag="Indstillingssag", oensket_dato="2025-04-24")
    case["indstilling"] = {"taskforce": {"sagstype": "Rådgivnings- og sparringssag"}}
    assert found(lint(base, "HJ008"), case) == [("HJ008", "/henvendelse/aarsag")]


def test_henvendelse_missing_everything(base):
    case = tf_case(henvendelse={"fra": ["sagsbehandler"]})
    assert [p for _, p in found(lint(base, "HJ008"), case)] == sorted([
        "/henvendelse/fra", "/henvendelse/aarsag", "/henvendelse/oensket_dato",
        "/henvendelse/borger_indforstaaet", "/henvendelse/oplyst_om_elektronisk_registrering"])


def test_notat_field_names_with_colon_and_an_extra_empty_dropdown(base):
    case = tf_case(henvendelse={"notat": {"observation": TF, "felter": {
        "Baggrund for Taskforce skyldes en henvendelse fra:": "Pårørende",
        "Botilbud i eget HJEM – hvorfor ønskes sagen drøftet i taskforce:": "Peger mod botilbud",
        "Hvis kommentar kommer fra": None}}})
    assert found(lint(base, "HJ009"), case) == [
        ("HJ009", "/henvendelse/notat/felter/Hvis kommentar kommer fra")]


def test_notat_missing_and_wrong_observation(base):
    assert found(lint(base, "HJ009"), tf_case(henvendelse={"fra": [TF]})) == [
        ("HJ009", "/henvendelse/notat")]
    case = tf_case(henvendelse={"notat": {"observation": "Generel henvendelse", "felter": {}}})
    assert [p for _, p in found(lint(base, "HJ009"), case)] == [
        "/henvendelse/notat/felter", "/henvendelse/notat/felter", "/henvendelse/notat/observation"]


@pytest.mark.parametrize("org, ok", [
    ("Myndighed Handicap Nord", True),
    ("Myndighed Handicap TOT (Myndighed Handicap)", True),
    ("Myndighed Rusmidler (Misbrug)", True),
    ("myndighed handicap vest", True),
    ("Myndighed Handicap", False),
    ("Myndighed Ældre og Hjælpemidler", False),
])
def test_organisations(base, org, ok):
    case = tf_case(sag={"organisation": org})
    assert (found(lint(base, "HJ010"), case) == []) is ok


def test_organisation_falls_back_to_the_case_organisation(base):
    case = tf_case(organisation={"enhed": "Myndighed Handicap Syd"})
    assert found(lint(base, "HJ010"), case) == []
    case = tf_case(organisation={"enhed": "Myndighed Handicap"})
    assert found(lint(base, "HJ010"), case) == [("HJ010", "/organisation/enhed")]


def test_wrong_sagstype_when_the_case_is_a_taskforce_case_by_its_henvendelse(base):
    case = {"format_version": "1.0", "sag_id": "X", "henvendelse": {"fra": [TF]},
            "sag": {"sagstype": "Voksenhandicap", "organisation": "Myndighed Handicap Nord"}}
    assert found(lint(base, "HJ010"), case) == [("HJ010", "/sag/sagstype")]


def test_indstillingssag_needs_only_the_reference(base):
    case = tf_case(indstilling={"taskforce": {"sagstype": "Indstillingssag",
                                              "relevant_sag": "Se ansøgning botilbud"}})
    assert found(lint(base, "HJ011"), case) == []


def test_kind_from_the_aarsag_when_the_indstilling_does_not_say(base):
    case = tf_case(henvendelse={"aarsag": "Indstillingssag, ønsket 24/4"},
                   indstilling={"taskforce": {"relevant_sag": "Se ansøgning botilbud"}})
    assert found(lint(base, "HJ011"), case) == []
    case["henvendelse"]["aarsag"] = "Rådgivnings- og sparringssag, ønsket 24/4"
    assert found(lint(base, "HJ011"), case) == [("HJ011", "/indstilling/taskforce/sparring_oensket")]


def test_unknown_sparring_item_and_missing_indstilling(base):
    case = tf_case(indstilling={"taskforce": {"relevant_sag": "Se ansøgning",
                                              "sparring_oensket": ["sagsoplysning", "økonomi"]}})
    assert found(lint(base, "HJ011"), case) == [
        ("HJ011", "/indstilling/taskforce/sparring_oensket/1")]
    assert found(lint(base, "HJ011"), tf_case()) == [("HJ011", "/indstilling")]


# --------------------------------------------------------------------------- HJ002 / HJ005 / HJ015


def test_ready_for_agenda_dates_are_compared_with_submission(base):
    case = tf_case(sag={"sagsaabning_afsluttet": "2025-09-16"},
                   udredning={"metode": "vum2", "afsluttet": "2025-09-17",
                              "temaer": [{"navn": "Egenomsorg", "score": 2}]},
                   vurdering={"dato": "2025-09-16", "samlet_faglig_vurdering": "Behov for støtte",
                              "serviceydelser": ["SEL § 85"]},
                   indstilling={"taskforce": {"moede_dato": "2025-09-18",
                                              "indsendt": "2025-09-15T10:00:00"}})
    assert [p for _, p in found(lint(base, "HJ002"), case)] == [
        "/sag/sagsaabning_afsluttet", "/udredning/afsluttet", "/vurdering/dato"]


def test_ready_for_agenda_nothing_done(base):
    assert [p for _, p in found(lint(base, "HJ002"), tf_case())] == [
        "/sag/sagsaabning_afsluttet", "/udredning/temaer", "/vurdering"]


def test_agenda_date_from_the_first_klar_status_when_not_submitted(base):
    case = tf_case(sag={"sagsaabning_afsluttet": "2025-09-10"},
                   udredning={"metode": "vum2", "temaer": [{"navn": "Egenomsorg", "score": 2}]},
                   vurdering={"dato": "2025-09-12", "dele": {"stoettebehov": "Hjælp hver dag"},
                              "serviceydelser": ["SEL § 85"]},
                   indstilling={"status_historik": [{"status": "Klar til godkendelse",
                                                     "dato": "2025-09-11"}]})
    assert found(lint(base, "HJ002"), case) == [("HJ002", "/vurdering/dato")]


def test_theme_choice(base):
    udr = {"metode": "vum2", "temaer": [
        {"navn": "Egenomsorg", "relevant": False, "score": 2, "begrundelse_ikke_relevant": "Klarer sig"},
        {"navn": "Mobilitet"},
    ]}
    assert found(lint(base, "HJ005"), tf_case(udredning=udr)) == [
        ("HJ005", "/udredning/temaer"), ("HJ005", "/udredning/temaer/0/score"),
        ("HJ005", "/udredning/temaer/1")]


def test_all_themes_option(base):
    udr = {"metode": "vum2", "temaer": [{"navn": "Egenomsorg", "relevant": True}]}
    assert found(lint(base, "HJ005"), tf_case(udredning=udr)) == []
    got = found(lint(base, "HJ005", options={"HJ005": {"alle_temaer": True}}), tf_case(udredning=udr))
    assert len(got) == 10  # the eleven VUM 2.0 themes minus the one listed


def test_remarks_needed_for_relevant_unscored_theme_too(base):
    udr = {"metode": "vum2", "temaer": [
        {"navn": "Omgivelser", "relevant": True, "beskrivelse": "Bor alene i lejlighed"},
        {"navn": "Egenomsorg", "relevant": False, "score": None},
        {"navn": "Mobilitet", "score": 1, "beskrivelse": "Går selv ture hver dag og tager bussen",
         "sagsbehandlers_bemaerkninger": "Observeret ved besøget, at borger går sikkert og "
                                         "selv finder vej til bussen; let nedsat"}]}
    assert found(lint(base, "HJ015"), tf_case(udredning=udr)) == [
        ("HJ015", "/udredning/temaer/0/sagsbehandlers_bemaerkninger")]


# --------------------------------------------------------------------------- HJ013 / HJ014


def test_no_referat_needed_before_the_meeting(base):
    case = tf_case(indstilling={"taskforce": {"moede_dato": "2025-09-18"}})
    assert found(lint(base, "HJ013", today=date(2025, 9, 18)), case) == []
    assert found(lint(base, "HJ013", today=date(2025, 9, 19)), case) == [
        ("HJ013", "/indstilling/taskforce/referat")]


def test_referat_as_a_journal_note(base):
    case = tf_case(indstilling={"taskforce": {"moede_dato": "2025-09-18"}},
                   journalnotater=[{"dato": "2025-09-18", "titel": "Referat fra Taskforce",
                                    "tekst": "Drøftet støttebehov om natten; ingen botilbudsramme."}])
    assert found(lint(base, "HJ013"), case) == []
    case["journalnotater"][0]["dato"] = "2025-09-10"  # written before the meeting: not a referat
    assert found(lint(base, "HJ013"), case) == [("HJ013", "/indstilling/taskforce/referat")]


def test_referat_dated_before_the_meeting(base):
    case = tf_case(indstilling={"taskforce": {"moede_dato": "2025-09-18", "referat_dato": "2025-09-17",
                                              "referat": "Drøftet støttebehov om natten; ingen "
                                                         "botilbudsramme."}})
    assert found(lint(base, "HJ013"), case) == [("HJ013", "/indstilling/taskforce/referat_dato")]


def test_result_missing_after_the_meeting(base):
    case = tf_case(indstilling={"taskforce": {"moede_dato": "2025-09-18"}})
    assert found(lint(base, "HJ014"), case) == [
        ("HJ014", "/indstilling/taskforce/maalgruppeafgraensning")]
    assert found(lint(base, "HJ014", today=date(2025, 9, 1)), case) == []


def test_result_unknown_and_next_step_missing(base):
    case = tf_case(indstilling={"taskforce": {"moede_dato": "2025-09-18",
                                              "maalgruppeafgraensning": "måske"}})
    assert found(lint(base, "HJ014"), case) == [
        ("HJ014", "/indstilling/taskforce/maalgruppeafgraensning")]
    case["indstilling"]["taskforce"]["maalgruppeafgraensning"] = "botilbudsramme"
    assert found(lint(base, "HJ014"), case) == [("HJ014", "/indstilling/taskforce/naeste_skridt")]


def test_no_framework_but_botilbud_recommended(base):
    case = tf_case(indstilling={"modtager": "visitationsudvalg", "paragraf": "SEL § 108",
                                "taskforce": {"moede_dato": "2025-09-18",
                                              "maalgruppeafgraensning": "ingen_botilbudsramme",
                                              "naeste_skridt": "team_kompetenceplan"}})
    assert found(lint(base, "HJ014"), case) == [("HJ014", "/indstilling/modtager")]


def test_framework_and_botilbud_ordered_after_visitationsudvalg(base):
    case = tf_case(indstilling={"modtager": "visitationsudvalg", "paragraf": "SEL § 108",
                                "visitationsudvalg": {"moede_dato": "2025-10-08"},
                                "taskforce": {"moede_dato": "2025-09-18",
                                              "maalgruppeafgraensning": "botilbudsramme",
                                              "naeste_skridt": "visitationsudvalg"}},
                   bestilling={"dato": "2025-10-20", "indsatser": [{"paragraf": "SEL § 108"}]})
    assert found(lint(base, "HJ014"), case) == []


# --------------------------------------------------------------------------- FK-04


def test_messages_never_carry_the_citizens_name_or_cpr(base):
    hj = Linter("hjoerring", registry=base.registry, today=TEST_TODAY)
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "examples" / "hjoerring"
    for result in hj.check_paths([root]):
        b = result.case.borger
        for f in result.findings:
            for text in (f.message, f.message_en):
                assert b.navn not in text and b.cpr not in text
                assert not any(part in text for part in b.navn.split())


def test_annotations_in_a_text_case(base):
    text = """\
format_version: "1.0"
sag_id: HJ-TXT
sag:
  sagstype: Taskforce - Botilbud i eget hjem
  organisation: Myndighed Handicap Nord
indstilling:
  taskforce:
    moede_dato: 2025-04-24
    indsendt: 2025-04-22T08:00:00  # expect: HJ007
"""
    assert_expected_findings(text, lint(base, "HJ007", "HJ010"))


def test_submitted_indstilling_without_any_status(base):
    case = tf_case(indstilling={"modtager": "taskforce",
                                "taskforce": {"indsendt": "2025-09-15T09:00:00"}})
    assert found(lint(base, "HJ012"), case) == [("HJ012", "/indstilling/status_historik")]
    assert found(lint(base, "HJ012"), tf_case(indstilling={"modtager": "taskforce"})) == []
