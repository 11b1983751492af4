"""KL002: an indsatsforløb has at most one primary målgruppe (KL-02, care-plan-2)."""

from __future__ import annotations

from typing import Iterator

from ...fhir.bundle import view_of
from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._kl import APPLIES, SOURCE, example


@rule(
    code="KL002",
    name="flere-primaere-maalgrupper",
    requirements=("KL-02",),
    severity="error",
    message=("Indsatsforløbet {ressource} har {antal} målgrupper med rang 1 (primær); der må "
             "højst være én primær målgruppe",
             "The indsatsforløb {ressource} has {antal} målgrupper of rank 1 (primary); at "
             "most one målgruppe may be primary"),
    what=("Tæller indsatsforløbets målgrupper (CarePlan.addresses) med udvidelsen "
          "ConditionRank = 1 og finder forløb med mere end én. Fundet peger på den anden "
          "primære målgruppe.",
          "Counts the indsatsforløb's målgrupper (CarePlan.addresses) with extension "
          "ConditionRank = 1 and finds forløb with more than one. The finding points at the "
          "second primary målgruppe."),
    why=("KL's invariant care-plan-2: målgruppen med rang 1 er den, forløbet statistisk "
         "tælles under; to primære målgrupper gør indberetningen tvetydig.",
         "KL's invariant care-plan-2: the rank-1 målgruppe is the one the forløb is counted "
         "under in the statistics; two primary målgrupper make the report ambiguous."),
    source=SOURCE + ", kl-reporting-ffb-care-plan-2",
    applies=APPLIES,
    example_fail=example("""
        - fullUrl: CarePlan/forloeb-1
          resource:
            resourceType: CarePlan
            id: forloeb-1
            status: active
            intent: order
            addresses:
              - reference: Condition/maalgruppe-angst
                extension:
                  - {url: http://fhir.kl.dk/core/StructureDefinition/ConditionRank, valuePositiveInt: 1}
              - reference: Condition/maalgruppe-isolation  # expect: KL002
                extension:
                  - {url: http://fhir.kl.dk/core/StructureDefinition/ConditionRank, valuePositiveInt: 1}
    """),
    example_pass=example("""
        - fullUrl: CarePlan/forloeb-1
          resource:
            resourceType: CarePlan
            id: forloeb-1
            status: active
            intent: order
            addresses:
              - reference: Condition/maalgruppe-angst
                extension:
                  - {url: http://fhir.kl.dk/core/StructureDefinition/ConditionRank, valuePositiveInt: 1}
              - reference: Condition/maalgruppe-isolation
                extension:
                  - {url: http://fhir.kl.dk/core/StructureDefinition/ConditionRank, valuePositiveInt: 2}
    """),
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    view = view_of(case)
    if view is None:
        return
    for entry in view.of_kind("carePlan"):
        primary = [r for r in view.ranked(entry) if r.rank == 1]
        if len(primary) > 1:
            yield violation(*entry.path("addresses", primary[1].index), ressource=entry.label,
                            antal=len(primary))


RULE = check
