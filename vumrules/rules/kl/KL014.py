"""KL014: the indsatsmål's måltype agrees with current vs target level (KL-09)."""

from __future__ import annotations

from typing import Iterator

from ...fhir.bundle import ffb_coding, view_of
from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ...vocabulary import score_relation, vocabulary
from ._kl import APPLIES, SOURCE, display, example, goal_targets

_EXPECTED = {
    "lower": ("et målniveau, der er mindre nedsat end det nuværende",
              "a target level less reduced than the current one"),
    "equal": ("et målniveau lig med det nuværende", "a target level equal to the current one"),
    "higher": ("et målniveau, der er mere nedsat end det nuværende",
               "a target level more reduced than the current one"),
}


@rule(
    code="KL014",
    name="maaltype-passer-ikke-med-niveauer",
    requirements=("KL-09",),
    severity="error",
    message=('Indsatsmålet {ressource} har måltypen "{maaltype}", men går fra "{nu}" til '
             '"{maal}"; måltypen kræver {forventet}',
             'The indsatsmål {ressource} has måltype "{maaltype}" but goes from "{nu}" to '
             '"{maal}"; the måltype requires {forventet_en}'),
    what=("Sammenligner indsatsmålets målniveau med det nuværende funktionsevneniveau på den "
          "primære tilstand (Goal.addresses med rang 1, dens Condition.severity) og finder mål, "
          "hvor måltypen ikke passer: Udvikle kræver et mindre nedsat målniveau, Fastholde det "
          "samme, Begrænse tab et mere nedsat (ordforrådets `maalsaetning_relation`). "
          "\"Ikke vurderet\" sammenlignes ikke.",
          "Compares the indsatsmål's target level with the current Funktionsevneniveau of the "
          "primary condition (Goal.addresses of rank 1, its Condition.severity) and finds goals "
          "whose måltype does not fit: Udvikle needs a less reduced target, Fastholde the same, "
          "Begrænse tab a more reduced one (the vocabulary's `maalsaetning_relation`). \"Ikke "
          "vurderet\" is not compared."),
    why=("Krav KL-09: måltypen er en del af indberetningen og skal sige det samme som "
         "niveauerne, ellers tæller KL's statistik målet forkert (fx et \"Udvikle\"-mål, der "
         "forventer et fald i funktionsevne).",
         "Requirement KL-09: the måltype is part of the report and must say what the levels "
         "say, or KL's statistics count the goal wrongly (an \"Udvikle\" goal that expects "
         "functioning to decline, say)."),
    source=SOURCE + ", kl-reporting-ffb-interventionGoal; KL-09",
    applies=APPLIES,
    example_fail=example("""
        - fullUrl: Condition/koebe-ind
          resource:
            resourceType: Condition
            id: koebe-ind
            code:
              coding:
                - {system: "urn:oid:1.2.208.176.2.22", code: 01770afa-cd17-41fe-a966-b8895e4d55d8}
            severity:
              coding:
                - {system: "urn:oid:1.2.208.176.2.22", code: 8328ce4a-6238-4f73-bf1a-74aadb68eff8}
        - fullUrl: Goal/maal-1
          resource:
            resourceType: Goal
            id: maal-1
            addresses:
              - reference: Condition/koebe-ind
                extension:
                  - {url: http://fhir.kl.dk/core/StructureDefinition/ConditionRank, valuePositiveInt: 1}
            target:
              - detailCodeableConcept:
                  coding:
                    - {system: "urn:oid:1.2.208.176.2.22", code: 5bdde847-2837-416b-ab63-bbff8b7aa531}
              - detailCodeableConcept:  # expect: KL014
                  coding:
                    - {system: "urn:oid:1.2.208.176.2.22", code: d41c8072-52f8-42b5-9375-ddbea454d27f}
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
        - fullUrl: Goal/maal-1
          resource:
            resourceType: Goal
            id: maal-1
            addresses:
              - reference: Condition/koebe-ind
                extension:
                  - {url: http://fhir.kl.dk/core/StructureDefinition/ConditionRank, valuePositiveInt: 1}
            target:
              - detailCodeableConcept:
                  coding:
                    - {system: "urn:oid:1.2.208.176.2.22", code: 8328ce4a-6238-4f73-bf1a-74aadb68eff8}
              - detailCodeableConcept:
                  coding:
                    - {system: "urn:oid:1.2.208.176.2.22", code: d41c8072-52f8-42b5-9375-ddbea454d27f}
    """),
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    view = view_of(case)
    if view is None:
        return
    vocab = vocabulary("vum2")  # FFB levels and måltyper are VUM 2.0's, whatever the profile
    for goal in view.of_kind("interventionGoal"):
        targets = goal_targets(goal)
        level = next((t for t in targets if t.measure == "level" and t.code), None)
        kind = next((t for t in targets if t.measure == "maaltype" and t.code), None)
        primary = [r for r in view.ranked(goal) if r.rank == 1]
        if level is None or kind is None or len(primary) != 1:
            continue  # KL009 / KL008 report what is missing
        condition = view.resolve(primary[0].reference, goal)
        severity = ffb_coding(condition.resource.get("severity")) if condition else None
        if severity is None:
            continue
        current = vocab.score_for_ffb_code(severity.code or "")
        target = vocab.score_for_ffb_code(level.code or "")
        relation = vocab.maalsaetning_relation(display(kind.code))
        if current is None or target is None or relation is None:
            continue  # "Ikke vurderet", or a code from the wrong branch (KL012)
        if score_relation(current, target) != relation:
            da, en = _EXPECTED[relation]
            yield violation(*goal.path("target", kind.index, "detailCodeableConcept"),
                            ressource=goal.label, maaltype=display(kind.code),
                            nu=display(severity.code), maal=display(level.code),
                            forventet=da, forventet_en=en)


RULE = check
