"""VUM006: funktionsevneniveau for every relevant sub-theme in Aktivitet og deltagelse (VUM-06)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from .._util import has_udredning


@rule(
    code="VUM006",
    name="funktionsevneniveau-paa-undertemaer",
    requirements=("VUM-06", "HJ-05"),
    severity="error",
    message=('{hvad} "{navn}" under Aktivitet og deltagelse mangler funktionsevneniveau',
             '{hvad_en} "{navn}" under Aktivitet og deltagelse has no funktionsevneniveau'),
    what=("For hvert relevant tema under Aktivitet og deltagelse (VUM 2.0): hvert relevant "
          "undertema skal have et funktionsevneniveau (score), og temaet skal have mindst ét "
          "undertema med niveau. Undertemaer markeret `relevant: false` springes over.",
          "For each relevant Aktivitet og deltagelse theme (VUM 2.0): every relevant sub-theme "
          "needs a funktionsevneniveau (score), and the theme needs at least one sub-theme with a "
          "level. Sub-themes marked `relevant: false` are skipped."),
    why=("Hjørrings tjekliste (Bilag 1) kræver funktionsevneniveau for relevante undertemaer i "
         "Aktivitet og deltagelse; i VUM 2.0 er det niveauet på undertemaerne, der bærer "
         "vurderingen af borgerens funktionsevne og indberettes efter FFB.",
         "Hjørring's checklist (Bilag 1) requires a funktionsevneniveau for relevant sub-themes "
         "in Aktivitet og deltagelse; in VUM 2.0 the sub-theme levels carry the assessment of "
         "functional ability and are reported under FFB."),
    source="000 Bilag 1; 003 §3.2.1.3",
    methods=("vum2",),
    applies=has_udredning,
    example_fail="""
        format_version: "1.0"
        sag_id: S-1006
        udredning:
          metode: vum2
          temaer:
            - navn: Praktiske opgaver
              undertemaer:
                - navn: Lave mad
                  score: 2
                - navn: Gøre rent  # expect: VUM006
            - navn: Mobilitet  # expect: VUM006
              relevant: true
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: S-1006
        udredning:
          metode: vum2
          temaer:
            - navn: Praktiske opgaver
              undertemaer:
                - navn: Lave mad
                  score: 2
                - navn: Gøre rent
                  relevant: false
            - navn: Mobilitet
              relevant: false
              begrundelse_ikke_relevant: Borger færdes selv med bus og cykel.
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    v = ctx.vocabulary
    for i, tema in enumerate(case.udredning.temaer):  # type: ignore[union-attr]
        theme = v.theme(tema.navn)
        if theme is None or theme.category != "aktivitet_og_deltagelse" or tema.relevant is False:
            continue
        relevant = [(j, u) for j, u in enumerate(tema.undertemaer) if u.relevant is not False]
        if not relevant:
            yield violation("udredning", "temaer", i, "undertemaer", hvad="Temaet", hvad_en="The theme",
                            navn=theme.name)
            continue
        for j, u in relevant:
            if u.score is None:
                yield violation("udredning", "temaer", i, "undertemaer", j, "score",
                                hvad="Undertemaet", hvad_en="The sub-theme", navn=u.navn)


RULE = check
