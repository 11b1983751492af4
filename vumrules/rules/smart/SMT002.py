"""SMT002: delmål are SMART (RK22-11)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._goals import analysed as analyse_goal, delmaal, smart_args


@rule(
    code="SMT002",
    name="delmaal-smart",
    requirements=("RK22-11",),
    severity="warning",
    message=("Delmålet er ikke SMART; mangler {mangler}. {hvorfor}",
             "The sub-goal is not SMART; missing {mangler_en}. {hvorfor_en}"),
    what=("Som SMT001, for udførers delmål under hvert indsatsmål: accept læses af delmålets "
          "`accepteret_af_borger`, tidsramme også af delmålets `dato`.",
          "Like SMT001, for the provider's delmål under each indsatsmål: acceptance is read from "
          "the delmål's `accepteret_af_borger`, time frame also from its `dato`."),
    why=("Ringkøbing-Skjern 2022 §3.6.1: delmål skal være SMARTe; handlingerne beskriver de "
         "faglige tilgange og metoder. Målt præcision/recall: docs/smart.md.",
         "Ringkøbing-Skjern 2022 §3.6.1: delmål must be SMART; the actions describe the "
         "approaches and methods. Measured precision/recall: docs/smart.md."),
    source="003 §3.6.1-3.6.2",
    example_fail="""
        format_version: "1.0"
        sag_id: S-SMT2
        bestilling:
          indsatser:
            - indsatsmaal:
                - tekst: Mette handler selv ind én gang om ugen inden 1. juni 2026
                  delmaal:
                    - tekst: Øget trivsel i hverdagen  # expect: SMT002
                      accepteret_af_borger: true
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: S-SMT2
        bestilling:
          indsatser:
            - indsatsmaal:
                - tekst: Mette handler selv ind én gang om ugen inden 1. juni 2026
                  delmaal:
                    - tekst: Mette skriver selv indkøbsliste hver mandag inden 1. marts 2026
                      accepteret_af_borger: true
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    for path, d in delmaal(case):
        a = analyse_goal(d.tekst, accepteret=d.accepteret_af_borger,  # type: ignore[attr-defined]
                         har_dato=d.dato is not None)  # type: ignore[attr-defined]
        if a.missing:
            yield violation(*path, "tekst", **smart_args(a))


RULE = check
