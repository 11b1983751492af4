"""HJ005: Bilag 1 — the relevant udredningstemaer have been chosen (HJ-05)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ...vocabulary import fold
from .._util import has_text
from ._faelles import applies_taskforce


@rule(
    code="HJ005",
    name="relevante-temaer-ikke-vurderet",
    requirements=("HJ-05",),
    severity="error",
    message=("Tjekliste (Bilag 1), \"løbende vurdere, hvilke udredningstemaer der er relevante "
             "at anvende\": {problem}",
             "Checklist (Bilag 1), \"continuously assess which themes are relevant\": "
             "{problem_en}"),
    what=("For taskforcesager: udredningen skal have temaer; hvert tema skal enten være "
          "vurderet (relevant, scoret eller beskrevet) eller markeret ikke relevant med en "
          "begrundelse (`begrundelse_ikke_relevant`); et tema markeret ikke relevant må ikke "
          "have en score; mindst ét tema skal være relevant. Med `alle_temaer: true` skal "
          "hvert tema i metodens ordforråd stå i udredningen (relevant eller fravalgt med "
          "begrundelse). De øvrige punkter i Bilag 1 dækkes af VUM006, VUM007, VUM008, VUM010, "
          "VUM011 og HJ015 (se `checklist.py`).",
          "For taskforce cases: the udredning must have themes; each theme is either assessed "
          "(relevant, scored or described) or marked not relevant with a reason "
          "(`begrundelse_ikke_relevant`); a theme marked not relevant has no score; at least "
          "one theme is relevant. With `alle_temaer: true` every theme of the method's "
          "vocabulary must be listed (relevant, or left out with a reason). The other Bilag 1 "
          "items are covered by VUM006, VUM007, VUM008, VUM010, VUM011 and HJ015 (see "
          "`checklist.py`)."),
    why=("Bilag 1 (tjekliste inden sagen dagsordenssættes): \"Løbende vurdere, hvilke "
         "udredningstemaer der er relevante at anvende.\" Et tema, der står uden vurdering, "
         "eller som er fravalgt uden begrundelse, viser ikke at valget er truffet.",
         "Bilag 1 (checklist before agenda-setting): \"Continuously assess which themes are "
         "relevant.\" A theme left without assessment, or left out without a reason, does not "
         "show that the choice was made."),
    source="000 Bilag 1",
    options={"alle_temaer": False},
    applies=applies_taskforce,
    example_fail="""
        format_version: "1.0"
        sag_id: HJ-1005
        sag:
          sagstype: Taskforce - Botilbud i eget hjem
        udredning:
          metode: vum2
          temaer:
            - navn: Egenomsorg
              relevant: true
              score: 3
            - navn: Mobilitet  # expect: HJ005
              relevant: false
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: HJ-1005
        sag:
          sagstype: Taskforce - Botilbud i eget hjem
        udredning:
          metode: vum2
          temaer:
            - navn: Egenomsorg
              relevant: true
              score: 3
            - navn: Mobilitet
              relevant: false
              begrundelse_ikke_relevant: Borger går selv ture og bruger bus uden problemer.
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    ud = case.udredning
    if ud is None or not ud.temaer:
        yield violation("udredning", "temaer", problem="udredningen har ingen temaer",
                        problem_en="the udredning has no themes")
        return
    any_relevant = False
    for i, t in enumerate(ud.temaer):
        described = any(has_text(x) for x in (t.beskrivelse, t.sagsbehandlers_bemaerkninger,
                                              t.borgers_oplysninger))
        if t.relevant is False:
            if t.score is not None:
                yield violation("udredning", "temaer", i, "score", problem=f'temaet "{t.navn}" '
                                "er markeret ikke relevant, men har en score",
                                problem_en=f'the theme "{t.navn}" is marked not relevant but '
                                "has a score")
            if not has_text(t.begrundelse_ikke_relevant):
                yield violation("udredning", "temaer", i, problem=f'temaet "{t.navn}" er '
                                "fravalgt uden begrundelse",
                                problem_en=f'the theme "{t.navn}" is left out without a reason')
            continue
        if t.relevant is None and t.score is None and not described:
            yield violation("udredning", "temaer", i, problem=f'temaet "{t.navn}" står uden '
                            "vurdering: hverken relevant, scoret, beskrevet eller fravalgt",
                            problem_en=f'the theme "{t.navn}" has no assessment: not marked '
                            "relevant, scored, described or left out")
            continue
        any_relevant = True
    if not any_relevant:
        yield violation("udredning", "temaer", problem="intet tema er vurderet relevant",
                        problem_en="no theme is assessed as relevant")
    if ctx.options["alle_temaer"]:
        listed = set()
        for t in ud.temaer:
            theme = ctx.vocabulary.theme(t.navn)
            listed.add(theme.name if theme else fold(t.navn))
        for theme in ctx.vocabulary.themes:
            if theme.name not in listed:
                yield violation("udredning", "temaer", problem=f'temaet "{theme.name}" er '
                                "hverken vurderet eller fravalgt med begrundelse",
                                problem_en=f'the theme "{theme.name}" is neither assessed nor '
                                "left out with a reason")


RULE = check
