"""VUM007: a delanalyse for each udredningskategori used (VUM-07)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from .._util import has_udredning, words


@rule(
    code="VUM007",
    name="delanalyse-pr-kategori",
    requirements=("VUM-07", "HJ-05"),
    severity="error",
    message=('Kategorien "{kategori}" er brugt i udredningen, men har ingen delanalyse',
             'The category "{kategori}" is used in the udredning but has no delanalyse'),
    what=("Finder de kategorier, udredningens relevante temaer hører til, og kræver en "
          "delanalyse (med tekst på mindst `min_ord` ord) for hver af dem.",
          "Finds the categories the udredning's relevant themes belong to and requires a "
          "delanalyse (with at least `min_ord` words of text) for each."),
    why=("Delanalysen samler temaerne i en kategori til en faglig analyse; uden den står "
         "temaerne som enkeltstående observationer. Hjørrings tjekliste (Bilag 1) kræver en "
         "delanalyse for hver udredningskategori.",
         "The delanalyse turns a category's themes into a professional analysis; without it the "
         "themes are loose observations. Hjørring's checklist (Bilag 1) requires one per "
         "category."),
    source="000 Bilag 1",
    options={"min_ord": 5},
    applies=has_udredning,
    example_fail="""
        format_version: "1.0"
        sag_id: S-1007
        udredning:
          metode: vum2
          temaer:
            - navn: Egenomsorg
            - navn: Mentale funktioner
          delanalyser:  # expect: VUM007
            - kategori: Aktivitet og deltagelse
              tekst: Borger klarer personlig pleje med guidning, men ikke madlavning.
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: S-1007
        udredning:
          metode: vum2
          temaer:
            - navn: Egenomsorg
            - navn: Mentale funktioner
          delanalyser:
            - kategori: aktivitet_og_deltagelse
              tekst: Borger klarer personlig pleje med guidning, men ikke madlavning.
            - kategori: Funktioner og forhold
              tekst: Nedsat koncentrationsevne og igangsætning præger hverdagen markant.
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    v = ctx.vocabulary
    used: dict[str, str] = {}
    for tema in case.udredning.temaer:  # type: ignore[union-attr]
        theme = v.theme(tema.navn)
        if theme is not None and tema.relevant is not False:
            cat = v.category(theme.category)
            used.setdefault(theme.category, cat.name if cat else theme.category)
    minimum = int(ctx.options["min_ord"])
    covered = set()
    for d in case.udredning.delanalyser:  # type: ignore[union-attr]
        cat = v.category(d.kategori)
        if cat is not None and words(d.tekst) >= minimum:
            covered.add(cat.key)
    for key, name in used.items():
        if key not in covered:
            yield violation("udredning", "delanalyser", kategori=name)


RULE = check
