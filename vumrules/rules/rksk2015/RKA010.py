"""RKA010: blue themes describe the objective condition, without hjælpemidler and without the
citizen's resources (RK15-10)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ...vocabulary import fold
from ._common import matcher, problem

PROBLEMER = {
    "med_hjaelpemidler": ('det blå tema "{tema}" er vurderet med hjælpemidler; de blå temaer '
                          "beskriver de objektive forhold uden hjælpemidler",
                          'the blue theme "{tema}" is assessed with aids; the blue themes '
                          "describe the objective condition without aids"),
    "ressourcer": ('det blå tema "{tema}" ser ud til at beskrive borgers ressourcer (fx "{ord}"); '
                   "ressourcer og mestring hører under de turkise temaer",
                   'the blue theme "{tema}" seems to describe the citizen\'s resources (e.g. '
                   '"{ord}"); resources and coping belong under the turquoise themes'),
    "hjaelpemidler_i_tekst": ('det blå tema "{tema}" ser ud til at beskrive forholdene med '
                              'hjælpemidler (fx "{ord}"); beskriv dem uden hjælpemidler',
                              'the blue theme "{tema}" seems to describe the condition with aids '
                              '(e.g. "{ord}"); describe it without aids'),
}


def _applies(case: Case, ctx: RuleContext) -> bool:
    return bool(case.udredning and case.udredning.temaer)


@rule(
    code="RKA010",
    name="blaa-temaer-objektive-forhold",
    requirements=("RK15-10",),
    severity="info",
    message=("Udredningen: {problem}", "The udredning: {problem_en}"),
    what=("For de blå temaer (fysisk og psykisk funktionsnedsættelse, socialt problem): "
          "`vurderet_med_hjaelpemidler: true` meldes altid. Desuden en bevidst beskeden "
          "tekstheuristik på temaets tekstfelter: forekommer et af udtrykkene i "
          "`ressource_udtryk` (fx \"ressourcer\", \"mestrer\", \"klarer sig selv\") eller i "
          "`hjaelpemiddel_udtryk` (fx \"med høreapparat\", \"med kørestol\") som helt ord, "
          "meldes det som info til en læser. Heuristikken ser ikke på nægtelser "
          "(\"har ingen ressourcer\" meldes også); derfor alvorlighed info.",
          "For the blue themes (physical and mental impairment, social problem): "
          "`vurderet_med_hjaelpemidler: true` is always reported. Besides, a deliberately "
          "modest text heuristic on the theme's text fields: an expression from "
          "`ressource_udtryk` (e.g. \"ressourcer\", \"mestrer\", \"klarer sig selv\") or "
          "`hjaelpemiddel_udtryk` (e.g. \"med høreapparat\", \"med kørestol\") found as whole "
          "words is reported as info for a reader. It does not understand negation (\"har "
          "ingen ressourcer\" is reported too); hence severity info."),
    why=("Drejebogen 2015 §4.2.1: \"Under de blå temaer ... skal rådgiver i udredningsskemaet "
         "beskrive de objektive forhold vedrørende brugers funktionsnedsættelse og/eller sociale "
         "problem uden hjælpemidler. Brugers ressourcer i forhold til at mestre sin "
         "funktionsnedsættelse ... skal ikke dokumenteres under disse tre temaer\" men under de "
         "turkise temaer.",
         "2015 handbook §4.2.1: the blue themes describe the objective impairment or social "
         "problem without aids; the citizen's resources for coping are documented under the "
         "turquoise themes, not here."),
    source="001 §4.2.1",
    options={
        "farve": "blå",
        "ressource_udtryk": ("ressource", "ressourcer", "ressourcerne", "mestrer", "mestring",
                             "mestre", "klarer sig selv", "klarer selv", "god til",
                             "stærke sider", "netværk"),
        "hjaelpemiddel_udtryk": ("med hjælpemidler", "med hjælpemidlerne", "med høreapparat",
                                 "med kørestol", "med rollator", "med briller",
                                 "med sin medicin", "med medicinen", "når hun har sin",
                                 "når han har sin"),
    },
    methods=("vum1",),
    example_fail="""
        format_version: "1.0"
        sag_id: RKA-0010
        udredning:
          metode: vum1
          temaer:
            - navn: Psykisk funktionsnedsættelse
              relevant: true
              vurderet_med_hjaelpemidler: true  # expect: RKA010
              beskrivelse: >-  # expect: RKA010
                Diagnosticeret med paranoid skizofreni i 2009 (udtalelse fra Psykiatrisk
                Center Herning). Borger mestrer symptomerne godt i hverdagen.
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKA-0010
        udredning:
          metode: vum1
          temaer:
            - navn: Psykisk funktionsnedsættelse
              relevant: true
              vurderet_med_hjaelpemidler: false
              beskrivelse: >-
                Diagnosticeret med paranoid skizofreni i 2009 (udtalelse fra Psykiatrisk
                Center Herning). Hører stemmer dagligt, perioder med forfølgelsesforestillinger.
    """,
    applies=_applies,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    assert case.udredning is not None
    vocab = ctx.vocabulary
    farve = fold(str(ctx.options["farve"]))
    for i, tema in enumerate(case.udredning.temaer):
        theme = vocab.theme(tema.navn)
        category = vocab.category(theme.category) if theme else None
        if theme is None or category is None or fold(category.colour or "") != farve:
            continue
        if tema.vurderet_med_hjaelpemidler is True:
            yield violation("udredning", "temaer", i, "vurderet_med_hjaelpemidler",
                            **problem(PROBLEMER, "med_hjaelpemidler", tema=theme.name, ord=""))
        for felt in ("beskrivelse", "borgers_oplysninger", "sagsbehandlers_bemaerkninger"):
            text = getattr(tema, felt)
            hit = matcher(text, ctx.options["ressource_udtryk"])
            if hit:
                yield violation("udredning", "temaer", i, felt,
                                **problem(PROBLEMER, "ressourcer", tema=theme.name, ord=hit))
            hit = matcher(text, ctx.options["hjaelpemiddel_udtryk"])
            if hit:
                yield violation("udredning", "temaer", i, felt,
                                **problem(PROBLEMER, "hjaelpemidler_i_tekst", tema=theme.name, ord=hit))


RULE = check
