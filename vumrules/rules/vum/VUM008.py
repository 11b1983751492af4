"""VUM008: a score never stands alone (VUM-08)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from .._util import words


@rule(
    code="VUM008",
    name="score-uden-beskrivelse",
    requirements=("VUM-08",),
    severity="error",
    message=('Temaet "{tema}" har en score men ingen beskrivelse af substans '
             "(observationer, analyse, begrundelse)",
             'The theme "{tema}" has a score but no description of substance '
             "(observations, analysis, reasoning)"),
    what=("Finder temaer i udredningen, der har en score, men hvor beskrivelsen (eller "
          "sagsbehandlers bemærkninger) mangler eller er under `min_ord` ord.",
          "Finds themes in the udredning that have a score but whose description (or the "
          "caseworker's remarks) is missing or shorter than `min_ord` words."),
    why=("\"Scoringen må ikke stå alene\" (drejebog 2015 §4.2.2): beskrivelsen er grundlaget "
         "for at vælge de rigtige løsninger og forstå mennesket bag udredningen, og Hjørrings "
         "tjekliste (Bilag 1) kræver observationer, analyse og begrundelse under sagsbehandlers "
         "bemærkninger.",
         "\"The score must not stand alone\" (2015 handbook §4.2.2): the description is what "
         "the right help is chosen from, and Hjørring's checklist (Bilag 1) requires "
         "observations, analysis and reasoning in the caseworker's remarks."),
    source="001 §4.2.2; 000 Bilag 1",
    options={"min_ord": 8},
    example_fail="""
        format_version: "1.0"
        sag_id: S-1008
        udredning:
          metode: vum2
          temaer:
            - navn: Egenomsorg  # expect: VUM008
              score: 2
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: S-1008
        udredning:
          metode: vum2
          temaer:
            - navn: Egenomsorg
              score: 2
              beskrivelse: >-
                Borger fortæller, at hun kan vaske sig selv, men glemmer det uden påmindelse.
                Bostøtten har observeret, at tøjvask og bad udskydes i flere uger ad gangen.
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    if not case.udredning:
        return
    minimum = int(ctx.options["min_ord"])
    for i, tema in enumerate(case.udredning.temaer):
        if tema.score is None:
            continue
        text = " ".join(t for t in (tema.beskrivelse, tema.sagsbehandlers_bemaerkninger) if t)
        if words(text) < minimum:
            yield violation("udredning", "temaer", i, "beskrivelse", tema=tema.navn)


RULE = check
