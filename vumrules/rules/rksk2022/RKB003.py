"""RKB003: partshøring of udredning elements the citizen does not know, with a deadline of at
least 14 days (RK22-03)."""

from __future__ import annotations

from typing import Iterator

from ...calendar import add_days
from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._common import fold

_KRAV = {
    "vurdering": ("der er brugt oplysninger fra andre end borger i udredningen, men rådgivers "
                  "vurdering af, om der skal partshøres, er ikke registreret",
                  "the udredning uses information from others than the citizen, but the "
                  "caseworker's assessment of whether to hold a partshøring is not recorded"),
    "sendt": ("partshøring er vurderet relevant, men det er ikke registreret, at den er sendt",
              "a partshøring is assessed as relevant, but it is not recorded as sent"),
    "frist": ("partshøringen har ingen frist", "the partshøring has no deadline"),
    "kort": ("fristen for partshøring er {dage} dage; den skal være mindst {min_dage} dage",
             "the partshøring deadline is {dage} days; it must be at least {min_dage} days"),
    "foer_frist": ("afgørelsen er truffet {afgoerelse}, før partshøringsfristen {frist} udløb "
                   "og uden at borgers svar var modtaget",
                   "the decision was made on {afgoerelse}, before the partshøring deadline "
                   "{frist} and without the citizen's answer"),
}


def _krav(key: str, **fmt: object) -> dict[str, str]:
    da, en = _KRAV[key]
    return {"krav": da.format(**fmt), "krav_en": en.format(**fmt)}


@rule(
    code="RKB003",
    name="partshoering-frist",
    requirements=("RK22-03",),
    severity="error",
    message=("Partshøring (drejebog 2022 §3.4.1): {krav}",
             "Partshøring (2022 handbook §3.4.1): {krav_en}"),
    what=("Når `partshoering.relevant` er sand, skal partshøringen være sendt og have en frist "
          "på mindst `min_dage` kalenderdage fra afsendelsen, og en afgørelse må ikke være truffet "
          "før fristen, medmindre borgers svar er modtaget. Når udredningen bygger på kilder af "
          "typerne i `eksterne_kilder` (fx læge, specialundersøgelse) og der er truffet afgørelse, "
          "skal rådgivers vurdering af partshøring være registreret (`partshoering.relevant`).",
          "When `partshoering.relevant` is true, the partshøring must be sent with a deadline of "
          "at least `min_dage` calendar days after sending, and no decision may be made before "
          "the deadline unless the citizen has answered. When the udredning rests on sources of "
          "the kinds in `eksterne_kilder` (e.g. doctor, specialist report) and a decision is "
          "made, the caseworker's assessment of partshøring must be recorded."),
    why=("Drejebog 2022 §3.2 og §3.4.1: \"Såfremt der indgår elementer i udredning, som borger "
         "ikke er bekendt med skal borger partshøres. Fristen for partshøring er mindst 14 "
         "dage.\" Rådgiver skal vurdere det, \"eksempelvis hvis der er anvendt data som borger "
         "potentielt ikke er bekendt med\".",
         "2022 handbook §3.2 and §3.4.1: elements of the udredning the citizen does not know "
         "must be put to the citizen (partshøring), with a deadline of at least 14 days; the "
         "caseworker must assess this, e.g. when data the citizen may not know was used."),
    source="003 §3.2, §3.4.1",
    options={"min_dage": 14,
             "eksterne_kilder": ("læge", "specialundersøgelse", "sygehus", "psykiatri",
                                 "samarbejdspartner", "andet")},
    applies=lambda case, ctx: case.partshoering is not None or bool(case.afgoerelse and case.afgoerelse.dato),
    example_fail="""
        format_version: "1.0"
        sag_id: RKB-003
        partshoering:
          relevant: true
          sendt: 2023-04-03
          frist: 2023-04-10  # expect: RKB003
        afgoerelse:
          type: bevilling
          dato: 2023-04-07  # expect: RKB003
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKB-003
        partshoering:
          relevant: true
          sendt: 2023-04-03
          frist: 2023-04-17
        afgoerelse:
          type: bevilling
          dato: 2023-04-19
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    minimum = int(ctx.options["min_dage"])
    p = case.partshoering
    if p is None:
        relevant = None
    elif p.relevant is None and p.sendt is not None:
        relevant = True  # a partshøring that was sent is one the caseworker found relevant
    else:
        relevant = p.relevant
    if relevant is None:
        if case.afgoerelse and case.afgoerelse.dato and case.udredning:
            kinds = [fold(k) for k in ctx.options["eksterne_kilder"]]
            sources = list(case.udredning.kilder) + [k for t in case.udredning.temaer for k in t.kilder]
            if any(fold(s.type) in kinds for s in sources):
                yield violation("partshoering", "relevant", **_krav("vurdering"))
        return
    if relevant is not True or p is None:
        return
    if p.sendt is None:
        yield violation("partshoering", "sendt", **_krav("sendt"))
        return
    if p.frist is None:
        yield violation("partshoering", "frist", **_krav("frist"))
        return
    if p.frist < add_days(p.sendt, minimum):
        yield violation("partshoering", "frist",
                        **_krav("kort", dage=(p.frist - p.sendt).days, min_dage=minimum))
    a = case.afgoerelse
    if a and a.dato and a.dato < p.frist and not (p.svar_modtaget and p.svar_modtaget <= a.dato):
        yield violation("afgoerelse", "dato",
                        **_krav("foer_frist", afgoerelse=a.dato.isoformat(), frist=p.frist.isoformat()))


RULE = check
