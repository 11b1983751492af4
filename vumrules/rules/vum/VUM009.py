"""VUM009: sources of information are named and quotations carry their source (VUM-09)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from .._util import has_udredning, has_text


@rule(
    code="VUM009",
    name="kilder-angivet",
    requirements=("VUM-09",),
    severity="warning",
    message=("{hvad}", "{hvad_en}"),
    what=("Kontrollerer at udredningen angiver sine kilder (borger, pårørende, læge, udfører, "
          "specialundersøgelse ...): mindst én kilde i udredningen eller på temaerne, hver "
          "kilde med en type fra `kildetyper`, og at hvert citat har en kilde.",
          "Checks that the udredning names its sources (citizen, relatives, doctor, provider, "
          "specialist assessment ...): at least one source on the udredning or its themes, each "
          "of a type in `kildetyper`, and that every quotation names its source."),
    why=("Udredningsskemaet skal vise hvor oplysningerne stammer fra; citater kopieres ind med "
         "citationstegn og angivelse af kilde (001 §4.2; 003 §3.2). Uden kilde kan oplysningen "
         "ikke efterprøves, og borgeren kan ikke se hvem der har sagt hvad.",
         "The udredning must show where information comes from; quotations carry quotation marks "
         "and their source (001 §4.2; 003 §3.2). Without a source, information cannot be "
         "verified and the citizen cannot see who said what."),
    source="001 §4.2; 003 §3.2",
    options={"kildetyper": ["borger", "pårørende", "paaroerende", "læge", "laege", "udfører",
                            "udfoerer", "specialundersøgelse", "specialundersoegelse", "sagsbehandler",
                            "netværk", "netvaerk", "tidligere sag", "andet"]},
    applies=has_udredning,
    example_fail="""
        format_version: "1.0"
        sag_id: S-1009
        udredning:  # expect: VUM009
          metode: vum2
          temaer:
            - navn: Relationer
              citater:
                - tekst: "Han ringer kun til mig, når han mangler penge."  # expect: VUM009
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: S-1009
        udredning:
          metode: vum2
          kilder:
            - type: borger
              dato: 2025-04-02
            - type: pårørende
              beskrivelse: Samtale med søster
              samtykke: true
          temaer:
            - navn: Relationer
              citater:
                - tekst: "Han ringer kun til mig, når han mangler penge."
                  kilde: pårørende (søster), samtale 2025-04-08
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    u = case.udredning
    assert u is not None
    types = {t.casefold() for t in ctx.options["kildetyper"]}
    all_sources = [(("udredning", "kilder", i), k) for i, k in enumerate(u.kilder)]
    for i, t in enumerate(u.temaer):
        all_sources += [(("udredning", "temaer", i, "kilder", j), k) for j, k in enumerate(t.kilder)]
    if not all_sources:
        yield violation("udredning", "kilder", hvad="Udredningen angiver ingen kilder til oplysningerne",
                        hvad_en="The udredning names no sources of information")
    for path, k in all_sources:
        if not k.type or k.type.strip().casefold() not in types:
            yield violation(*path, "type", hvad="Kilden har ingen genkendt type (borger, pårørende, læge, udfører ...)",
                            hvad_en="The source has no recognised type (citizen, relative, doctor, provider ...)")
    for i, t in enumerate(u.temaer):
        for j, c in enumerate(t.citater):
            if not has_text(c.kilde):
                yield violation("udredning", "temaer", i, "citater", j, "kilde",
                                hvad="Citatet angiver ikke sin kilde", hvad_en="The quotation does not name its source")


RULE = check
