"""RKA006: sub-themes are VUM's own or Ringkøbing-Skjern's local ones, under the right theme
(RK15-06)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ...vocabulary import Theme, Vocabulary, fold
from ._common import problem

PROBLEMER = {
    "forkert_tema": ('undertemaet "{undertema}" er et af kommunens egne undertemaer under '
                     'temaet "{rette_tema}", ikke under "{tema}"',
                     'the sub-theme "{undertema}" is one of the municipality\'s own sub-themes '
                     'of the theme "{rette_tema}", not of "{tema}"'),
    "ukendt": ('temaet "{tema}" har et undertema, der hverken er et af VUM\'s eller et af '
               "kommunens egne undertemaer",
               'the theme "{tema}" has a sub-theme that is neither one of VUM\'s nor one of the '
               "municipality's own"),
}


def _local(vocab: Vocabulary, ctx: RuleContext, theme: Theme) -> tuple[str, ...]:
    names: list[str] = []
    try:
        names += vocab.local_subthemes(str(ctx.options["kommune"]), theme.name)
    except KeyError:
        pass
    for key, subs in ctx.local_subthemes.items():
        t = vocab.theme(key)
        if t is not None and t.key == theme.key:
            names += subs
    return tuple(names)


def _national(ctx: RuleContext, theme: Theme) -> tuple[str, ...] | None:
    """The national sub-themes of ``theme`` if known (vocabulary or the option), else None."""
    extra = ctx.options["nationale_undertemaer"]
    for key, subs in extra.items():
        t = ctx.vocabulary.theme(key)
        if t is not None and t.key == theme.key:
            return tuple(subs) + theme.subthemes
    if theme.subthemes_exhaustive:
        return theme.subthemes
    return None


def _applies(case: Case, ctx: RuleContext) -> bool:
    return bool(case.udredning and case.udredning.temaer)


@rule(
    code="RKA006",
    name="lokale-undertemaer",
    requirements=("RK15-06",),
    severity="warning",
    message=("Udredningen: {problem}", "The udredning: {problem_en}"),
    what=("Ringkøbing-Skjern bruger ud over VUM's undertemaer sine egne (Hverdagens rytme, "
          "Struktureringsevne, Kontakt til ukendte, Hukommelse, Søvn, Fysisk aktivitet og "
          "motionsvaner, Psykisk habitus, Psykisk mobilitet). Reglen godtager dem under deres "
          "tema (ordforrådets blok for kommunen, navngivet af indstillingen `kommune`, plus "
          "profilens `lokale_undertemaer`) og melder et lokalt undertema brugt under et andet "
          "tema. Et ukendt undertema meldes kun, hvor den nationale liste er kendt: VUM 1.0's "
          "nationale undertemaer findes ikke i kildeteksten (figuren gik tabt, og listen er "
          "\"ikke udtømmende\"), så for VUM 1.0 kræver det, at profilen angiver dem i "
          "`nationale_undertemaer` (tema → liste).",
          "Ringkøbing-Skjern uses its own sub-themes besides VUM's. The rule accepts them under "
          "their theme (the vocabulary's block for the municipality named by the `kommune` "
          "option, plus the profile's `lokale_undertemaer`) and reports a local sub-theme used "
          "under another theme. An unknown sub-theme is reported only where the national list "
          "is known: VUM 1.0's national sub-themes are not in the source text (the figure was "
          "lost and the list is \"not exhaustive\"), so for VUM 1.0 the profile must give them "
          "in `nationale_undertemaer` (theme → list)."),
    why=("Drejebogen 2015 §4.2.1: \"I Ringkøbing-Skjern Kommune anvendes, udover de nævnte, "
         "følgende undertemaer: Praktiske opgaver i hjemmet: Hverdagens rytme, "
         "Struktureringsevne; Socialt liv: Kontakt til ukendte; Sundhed: Hukommelse, Søvn, "
         "Fysisk aktivitet og motionsvaner, Psykisk habitus; Mobilitet: Psykisk mobilitet.\" "
         "Et lokalt undertema under et andet tema gør ledelsesinformationen pr. tema forkert.",
         "2015 handbook §4.2.1 lists the municipality's own sub-themes per theme. A local "
         "sub-theme under another theme makes per-theme management information wrong."),
    source="001 §4.2.1",
    options={"kommune": "Ringkøbing-Skjern", "nationale_undertemaer": {}},
    methods=("vum1",),
    example_fail="""
        format_version: "1.0"
        sag_id: RKA-0006
        udredning:
          metode: vum1
          temaer:
            - navn: Egenomsorg
              score: 2
              behandlede_undertemaer:
                - Søvn  # expect: RKA006
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKA-0006
        udredning:
          metode: vum1
          temaer:
            - navn: Sundhed
              score: 2
              behandlede_undertemaer:
                - Søvn
                - Hukommelse
    """,
    applies=_applies,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    assert case.udredning is not None
    vocab = ctx.vocabulary
    # every local sub-theme → the theme it belongs to
    home: dict[str, Theme] = {}
    for theme in vocab.themes:
        for name in _local(vocab, ctx, theme):
            home.setdefault(fold(name), theme)
    for i, tema in enumerate(case.udredning.temaer):
        theme = vocab.theme(tema.navn)
        if theme is None:
            continue  # an unknown theme is the national pack's finding
        local = _local(vocab, ctx, theme)
        national = _national(ctx, theme)
        names = [(("behandlede_undertemaer", k), n) for k, n in enumerate(tema.behandlede_undertemaer)]
        names += [(("undertemaer", k, "navn"), u.navn) for k, u in enumerate(tema.undertemaer)]
        for sub, name in names:
            if vocab.is_subtheme(theme.name, name, local):
                continue
            if national is not None and any(fold(n) == fold(name) for n in national):
                continue
            other = home.get(fold(name))
            path = ("udredning", "temaer", i, *sub)
            if other is not None:
                canonical = next(n for n in _local(vocab, ctx, other) if fold(n) == fold(name))
                yield violation(*path, **problem(PROBLEMER, "forkert_tema", undertema=canonical,
                                                 rette_tema=other.name, tema=theme.name))
            elif national is not None:
                yield violation(*path, **problem(PROBLEMER, "ukendt", tema=theme.name))


RULE = check
