"""SBV003: the faglig vurdering opens with the short summary (RK22-05)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._vurdering import analyse, has_vurdering


@rule(
    code="SBV003",
    name="vurdering-indledende-resume",
    requirements=("RK22-05",),
    severity="warning",
    message=("{hvad}", "{hvad_en}"),
    what=("Kontrollerer at vurderingen indledes med en kort opsummering af borgers oplevede "
          "støttebehov, eventuelle diagnoser, ønsker for fremtiden og formålet med udredningen. "
          "Én finding pr. manglende element.",
          "Checks that the vurdering opens with a short summary of the citizen's experienced need "
          "for support, any diagnoses, wishes for the future and the purpose of the udredning. "
          "One finding per missing element."),
    why=("Ringkøbing-Skjern 2022 §3.3.1: den faglige vurdering indledes med en kort opsummering, "
         "så læseren møder borgerens situation og udredningens formål først.",
         "Ringkøbing-Skjern 2022 §3.3.1: the vurdering opens with a short summary, so the reader "
         "meets the citizen's situation and the purpose of the udredning first."),
    source="003 §3.3.1",
    options={"min_ord": 80},
    applies=has_vurdering,
    example_fail="""
        format_version: "1.0"
        sag_id: S-SBV3
        vurdering:
          samlet_faglig_vurdering: >-  # expect: SBV003, SBV003
            Mette har angst og depression. Mette fortæller, at hun mister overblikket over post og
            regninger, når angsten fylder. Det er min vurdering, at hun har behov for støtte to
            timer om ugen til økonomi og post.
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: S-SBV3
        vurdering:
          samlet_faglig_vurdering: >-
            Mette har angst og depression. Mette fortæller, at hun mister overblikket over post og
            regninger, når angsten fylder, og hun ønsker at kunne blive boende i sin lejlighed.
            Formålet med udredningen er at afklare hendes behov for støtte. Det er min vurdering,
            at hun har behov for støtte to timer om ugen til økonomi og post.
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    a, path = analyse(case, int(ctx.options["min_ord"]))
    for p in a.problems:
        if p.kind == "resume_mangler":
            yield violation(*path, hvad=p.message_da, hvad_en=p.message_en)


RULE = check
