"""HJ015: Bilag 1 — observations, analysis and begrundelse under sagsbehandlers bemærkninger
for every relevant theme (HJ-05)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from .._util import words
from ._faelles import applies_taskforce


@rule(
    code="HJ015",
    name="sagsbehandlers-bemaerkninger-mangler",
    requirements=("HJ-05",),
    severity="error",
    message=('Tjekliste (Bilag 1): temaet "{tema}" er relevant, men observationer, analyse og '
             "begrundelse for vurderingen står ikke under sagsbehandlers bemærkninger",
             'Checklist (Bilag 1): the theme "{tema}" is relevant, but observations, analysis '
             "and reasoning for the assessment are not in the caseworker's remarks"),
    what=("For taskforcesager: hvert relevant tema (markeret relevant, eller scoret uden at "
          "være fravalgt) skal have `sagsbehandlers_bemaerkninger` på mindst `min_ord` ord. "
          "VUM008 kræver en beskrivelse til hver score; Bilag 1 kræver derudover, at "
          "sagsbehandlerens egen analyse og begrundelse står i bemærkningerne, også for "
          "relevante temaer uden score (fx Omgivelser).",
          "For taskforce cases: every relevant theme (marked relevant, or scored and not left "
          "out) must have `sagsbehandlers_bemaerkninger` of at least `min_ord` words. VUM008 "
          "requires a description for every score; Bilag 1 also requires the caseworker's own "
          "analysis and reasoning in the remarks, also for relevant themes without a score "
          "(e.g. Omgivelser)."),
    why=("Bilag 1: \"Registrere observationer, analyse og begrundelse for vurderingen af "
         "funktions- og funktionsevneniveau under sagsbehandlers bemærkninger.\" Det er her "
         "taskforcen læser, hvorfor niveauet er sat, som det er.",
         "Bilag 1: \"Record observations, analysis and reasoning for the assessment of "
         "functioning and functional ability in the caseworker's remarks.\" That is where the "
         "taskforce reads why the level was set as it was."),
    source="000 Bilag 1",
    options={"min_ord": 8},
    applies=applies_taskforce,
    example_fail="""
        format_version: "1.0"
        sag_id: HJ-1015
        sag:
          sagstype: Taskforce - Botilbud i eget hjem
        udredning:
          metode: vum2
          temaer:
            - navn: Praktiske opgaver
              relevant: true
              score: 3
              sagsbehandlers_bemaerkninger: Se ovenfor.  # expect: HJ015
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: HJ-1015
        sag:
          sagstype: Taskforce - Botilbud i eget hjem
        udredning:
          metode: vum2
          temaer:
            - navn: Praktiske opgaver
              relevant: true
              score: 3
              sagsbehandlers_bemaerkninger: >-
                Ved hjemmebesøget var køleskabet tomt og opvasken stod fra flere dage. Borger
                kan lave mad med trin-for-trin guidning, men går i stå uden. Vurderes svært
                nedsat, da opgaverne ikke bliver løst uden daglig støtte.
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    if case.udredning is None:
        return
    minimum = int(ctx.options["min_ord"])
    for i, t in enumerate(case.udredning.temaer):
        relevant = t.relevant is True or (t.relevant is None and t.score is not None)
        if relevant and words(t.sagsbehandlers_bemaerkninger) < minimum:
            yield violation("udredning", "temaer", i, "sagsbehandlers_bemaerkninger", tema=t.navn)


RULE = check
