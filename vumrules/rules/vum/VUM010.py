"""VUM010: the citizen's own account appears in the udredning (VUM-10)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from .._util import has_udredning, has_text


def citizen_heard(case: Case) -> bool:
    u = case.udredning
    if u is None:
        return False
    if has_text(u.borgers_egen_beskrivelse, 3):
        return True
    if any(has_text(t.borgers_oplysninger, 3) for t in u.temaer):
        return True
    kilder = list(u.kilder) + [k for t in u.temaer for k in t.kilder]
    return any((k.type or "").strip().casefold() == "borger" for k in kilder)


@rule(
    code="VUM010",
    name="borgerens-egen-beretning",
    requirements=("VUM-10", "HJ-05"),
    severity="error",
    message=("Udredningen viser ikke borgerens egne oplysninger",
             "The udredning does not show the citizen's own account"),
    what=("Kræver at borgerens egen beretning fremgår: `borgers_egen_beskrivelse`, "
          "`borgers_oplysninger` på et tema, eller borgeren som kilde.",
          "Requires the citizen's own account: `borgers_egen_beskrivelse`, "
          "`borgers_oplysninger` on a theme, or the citizen as a source."),
    why=("Borgeren skal i videst muligt omfang medvirke i sin egen sag, og Hjørrings tjekliste "
         "(Bilag 1) spørger: er der indhentet oplysninger fra borger?",
         "The citizen must take part in their own case as far as possible, and Hjørring's "
         "checklist (Bilag 1) asks: has information been obtained from the citizen?"),
    source="000 Bilag 1; 001 §4.2",
    applies=has_udredning,
    example_fail="""
        format_version: "1.0"
        sag_id: S-1010
        udredning:  # expect: VUM010
          metode: vum2
          kilder:
            - type: læge
          temaer:
            - navn: Egenomsorg
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: S-1010
        udredning:
          metode: vum2
          temaer:
            - navn: Egenomsorg
              borgers_oplysninger: Borger fortæller, at hun ofte springer måltider over.
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    if not citizen_heard(case):
        yield violation("udredning")


RULE = check
