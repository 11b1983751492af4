"""KL001: an ordered, open indsatsforløb has a follow-up date (KL-01, care-plan-1)."""

from __future__ import annotations

from typing import Iterator

from ...fhir import kl
from ...fhir.bundle import is_ordered_open, view_of
from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._kl import APPLIES, SOURCE, example


@rule(
    code="KL001",
    name="indsatsforloeb-uden-opfoelgningsdato",
    requirements=("KL-01",),
    severity="error",
    message=("Indsatsforløbet {ressource} er bestilt og ikke afsluttet, men har ingen "
             "opfølgningsdato (udvidelsen follow-up-date); KL kræver en planlagt opfølgning",
             "The indsatsforløb {ressource} is ordered and not completed but has no follow-up "
             "date (extension follow-up-date); KL requires a planned follow-up"),
    what=("Finder indsatsforløb (CarePlan efter profilen kl-reporting-ffb-carePlan) med "
          "intent = order og status forskellig fra completed, som ikke har udvidelsen "
          "kl-reporting-ffb-follow-up-date-extension (reference til et opfølgningsmøde).",
          "Finds indsatsforløb (CarePlan, profile kl-reporting-ffb-carePlan) with intent = "
          "order and a status other than completed that lack the extension "
          "kl-reporting-ffb-follow-up-date-extension (a reference to the follow-up encounter)."),
    why=("KL's invariant care-plan-1: et bevilget forløb, der stadig kører, skal have en "
         "planlagt opfølgning, ellers kan gatewayen ikke vise, hvornår indsatsen følges op.",
         "KL's invariant care-plan-1: a granted forløb that is still running must have a "
         "planned follow-up, otherwise the gateway cannot show when the help is reviewed."),
    source=SOURCE + ", kl-reporting-ffb-care-plan-1",
    applies=APPLIES,
    example_fail=example("""
        - fullUrl: CarePlan/forloeb-1
          resource:  # expect: KL001
            resourceType: CarePlan
            id: forloeb-1
            status: active
            intent: order
            period: {start: "2025-03-01"}
    """),
    example_pass=example("""
        - fullUrl: CarePlan/forloeb-1
          resource:
            resourceType: CarePlan
            id: forloeb-1
            extension:
              - url: http://fhir.kl.dk/ffbreporting/StructureDefinition/kl-reporting-ffb-follow-up-date-extension
                valueReference: {reference: Encounter/opfoelgning-1}
            status: active
            intent: order
            period: {start: "2025-03-01"}
        - fullUrl: CarePlan/forloeb-2
          resource:
            resourceType: CarePlan
            id: forloeb-2
            status: completed
            intent: order
            period: {start: "2024-01-01", end: "2024-12-31"}
    """),
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    view = view_of(case)
    if view is None:
        return
    for entry in view.of_kind("carePlan"):
        if is_ordered_open(entry) and not entry.extensions(kl.EXT_FOLLOW_UP_DATE):
            yield violation(*entry.path("extension"), ressource=entry.label)


RULE = check
