"""KL012: codes come from the FFB code system and from the right branch (KL-12)."""

from __future__ import annotations

from typing import Any, Callable, Iterator

from ...fhir.bundle import Entry, as_dict, as_list, codings, view_of
from ...findings import Path, Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ...vocabulary import ffb
from ._kl import APPLIES, SOURCE, example, goal_targets


def _under(*path: str) -> Callable[[str], bool]:
    def test(code: str) -> bool:
        concept = ffb.concept(code)
        return concept is not None and concept.path[:len(path)] == path and \
            len(concept.path) > len(path)
    return test


def _tilstand(code: str) -> bool:
    return ffb.is_theme_code(code) or ffb.is_subtheme_code(code)


_IS_MAALGRUPPE = _under("Social indsats", "Målgruppe")
_IS_YDELSE = _under("Social indsats", "Ydelse")
_IS_TILBUD = _under("Social indsats", "Tilbud")

#: what each kind of code must be: (test, Danish, English)
_TEMA = (_tilstand, "et tema eller undertema (FFB tilstande)", "a theme or sub-theme (FFB tilstande)")
_NIVEAU = (ffb.is_funktionsevneniveau_code, "et funktionsevneniveau", "a Funktionsevneniveau")
_MAALTYPE = (ffb.is_maaltype_code, "en måltype", "a måltype")
_MAALGRUPPE = (lambda c: _IS_MAALGRUPPE(c) or _tilstand(c), "en målgruppe eller tilstand",
               "a målgruppe or condition")
_STOETTE = (ffb.is_stoettebehovsniveau_code, "et støttebehovsniveau", "a støttebehovsniveau")
_STATUS = (ffb.is_status_paa_indsats_code, "en status på indsats", "a status på indsats")
_YDELSE = (_IS_YDELSE, "en ydelse (Social indsats > Ydelse)", "a ydelse (Social indsats > Ydelse)")
_TILBUD = (_IS_TILBUD, "et tilbud (Social indsats > Tilbud)", "a tilbud (Social indsats > Tilbud)")

Expectation = tuple[Callable[[str], bool], str, str]


def _coded(entry: Entry) -> Iterator[tuple[str, Path, Any, Expectation]]:
    """(element name, path in the resource, CodeableConcept, expectation) of the FFB-coded
    elements of a resource, by its role in the report."""
    r = entry.resource
    kind = entry.kind
    if kind == "condition":
        yield "Condition.code", ("code",), r.get("code"), _TEMA
        yield "Condition.severity", ("severity",), r.get("severity"), _NIVEAU
    elif kind == "targetGroup":
        yield "Condition.code", ("code",), r.get("code"), _MAALGRUPPE
    elif kind == "interventionGoal":
        for t in goal_targets(entry):
            detail = as_dict(as_list(r.get("target"))[t.index]).get("detailCodeableConcept")
            where = ("target", t.index, "detailCodeableConcept")
            if t.measure == "level":
                yield "Goal.target (funktionsevneniveau)", where, detail, _NIVEAU
            elif t.measure == "maaltype":
                yield "Goal.target (måltype)", where, detail, _MAALTYPE
    elif kind == "careEvaluation":
        yield "Observation.value", ("valueCodeableConcept",), r.get("valueCodeableConcept"), _STOETTE
    elif kind == "followUp":
        yield "Observation.value", ("valueCodeableConcept",), r.get("valueCodeableConcept"), _STATUS
    elif kind == "intervention":
        for i, act in enumerate(as_list(r.get("activity"))):
            code = as_dict(as_dict(act).get("detail")).get("code")
            yield "CarePlan.activity.detail.code", ("activity", i, "detail", "code"), code, _YDELSE
    elif kind == "servicePerformer":
        for i, cat in enumerate(as_list(r.get("category"))):
            yield "CareTeam.category", ("category", i), cat, _TILBUD


