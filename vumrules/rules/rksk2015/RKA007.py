"""RKA007: every turquoise and light-green theme opened; not relevant → a short reason
(RK15-07)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ...vocabulary import fold
from .._util import has_text
from ._common import problem

PROBLEMER = {
    "ikke_aabnet": ('temaet "{tema}" er ikke åbnet; alle turkise og lysegrønne temaer skal '
                    "åbnes (x på første fane)",
                    'the theme "{tema}" has not been opened; every turquoise and light-green '
                    "theme must be opened (ticked on the first tab)"),
    "begrundelse": ('temaet "{tema}" er vurderet ikke relevant uden en kort redegørelse for '
                    "hvorfor",
                    'the theme "{tema}" is marked not relevant without a short reason why'),
}


def _applies(case: Case, ctx: RuleContext) -> bool:
    return bool(case.udredning and case.udredning.temaer)


@rule(
    code="RKA007",
    name="turkise-og-lysegroenne-temaer-aabnet",
    requirements=("RK15-07",),
    severity="error",
    message=("Udredningen: {problem}", "The udredning: {problem_en}"),
    what=("Alle temaer i kategorierne med farverne i `farver` (VUM 1.0: de syv turkise temaer "
          "om aktivitet og deltagelse og det lysegrønne tema Omgivelser) skal findes i "
          "udredningen. Et tema markeret `relevant: false` skal have en kort begrundelse "
          "(`begrundelse_ikke_relevant`). De blå temaer åbnes kun, når de er relevante, og "
          "tjekkes ikke her.",
          "Every theme of the categories coloured as in `farver` (VUM 1.0: the seven turquoise "
          "activity-and-participation themes and the light-green Omgivelser) must be present in "
          "the udredning. A theme marked `relevant: false` needs a short reason "
          "(`begrundelse_ikke_relevant`). The blue themes are opened only when relevant and are "
          "not checked here."),
    why=("Drejebogen 2015 §4.2.1: \"Rådgiver skal på første fane sætte x ved alle turkise og "
         "lysegrønne temaer, så temaernes faner åbnes ... Viser det sig, at et tema ikke "
         "relevant, skal rådgiver kort redegøre for, hvorfor dette er tilfældet.\" Så ses det, "
         "at hele borgers situation er overvejet.",
         "2015 handbook §4.2.1: all turquoise and light-green themes are opened; a theme found "
         "not relevant gets a short explanation. This shows the whole situation was "
         "considered."),
    source="001 §4.2.1",
    options={"farver": ("turkis", "lysegrøn")},
    methods=("vum1",),
    example_fail="""
        format_version: "1.0"
        sag_id: RKA-0007
        udredning:
          metode: vum1
          temaer:  # expect: RKA007
            - {navn: Praktiske opgaver i hjemmet, relevant: true}
            - {navn: Egenomsorg, relevant: true}
            - {navn: Mobilitet, relevant: false}  # expect: RKA007
            - {navn: Kommunikation, relevant: false, begrundelse_ikke_relevant: Ingen problemer beskrevet eller observeret.}
            - {navn: Socialt liv, relevant: true}
            - {navn: Sundhed, relevant: true}
            - {navn: Samfundsliv, relevant: true}
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKA-0007
        udredning:
          metode: vum1
          temaer:
            - {navn: Psykisk funktionsnedsættelse, relevant: true}
            - {navn: Praktiske opgaver i hjemmet, relevant: true}
            - {navn: Egenomsorg, relevant: true}
            - {navn: Mobilitet, relevant: false, begrundelse_ikke_relevant: "Går selv, cykler og tager bussen."}
            - {navn: Kommunikation, relevant: false, begrundelse_ikke_relevant: Ingen problemer beskrevet eller observeret.}
            - {navn: Socialt liv, relevant: true}
            - {navn: Sundhed, relevant: true}
            - {navn: Samfundsliv, relevant: true}
            - {navn: Omgivelser, relevant: true}
    """,
    applies=_applies,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    assert case.udredning is not None
    vocab = ctx.vocabulary
    farver = {fold(f) for f in ctx.options["farver"]}
    present = set()
    for i, tema in enumerate(case.udredning.temaer):
        theme = vocab.theme(tema.navn)
        if theme is not None:
            present.add(theme.key)
        if tema.relevant is False and not has_text(tema.begrundelse_ikke_relevant):
            yield violation("udredning", "temaer", i, "begrundelse_ikke_relevant",
                            **problem(PROBLEMER, "begrundelse", tema=theme.name if theme else f"nr. {i + 1}"))
    for category in vocab.categories:
        if category.colour is None or fold(category.colour) not in farver:
            continue
        for theme in category.themes:
            if theme.key not in present:
                yield violation("udredning", "temaer", **problem(PROBLEMER, "ikke_aabnet", tema=theme.name))


RULE = check
