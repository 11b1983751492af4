"""RKA020: one indsatsformål per indsats (RK15-20)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from .._util import has_text
from ._common import indsats_label


def _applies(case: Case, ctx: RuleContext) -> bool:
    return bool(case.bestilling and case.bestilling.indsatser)


@rule(
    code="RKA020",
    name="et-indsatsformaal-pr-indsats",
    requirements=("RK15-20",),
    severity="error",
    message=("Indsats {indsats} har {antal} indsatsformål; der opstilles ét indsatsformål for "
             "hver indsats",
             "Indsats {indsats} has {antal} indsatsformål (overall purposes); each indsats has "
             "exactly one"),
    what=("Hver indsats i bestillingen skal have præcis ét udfyldt indsatsformål "
          "(`indsatser[].indsatsformaal`). Tomme linjer tæller ikke.",
          "Each indsats in the bestilling must have exactly one filled-in indsatsformål "
          "(`indsatser[].indsatsformaal`). Empty lines do not count."),
    why=("Drejebogen 2015 §4.5.3: \"Indsatsformålet skal således fungere som et samlet "
         "pejlemærke for indsatsen ... Der opstilles et indsatsformål for hver indsats.\" Ét "
         "formål pr. indsats er det, udførers opfølgningsskema er bygget op om.",
         "2015 handbook §4.5.3: the indsatsformål is the overall bearing for the support; one is "
         "set up for each indsats, which is how the provider's follow-up form is built."),
    source="001 §4.5.3",
    example_fail="""
        format_version: "1.0"
        sag_id: RKA-0020
        bestilling:
          indsatser:
            - id: I1  # expect: RKA020
              navn: Socialpædagogisk støtte
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKA-0020
        bestilling:
          indsatser:
            - id: I1
              navn: Socialpædagogisk støtte
              indsatsformaal:
                - At borger kan fastholde sin egen bolig og få struktur på hverdagen.
    """,
    applies=_applies,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    assert case.bestilling is not None
    for i, ind in enumerate(case.bestilling.indsatser):
        antal = sum(1 for f in ind.indsatsformaal if has_text(f))
        if antal != 1:
            path = ("bestilling", "indsatser", i, "indsatsformaal") if antal else ("bestilling", "indsatser", i)
            yield violation(*path, indsats=indsats_label(ind, i), antal=antal)


RULE = check
