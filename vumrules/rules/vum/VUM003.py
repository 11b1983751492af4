"""VUM003: Omgivelser gets no functional score (VUM-03)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from .._util import has_udredning


@rule(
    code="VUM003",
    name="omgivelser-uden-score",
    requirements=("VUM-03",),
    severity="error",
    message=('Temaet "{tema}" hører til Omgivelser og må ikke have en score',
             'The theme "{tema}" belongs to Omgivelser and must not have a score'),
    what=("Finder scores (på temaet eller dets undertemaer) under kategorien Omgivelser.",
          "Finds scores (on the theme or its sub-themes) in the Omgivelser category."),
    why=("Omgivelser handler om hvordan udefrakommende faktorer påvirker borgeren, og der "
         "angives derfor ikke et funktionsniveau (003 §3.2.2); betydningen af omgivelserne "
         "indgår i scoren under de relevante aktivitets- og deltagelsestemaer.",
         "Omgivelser is about how outside factors affect the citizen, so no functional level "
         "is given (003 §3.2.2); their effect belongs in the score of the relevant activity "
         "and participation themes."),
    source="003 §3.2.2; 001 §4.2.1",
    applies=has_udredning,
    example_fail="""
        format_version: "1.0"
        sag_id: S-1003
        udredning:
          metode: vum2
          temaer:
            - navn: Omgivelser
              score: 2  # expect: VUM003
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: S-1003
        udredning:
          metode: vum2
          temaer:
            - navn: Omgivelser
              beskrivelse: Boligen ligger langt fra busforbindelse; netværket er støttende.
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    v = ctx.vocabulary
    for i, tema in enumerate(case.udredning.temaer):  # type: ignore[union-attr]
        theme = v.theme(tema.navn)
        if theme is None or theme.category != "omgivelser":
            continue
        if tema.score is not None:
            yield violation("udredning", "temaer", i, "score", tema=theme.name)
        for j, u in enumerate(tema.undertemaer):
            if u.score is not None:
                yield violation("udredning", "temaer", i, "undertemaer", j, "score", tema=theme.name)


RULE = check
