"""VUM012: samlet funktionsvurdering on the A-E scale (VUM-12)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation


def _udredning_done(case: Case, ctx: RuleContext) -> bool:
    u = case.udredning
    return bool(u and (u.afsluttet or u.samlet_funktionsvurdering is not None or case.vurdering))


@rule(
    code="VUM012",
    name="samlet-funktionsvurdering",
    requirements=("VUM-12",),
    severity="error",
    message=("{hvad}", "{hvad_en}"),
    what=("Når udredningen er afsluttet (eller en vurdering er skrevet), skal den samlede "
          "funktionsvurdering være angivet som ét bogstav A-E (A intet, B let, C moderat, "
          "D stort, E fuldstændigt problem).",
          "When the udredning is finished (or a vurdering is written), the samlet "
          "funktionsvurdering must be given as one letter A-E (A none, B mild, C moderate, "
          "D severe, E complete problem)."),
    why=("Den samlede funktionsvurdering er rådgivers samlede vurdering af borgerens ressourcer "
         "og begrænsninger (ikke et gennemsnit af temaerne) og bruges i indstilling og "
         "ledelsesinformation (001 §4.2.3; 003 §3.3.1).",
         "The samlet funktionsvurdering is the caseworker's overall judgement of the citizen's "
         "resources and limits (not an average of the themes) and is used in the indstilling and "
         "management information (001 §4.2.3; 003 §3.3.1)."),
    source="001 §4.2.3; 003 §3.3.1",
    applies=_udredning_done,
    example_fail="""
        format_version: "1.0"
        sag_id: S-1012
        udredning:
          metode: vum2
          afsluttet: 2025-04-30
          samlet_funktionsvurdering: "2,4"  # expect: VUM012
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: S-1012
        udredning:
          metode: vum2
          afsluttet: 2025-04-30
          samlet_funktionsvurdering: C
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    value = case.udredning.samlet_funktionsvurdering  # type: ignore[union-attr]
    letters = ctx.vocabulary.samlet_funktionsvurdering
    if value is None or not value.strip():
        yield violation("udredning", "samlet_funktionsvurdering",
                        hvad="Den samlede funktionsvurdering (A-E) mangler",
                        hvad_en="The samlet funktionsvurdering (A-E) is missing")
    elif value.strip().upper() not in letters:
        yield violation("udredning", "samlet_funktionsvurdering",
                        hvad="Den samlede funktionsvurdering skal være et af bogstaverne A-E",
                        hvad_en="The samlet funktionsvurdering must be one of the letters A-E")


RULE = check