@rule(
    code="KL012",
    name="kode-ikke-fra-ffb-eller-forkert-gren",
    requirements=("KL-12",),
    severity="error",
    message=("{element} i {ressource}: {fejl}",
             "{element} in {ressource}: {fejl_en}"),
    what=("Tjekker de kodede felter, KL binder til FFB: tilstandens kode (tema eller "
          "undertema) og severity (funktionsevneniveau), målgruppens kode, indsatsmålets "
          "målniveau og måltype, støttebehovsvurderingens og opfølgningens værdi "
          "(støttebehovsniveau, status på indsats), indsatsens ydelseskode og leverandørens "
          "tilbudstype. Koden skal have FFB-kodesystemets system (`ffb_systemer`), findes i "
          "FFB og høre til den gren, feltet kræver.",
          "Checks the coded elements KL binds to FFB: the condition's code (theme or "
          "sub-theme) and severity (Funktionsevneniveau), the målgruppe's code, the "
          "indsatsmål's target level and måltype, the value of the støttebehovsvurdering and "
          "of the follow-up (støttebehovsniveau, status på indsats), the intervention's ydelse "
          "code and the service performer's tilbud. The code must carry the FFB code system's "
          "system (`ffb_systemer`), exist in FFB and belong to the branch the element needs."),
    why=("Krav KL-12 og KL's bindinger (required) til FFB-værdisæt: en kode fra et andet "
         "system eller fra den forkerte gren (fx et niveau hvor et tema forventes) kan "
         "gatewayen ikke tolke, og statistikken tæller den forkert.",
         "Requirement KL-12 and KL's required bindings to FFB value sets: a code from another "
         "system or from the wrong branch (a level where a theme is expected, say) cannot be "
         "interpreted by the gateway and is counted wrongly."),
    source=SOURCE + "; FFB CodeSystem urn:oid:1.2.208.176.2.22 (20240530)",
    options={"ffb_systemer": [ffb.system]},
    applies=APPLIES,
    example_fail=example("""
        - fullUrl: Condition/koebe-ind
          resource:
            resourceType: Condition
            id: koebe-ind
            code:
              coding:
                - system: "urn:oid:1.2.208.176.2.22"
                  code: 5bdde847-2837-416b-ab63-bbff8b7aa531  # expect: KL012
        - fullUrl: Condition/lave-mad
          resource:
            resourceType: Condition
            id: lave-mad
            code:
              coding:
                - system: "http://example.org/lokale-temaer"  # expect: KL012
                  code: lave-mad
    """),
    example_pass=example("""
        - fullUrl: Condition/koebe-ind
          resource:
            resourceType: Condition
            id: koebe-ind
            code:
              coding:
                - system: "urn:oid:1.2.208.176.2.22"
                  code: 01770afa-cd17-41fe-a966-b8895e4d55d8
            severity:
              coding:
                - system: "urn:oid:1.2.208.176.2.22"
                  code: 5bdde847-2837-416b-ab63-bbff8b7aa531
    """),
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    view = view_of(case)
    if view is None:
        return
    systems = tuple(str(s) for s in ctx.options["ffb_systemer"])
    for entry in view.entries:
        for element, where, concept, (test, want_da, want_en) in _coded(entry):
            found = codings(concept)
            if not found:
                continue  # absent: the rules for required elements report that
            ffb_codings = [c for c in found if c.system in systems]
            if not ffb_codings:
                yield violation(*entry.path(*where, "coding", found[0].index, "system"),
                                element=element, ressource=entry.label,
                                fejl=f"koden er ikke fra FFB-kodesystemet ({systems[0]}); "
                                     f"forventet {want_da}",
                                fejl_en=f"the code is not from the FFB code system "
                                        f"({systems[0]}); expected {want_en}")
                continue
            for c in ffb_codings:
                concept_ = ffb.concept(c.code or "")
                if concept_ is None:
                    fejl = (f"koden findes ikke i FFB-kodesystemet (version {ffb.version}); "
                            f"forventet {want_da}",
                            f"the code does not exist in the FFB code system (version "
                            f"{ffb.version}); expected {want_en}")
                elif not test(c.code or ""):
                    fejl = (f'koden "{concept_.display}" er fra grenen {" > ".join(concept_.path[:-1]) or concept_.display}; '
                            f"forventet {want_da}",
                            f'the code "{concept_.display}" is from the branch {" > ".join(concept_.path[:-1]) or concept_.display}; '
                            f"expected {want_en}")
                else:
                    continue
                yield violation(*entry.path(*where, "coding", c.index, "code"),
                                element=element, ressource=entry.label,
                                fejl=fejl[0], fejl_en=fejl[1])


RULE = check
