"""HJ002: sagsåbning, sagsoplysning and a foreløbig sagsvurdering with serviceydelser before
agenda-setting (HJ-02)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from .._util import has_text
from ._faelles import agenda_date, applies_taskforce, fmt


@rule(
    code="HJ002",
    name="ikke-klar-til-dagsorden",
    requirements=("HJ-02",),
    severity="error",
    message=("Sagen er ikke klar til dagsordenssætning i taskforcen: {mangel}. Sagsåbning og "
             "sagsoplysning skal være foretaget og en foreløbig sagsvurdering med overblik over "
             "de konkrete serviceydelser udarbejdet, inden sagen dagsordenssættes",
             "The case is not ready for the taskforce agenda: {mangel_en}. Case opening and "
             "case investigation must be done and a preliminary assessment with an overview "
             "of the concrete services written before the case is put on the agenda"),
    what=("For taskforcesager: kræver at `sag.sagsaabning_afsluttet` er udfyldt, at "
          "udredningen har temaer (og, hvis den er afsluttet, er det senest på "
          "dagsordenssætningsdagen), og at der er en sagsvurdering med tekst og en liste over "
          "konkrete serviceydelser (`vurdering.serviceydelser`). Datoer sammenlignes med "
          "dagsordenssætningen: `indstilling.taskforce.indsendt`, ellers første status "
          "\"Klar til godkendelse\", ellers mødedatoen.",
          "For taskforce cases: requires `sag.sagsaabning_afsluttet`, an udredning with "
          "themes (finished, if it says so, no later than agenda-setting) and an assessment "
          "with text and a list of concrete services (`vurdering.serviceydelser`). Dates are "
          "compared with agenda-setting: `indstilling.taskforce.indsendt`, else the first "
          "status \"Klar til godkendelse\", else the meeting date."),
    why=("\"Sagsbehandler skal have foretaget sagsåbning, sagsoplysning og have udarbejdet en "
         "foreløbig sagsvurdering med et overblik over de konkrete serviceydelser inden sagen "
         "dagsordenssættes.\" Taskforcen giver sparring på et foreliggende materiale; uden det "
         "bliver mødetimen brugt på at finde oplysningerne.",
         "\"The caseworker must have done the case opening and investigation and written a "
         "preliminary assessment with an overview of the concrete services before the case "
         "is put on the agenda.\" The taskforce gives sparring on existing material; without "
         "it the meeting hour is spent finding the facts."),
    source="000 \"Dagsordenssætning af sager\"",
    applies=applies_taskforce,
    example_fail="""
        format_version: "1.0"
        sag_id: HJ-1002
        sag:
          sagstype: Taskforce - Botilbud i eget hjem
          sagsaabning_afsluttet: 2025-03-20
        udredning:
          metode: vum2
          temaer:
            - navn: Egenomsorg
              score: 3
        vurdering:
          dato: 2025-04-10
          foreloebig: true
          samlet_faglig_vurdering: Borger har brug for støtte i hverdagen i eget hjem.
          serviceydelser: []  # expect: HJ002
        indstilling:
          taskforce:
            moede_dato: 2025-04-24
            indsendt: 2025-04-21T10:00:00
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: HJ-1002
        sag:
          sagstype: Taskforce - Botilbud i eget hjem
          sagsaabning_afsluttet: 2025-03-20
        udredning:
          metode: vum2
          temaer:
            - navn: Egenomsorg
              score: 3
        vurdering:
          dato: 2025-04-10
          foreloebig: true
          samlet_faglig_vurdering: Borger har brug for støtte i hverdagen i eget hjem.
          serviceydelser:
            - SEL § 85 socialpædagogisk støtte, 10 timer om ugen
            - SEL § 83 praktisk hjælp til rengøring hver 14. dag
        indstilling:
          taskforce:
            moede_dato: 2025-04-24
            indsendt: 2025-04-21T10:00:00
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    agenda, _ = agenda_date(case)

    def late(d) -> bool:
        return agenda is not None and d is not None and d > agenda

    sag = case.sag
    if sag is None or sag.sagsaabning_afsluttet is None:
        yield violation("sag", "sagsaabning_afsluttet",
                        mangel="sagsåbningen er ikke registreret som afsluttet",
                        mangel_en="the case opening is not recorded as finished")
    elif late(sag.sagsaabning_afsluttet):
        yield violation("sag", "sagsaabning_afsluttet",
                        mangel=f"sagsåbningen er afsluttet {fmt(sag.sagsaabning_afsluttet)}, "
                               f"efter dagsordenssætningen {fmt(agenda)}",
                        mangel_en=f"the case opening was finished {fmt(sag.sagsaabning_afsluttet)},"
                                  f" after agenda-setting {fmt(agenda)}")

    ud = case.udredning
    if ud is None or not ud.temaer:
        yield violation("udredning", "temaer",
                        mangel="sagsoplysningen (udredningen) har ingen temaer",
                        mangel_en="the investigation (udredning) has no themes")
    elif late(ud.afsluttet):
        yield violation("udredning", "afsluttet",
                        mangel=f"sagsoplysningen er afsluttet {fmt(ud.afsluttet)}, efter "
                               f"dagsordenssætningen {fmt(agenda)}",
                        mangel_en=f"the investigation was finished {fmt(ud.afsluttet)}, after "
                                  f"agenda-setting {fmt(agenda)}")

    vu = case.vurdering
    if vu is None:
        yield violation("vurdering", mangel="der er ingen foreløbig sagsvurdering",
                        mangel_en="there is no preliminary assessment")
        return
    dele = vu.dele
    text = has_text(vu.samlet_faglig_vurdering) or (dele is not None and any(
        has_text(t) for t in (dele.her_og_nu, dele.samlet_vurdering, dele.stoettebehov,
                              dele.indsatser)))
    if not text:
        yield violation("vurdering", "samlet_faglig_vurdering",
                        mangel="den foreløbige sagsvurdering har ingen tekst",
                        mangel_en="the preliminary assessment has no text")
    if not [s for s in vu.serviceydelser if has_text(s)]:
        yield violation("vurdering", "serviceydelser",
                        mangel="sagsvurderingen giver intet overblik over de konkrete "
                               "serviceydelser",
                        mangel_en="the assessment gives no overview of the concrete services")
    if late(vu.dato):
        yield violation("vurdering", "dato",
                        mangel=f"sagsvurderingen er dateret {fmt(vu.dato)}, efter "
                               f"dagsordenssætningen {fmt(agenda)}",
                        mangel_en=f"the assessment is dated {fmt(vu.dato)}, after "
                                  f"agenda-setting {fmt(agenda)}")


RULE = check
