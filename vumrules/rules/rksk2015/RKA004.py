"""RKA004: værgemål applied for when the citizen cannot look after their own interests
(RK15-04)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation


def _applies(case: Case, ctx: RuleContext) -> bool:
    return case.borger is not None and case.borger.kan_varetage_egne_interesser is False


@rule(
    code="RKA004",
    name="vaergemaal-naar-borger-ikke-kan-varetage-egne-interesser",
    requirements=("RK15-04",),
    severity="error",
    message=("Borger kan ifølge sagen ikke varetage sine egne interesser, men der er hverken "
             "ansøgt om værgemål eller registreret en værge",
             "According to the case the citizen cannot look after their own interests, but no "
             "værgemål (guardianship) has been applied for and no guardian is registered"),
    what=("Når sagen registrerer, at borger ikke kan varetage sine egne interesser "
          "(`borger.kan_varetage_egne_interesser: false`), skal der være ansøgt om værgemål "
          "(`borger.vaergemaal_ansoegt`) eller være en værge (`borger.vaerge`).",
          "When the case records that the citizen cannot look after their own interests "
          "(`borger.kan_varetage_egne_interesser: false`), a værgemål must have been applied for "
          "(`borger.vaergemaal_ansoegt`) or a guardian be registered (`borger.vaerge`)."),
    why=("Drejebogen 2015 §4.1: \"Rådgiver skal sørge for, at der ansøges om værgemål, såfremt "
         "bruger ikke er i stand til at varetage sine egne interesser i sagen\", fx når borger "
         "ikke kan give informeret samtykke til, at en pårørende repræsenterer borger.",
         "2015 handbook §4.1: the caseworker must see to it that guardianship is applied for "
         "when the citizen cannot look after their own interests in the case, e.g. cannot give "
         "informed consent to a relative representing them."),
    source="001 §4.1",
    example_fail="""
        format_version: "1.0"
        sag_id: RKA-0004
        borger:
          kan_varetage_egne_interesser: false  # expect: RKA004
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKA-0004
        borger:
          kan_varetage_egne_interesser: false
          vaergemaal_ansoegt: 2016-02-10
    """,
    applies=_applies,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    b = case.borger
    assert b is not None
    if b.vaergemaal_ansoegt is None and b.vaerge is None:
        yield violation("borger", "kan_varetage_egne_interesser")


RULE = check
