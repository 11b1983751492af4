"""SMT001: indsatsmål are SMART (RK15-21)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._goals import analysed as analyse_goal, indsatsmaal, smart_args


@rule(
    code="SMT001",
    name="indsatsmaal-smart",
    requirements=("RK15-21",),
    severity="warning",
    message=("Indsatsmålet er ikke SMART; mangler {mangler}. {hvorfor}",
             "The goal is not SMART; missing {mangler_en}. {hvorfor_en}"),
    what=("Vurderer hvert indsatsmåls tekst efter SMART: Specifikt (en konkret aktivitet, ikke "
          "personalets indsats som 'støtte til ...'), Målbart (tal, hyppighed, varighed eller en "
          "synlig sluttilstand; ikke 'trivsel', 'have det bedre'), Accepteret (feltet "
          "`accepteret_af_borger`, ikke teksten), Realistisk (kun tydelige tegn som 'altid', "
          "'aldrig mere') og Tidsbestemt (dato, 'inden', 'senest', 'til opfølgningen', eller en "
          "opfølgningsdato på målet). Fundet siger hvilke bogstaver der mangler og hvorfor.",
          "Assesses each indsatsmål's text by SMART: Specific (a concrete activity, not the "
          "staff's work like 'støtte til ...'), Measurable (number, frequency, duration or a "
          "visible end state; not 'trivsel', 'feeling better'), Accepted (the "
          "`accepteret_af_borger` field, not the text), Realistic (only clear signs like 'always', "
          "'never again') and Time-bound (a date, 'inden', 'senest', 'til opfølgningen', or a "
          "follow-up date on the goal). The finding says which letters are missing and why."),
    why=("Ringkøbing-Skjern 2015 §4.5.3: indsatsmålene skal være SMARTe, så de kan indgå som "
         "grundlag for systematisk opfølgning og evaluering. Heuristikkens præcision og recall er "
         "målt i docs/smart.md; fundet er en advarsel til en faglig læsning.",
         "Ringkøbing-Skjern 2015 §4.5.3: goals must be SMART so they can ground systematic "
         "follow-up and evaluation. The heuristic's precision and recall are measured in "
         "docs/smart.md; the finding is a warning asking for a professional read."),
    source="001 §4.5.3",
    example_fail="""
        format_version: "1.0"
        sag_id: S-SMT1
        bestilling:
          indsatser:
            - indsatsmaal:
                - tekst: Støtte til at Lars får det bedre  # expect: SMT001
                  accepteret_af_borger: true
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: S-SMT1
        bestilling:
          indsatser:
            - indsatsmaal:
                - tekst: Lars deltager i fællesspisningen én gang om ugen inden næste opfølgning
                  accepteret_af_borger: true
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    for path, m in indsatsmaal(case):
        a = analyse_goal(m.tekst, accepteret=m.accepteret_af_borger,  # type: ignore[attr-defined]
                         har_dato=m.opfoelgningsdato is not None)  # type: ignore[attr-defined]
        if a.missing:
            yield violation(*path, "tekst", **smart_args(a))


RULE = check
