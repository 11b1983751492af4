"""RKA008: no field of an opened theme left silent (RK15-08)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ...vocabulary import fold
from .._util import has_text

#: how the tab's fields are called in messages (field → label)
FELTNAVNE = {
    "beskrivelse": "Beskrivelse",
    "borgers_oplysninger": "Borgers oplysninger",
    "sagsbehandlers_bemaerkninger": "Rådgivers bemærkninger",
}


def _applies(case: Case, ctx: RuleContext) -> bool:
    return bool(case.udredning and case.udredning.temaer)


@rule(
    code="RKA008",
    name="intet-felt-efterlades-tomt",
    requirements=("RK15-08",),
    severity="warning",
    message=('Feltet "{felt}" under temaet "{tema}" er tomt; skriv mindst, at du har forholdt '
             'dig til det (fx "ingen problemer", "ok" eller "ikke relevant")',
             'The field "{felt}" of the theme "{tema}" is empty; at least note that it was '
             'considered (e.g. "ingen problemer", "ok" or "ikke relevant")'),
    what=("For hvert åbnet tema (ikke markeret `relevant: false`) skal tekstfelterne i temaets "
          "fane have indhold; hvilke felter en fane har, står pr. temafarve i indstillingen "
          "`felter` (turkis og lysegrøn: beskrivelse, borgers oplysninger, rådgivers "
          "bemærkninger; blå: beskrivelse). Et undertema, der er skrevet ind uden score, skal "
          "også have en beskrivelse. \"ingen problemer\", \"ok\" og \"ikke relevant\" er svar.",
          "For each opened theme (not marked `relevant: false`) the text fields of its tab must "
          "have content; which fields a tab has is set per theme colour in the `felter` option "
          "(turquoise and light green: description, the citizen's account, the caseworker's "
          "remarks; blue: description). A sub-theme entered without a score needs a description "
          "too. \"ingen problemer\", \"ok\" and \"ikke relevant\" count as answers."),
    why=("Drejebogen 2015 §4.2.1: \"Det er ikke nødvendigvis sådan, at alle felter i fanerne "
         "skal udfyldes. Rådgiver skal dog notere, at rådgiver har forholdt sig til feltet, "
         "eksempelvis ved at skrive ingen problemer, ok eller ikke relevant.\" Et tomt felt kan "
         "ikke skelnes fra et glemt.",
         "2015 handbook §4.2.1: not every field needs content, but the caseworker must note "
         "that each was considered (\"ingen problemer\", \"ok\", \"ikke relevant\"). An empty "
         "field cannot be told from a forgotten one."),
    source="001 §4.2.1",
    options={"felter": {
        "turkis": ["beskrivelse", "borgers_oplysninger", "sagsbehandlers_bemaerkninger"],
        "lysegrøn": ["beskrivelse", "borgers_oplysninger", "sagsbehandlers_bemaerkninger"],
        "blå": ["beskrivelse"],
    }},
    methods=("vum1",),
    example_fail="""
        format_version: "1.0"
        sag_id: RKA-0008
        udredning:
          metode: vum1
          temaer:
            - navn: Socialt liv
              relevant: true
              score: 2
              beskrivelse: Borger har to venner fra skolen, som hun ser hver uge.
              borgers_oplysninger: Hun siger, at hun gerne vil i klub om torsdagen.
              sagsbehandlers_bemaerkninger: ""  # expect: RKA008
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKA-0008
        udredning:
          metode: vum1
          temaer:
            - navn: Socialt liv
              relevant: true
              score: 2
              beskrivelse: Borger har to venner fra skolen, som hun ser hver uge.
              borgers_oplysninger: Hun siger, at hun gerne vil i klub om torsdagen.
              sagsbehandlers_bemaerkninger: ok
            - navn: Mobilitet
              relevant: false
              begrundelse_ikke_relevant: Ingen problemer.
    """,
    applies=_applies,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    assert case.udredning is not None
    vocab = ctx.vocabulary
    felter = {fold(k): tuple(v) for k, v in ctx.options["felter"].items()}
    for i, tema in enumerate(case.udredning.temaer):
        if tema.relevant is False:
            continue
        theme = vocab.theme(tema.navn)
        if theme is None:
            continue
        category = vocab.category(theme.category)
        colour = fold(category.colour) if category and category.colour else ""
        for felt in felter.get(colour, ()):
            if not has_text(getattr(tema, felt, None)):
                yield violation("udredning", "temaer", i, felt,
                                felt=FELTNAVNE.get(felt, felt), tema=theme.name)
        for k, under in enumerate(tema.undertemaer):
            if under.relevant is not False and under.score is None and not has_text(under.beskrivelse):
                yield violation("udredning", "temaer", i, "undertemaer", k, "beskrivelse",
                                felt=f"Undertema nr. {k + 1}", tema=theme.name)


RULE = check
