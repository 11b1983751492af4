"""KL011: every resource of a delivery report claims one of the report's profiles (KL-11)."""

from __future__ import annotations

from typing import Iterator

from ...fhir import kl
from ...fhir.bundle import view_of
from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._kl import APPLIES, SOURCE, example


@rule(
    code="KL011",
    name="ressource-uden-leveranceprofil",
    requirements=("KL-11",),
    severity="error",
    message=("{ressource} angiver ikke en af FFB-leverancens profiler i meta.profile "
             "(forventet: {forventet})",
             "{ressource} does not claim one of the FFB delivery report's profiles in "
             "meta.profile (expected: {forventet_en})"),
    what=("Tjekker hver ressource i bundlen: dens type skal være en af dem, en "
          "leverancerapport må indeholde, og meta.profile skal nævne en af de profiler, KL "
          "tillader for typen (Condition: condition eller targetGroup; CarePlan: carePlan "
          "eller intervention; Observation: careEvaluation eller followUp; Patient: citizen "
          "osv.), under profilbasen `profilbase`. En versionsangivelse (`|1.0.0`) er tilladt. "
          "Om indholdet faktisk opfylder profilen, tjekker de øvrige KL-regler for de "
          "invarianter, vumrules kender; fuld profilvalidering kræver en FHIR-validator.",
          "Checks every resource in the bundle: its type must be one a delivery report may "
          "hold, and meta.profile must name one of the profiles KL allows for that type "
          "(Condition: condition or targetGroup; CarePlan: carePlan or intervention; "
          "Observation: careEvaluation or followUp; Patient: citizen, etc.), under the "
          "profile base `profilbase`. A version suffix (`|1.0.0`) is allowed. Whether the "
          "content really conforms is checked by the other KL rules for the invariants "
          "vumrules knows; full profile validation needs a FHIR validator."),
    why=("KL's invarianter delivery-report-1..3 og profilens `entry.resource only ...`: "
         "gatewayen validerer hver ressource mod den profil, den angiver; en ressource uden "
         "profil afvises.",
         "KL's invariants delivery-report-1..3 and the profile's `entry.resource only ...`: "
         "the gateway validates each resource against the profile it claims; a resource "
         "without one is rejected."),
    source=SOURCE + ", kl-reporting-ffb-delivery-report-1..3",
    options={"profilbase": kl.PROFILE_BASE},
    applies=APPLIES,
    example_fail=example("""
        - fullUrl: Condition/koebe-ind
          resource:
            resourceType: Condition
            id: koebe-ind
            meta:  # expect: KL011
              profile: [http://fhir.kl.dk/ffbreporting/StructureDefinition/kl-reporting-ffb-carePlan]
        - fullUrl: Observation/stoettebehov-1
          resource:  # expect: KL011
            resourceType: Observation
            id: stoettebehov-1
    """),
    example_pass=example("""
        - fullUrl: Condition/koebe-ind
          resource:
            resourceType: Condition
            id: koebe-ind
            meta:
              profile: [http://fhir.kl.dk/ffbreporting/StructureDefinition/kl-reporting-ffb-condition]
        - fullUrl: Observation/stoettebehov-1
          resource:
            resourceType: Observation
            id: stoettebehov-1
            meta:
              profile: ["http://fhir.kl.dk/ffbreporting/StructureDefinition/kl-reporting-ffb-careEvaluation|1.0.0"]
    """),
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    view = view_of(case)
    if view is None:
        return
    base = str(ctx.options["profilbase"])
    for entry in view.entries:
        allowed = kl.REPORT_PROFILES.get(entry.type)
        if allowed is None:
            yield violation(*entry.path("resourceType"), ressource=entry.label,
                            forventet="ingen; ressourcetypen hører ikke til i en FFB-leverance",
                            forventet_en="none; the resource type does not belong in an FFB "
                                         "delivery report")
            continue
        claimed = {p.split("|", 1)[0] for p in entry.profiles}
        if not any(base + pid in claimed for pid in allowed):
            yield violation(*entry.path("meta"), ressource=entry.label,
                            forventet=" eller ".join(allowed), forventet_en=" or ".join(allowed))


RULE = check
