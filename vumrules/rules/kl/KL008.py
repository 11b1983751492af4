"""KL008: an indsatsmål addresses exactly one condition of rank 1 (KL-08)."""

from __future__ import annotations

from typing import Iterator

from ...fhir.bundle import view_of
from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._kl import APPLIES, SOURCE, example


@rule(
    code="KL008",
    name="indsatsmaal-uden-een-primaer-tilstand",
    requirements=("KL-08",),
    severity="error",
    message=("Indsatsmålet {ressource} vedrører {antal} tilstande med rang 1; det skal "
             "vedrøre præcis én primær tilstand (Goal.addresses med ConditionRank 1)",
             "The indsatsmål {ressource} addresses {antal} conditions of rank 1; it must "
             "address exactly one primary condition (Goal.addresses with ConditionRank 1)"),
    what=("Tæller indsatsmålets referencer i Goal.addresses med udvidelsen ConditionRank = 1 "
          "og finder mål med ingen eller flere end én.",
          "Counts the indsatsmål's references in Goal.addresses with extension ConditionRank = "
          "1 and finds goals with none or more than one."),
    why=("KL's invariant intervention-goal-2: den primære tilstand er den, hvis "
         "funktionsevneniveau målet måles på (nuværende niveau mod målniveau, KL-09).",
         "KL's invariant intervention-goal-2: the primary condition is the one whose "
         "Funktionsevneniveau the goal is measured on (current level vs target level, KL-09)."),
    source=SOURCE + ", kl-reporting-ffb-intervention-goal-2",
    applies=APPLIES,
    example_fail=example("""
        - fullUrl: Goal/maal-1
          resource:
            resourceType: Goal
            id: maal-1
            addresses:  # expect: KL008
              - reference: Condition/koebe-ind
                extension:
                  - {url: http://fhir.kl.dk/core/StructureDefinition/ConditionRank, valuePositiveInt: 2}
    """),
    example_pass=example("""
        - fullUrl: Goal/maal-1
          resource:
            resourceType: Goal
            id: maal-1
            addresses:
              - reference: Condition/koebe-ind
                extension:
                  - {url: http://fhir.kl.dk/core/StructureDefinition/ConditionRank, valuePositiveInt: 1}
              - reference: Condition/lave-mad
                extension:
                  - {url: http://fhir.kl.dk/core/StructureDefinition/ConditionRank, valuePositiveInt: 2}
    """),
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    view = view_of(case)
    if view is None:
        return
    for goal in view.of_kind("interventionGoal"):
        primary = [r for r in view.ranked(goal) if r.rank == 1]
        if len(primary) != 1:
            where = goal.path("addresses", primary[1].index) if len(primary) > 1 \
                else goal.path("addresses")
            yield violation(*where, ressource=goal.label, antal=len(primary))


RULE = check
