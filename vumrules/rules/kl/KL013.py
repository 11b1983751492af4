"""KL013: every reference in a delivery report resolves inside the bundle (KL-11)."""

from __future__ import annotations

from typing import Iterator

from ...fhir.bundle import view_of
from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._kl import APPLIES, SOURCE, example


@rule(
    code="KL013",
    name="reference-uden-maal-i-bundlen",
    requirements=("KL-11",),
    severity="error",
    message=("{ressource} henviser til {reference}, som ikke findes i leverancen; alle "
             "referencer skal pege på en ressource i samme bundle",
             "{ressource} refers to {reference}, which is not in the delivery report; every "
             "reference must point at a resource in the same bundle"),
    what=("Følger hver `reference` i hver ressource (subject, addresses, goal, "
          "outcomeReference, basedOn, focus, udvidelsers valueReference ...) og finder dem, der "
          "ikke peger på en post i bundlen (efter fullUrl eller `Type/id`).",
          "Follows every `reference` in every resource (subject, addresses, goal, "
          "outcomeReference, basedOn, focus, extensions' valueReference ...) and finds those "
          "that do not point at an entry of the bundle (by fullUrl or `Type/id`)."),
    why=("KL's profiler kræver, at referencer er \"bundled\" (aggregation = bundled): "
         "leverancen skal kunne læses alene, så en målgruppe, et mål eller en "
         "støttebehovsvurdering, der kun findes i fagsystemet, mangler i indberetningen.",
         "KL's profiles require references to be bundled (aggregation = bundled): the report "
         "must stand alone, so a målgruppe, goal or støttebehovsvurdering that exists only in "
         "the case system is missing from the report."),
    source=SOURCE + ", aggregation = bundled",
    applies=APPLIES,
    example_fail=example("""
        - fullUrl: CarePlan/forloeb-1
          resource:
            resourceType: CarePlan
            id: forloeb-1
            goal:
              - reference: Goal/maal-1
              - reference: Goal/maal-2  # expect: KL013
        - fullUrl: Goal/maal-1
          resource:
            resourceType: Goal
            id: maal-1
    """),
    example_pass=example("""
        - fullUrl: CarePlan/forloeb-1
          resource:
            resourceType: CarePlan
            id: forloeb-1
            goal:
              - reference: Goal/maal-1
        - fullUrl: Goal/maal-1
          resource:
            resourceType: Goal
            id: maal-1
    """),
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    view = view_of(case)
    if view is None:
        return
    for ref in view.references():
        if view.resolve(ref.value, ref.entry) is None:
            yield violation(*ref.entry.path(*ref.path[:-1]), ressource=ref.entry.label,
                            reference=_shown(ref.value))


def _shown(reference: str) -> str:
    # a conditional reference (Patient?identifier=...|<CPR>) may carry personal data (FK-04)
    return reference.split("?", 1)[0] + "?…" if "?" in reference else reference


RULE = check
