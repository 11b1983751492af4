"""RKB009: one indsatsformål per indsats (RK22-09, formål part)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._common import indsatser


@rule(
    code="RKB009",
    name="et-indsatsformaal-pr-indsats",
    requirements=("RK22-09",),
    severity="error",
    message=("Indsats nr. {nr} har {antal} indsatsformål; hver indsats skal have ét samlet "
             "indsatsformål",
             "Indsats no. {nr} has {antal} indsatsformål (purposes); each indsats must have one "
             "overall purpose"),
    what=("Hver indsats i bestillingen skal have præcis ét indsatsformål "
          "(`bestilling.indsatser[].indsatsformaal`).",
          "Each indsats in the bestilling must have exactly one indsatsformål."),
    why=("Drejebog 2022 §3.5.3: indsatsformålet \"beskriver den overordnede intention med en "
         "social indsats\" og skal \"kunne fungere som et samlet pejlemærke for, hvor indsatsen "
         "skal hjælpe borgeren hen\". Ingen formål giver intet pejlemærke; flere formål giver "
         "ikke ét samlet.",
         "2022 handbook §3.5.3: the indsatsformål is the overall intention of an indsats, one "
         "common bearing for where it should take the citizen; none gives no bearing, several "
         "give no single one."),
    source="003 §3.5.3, §3.5.3.1",
    applies=lambda case, ctx: bool(case.bestilling and case.bestilling.indsatser),
    example_fail="""
        format_version: "1.0"
        sag_id: RKB-009
        bestilling:
          dato: 2023-09-01
          indsatser:
            - id: I1
              paragraf: SEL § 85
              indsatsformaal:  # expect: RKB009
                - Formålet med indsatsen er, at jeg kan klare min økonomi selv.
                - Formålet er, at jeg kan komme ud blandt andre.
            - id: I2  # expect: RKB009
              paragraf: SEL § 104
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKB-009
        bestilling:
          dato: 2023-09-01
          indsatser:
            - id: I1
              paragraf: SEL § 85
              indsatsformaal:
                - Formålet med indsatsen er, at jeg kan klare min økonomi og komme ud blandt andre.
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    for i, ind in indsatser(case):
        n = len([f for f in ind.indsatsformaal if f and f.strip()])
        if n != 1:
            path = ("bestilling", "indsatser", i) + (("indsatsformaal",) if n else ())
            yield violation(*path, nr=i + 1, antal=n)


RULE = check
