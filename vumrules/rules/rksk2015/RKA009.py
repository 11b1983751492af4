"""RKA009: "Behandlede undertemaer" filled for each scored theme (RK15-09)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation


def _applies(case: Case, ctx: RuleContext) -> bool:
    return bool(case.udredning and any(t.score is not None for t in case.udredning.temaer))


@rule(
    code="RKA009",
    name="behandlede-undertemaer-udfyldt",
    requirements=("RK15-09",),
    severity="warning",
    message=('Temaet "{tema}" er scoret, men feltet "Behandlede undertemaer" angiver ikke, '
             "hvilke undertemaer der er afdækket",
             'The theme "{tema}" is scored, but the field "Behandlede undertemaer" does not '
             "list the sub-themes covered"),
    what=("Et tema med score skal have mindst ét undertema i `behandlede_undertemaer`. "
          "Undertemaer skrevet ind under `undertemaer` (og ikke markeret ikke relevante) tæller "
          "også, da de viser det samme.",
          "A theme with a score must list at least one sub-theme in `behandlede_undertemaer`. "
          "Sub-themes entered under `undertemaer` (not marked not relevant) count as well, as "
          "they show the same."),
    why=("Drejebogen 2015 §4.2.2: \"I feltet Behandlede undertemaer skal rådgiver angive, hvilke "
         "undertemaer, der er blevet afdækket under det givne tema\", så det ses, hvad "
         "funktionsvurderingen bygger på.",
         "2015 handbook §4.2.2: the caseworker lists the sub-themes covered under each theme, "
         "so it shows what the functional assessment rests on."),
    source="001 §4.2.2",
    methods=("vum1",),
    example_fail="""
        format_version: "1.0"
        sag_id: RKA-0009
        udredning:
          metode: vum1
          temaer:
            - navn: Praktiske opgaver i hjemmet  # expect: RKA009
              score: 3
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKA-0009
        udredning:
          metode: vum1
          temaer:
            - navn: Praktiske opgaver i hjemmet
              score: 3
              behandlede_undertemaer: [Hverdagens rytme, Struktureringsevne]
    """,
    applies=_applies,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    assert case.udredning is not None
    for i, tema in enumerate(case.udredning.temaer):
        if tema.score is None:
            continue
        listed = [n for n in tema.behandlede_undertemaer if n and n.strip()]
        listed += [u for u in tema.undertemaer if u.relevant is not False]
        if not listed:
            theme = ctx.vocabulary.theme(tema.navn)
            yield violation("udredning", "temaer", i, "behandlede_undertemaer",
                            tema=theme.name if theme else f"nr. {i + 1}")


RULE = check
