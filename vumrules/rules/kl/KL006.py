"""KL006: severity on Aktivitet og deltagelse conditions only, and always there (KL-06)."""

from __future__ import annotations

from typing import Iterator

from ...fhir.bundle import ffb_coding, view_of
from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._kl import APPLIES, SOURCE, display, example, is_ad_code, severity_category


@rule(
    code="KL006",
    name="funktionsevneniveau-paa-forkert-tilstand",
    requirements=("KL-06",),
    severity="error",
    message=('Tilstanden "{tilstand}" {fejl}',
             'The condition "{tilstand}" {fejl_en}'),
    what=("Tjekker hver FFB-tilstand (Condition efter profilen kl-reporting-ffb-condition): "
          "en tilstand under Aktivitet og deltagelse skal have et funktionsevneniveau "
          "(Condition.severity); alle andre tilstande (Funktioner og forhold, "
          "Omgivelsesfaktorer) må ikke have et.",
          "Checks every FFB condition (Condition, profile kl-reporting-ffb-condition): a "
          "condition under Aktivitet og deltagelse must have a Funktionsevneniveau "
          "(Condition.severity); every other condition (Funktioner og forhold, "
          "Omgivelsesfaktorer) must not have one."),
    why=("KL's invariant condition-1. I VUM 2.0 vurderes funktionsevneniveauet på Aktivitet "
         "og deltagelse; det er det, indsatsmålene måles imod. Et niveau på andre temaer "
         "afvises af gatewayen.",
         "KL's invariant condition-1. In VUM 2.0 the Funktionsevneniveau is assessed on "
         "Aktivitet og deltagelse; it is what the indsatsmål are measured against. A level on "
         "other themes is rejected by the gateway."),
    source=SOURCE + ", kl-reporting-ffb-condition-1",
    applies=APPLIES,
    example_fail=example("""
        - fullUrl: Condition/koebe-ind
          resource:  # expect: KL006
            resourceType: Condition
            id: koebe-ind
            code:
              coding:
                - {system: "urn:oid:1.2.208.176.2.22", code: 01770afa-cd17-41fe-a966-b8895e4d55d8}
        - fullUrl: Condition/hukommelse
          resource:
            resourceType: Condition
            id: hukommelse
            code:
              coding:
                - {system: "urn:oid:1.2.208.176.2.22", code: 61452fe5-cea2-4d92-b2f1-406e9a5d31cb}
            severity:  # expect: KL006
              coding:
                - {system: "urn:oid:1.2.208.176.2.22", code: 5bdde847-2837-416b-ab63-bbff8b7aa531}
    """),
    example_pass=example("""
        - fullUrl: Condition/koebe-ind
          resource:
            resourceType: Condition
            id: koebe-ind
            code:
              coding:
                - {system: "urn:oid:1.2.208.176.2.22", code: 01770afa-cd17-41fe-a966-b8895e4d55d8}
            severity:
              coding:
                - {system: "urn:oid:1.2.208.176.2.22", code: 5bdde847-2837-416b-ab63-bbff8b7aa531}
        - fullUrl: Condition/hukommelse
          resource:
            resourceType: Condition
            id: hukommelse
            code:
              coding:
                - {system: "urn:oid:1.2.208.176.2.22", code: 61452fe5-cea2-4d92-b2f1-406e9a5d31cb}
    """),
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    view = view_of(case)
    if view is None:
        return
    category = severity_category()
    for entry in view.of_kind("condition"):
        coding = ffb_coding(entry.resource.get("code"))
        ad = is_ad_code(coding.code if coding else None)
        if ad is None:
            continue  # not an FFB theme code: KL012's finding
        has_severity = entry.resource.get("severity") not in (None, {}, [])
        if ad and not has_severity:
            yield violation(*entry.path("severity"), tilstand=display(coding.code),
                            fejl=f"hører under {category} og skal have et funktionsevneniveau "
                                 "(severity)",
                            fejl_en=f"belongs to {category} and must have a Funktionsevneniveau "
                                    "(severity)")
        elif not ad and has_severity:
            yield violation(*entry.path("severity"), tilstand=display(coding.code),
                            fejl=f"hører ikke under {category} og må ikke have et "
                                 "funktionsevneniveau (severity)",
                            fejl_en=f"does not belong to {category} and must not have a "
                                    "Funktionsevneniveau (severity)")


RULE = check
