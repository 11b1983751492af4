"""KL005: an ordered, open indsatsforløb has målgrupper (KL-05, care-plan-5)."""

from __future__ import annotations

from typing import Iterator

from ...fhir.bundle import as_list, is_ordered_open, view_of
from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._kl import APPLIES, SOURCE, example


@rule(
    code="KL005",
    name="indsatsforloeb-uden-maalgrupper",
    requirements=("KL-05",),
    severity="error",
    message=("Indsatsforløbet {ressource} er bestilt og ikke afsluttet, men angiver ingen "
             "målgrupper (CarePlan.addresses)",
             "The indsatsforløb {ressource} is ordered and not completed but names no "
             "målgrupper (CarePlan.addresses)"),
    what=("Finder indsatsforløb med intent = order og status forskellig fra completed uden "
          "målgrupper (CarePlan.addresses, referencer til Condition efter profilen "
          "kl-reporting-ffb-targetGroup).",
          "Finds indsatsforløb with intent = order and a status other than completed without "
          "målgrupper (CarePlan.addresses, references to Conditions with profile "
          "kl-reporting-ffb-targetGroup)."),
    why=("KL's invariant care-plan-5: målgruppen siger, hvem indsatsen er til, og er det, "
         "forløbet tælles under i den nationale statistik.",
         "KL's invariant care-plan-5: the målgruppe says who the help is for and is what the "
         "forløb is counted under in the national statistics."),
    source=SOURCE + ", kl-reporting-ffb-care-plan-5",
    applies=APPLIES,
    example_fail=example("""
        - fullUrl: CarePlan/forloeb-1
          resource:  # expect: KL005
            resourceType: CarePlan
            id: forloeb-1
            status: on-hold
            intent: order
    """),
    example_pass=example("""
        - fullUrl: CarePlan/forloeb-1
          resource:
            resourceType: CarePlan
            id: forloeb-1
            status: on-hold
            intent: order
            addresses:
              - reference: Condition/maalgruppe-angst
                extension:
                  - {url: http://fhir.kl.dk/core/StructureDefinition/ConditionRank, valuePositiveInt: 1}
    """),
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    view = view_of(case)
    if view is None:
        return
    for entry in view.of_kind("carePlan"):
        if is_ordered_open(entry) and not as_list(entry.resource.get("addresses")):
            yield violation(*entry.path("addresses"), ressource=entry.label)


RULE = check
