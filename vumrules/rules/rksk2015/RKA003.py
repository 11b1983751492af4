"""RKA003: kvitteringsskrivelse and samtykkeerklæring within 14 days (RK15-03)."""

from __future__ import annotations

from typing import Iterator

from ...calendar import add_days
from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._common import problem

PROBLEMER = {
    "ikke_sendt": ("kvitteringsskrivelsen er ikke sendt, og fristen udløb {frist}",
                   "the acknowledgement letter has not been sent; the deadline was {frist}"),
    "for_sent": ("kvitteringsskrivelsen blev sendt {sendt}, efter fristen {frist}",
                 "the acknowledgement letter was sent {sendt}, after the deadline {frist}"),
    "samtykke": ("samtykkeerklæringen til indhentning af oplysninger er ikke sendt med "
                 "kvitteringsskrivelsen",
                 "the consent form for gathering information was not sent with the "
                 "acknowledgement letter"),
}


def _applies(case: Case, ctx: RuleContext) -> bool:
    return case.henvendelse is not None and case.henvendelse.dato is not None


@rule(
    code="RKA003",
    name="kvittering-og-samtykkeerklaering-inden-14-dage",
    requirements=("RK15-03",),
    severity="error",
    message=("Kvittering ({dage} dage fra henvendelsen): {problem}",
             "Acknowledgement ({dage} days from the request): {problem_en}"),
    what=("Kvitteringsskrivelsen (`henvendelse.kvittering.sendt`) skal være sendt senest "
          "`frist_dage` kalenderdage efter henvendelsen (`henvendelse.dato`), og "
          "samtykkeerklæringen skal være vedlagt (`samtykkeerklaering_vedlagt: true`). En "
          "kvittering, der endnu ikke er sendt, er kun et fund, når fristen er udløbet på "
          "kørselsdatoen.",
          "The acknowledgement letter (`henvendelse.kvittering.sendt`) must be sent at most "
          "`frist_dage` calendar days after the request (`henvendelse.dato`), with the consent "
          "form enclosed (`samtykkeerklaering_vedlagt: true`). A letter not yet sent is a "
          "finding only once the deadline has passed on the run date."),
    why=("Drejebogen 2015 §4.1: \"Forvisitator sender en kvitteringsskrivelse for modtagelse af "
         "henvendelsen samt samtykkeerklæring til indhentning af oplysninger inden for 14 dage.\" "
         "Uden samtykket kan sagen ikke oplyses.",
         "2015 handbook §4.1: the intake worker sends an acknowledgement and a consent form "
         "within 14 days. Without consent the case cannot be investigated."),
    source="001 §4.1",
    options={"frist_dage": 14},
    example_fail="""
        format_version: "1.0"
        sag_id: RKA-0003
        henvendelse:
          dato: 2015-08-03
          kvittering:
            sendt: 2015-08-24  # expect: RKA003
            samtykkeerklaering_vedlagt: true
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKA-0003
        henvendelse:
          dato: 2015-08-03
          kvittering:
            sendt: 2015-08-17
            samtykkeerklaering_vedlagt: true
    """,
    applies=_applies,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    h = case.henvendelse
    assert h is not None and h.dato is not None
    dage = int(ctx.options["frist_dage"])
    frist = add_days(h.dato, dage)
    k = h.kvittering
    if k is None or k.sendt is None:
        if ctx.today > frist:
            path = ("henvendelse", "kvittering", "sendt")
            yield violation(*path, dage=dage, **problem(PROBLEMER, "ikke_sendt", frist=frist.isoformat()))
        return
    if k.sendt > frist:
        yield violation("henvendelse", "kvittering", "sendt", dage=dage,
                        **problem(PROBLEMER, "for_sent", frist=frist.isoformat(), sendt=k.sendt.isoformat()))
    if k.samtykkeerklaering_vedlagt is not True:
        yield violation("henvendelse", "kvittering", "samtykkeerklaering_vedlagt", dage=dage,
                        **problem(PROBLEMER, "samtykke"))


RULE = check
