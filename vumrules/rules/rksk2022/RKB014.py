"""RKB014: the deadlines around an opfølgningsmøde: the udfører's skema 14 days before, the
caseworker's completion and a new handleplan within 14 days after, a new follow-up date
(RK22-14)."""

from __future__ import annotations

from datetime import date
from typing import Iterator

from ...calendar import add_days
from ...findings import Violation
from ...model import Case, Opfoelgning
from ...rule import RuleContext, rule, violation


def _continues(case: Case, o: Opfoelgning) -> bool:
    """Support goes on after this follow-up, unless it is the last one before an ophør."""
    end = case.ophoer.dato if case.ophoer else None
    if end is None or o.dato is None:
        return True
    if end < o.dato:
        return False
    return any(x.dato and o.dato < x.dato <= end for x in case.opfoelgninger)


def _late(field: str, done: date | None, deadline: date, today: date,
          missing: tuple[str, str], late: tuple[str, str]) -> dict | None:
    if done is None:
        if today > deadline:
            return {"felt": field, "krav": missing[0] + f" (frist {deadline.isoformat()})",
                    "krav_en": missing[1] + f" (deadline {deadline.isoformat()})"}
        return None
    if done > deadline:
        return {"felt": field, "krav": late[0].format(dato=done.isoformat(), frist=deadline.isoformat()),
                "krav_en": late[1].format(dato=done.isoformat(), frist=deadline.isoformat())}
    return None


@rule(
    code="RKB014",
    name="opfoelgningsmoede-frister",
    requirements=("RK22-14",),
    severity="error",
    message=("Opfølgningen {dato}: {krav}", "Follow-up on {dato}: {krav_en}"),
    what=("For hver afholdt opfølgning: udførers opfølgningsskema skal være modtaget senest "
          "`skema_dage_foer` dage før mødet (ikke ved opfølgning pr. mail); rådgiver skal have "
          "færdiggjort skemaet senest `afslut_dage_efter` dage efter; fortsætter støtten, og har "
          "borger ønsket en handleplan, skal der være en ny handleplan senest "
          "`handleplan_dage_efter` dage efter; og der skal være angivet en ny opfølgningsdato "
          "efter mødet. Frister i kalenderdage; en manglende dato er kun et fund, når fristen er "
          "overskredet.",
          "For each held follow-up: the udfører's skema received at least `skema_dage_foer` days "
          "before the meeting (not for follow-up by mail); the caseworker completes it within "
          "`afslut_dage_efter` days after; if support continues and the citizen wanted a "
          "handleplan, a new one within `handleplan_dage_efter` days; and a new follow-up date "
          "after the meeting. Calendar days; a missing date is a finding only once the deadline "
          "has passed."),
    why=("Drejebog 2022 §3.8-3.10.2: \"Senest 14 dage inden opfølgingsmødet udfylder udfører VUM "
         "opfølgningsskemaet\"; \"Rådgiver færdiggør opfølgningsskemaet (senest 14 dage efter "
         "mødet)\"; \"Såfremt at støtten skal fortsætte uændret udarbejder rådgiver inden 14 "
         "dage efter mødet en ny handleplan til borger (hvis borger har ønsket at få udarbejdet "
         "en)\"; \"Rådgiver angiver et nyt tidspunkt for opfølgning\".",
         "2022 handbook §3.8-3.10.2: the provider fills in the follow-up form at least 14 days "
         "before the meeting; the caseworker completes it within 14 days after; if support "
         "continues unchanged, a new handleplan within 14 days (if the citizen wanted one); "
         "the caseworker sets a new follow-up date."),
    source="003 §3.8, §3.9, §3.10.2",
    options={"skema_dage_foer": 14, "afslut_dage_efter": 14, "handleplan_dage_efter": 14},
    applies=lambda case, ctx: any(o.dato and o.dato <= ctx.today for o in case.opfoelgninger),
    example_fail="""
        format_version: "1.0"
        sag_id: RKB-014
        handleplan:
          borgers_valg: accepteret
        opfoelgninger:
          - dato: 2024-05-14
            form: moede
            skema_modtaget: 2024-05-08  # expect: RKB014
            skema_afsluttet: 2024-05-21
            ny_handleplan: 2024-06-20  # expect: RKB014
            ny_opfoelgningsdato: 2025-05-13
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKB-014
        handleplan:
          borgers_valg: accepteret
        opfoelgninger:
          - dato: 2024-05-14
            form: moede
            skema_modtaget: 2024-04-29
            skema_afsluttet: 2024-05-21
            ny_handleplan: 2024-05-27
            ny_opfoelgningsdato: 2025-05-13
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    o_ = ctx.options
    before, after, hp_after = (int(o_["skema_dage_foer"]), int(o_["afslut_dage_efter"]),
                               int(o_["handleplan_dage_efter"]))
    wants_plan = case.handleplan is not None and case.handleplan.borgers_valg == "accepteret"
    for k, o in enumerate(case.opfoelgninger):
        if o.dato is None or o.dato > ctx.today:
            continue
        d = o.dato.isoformat()
        problems = []
        if o.form != "mail":
            deadline = add_days(o.dato, -before)
            if o.skema_modtaget is None:
                problems.append({"felt": "skema_modtaget",
                                 "krav": "udførers opfølgningsskema er ikke registreret modtaget "
                                         f"(senest {deadline.isoformat()}, {before} dage før mødet)",
                                 "krav_en": "the udfører's follow-up form is not recorded as "
                                            f"received (due {deadline.isoformat()}, {before} days "
                                            "before the meeting)"})
            elif o.skema_modtaget > deadline:
                problems.append({"felt": "skema_modtaget",
                                 "krav": f"udførers opfølgningsskema kom {o.skema_modtaget.isoformat()}; "
                                         f"det skal udfyldes senest {before} dage før mødet "
                                         f"({deadline.isoformat()})",
                                 "krav_en": f"the udfører's follow-up form came on "
                                            f"{o.skema_modtaget.isoformat()}; it is due {before} "
                                            f"days before the meeting ({deadline.isoformat()})"})
        problems.append(_late(
            "skema_afsluttet", o.skema_afsluttet, add_days(o.dato, after), ctx.today,
            ("rådgiver har ikke færdiggjort opfølgningsskemaet",
             "the caseworker has not completed the follow-up form"),
            ("rådgiver færdiggjorde opfølgningsskemaet {dato}, efter fristen {frist}",
             "the caseworker completed the follow-up form on {dato}, after the deadline {frist}")))
        if _continues(case, o):
            if wants_plan:
                problems.append(_late(
                    "ny_handleplan", o.ny_handleplan, add_days(o.dato, hp_after), ctx.today,
                    ("støtten fortsætter, men der er ingen ny handleplan",
                     "support continues, but there is no new handleplan"),
                    ("den nye handleplan kom {dato}, efter fristen {frist}",
                     "the new handleplan came on {dato}, after the deadline {frist}")))
            if o.ny_opfoelgningsdato is None:
                problems.append({"felt": "ny_opfoelgningsdato",
                                 "krav": "der er ikke angivet et nyt tidspunkt for opfølgning",
                                 "krav_en": "no new follow-up date has been set"})
            elif o.ny_opfoelgningsdato <= o.dato:
                problems.append({"felt": "ny_opfoelgningsdato",
                                 "krav": "den nye opfølgningsdato ligger ikke efter mødet",
                                 "krav_en": "the new follow-up date is not after the meeting"})
        for p in problems:
            if p:
                yield violation("opfoelgninger", k, p["felt"], dato=d, krav=p["krav"], krav_en=p["krav_en"])


RULE = check
