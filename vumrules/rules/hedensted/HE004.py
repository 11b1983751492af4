"""HE004: the afgørelse is a bevilling, delvis bevilling or afslag, with klagevejledning (HE-04)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation


@rule(
    code="HE004",
    name="afgoerelse-med-klagevejledning",
    requirements=("HE-04",),
    severity="error",
    message=("{hvad}", "{hvad_en}"),
    what=("En afgørelse skal have en type (bevilling, delvis bevilling eller afslag) og altid "
          "klagevejledning.",
          "A decision must have a type (bevilling, delvis bevilling or afslag) and always a "
          "klagevejledning."),
    why=("Hedensted: \"Du modtager en afgørelse samt klagevejledning. En afgørelse kan være en "
         "bevilling, delvis bevilling eller et afslag.\" Uden klagevejledning kender borgeren "
         "ikke sin klageadgang (forvaltningslovens § 25).",
         "Hedensted: the citizen receives a decision and a klagevejledning; a decision is a "
         "bevilling, delvis bevilling or afslag. Without klagevejledning the citizen does not "
         "know how to appeal (Public Administration Act § 25)."),
    source="002 \"Afgørelse\"",
    applies=lambda case, ctx: case.afgoerelse is not None,
    example_fail="""
        format_version: "1.0"
        sag_id: HE-4
        afgoerelse:
          type: delvis_bevilling
          dato: 2025-05-02
          klagevejledning: false  # expect: HE004
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: HE-4
        afgoerelse:
          type: delvis_bevilling
          dato: 2025-05-02
          klagevejledning: true
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    a = case.afgoerelse
    assert a is not None
    if a.type is None:
        yield violation("afgoerelse", "type", hvad="Afgørelsens type (bevilling, delvis bevilling, afslag) mangler",
                        hvad_en="The decision's type (bevilling, delvis bevilling, afslag) is missing")
    if not a.klagevejledning:
        yield violation("afgoerelse", "klagevejledning", hvad="Afgørelsen har ingen klagevejledning",
                        hvad_en="The decision has no klagevejledning")


RULE = check
