"""What KL's FFB reporting guide (kl.dk.fhir.ffbreporting 1.0.0) fixes: the canonical URLs
of its profiles and extensions, the code systems and the few fixed codes the mapping and the
KL rules need.

The FFB terminology itself (themes, levels, måltyper ...) is not here: it comes from
:data:`vumrules.vocabulary.ffb` (KL's CodeSystem urn:oid:1.2.208.176.2.22).
"""

from __future__ import annotations

from types import MappingProxyType

#: Canonical base of the guide's StructureDefinitions (1.0.0).
PROFILE_BASE = "http://fhir.kl.dk/ffbreporting/StructureDefinition/"

# Profile ids (the last segment of the canonical URL).
DELIVERY_REPORT = "kl-reporting-ffb-deliveryReport"
CITIZEN = "kl-reporting-ffb-citizen"
SERVICE_REQUEST = "kl-reporting-ffb-serviceRequest"
INFORMATION_GATHERING = "kl-reporting-ffb-informationGathering"
CONDITION = "kl-reporting-ffb-condition"
TARGET_GROUP = "kl-reporting-ffb-targetGroup"
CARE_PLAN = "kl-reporting-ffb-carePlan"
INTERVENTION = "kl-reporting-ffb-intervention"
INTERVENTION_GOAL = "kl-reporting-ffb-interventionGoal"
CARE_EVALUATION = "kl-reporting-ffb-careEvaluation"
FOLLOW_UP = "kl-reporting-ffb-followUp"
FOLLOW_UP_ENCOUNTER = "kl-reporting-ffb-followUpEncounter"
SERVICE_PERFORMER = "kl-reporting-ffb-servicePerformer"

#: delivery-report-1..3 and ``entry.resource only ...``: for each resource type a delivery
#: report may hold, the profiles a resource of that type must claim (one of them).
REPORT_PROFILES: MappingProxyType[str, tuple[str, ...]] = MappingProxyType({
    "Patient": (CITIZEN,),
    "ServiceRequest": (SERVICE_REQUEST,),
    "ClinicalImpression": (INFORMATION_GATHERING,),
    "Goal": (INTERVENTION_GOAL,),
    "CareTeam": (SERVICE_PERFORMER,),
    "Encounter": (FOLLOW_UP_ENCOUNTER,),
    "Condition": (CONDITION, TARGET_GROUP),         # delivery-report-1
    "CarePlan": (CARE_PLAN, INTERVENTION),          # delivery-report-2
    "Observation": (CARE_EVALUATION, FOLLOW_UP),    # delivery-report-3
})
#: The resource types KL's invariants delivery-report-1..3 are about (KL-11).
INVARIANT_TYPES = ("Condition", "CarePlan", "Observation")

#: Extension URLs are matched on their last segment: the guide's drafts moved them between
#: hosts (fhir.kl.dk/core, fhir.kl.dk/term, kl.dk/fhir/common/caresocial).
EXT_FOLLOW_UP_DATE = "kl-reporting-ffb-follow-up-date-extension"
EXT_CONDITION_RANK = "ConditionRank"
EXT_MUNICIPALITY_CASE_NUMBER = "kl-reporting-ffb-municipalityCaseNumber"

#: KL's common care/social code system (målemetode, observation codes).
KL_COMMON = "http://fhir.kl.dk/term/CodeSystem/CareSocialCodes"
MEASURE_FUNKTIONSEVNENIVEAU = "66959f77-6e2a-4574-8423-3ff097f8b9fa"
MEASURE_MAALTYPE = "90c48f03-f194-4b2f-ad7d-6cba1069ae48"
CARE_EVALUATION_CODE = "effe55c7-572c-4a99-8fb4-2a9dda2f6572"  # FFB støttebehovsvurdering
SNOMED = "http://snomed.info/sct"
FOLLOW_UP_CODE = "712744002"

#: The Danish CPR number's identifier system.
CPR_SYSTEM = "urn:oid:1.2.208.176.1.2"


def profile_id(canonical: str) -> str:
    """``http://…/StructureDefinition/kl-reporting-ffb-condition|1.0.0`` → the profile id."""
    return canonical.split("|", 1)[0].rstrip("/").rsplit("/", 1)[-1]


def url_is(url: object, name: str) -> bool:
    """Whether an extension URL names ``name`` (its last path segment)."""
    return isinstance(url, str) and profile_id(url) == name
