"""RKB002: when someone other than the citizen makes the henvendelse, the citizen's agreement
is recorded (RK22-02, first half)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._common import fold


def _from_someone_else(case: Case, ctx: RuleContext) -> bool:
    h = case.henvendelse
    if not h or not h.fra:
        return False
    return not any(fold(f) == "borger" or fold(f).startswith("borger ") for f in h.fra)


@rule(
    code="RKB002",
    name="borger-indforstaaet-med-henvendelsen",
    requirements=("RK22-02",),
    severity="error",
    message=("Henvendelsen kommer fra en anden end borger, men det er ikke registreret, at borger "
             "er indforstået med henvendelsen",
             "The henvendelse comes from someone other than the citizen, but the citizen's "
             "agreement to it is not recorded"),
    what=("Når 'Hvem kommer henvendelsen fra?' ikke omfatter borger selv (fx en pårørende eller "
          "en samarbejdspartner), skal `henvendelse.borger_indforstaaet` være sand.",
          "When 'who is the henvendelse from' does not include the citizen (e.g. a relative or a "
          "partner), `henvendelse.borger_indforstaaet` must be true."),
    why=("Drejebog 2022 §3.1.1: \"Kommer en henvendelse fra en anden end borger, fx en "
         "pårørende, skal Vendepunktet sikre sig, at borger er indforstået med henvendelsen.\"",
         "2022 handbook §3.1.1: when someone else, e.g. a relative, makes the request, "
         "Vendepunktet must make sure the citizen agrees to it."),
    source="003 §3.1.1",
    applies=_from_someone_else,
    example_fail="""
        format_version: "1.0"
        sag_id: RKB-002
        henvendelse:  # expect: RKB002
          dato: 2023-05-11
          fra: [pårørende]
          ydelse_soegt: Socialpædagogisk støtte
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKB-002
        henvendelse:
          dato: 2023-05-11
          fra: [pårørende]
          ydelse_soegt: Socialpædagogisk støtte
          borger_indforstaaet: true
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    h = case.henvendelse
    assert h is not None
    if h.borger_indforstaaet is not True:
        yield violation("henvendelse", "borger_indforstaaet")


RULE = check
