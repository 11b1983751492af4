"""KL009: an indsatsmål has a target Funktionsevneniveau and a måltype (KL-09)."""

from __future__ import annotations

from typing import Iterator

from ...fhir.bundle import view_of
from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._kl import APPLIES, SOURCE, example, goal_targets, has_detail

_MISSING = {
    "level": ("et målniveau (target med målemetode funktionsevneniveau)",
              "a target level (target with measure funktionsevneniveau)"),
    "maaltype": ("en måltype (target med målemetode måltype: Udvikle, Fastholde eller Begrænse "
                 "tab af funktionsevne)",
                 "a måltype (target with measure måltype: Udvikle, Fastholde or Begrænse tab "
                 "af funktionsevne)"),
}


@rule(
    code="KL009",
    name="indsatsmaal-uden-maalniveau-eller-maaltype",
    requirements=("KL-09",),
    severity="error",
    message=("Indsatsmålet {ressource} mangler {mangler}",
             "The indsatsmål {ressource} lacks {mangler_en}"),
    what=("Finder indsatsmål (Goal) uden et målniveau (Goal.target med målemetode "
          "funktionsevneniveau og et kodet detailCodeableConcept) eller uden en måltype "
          "(Goal.target med målemetode måltype og en kode). Om koderne er fra den rigtige gren "
          "af FFB, tjekker KL012; om måltypen passer med niveauerne, KL014.",
          "Finds indsatsmål (Goal) without a target level (Goal.target with measure "
          "funktionsevneniveau and a coded detailCodeableConcept) or without a måltype "
          "(Goal.target with measure måltype and a code). Whether the codes come from the right "
          "FFB branch is KL012's check; whether the måltype agrees with the levels, KL014's."),
    why=("KL's profil for indsatsmål kræver begge dele (severitySlice 1..1, changeValueSlice "
         "1..1): uden målniveau og måltype kan opfølgningen ikke vise, om målet er nået.",
         "KL's profile for indsatsmål requires both (severitySlice 1..1, changeValueSlice "
         "1..1): without a target level and a måltype the follow-up cannot show whether the "
         "goal was reached."),
    source=SOURCE + ", kl-reporting-ffb-interventionGoal (target)",
    applies=APPLIES,
    example_fail=example("""
        - fullUrl: Goal/maal-1
          resource:
            resourceType: Goal
            id: maal-1
            target:  # expect: KL009
              - measure:
                  coding:
                    - {system: "http://fhir.kl.dk/term/CodeSystem/CareSocialCodes", code: 66959f77-6e2a-4574-8423-3ff097f8b9fa}
                detailCodeableConcept:
                  coding:
                    - {system: "urn:oid:1.2.208.176.2.22", code: 8328ce4a-6238-4f73-bf1a-74aadb68eff8}
    """),
    example_pass=example("""
        - fullUrl: Goal/maal-1
          resource:
            resourceType: Goal
            id: maal-1
            target:
              - measure:
                  coding:
                    - {system: "http://fhir.kl.dk/term/CodeSystem/CareSocialCodes", code: 66959f77-6e2a-4574-8423-3ff097f8b9fa}
                detailCodeableConcept:
                  coding:
                    - {system: "urn:oid:1.2.208.176.2.22", code: 8328ce4a-6238-4f73-bf1a-74aadb68eff8}
              - measure:
                  coding:
                    - {system: "http://fhir.kl.dk/term/CodeSystem/CareSocialCodes", code: 90c48f03-f194-4b2f-ad7d-6cba1069ae48}
                detailCodeableConcept:
                  coding:
                    - {system: "urn:oid:1.2.208.176.2.22", code: d41c8072-52f8-42b5-9375-ddbea454d27f}
    """),
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    view = view_of(case)
    if view is None:
        return
    for goal in view.of_kind("interventionGoal"):
        targets = goal_targets(goal)
        for measure in ("level", "maaltype"):
            if any(t.measure == measure and has_detail(goal, t) for t in targets):
                continue
            da, en = _MISSING[measure]
            yield violation(*goal.path("target"), ressource=goal.label, mangler=da, mangler_en=en)


RULE = check
