"""VUM002: theme and sub-theme names come from the method's vocabulary (VUM-02)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from .._util import has_udredning


@rule(
    code="VUM002",
    name="ukendt-tema",
    requirements=("VUM-02",),
    severity="error",
    message=("{hvad} \"{navn}\" findes ikke i {metode}-ordforrådet{under}",
             "{hvad_en} \"{navn}\" is not in the {metode} vocabulary{under_en}"),
    what=("Kontrollerer at hvert tema og undertema i udredningen hører til metodens "
          "ordforråd (VUM 2.0/FFB eller VUM 1.0), eller til de lokale undertemaer profilen "
          "erklærer, og at et angivet `kategori`-felt passer til temaet.",
          "Checks that every theme and sub-theme in the udredning belongs to the method's "
          "vocabulary (VUM 2.0/FFB or VUM 1.0) or to the local sub-themes the profile declares, "
          "and that a given `kategori` matches the theme."),
    why=("Udredningen er bygget op om tre kategorier med faste temaer og undertemaer (003 "
         "§3.2.1). Egne navne gør sagen usammenlignelig, bryder indberetning efter FFB og "
         "skjuler ofte at et tema er forvekslet.",
         "The udredning is built on three categories with fixed themes and sub-themes (003 "
         "§3.2.1). Home-made names make cases incomparable, break FFB reporting and often hide "
         "a confused theme."),
    source="003 §3.2.1",
    applies=has_udredning,
    example_fail="""
        format_version: "1.0"
        sag_id: S-1002
        udredning:
          metode: vum2
          temaer:
            - navn: Egenomsorg
              undertemaer:
                - navn: Vaske sig
                - navn: Vaske bil  # expect: VUM002
            - navn: Boligforhold  # expect: VUM002
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: S-1002
        udredning:
          metode: vum2
          temaer:
            - navn: Egenomsorg
              kategori: aktivitet_og_deltagelse
              undertemaer:
                - navn: Vaske sig
                - navn: Gå på toilettet
            - navn: Sociale forhold
              undertemaer:
                - navn: Boligsituation
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    v = ctx.vocabulary
    for i, tema in enumerate(case.udredning.temaer):  # type: ignore[union-attr]
        theme = v.theme(tema.navn)
        base = ("udredning", "temaer", i)
        if theme is None:
            yield violation(*base, "navn", hvad="Temaet", hvad_en="The theme", navn=tema.navn,
                            metode=ctx.method.upper(), under="", under_en="")
            continue
        if tema.kategori:
            cat = v.category(tema.kategori)
            if cat is None or cat.key != theme.category:
                yield violation(*base, "kategori", hvad="Kategorien", hvad_en="The category",
                                navn=tema.kategori, metode=ctx.method.upper(),
                                under=f" for temaet \"{theme.name}\"", under_en=f" for the theme \"{theme.name}\"")
        extra = tuple(ctx.local_subthemes.get(theme.name, ())) + tuple(ctx.local_subthemes.get(tema.navn, ()))
        if not theme.subthemes_exhaustive and not extra:
            continue  # VUM 1.0 lists are not exhaustive (001 §4.2.1)
        names = [(("undertemaer", j, "navn"), u.navn) for j, u in enumerate(tema.undertemaer)]
        names += [(("behandlede_undertemaer", j), n) for j, n in enumerate(tema.behandlede_undertemaer)]
        for path, name in names:
            if theme.subthemes_exhaustive and not v.is_subtheme(theme.name, name, extra=extra):
                yield violation(*base, *path, hvad="Undertemaet", hvad_en="The sub-theme", navn=name,
                                metode=ctx.method.upper(), under=f" under \"{theme.name}\"",
                                under_en=f" under \"{theme.name}\"")


RULE = check
