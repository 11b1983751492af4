"""HJ014: the målgruppeafgrænsning result is recorded after the sparring, and the next step
matches it (HJ-14)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._faelles import (
    BOTILBUDSRAMME,
    GODKENDT,
    INGEN_BOTILBUDSRAMME,
    LUKKET,
    NAESTE_SKRIDT,
    VISITATIONSUDVALG,
    applies_taskforce,
    events,
    is_botilbud,
    meeting_date,
    norm,
    same,
)

def _concluded(case: Case, ctx: RuleContext) -> bool:
    """The sparring has happened: the meeting is past, or the status is Godkendt/Lukket."""
    meeting = meeting_date(case)
    if meeting is not None and meeting < ctx.today:
        return True
    ind = case.indstilling
    return ind is not None and any(same(s.status, GODKENDT) or same(s.status, LUKKET)
                                   for s in ind.status_historik)


def _visitation_held(case: Case) -> bool:
    ind = case.indstilling
    if ind is not None and ind.visitationsudvalg is not None \
            and ind.visitationsudvalg.moede_dato is not None and not same(ind.modtager, "taskforce"):
        return True
    return any(True for _ in events(case, "visitationsudvalg_moede"))


@rule(
    code="HJ014",
    name="maalgruppeafgraensning-og-naeste-skridt",
    requirements=("HJ-14",),
    severity="error",
    message=("Sagens videre forløb efter taskforcen: {problem}",
             "The case's course after the taskforce: {problem_en}"),
    what=("For taskforcesager, når sparringen har fundet sted (mødet er holdt, eller "
          "indstillingen er Godkendt/Lukket): `indstilling.taskforce.maalgruppeafgraensning` "
          "skal være `ingen_botilbudsramme` eller `botilbudsramme`, og `naeste_skridt` skal "
          "passe (`resultater`): ingen botilbudsramme → `team_kompetenceplan` (sagen "
          "håndteres i teamet efter kompetenceplanen); botilbudsramme → `visitationsudvalg`. "
          "Sagens øvrige dele skal også passe: ved ingen botilbudsramme må der ikke være en "
          "indstilling om botilbud til visitationsudvalget eller en bestilling af botilbud; "
          "ved botilbudsramme må botilbud ikke bestilles, uden at visitationsudvalget har "
          "behandlet sagen.",
          "For taskforce cases once the sparring has happened (the meeting is past, or the "
          "recommendation is Godkendt/Lukket): `indstilling.taskforce.maalgruppeafgraensning` "
          "must be `ingen_botilbudsramme` or `botilbudsramme`, and `naeste_skridt` must match "
          "(`resultater`): no botilbud framework → `team_kompetenceplan` (handled by the team "
          "under the competence plan); botilbud framework → `visitationsudvalg`. The rest of "
          "the case must agree: with no framework there is no botilbud recommendation to the "
          "visitationsudvalg and no botilbud order; with a framework a botilbud is not ordered "
          "before the visitationsudvalg has dealt with the case."),
    why=("\"Sagens videre forløb efter sparringen i taskforce: 1. Hvis målgruppeafgrænsningen "
         "viser, at der ikke er behov for en botilbudsramme håndterer sagsbehandler sagen "
         "videre sammen med sit respektive team i.h.t. kompetenceplanen. 2. Hvis "
         "målgruppeafgrænsningen viser, at der er behov for en botilbudsramme arbejder "
         "sagsbehandler videre med sagen og følger arbejdsgangen vedr. sager der skal på "
         "visitationsudvalget.\"",
         "\"The case's course after the sparring: 1. If the target-group decision shows no "
         "need for a botilbud framework, the caseworker handles the case with the team under "
         "the competence plan. 2. If it shows a need, the caseworker follows the procedure "
         "for cases going to the visitationsudvalg.\""),
    source="000 \"Sagens videre forløb efter sparringen i taskforce\"",
    options={"resultater": NAESTE_SKRIDT},
    applies=applies_taskforce,
    example_fail="""
        format_version: "1.0"
        sag_id: HJ-1014
        sag:
          sagstype: Taskforce - Botilbud i eget hjem
        indstilling:
          modtager: taskforce
          taskforce:
            moede_dato: 2025-04-24
            maalgruppeafgraensning: ingen_botilbudsramme
            naeste_skridt: visitationsudvalg  # expect: HJ014
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: HJ-1014
        sag:
          sagstype: Taskforce - Botilbud i eget hjem
        indstilling:
          modtager: taskforce
          taskforce:
            moede_dato: 2025-04-24
            maalgruppeafgraensning: ingen_botilbudsramme
            naeste_skridt: team_kompetenceplan
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    ind = case.indstilling
    tf = ind.taskforce if ind else None
    recorded = tf is not None and (tf.maalgruppeafgraensning or tf.naeste_skridt)
    if not (_concluded(case, ctx) or recorded):
        return
    results = {norm(k): (k, tuple(norm(x) for x in v))
               for k, v in dict(ctx.options["resultater"]).items()}
    names = " eller ".join(f'"{k}"' for k, _ in results.values())
    names_en = " or ".join(f'"{k}"' for k, _ in results.values())
    here = ("indstilling", "taskforce")
    if tf is None or not tf.maalgruppeafgraensning:
        yield violation(*here, "maalgruppeafgraensning",
                        problem=f"resultatet af målgruppeafgrænsningen er ikke registreret ({names})",
                        problem_en=f"the result of the target-group decision is not recorded "
                                   f"({names_en})")
        return
    entry = results.get(norm(tf.maalgruppeafgraensning))
    if entry is None:
        yield violation(*here, "maalgruppeafgraensning",
                        problem=f"målgruppeafgrænsningen skal være {names}",
                        problem_en=f"the target-group decision must be {names_en}")
        return
    result, steps = entry
    if not tf.naeste_skridt:
        yield violation(*here, "naeste_skridt",
                        problem="næste skridt efter målgruppeafgrænsningen er ikke registreret",
                        problem_en="the next step after the target-group decision is not "
                                   "recorded")
    elif norm(tf.naeste_skridt) not in steps:
        yield violation(*here, "naeste_skridt",
                        problem=f'næste skridt passer ikke til resultatet "{result}"; det skal '
                                "være " + " eller ".join(f'"{s}"' for s in steps),
                        problem_en=f'the next step does not match the result "{result}"; it '
                                   "must be " + " or ".join(f'"{s}"' for s in steps))
    botilbud_ordered = [
        i for i, x in enumerate(case.bestilling.indsatser if case.bestilling else [])
        if is_botilbud(x.tilbudstype, x.paragraf)]
    if norm(result) == norm(INGEN_BOTILBUDSRAMME):
        if ind is not None and same(ind.modtager, VISITATIONSUDVALG) \
                and is_botilbud(ind.tilbudstype, ind.paragraf):
            yield violation("indstilling", "modtager",
                            problem="målgruppeafgrænsningen viser ingen behov for "
                                    "botilbudsramme, men der er indstillet til botilbud hos "
                                    "visitationsudvalget",
                            problem_en="the target-group decision shows no need for a botilbud "
                                       "framework, but a botilbud is recommended to the "
                                       "visitationsudvalg")
        for i in botilbud_ordered:
            yield violation("bestilling", "indsatser", i,
                            problem="målgruppeafgrænsningen viser ingen behov for "
                                    "botilbudsramme, men der er bestilt botilbud",
                            problem_en="the target-group decision shows no need for a botilbud "
                                       "framework, but a botilbud is ordered")
    elif norm(result) == norm(BOTILBUDSRAMME) and botilbud_ordered and not _visitation_held(case):
        yield violation("bestilling", "indsatser", botilbud_ordered[0],
                        problem="botilbud er bestilt, uden at sagen har været på "
                                "visitationsudvalget",
                        problem_en="a botilbud is ordered without the case having been to the "
                                   "visitationsudvalg")


RULE = check
