"""HJ010: a sag of sagstype "Taskforce - Botilbud i eget hjem" in one of the taskforce's
organisations (HJ-10)."""

from __future__ import annotations

import re
from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._faelles import ORGANISATIONER, TASKFORCE_NAVN, applies_taskforce, in_list, same

_PARENTHESIS = re.compile(r"\s*\([^)]*\)\s*$")


def organisation_name(text: str) -> str:
    """CURA shows "Myndighed Handicap Nord (Myndighed Handicap)" and "Myndighed Rusmidler
    (Misbrug)": the part in brackets is the parent, not the organisation."""
    return _PARENTHESIS.sub("", text)


@rule(
    code="HJ010",
    name="taskforcesag-sagstype-organisation",
    requirements=("HJ-10",),
    severity="error",
    message=("Taskforcesagen (Bilag 2 og 3): {problem}",
             "The taskforce case (Bilag 2 and 3): {problem_en}"),
    what=("For taskforcesager: `sag.sagstype` skal være \"Taskforce - Botilbud i eget hjem\" "
          "(`sagstype`), og sagens organisation (`sag.organisation`, ellers "
          "`organisation.enhed`) skal være en af `organisationer`: Myndighed Handicap Nord, "
          "Vest, Syd, TOT eller Myndighed Rusmidler. En forælder i parentes, som CURA viser "
          "den (\"Myndighed Handicap Nord (Myndighed Handicap)\"), ignoreres; login-"
          "organisationen \"Myndighed Handicap\" alene er ikke nok.",
          "For taskforce cases: `sag.sagstype` must be \"Taskforce - Botilbud i eget hjem\" "
          "(`sagstype`) and the case's organisation (`sag.organisation`, else "
          "`organisation.enhed`) one of `organisationer`: Myndighed Handicap Nord, Vest, Syd, "
          "TOT or Myndighed Rusmidler. A parent in brackets as CURA shows it is ignored; the "
          "login organisation \"Myndighed Handicap\" alone is not enough."),
    why=("Bilag 2: \"Opret en sag med sagstypen 'Taskforce - Botilbud i eget hjem'.\" Bilag 3: "
         "taskforcens medlemmer kan kun se indstillinger på myndighedsorganisationerne på "
         "handicap- og misbrugsområdet (Nord, Vest, Syd, TOT, Rusmidler), og filtrene bygger "
         "på sagstypen. En sag med forkert sagstype eller organisation ser taskforcen ikke.",
         "Bilag 2: \"Create a case of type 'Taskforce - Botilbud i eget hjem'.\" Bilag 3: "
         "the taskforce members can only see recommendations in the authority organisations "
         "of the disability and substance-abuse areas (Nord, Vest, Syd, TOT, Rusmidler), and "
         "their filters are built on the case type. A case with the wrong type or "
         "organisation is invisible to the taskforce."),
    source="000 Bilag 2, Bilag 3, Bilag 4",
    options={"sagstype": TASKFORCE_NAVN, "organisationer": ORGANISATIONER},
    applies=applies_taskforce,
    example_fail="""
        format_version: "1.0"
        sag_id: HJ-1010
        sag:
          sagstype: Taskforce - Botilbud i eget hjem
          organisation: Myndighed Handicap  # expect: HJ010
        indstilling:
          modtager: taskforce
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: HJ-1010
        sag:
          sagstype: Taskforce - Botilbud i eget hjem
          organisation: Myndighed Handicap Nord (Myndighed Handicap)
        indstilling:
          modtager: taskforce
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    sagstype = str(ctx.options["sagstype"])
    allowed = tuple(ctx.options["organisationer"])
    sag = case.sag
    if sag is None or not sag.sagstype:
        yield violation("sag", "sagstype", problem=f'der er ingen sag med sagstypen "{sagstype}"',
                        problem_en=f'there is no case of type "{sagstype}"')
    elif not same(sag.sagstype, sagstype):
        yield violation("sag", "sagstype", problem=f'sagstypen er ikke "{sagstype}"',
                        problem_en=f'the case type is not "{sagstype}"')
    if sag is not None and sag.organisation:
        org, where = sag.organisation, ("sag", "organisation")
    elif case.organisation is not None and case.organisation.enhed:
        org, where = case.organisation.enhed, ("organisation", "enhed")
    else:
        org, where = None, ("sag", "organisation")
    names = ", ".join(allowed)
    if org is None:
        yield violation(*where, problem=f"sagens organisation er ikke angivet (en af {names})",
                        problem_en=f"the case's organisation is not given (one of {names})")
    elif not in_list(organisation_name(org), allowed):
        yield violation(*where, problem=f"sagen er ikke oprettet i en af taskforcens "
                        f"organisationer ({names})",
                        problem_en=f"the case is not in one of the taskforce's organisations "
                        f"({names})")


RULE = check
