"""KL003: an ordered, open indsatsforløb has indsatsmål (KL-03, care-plan-3)."""

from __future__ import annotations

from typing import Iterator

from ...fhir.bundle import as_list, is_ordered_open, view_of
from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._kl import APPLIES, SOURCE, example


@rule(
    code="KL003",
    name="indsatsforloeb-uden-indsatsmaal",
    requirements=("KL-03",),
    severity="error",
    message=("Indsatsforløbet {ressource} er bestilt og ikke afsluttet, men har ingen "
             "indsatsmål (CarePlan.goal)",
             "The indsatsforløb {ressource} is ordered and not completed but has no "
             "indsatsmål (CarePlan.goal)"),
    what=("Finder indsatsforløb med intent = order og status forskellig fra completed uden "
          "referencer til indsatsmål (CarePlan.goal).",
          "Finds indsatsforløb with intent = order and a status other than completed without "
          "references to indsatsmål (CarePlan.goal)."),
    why=("KL's invariant care-plan-3: en bevilget indsats skal have mål, som opfølgningen kan "
         "vurderes imod. (KL har invarianten i guiden, men den er slået fra i profilen 1.0.0; "
         "kravet KL-03 gælder, så vumrules tjekker den.)",
         "KL's invariant care-plan-3: granted help must have goals the follow-up can be "
         "measured against. (KL's guide defines the invariant but its 1.0.0 profile leaves it "
         "switched off; requirement KL-03 applies, so vumrules checks it.)"),
    source=SOURCE + ", kl-reporting-ffb-care-plan-3",
    applies=APPLIES,
    example_fail=example("""
        - fullUrl: CarePlan/forloeb-1
          resource:  # expect: KL003
            resourceType: CarePlan
            id: forloeb-1
            status: active
            intent: order
    """),
    example_pass=example("""
        - fullUrl: CarePlan/forloeb-1
          resource:
            resourceType: CarePlan
            id: forloeb-1
            status: active
            intent: order
            goal:
              - reference: Goal/maal-koebe-ind
        - fullUrl: CarePlan/forloeb-2
          resource:
            resourceType: CarePlan
            id: forloeb-2
            status: active
            intent: plan
    """),
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    view = view_of(case)
    if view is None:
        return
    for entry in view.of_kind("carePlan"):
        if is_ordered_open(entry) and not as_list(entry.resource.get("goal")):
            yield violation(*entry.path("goal"), ressource=entry.label)


RULE = check
