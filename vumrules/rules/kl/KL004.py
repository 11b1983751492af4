"""KL004: an ordered, open indsatsforløb has a støttebehovsvurdering (KL-04, care-plan-4)."""

from __future__ import annotations

from typing import Iterator

from ...fhir.bundle import as_dict, as_list, is_ordered_open, view_of
from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._kl import APPLIES, SOURCE, example


@rule(
    code="KL004",
    name="indsatsforloeb-uden-stoettebehovsvurdering",
    requirements=("KL-04",),
    severity="error",
    message=("Indsatsforløbet {ressource} er bestilt og ikke afsluttet, men har ingen "
             "støttebehovsvurdering (CarePlan.activity.outcomeReference)",
             "The indsatsforløb {ressource} is ordered and not completed but has no "
             "støttebehovsvurdering (CarePlan.activity.outcomeReference)"),
    what=("Finder indsatsforløb med intent = order og status forskellig fra completed, hvor "
          "ingen activity har en outcomeReference (støttebehovsvurderingen, en Observation "
          "efter profilen kl-reporting-ffb-careEvaluation).",
          "Finds indsatsforløb with intent = order and a status other than completed where no "
          "activity has an outcomeReference (the støttebehovsvurdering, an Observation with "
          "profile kl-reporting-ffb-careEvaluation)."),
    why=("KL's invariant care-plan-4: støttebehovsniveauet er grundlaget for at bevilge og "
         "for KL's statistik over støttebehov.",
         "KL's invariant care-plan-4: the level of support need is what the grant rests on "
         "and what KL's statistics on support needs count."),
    source=SOURCE + ", kl-reporting-ffb-care-plan-4",
    applies=APPLIES,
    example_fail=example("""
        - fullUrl: CarePlan/forloeb-1
          resource:  # expect: KL004
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
            activity:
              - outcomeReference:
                  - reference: Observation/stoettebehov-1
    """),
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    view = view_of(case)
    if view is None:
        return
    for entry in view.of_kind("carePlan"):
        if not is_ordered_open(entry):
            continue
        has_outcome = any(as_list(as_dict(a).get("outcomeReference"))
                          for a in as_list(entry.resource.get("activity")))
        if not has_outcome:
            yield violation(*entry.path("activity"), ressource=entry.label)


RULE = check
