"""RKB102: værgemål is applied for when the citizen cannot look after their own interests in
the case (RK22-02, second half)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation


@rule(
    code="RKB102",
    name="vaergemaal-ikke-soegt",
    requirements=("RK22-02",),
    severity="error",
    message=("Borger er vurderet ikke at kunne varetage sine egne interesser under sagen, men der "
             "er hverken søgt værgemål eller registreret en værge",
             "The citizen is assessed as unable to look after their own interests in the case, "
             "but no værgemål (guardianship) has been applied for and no værge is recorded"),
    what=("Når `borger.kan_varetage_egne_interesser` er falsk, skal der være en dato i "
          "`borger.vaergemaal_ansoegt` eller en værge i `borger.vaerge`.",
          "When `borger.kan_varetage_egne_interesser` is false, `borger.vaergemaal_ansoegt` must "
          "carry a date or `borger.vaerge` a guardian."),
    why=("Drejebog 2022 §3.1.1: \"Det skal endvidere sikres, at der ansøges om værgemål, hvis en "
         "borger ikke er i stand til at varetage sine egne interesser under sagen.\"",
         "2022 handbook §3.1.1: guardianship must be applied for if the citizen cannot look "
         "after their own interests in the case."),
    source="003 §3.1.1",
    applies=lambda case, ctx: bool(case.borger and case.borger.kan_varetage_egne_interesser is False),
    example_fail="""
        format_version: "1.0"
        sag_id: RKB-102
        borger:
          cpr: "010190-0000"
          kan_varetage_egne_interesser: false  # expect: RKB102
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKB-102
        borger:
          cpr: "010190-0000"
          kan_varetage_egne_interesser: false
          vaergemaal_ansoegt: 2023-06-02
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    b = case.borger
    if not b or b.kan_varetage_egne_interesser is not False:
        return
    if b.vaergemaal_ansoegt or b.vaerge:
        return
    yield violation("borger", "kan_varetage_egne_interesser")


RULE = check
