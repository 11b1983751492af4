"""RKA001: one answer to "Hvem kommer henvendelsen fra?" and the ydelse named (RK15-01)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from .._util import has_text
from ._common import problem

PROBLEMER = {
    "ingen": ('der er ikke sat x ved "Hvem kommer henvendelsen fra?"',
              'nothing is ticked at "Hvem kommer henvendelsen fra?" (who made the request)'),
    "flere": ('der er sat x flere steder ved "Hvem kommer henvendelsen fra?"; der må kun sættes '
              "x ét sted",
              'more than one box is ticked at "Hvem kommer henvendelsen fra?"; only one may be'),
    "ydelse": ("skemaet angiver ikke, hvilken ydelse borger søger om",
               "the form does not say which ydelse (service) the citizen applies for"),
}


def _applies(case: Case, ctx: RuleContext) -> bool:
    return case.henvendelse is not None


@rule(
    code="RKA001",
    name="sagsaabningsskema-afsender-og-ydelse",
    requirements=("RK15-01",),
    severity="error",
    message=("Sagsåbningsskemaet: {problem}",
             "The case-opening form: {problem_en}"),
    what=("Kontrollerer sagsåbningsskemaet (henvendelsen): der skal være præcis ét kryds ved "
          "\"Hvem kommer henvendelsen fra?\" (feltet `henvendelse.fra`), og ydelsen, borger "
          "søger om, skal være angivet (`henvendelse.ydelse_soegt`).",
          "Checks the case-opening form (the henvendelse): exactly one box ticked at \"Hvem "
          "kommer henvendelsen fra?\" (`henvendelse.fra`), and the ydelse applied for named "
          "(`henvendelse.ydelse_soegt`)."),
    why=("Drejebogen 2015 §4.1: \"Det er vigtigt, at der kun sættes x ét sted i EKJ's "
         "sagsåbningsskema ved punktet Hvem kommer henvendelsen fra?. Forvisitator skal angive i "
         "skemaet, hvilken ydelse bruger søger om.\" Afsenderen styrer, om borgers accept skal "
         "indhentes (RK15-02), og ydelsen er det, sagen handler om.",
         "2015 handbook §4.1: only one box may be ticked at \"who made the request\", and the "
         "intake worker must state which service is applied for. Who asked decides whether the "
         "citizen's agreement must be obtained (RK15-02); the service is what the case is about."),
    source="001 §4.1",
    example_fail="""
        format_version: "1.0"
        sag_id: RKA-0001
        henvendelse:
          dato: 2015-05-04
          fra: [borger, pårørende]  # expect: RKA001
          ydelse_soegt: Socialpædagogisk støtte efter SEL § 85
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKA-0001
        henvendelse:
          dato: 2015-05-04
          fra: [borger]
          ydelse_soegt: Socialpædagogisk støtte efter SEL § 85
    """,
    applies=_applies,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    h = case.henvendelse
    assert h is not None
    afsendere = [f for f in h.fra if f and f.strip()]
    if not afsendere:
        yield violation("henvendelse", "fra", **problem(PROBLEMER, "ingen"))
    elif len(afsendere) > 1:
        yield violation("henvendelse", "fra", **problem(PROBLEMER, "flere"))
    if not has_text(h.ydelse_soegt):
        yield violation("henvendelse", "ydelse_soegt", **problem(PROBLEMER, "ydelse"))


RULE = check
