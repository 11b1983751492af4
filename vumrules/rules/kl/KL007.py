"""KL007: an indsatsmål addresses only Aktivitet og deltagelse conditions (KL-07)."""

from __future__ import annotations

from typing import Iterator

from ...fhir.bundle import ffb_coding, view_of
from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._kl import APPLIES, SOURCE, display, example, is_ad_code, severity_category


@rule(
    code="KL007",
    name="indsatsmaal-paa-forkert-tilstand",
    requirements=("KL-07",),
    severity="error",
    message=('Indsatsmålet {ressource} vedrører "{tilstand}", som ikke hører under '
             "{kategori}; et indsatsmål må kun vedrøre tilstande under {kategori}",
             'The indsatsmål {ressource} addresses "{tilstand}", which is not under '
             "{kategori}; an indsatsmål may only address conditions under {kategori}"),
    what=("Følger hver reference i indsatsmålets Goal.addresses til tilstanden i bundlen og "
          "finder dem, hvis kode ikke er et tema eller undertema under Aktivitet og "
          "deltagelse. Referencer, der ikke kan følges, er KL013's fund.",
          "Follows every reference in the indsatsmål's Goal.addresses to the condition in "
          "the bundle and finds those whose code is not a theme or sub-theme under Aktivitet "
          "og deltagelse. References that cannot be followed are KL013's finding."),
    why=("KL's invariant intervention-goal-1: indsatsmål sættes på funktionsevne (Aktivitet "
         "og deltagelse), hvor der er et funktionsevneniveau at måle fremskridt på.",
         "KL's invariant intervention-goal-1: indsatsmål are set on functioning (Aktivitet og "
         "deltagelse), where there is a Funktionsevneniveau to measure progress against."),
    source=SOURCE + ", kl-reporting-ffb-intervention-goal-1",
    applies=APPLIES,
    example_fail=example("""
        - fullUrl: Condition/hukommelse
          resource:
            resourceType: Condition
            id: hukommelse
            code:
              coding:
                - {system: "urn:oid:1.2.208.176.2.22", code: 61452fe5-cea2-4d92-b2f1-406e9a5d31cb}
        - fullUrl: Goal/maal-1
          resource:
            resourceType: Goal
            id: maal-1
            addresses:
              - reference: Condition/hukommelse  # expect: KL007
    """),
    example_pass=example("""
        - fullUrl: Condition/koebe-ind
          resource:
            resourceType: Condition
            id: koebe-ind
            code:
              coding:
                - {system: "urn:oid:1.2.208.176.2.22", code: 01770afa-cd17-41fe-a966-b8895e4d55d8}
        - fullUrl: Goal/maal-1
          resource:
            resourceType: Goal
            id: maal-1
            addresses:
              - reference: Condition/koebe-ind
    """),
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    view = view_of(case)
    if view is None:
        return
    category = severity_category()
    for goal in view.of_kind("interventionGoal"):
        for ref in view.ranked(goal):
            target = view.resolve(ref.reference, goal)
            if target is None:
                continue
            coding = ffb_coding(target.resource.get("code"))
            code = coding.code if coding else None
            if target.type != "Condition" or not is_ad_code(code):
                yield violation(*goal.path("addresses", ref.index), ressource=goal.label,
                                tilstand=display(code) if code else target.label,
                                kategori=category)


RULE = check
