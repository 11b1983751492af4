"""KL010: a follow-up observation has status final or entered-in-error (KL-10)."""

from __future__ import annotations

from typing import Iterator

from ...fhir.bundle import view_of
from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._kl import APPLIES, SOURCE, example

_ALLOWED = ("final", "entered-in-error")


@rule(
    code="KL010",
    name="opfoelgning-ikke-endelig",
    requirements=("KL-10",),
    severity="error",
    message=("Opfølgningen {ressource} har status \"{status}\"; en indberettet opfølgning skal "
             "have status final eller entered-in-error",
             "The follow-up {ressource} has status \"{status}\"; a reported follow-up must have "
             "status final or entered-in-error"),
    what=("Finder opfølgninger (Observation efter profilen kl-reporting-ffb-followUp, koden "
          "SNOMED 712744002) hvis status ikke er final eller entered-in-error, også når status "
          "mangler.",
          "Finds follow-ups (Observation, profile kl-reporting-ffb-followUp, code SNOMED "
          "712744002) whose status is neither final nor entered-in-error, including a missing "
          "status."),
    why=("KL's invariant follow-up-1: kun afsluttede opfølgninger (eller annullerede, "
         "entered-in-error) indberettes; en foreløbig opfølgning er ikke en afgørelse om "
         "indsatsen.",
         "KL's invariant follow-up-1: only finished follow-ups (or cancelled ones, "
         "entered-in-error) are reported; a preliminary follow-up is no decision on the help."),
    source=SOURCE + ", kl-reporting-ffb-follow-up-1",
    applies=APPLIES,
    example_fail=example("""
        - fullUrl: Observation/opfoelgning-1
          resource:
            resourceType: Observation
            id: opfoelgning-1
            status: preliminary  # expect: KL010
            code:
              coding:
                - {system: "http://snomed.info/sct", code: "712744002"}
            effectiveDateTime: "2025-09-15"
    """),
    example_pass=example("""
        - fullUrl: Observation/opfoelgning-1
          resource:
            resourceType: Observation
            id: opfoelgning-1
            status: final
            code:
              coding:
                - {system: "http://snomed.info/sct", code: "712744002"}
            effectiveDateTime: "2025-09-15"
    """),
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    view = view_of(case)
    if view is None:
        return
    for entry in view.of_kind("followUp"):
        status = entry.resource.get("status")
        if status not in _ALLOWED:
            yield violation(*entry.path("status"), ressource=entry.label,
                            status=status if isinstance(status, str) else "mangler")


RULE = check
