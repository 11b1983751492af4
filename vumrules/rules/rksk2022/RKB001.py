"""RKB001: a henvendelse from a samarbejdspartner comes with a completed henvendelsesskema and
a signed samtykkeerklæring (RK22-01)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._common import fold

_MISSING = {
    "skema": ("et udfyldt henvendelsesskema", "a completed henvendelsesskema (referral form)"),
    "samtykke": ("en underskrevet samtykkeerklæring om indhentelse af oplysninger",
                 "a signed samtykkeerklæring (consent to gather information)"),
}


def _from_partner(case: Case, ctx: RuleContext) -> bool:
    if not case.henvendelse:
        return False
    partners = [fold(p) for p in ctx.options["samarbejdspartnere"]]
    return any(p in fold(f) for f in case.henvendelse.fra for p in partners)


@rule(
    code="RKB001",
    name="samarbejdspartner-skema-og-samtykke",
    requirements=("RK22-01",),
    severity="error",
    message=("Henvendelsen kommer fra en samarbejdspartner, men {mangler} er ikke registreret; "
             "mangelfulde skemaer sendes tilbage til afsenderen",
             "The henvendelse comes from a samarbejdspartner, but {mangler_en} is not recorded; "
             "incomplete forms are returned to the sender"),
    what=("Når henvendelsen kommer fra en samarbejdspartner (afkrydsningen 'Hvem kommer "
          "henvendelsen fra?' indeholder et af ordene i `samarbejdspartnere`), skal "
          "`henvendelse.henvendelsesskema_udfyldt` være sand og samtykkeerklæringen "
          "(`henvendelse.samtykke.underskrevet`) være underskrevet.",
          "When the henvendelse comes from a samarbejdspartner (the 'who is it from' ticks "
          "contain one of the words in `samarbejdspartnere`), "
          "`henvendelse.henvendelsesskema_udfyldt` must be true and the consent "
          "(`henvendelse.samtykke.underskrevet`) signed."),
    why=("Drejebog 2022 §3.1.2: \"sender samarbejdspartneren et udfyldt henvendesskema samt "
         "underskrevet samtykkeerklæring ift. indhentelse af oplysninger. Mangelfulde skemaer "
         "sendes tilbage til afsenderen.\" Uden samtykke må Vendepunktet ikke indhente "
         "oplysninger om borger.",
         "2022 handbook §3.1.2: the partner sends a completed referral form and a signed consent "
         "to gather information; incomplete forms are returned. Without consent, Vendepunktet may "
         "not gather information about the citizen."),
    source="003 §3.1.2",
    options={"samarbejdspartnere": ("samarbejdspartner", "læge", "psykiatri", "sygehus",
                                    "hospital", "jobcenter", "kriminalforsorg")},
    applies=_from_partner,
    example_fail="""
        format_version: "1.0"
        sag_id: RKB-001
        henvendelse:
          dato: 2023-03-06
          fra: [samarbejdspartner]
          henvendelsesskema_udfyldt: false  # expect: RKB001
          samtykke:  # expect: RKB001
            givet: true
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKB-001
        henvendelse:
          dato: 2023-03-06
          fra: [samarbejdspartner]
          henvendelsesskema_udfyldt: true
          samtykke:
            givet: true
            underskrevet: true
            dato: 2023-03-02
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    h = case.henvendelse
    assert h is not None  # applies= guarantees it
    if h.henvendelsesskema_udfyldt is not True:
        yield violation("henvendelse", "henvendelsesskema_udfyldt",
                        mangler=_MISSING["skema"][0], mangler_en=_MISSING["skema"][1])
    if not (h.samtykke and h.samtykke.underskrevet is True):
        yield violation("henvendelse", "samtykke", "underskrevet",
                        mangler=_MISSING["samtykke"][0], mangler_en=_MISSING["samtykke"][1])


RULE = check
