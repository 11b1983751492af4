"""RKB008: registered magtanvendelser are addressed in the handleplan and/or bestilling with an
indsatsmål about them (RK22-08)."""

from __future__ import annotations

from datetime import date
from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._common import indsatsmaal


def _registered_before(case: Case, when: date | None) -> int:
    """How many magtanvendelser were registered by ``when`` (all of them if undated)."""
    n = 0
    for m in case.magtanvendelser:
        d = m.registreret or m.dato
        if when is None or d is None or d <= when:
            n += 1
    return n


@rule(
    code="RKB008",
    name="magtanvendelse-indsatsmaal",
    requirements=("RK22-08",),
    severity="error",
    message=("Der er registreret {antal} magtanvendelse(r), men {krav}",
             "{antal} magtanvendelse(s) (use of force) are registered, but {krav_en}"),
    what=("Når der i sagen er registreret magtanvendelser senest på bestillingens dato, skal "
          "bestillingen have et indsatsmål om dem (`vedroerer_magtanvendelse: true`), så "
          "behovet for magtanvendelse undgås fremover. Er der endnu ingen bestilling, skal "
          "handleplanen have forholdt sig til dem (`handleplan.magtanvendelse_behandlet`).",
          "When magtanvendelser are registered in the case by the date of the bestilling, the "
          "bestilling must have an indsatsmål about them (`vedroerer_magtanvendelse: true`). "
          "Without a bestilling yet, the handleplan must address them "
          "(`handleplan.magtanvendelse_behandlet`)."),
    why=("Drejebog 2022 §3.5.1: \"Såfremt der er registreret magtanvendelser skal rådgiver "
         "forholde sig til det i forbindelse med udarbejdelse af handleplanen og/eller "
         "bestillingen.\" §3.5.3.2: \"Hvis der har været iværksat magtanvendelse over for en "
         "borger, skal der dog sættes indsatsmål herom for at undgå, at behovet for "
         "magtanvendelse opstår i fremtiden\".",
         "2022 handbook §3.5.1 and §3.5.3.2: registered use of force must be addressed in the "
         "handleplan and/or bestilling, and an indsatsmål must be set about it so that the need "
         "does not arise again."),
    source="003 §3.5.1, §3.5.3.2",
    applies=lambda case, ctx: bool(case.magtanvendelser and (case.bestilling or case.handleplan)),
    example_fail="""
        format_version: "1.0"
        sag_id: RKB-008
        magtanvendelser:
          - dato: 2023-08-14
            registreret: 2023-08-15
        bestilling:
          dato: 2023-09-01
          indsatser:  # expect: RKB008
            - id: I1
              paragraf: SEL § 108
              indsatsmaal:
                - id: M1
                  tekst: Jeg vil kunne lave min egen morgenmad.
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKB-008
        magtanvendelser:
          - dato: 2023-08-14
            registreret: 2023-08-15
        bestilling:
          dato: 2023-09-01
          indsatser:
            - id: I1
              paragraf: SEL § 108
              indsatsmaal:
                - id: M1
                  tekst: Jeg vil kunne lave min egen morgenmad.
                - id: M2
                  tekst: Jeg vil kunne sige fra og finde ro, når jeg bliver vred.
                  vedroerer_magtanvendelse: true
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    if not case.magtanvendelser:
        return
    b = case.bestilling
    if b is not None:
        n = _registered_before(case, b.dato)
        if n and not any(m.vedroerer_magtanvendelse for _, _, m in indsatsmaal(case)):
            yield violation("bestilling", "indsatser", antal=n,
                            krav="bestillingen har intet indsatsmål om at undgå magtanvendelse",
                            krav_en="the bestilling has no indsatsmål about avoiding it")
        return
    hp = case.handleplan
    if hp is not None and hp.borgers_valg != "afslaaet" and hp.magtanvendelse_behandlet is not True:
        yield violation("handleplan", "magtanvendelse_behandlet", antal=len(case.magtanvendelser),
                        krav="handleplanen forholder sig ikke til dem",
                        krav_en="the handleplan does not address them")


RULE = check
