"""HE002: consent before information is gathered from others (HE-02)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation


def other_sources(case: Case):
    u = case.udredning
    if not u:
        return
    for i, k in enumerate(u.kilder):
        if (k.type or "").strip().casefold() not in ("borger", "sagsbehandler"):
            yield ("udredning", "kilder", i), k
    for i, t in enumerate(u.temaer):
        for j, k in enumerate(t.kilder):
            if (k.type or "").strip().casefold() not in ("borger", "sagsbehandler"):
                yield ("udredning", "temaer", i, "kilder", j), k


@rule(
    code="HE002",
    name="samtykke-foer-indhentning",
    requirements=("HE-02",),
    severity="error",
    message=("Oplysninger fra en anden part er dateret {dato}, før samtykket ({samtykke})",
             "Information from another party is dated {dato}, before the consent ({samtykke})"),
    what=("Sammenligner datoen for samtykket (`henvendelse.samtykke.dato`) med datoerne for "
          "oplysninger fra andre end borgeren (kilder med dato). En kilde dateret før samtykket, "
          "eller andre parters oplysninger uden noget givet samtykke, er en fejl.",
          "Compares the consent date (`henvendelse.samtykke.dato`) with the dates of information "
          "from others than the citizen (dated sources). A source dated before the consent, or "
          "other parties' information with no consent given, is an error."),
    why=("Hedensted: \"Sagsbehandler indhenter samtykke fra dig til at indhente oplysninger\" — "
         "samtykket kommer før indhentningen, ikke bagefter.",
         "Hedensted: the caseworker obtains consent to gather information — consent comes before "
         "gathering, not after."),
    source="002 \"Rådgiver indhenter nødvendige oplysninger\"",
    example_fail="""
        format_version: "1.0"
        sag_id: HE-2
        henvendelse:
          dato: 2025-03-03
          samtykke:
            givet: true
            dato: 2025-03-20
        udredning:
          kilder:
            - type: læge
              dato: 2025-03-10  # expect: HE002
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: HE-2
        henvendelse:
          dato: 2025-03-03
          samtykke:
            givet: true
            dato: 2025-03-05
        udredning:
          kilder:
            - type: læge
              dato: 2025-03-10
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    s = case.henvendelse.samtykke if case.henvendelse else None
    given = s.dato if s and s.givet else None
    for path, k in other_sources(case):
        if k.dato is None:
            continue
        if given is None:
            yield violation(*path, "dato", dato=k.dato.isoformat(), samtykke="intet samtykke registreret")
        elif k.dato < given:
            yield violation(*path, "dato", dato=k.dato.isoformat(), samtykke=given.isoformat())


RULE = check
