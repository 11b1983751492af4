"""VUM005: the assessment basis (with or without hjælpemidler) matches the category (VUM-05)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from .._util import has_udredning

_BASIS = {True: ("med eksisterende hjælpemidler", "with existing aids"),
          False: ("uden hjælpemidler", "without aids")}


@rule(
    code="VUM005",
    name="vurderingsgrundlag",
    requirements=("VUM-05",),
    severity="error",
    message=('Temaet "{tema}" skal vurderes {krav}, men er registreret som vurderet {faktisk}',
             'The theme "{tema}" must be assessed {krav_en}, but is recorded as assessed {faktisk_en}'),
    what=("Kontrollerer feltet `vurderet_med_hjaelpemidler` på scorede temaer: temaer under "
          "Funktioner og forhold (VUM 1.0: de blå temaer) vurderes uden hjælpemidler, temaer "
          "under Aktivitet og deltagelse med de hjælpemidler borgeren allerede har. Med "
          "indstillingen `kraev_grundlag: true` skal feltet også være udfyldt.",
          "Checks the `vurderet_med_hjaelpemidler` field of scored themes: Funktioner og "
          "forhold themes (VUM 1.0: the blue themes) are assessed without aids, Aktivitet og "
          "deltagelse themes with the aids the citizen already has. With the option "
          "`kraev_grundlag: true` the field must also be filled in."),
    why=("Hvis grundlaget blandes, bliver scoren forkert: en borger kompenseret med høreapparat "
         "kan have en hørenedsættelse (uden hjælpemidler) uden at være begrænset i "
         "kommunikation (med hjælpemidler) (003 §3.2.2; 001 §4.2.1).",
         "Mixing the basis gives wrong scores: a citizen with a hearing aid may have impaired "
         "hearing (without aids) without being limited in communication (with aids) "
         "(003 §3.2.2; 001 §4.2.1)."),
    source="003 §3.2.2; 001 §4.2.1",
    options={"kraev_grundlag": False},
    applies=has_udredning,
    example_fail="""
        format_version: "1.0"
        sag_id: S-1005
        udredning:
          metode: vum2
          temaer:
            - navn: Kommunikation
              score: 1
              vurderet_med_hjaelpemidler: false  # expect: VUM005
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: S-1005
        udredning:
          metode: vum2
          temaer:
            - navn: Kommunikation
              score: 1
              vurderet_med_hjaelpemidler: true
            - navn: Fysiske funktioner
              score: 2
              vurderet_med_hjaelpemidler: false
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    v = ctx.vocabulary
    required = bool(ctx.options["kraev_grundlag"])
    for i, tema in enumerate(case.udredning.temaer):  # type: ignore[union-attr]
        theme = v.theme(tema.navn)
        if theme is None or tema.score is None:
            continue
        basis = v.category(theme.category).assessment_basis if v.category(theme.category) else None
        if not basis:
            continue
        expected = basis.startswith("med")
        actual = tema.vurderet_med_hjaelpemidler
        if actual is None and not required:
            continue
        if actual != expected:
            faktisk = _BASIS[actual] if actual is not None else ("uden angivelse", "without saying which")
            yield violation("udredning", "temaer", i, "vurderet_med_hjaelpemidler", tema=theme.name,
                            krav=_BASIS[expected][0], krav_en=_BASIS[expected][1],
                            faktisk=faktisk[0], faktisk_en=faktisk[1])


RULE = check
