"""RKA017: a journalnotat records that the afgørelse was made (RK15-17)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._common import matcher


def _applies(case: Case, ctx: RuleContext) -> bool:
    a = case.afgoerelse
    return a is not None and (a.dato is not None or a.type is not None)


@rule(
    code="RKA017",
    name="journalnotat-om-afgoerelse",
    requirements=("RK15-17",),
    severity="warning",
    message=("Der er truffet afgørelse, men intet journalnotat om, at afgørelsen er truffet",
             "A decision has been made, but no journalnotat records that it was made"),
    what=("Når sagen har en afgørelse, skal `afgoerelse.journalnotat` være sand, eller der skal "
          "være et notat i `journalnotater` af en type i `notattyper`, dateret på eller efter "
          "afgørelsen, hvis titel eller tekst nævner et af ordene i `ord` (fx \"afgørelse\").",
          "When the case has a decision, `afgoerelse.journalnotat` must be true, or "
          "`journalnotater` must hold a note of a type in `notattyper`, dated on or after the "
          "decision, whose title or text mentions one of the words in `ord` (e.g. "
          "\"afgørelse\")."),
    why=("Drejebogen 2015 §4.4.2: \"Rådgiver skriver i et journalnotat, at der er truffet "
         "afgørelse i sagen.\" Notatet er det, kolleger og udfører kan se i EKJ.",
         "2015 handbook §4.4.2: the caseworker writes in a journalnotat that a decision has been "
         "made. The note is what colleagues and the provider see in EKJ."),
    source="001 §4.4.2",
    options={"notattyper": ("journalnotat",), "ord": ("afgørelse", "afgørelsen", "bevilget",
                                                      "bevilling", "afslag")},
    example_fail="""
        format_version: "1.0"
        sag_id: RKA-0017
        afgoerelse:  # expect: RKA017
          type: bevilling
          dato: 2016-05-20
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKA-0017
        afgoerelse:
          type: bevilling
          dato: 2016-05-20
        journalnotater:
          - dato: 2016-05-20
            type: journalnotat
            titel: Afgørelse truffet
            tekst: Der er truffet afgørelse om bevilling af bostøtte, pakke 2.
    """,
    applies=_applies,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    a = case.afgoerelse
    assert a is not None
    if a.journalnotat:
        return
    for n in case.journalnotater:
        if n.type is not None and not matcher(n.type, ctx.options["notattyper"]):
            continue
        if a.dato is not None and n.dato is not None and n.dato < a.dato:
            continue
        if matcher(n.titel, ctx.options["ord"]) or matcher(n.tekst, ctx.options["ord"]):
            return
    yield violation("afgoerelse", "journalnotat")


RULE = check
