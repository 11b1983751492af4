"""HE003: partshøring before the decision when it is relevant (HE-03)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation


@rule(
    code="HE003",
    name="partshoering-foer-afgoerelse",
    requirements=("HE-03",),
    severity="error",
    message=("{hvad}", "{hvad_en}"),
    what=("Når sagen har oplysninger, borgeren ikke kender, og som har betydning "
          "(`partshoering.relevant: true`), skal partshøringen være sendt, og før afgørelsen.",
          "When the case holds information unknown to the citizen that matters "
          "(`partshoering.relevant: true`), the partshøring must have been sent, and before the "
          "decision."),
    why=("Hedensted: oplysninger, som borgeren ikke har kendskab til, og som har betydning for "
         "ansøgningen, sendes til borgeren, så der er mulighed for at komme med kommentarer "
         "(forvaltningslovens § 19).",
         "Hedensted: information the citizen does not know and that matters is sent to them for "
         "comments (Public Administration Act § 19)."),
    source="002 \"Partshøring\"",
    applies=lambda case, ctx: bool(case.partshoering and case.partshoering.relevant),
    example_fail="""
        format_version: "1.0"
        sag_id: HE-3
        partshoering:  # expect: HE003
          relevant: true
        afgoerelse:
          type: afslag
          dato: 2025-05-02
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: HE-3
        partshoering:
          relevant: true
          sendt: 2025-04-10
          frist: 2025-04-24
        afgoerelse:
          type: afslag
          dato: 2025-05-02
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    p = case.partshoering
    assert p is not None
    if p.sendt is None:
        yield violation("partshoering", "sendt", hvad="Partshøring er relevant, men ikke sendt",
                        hvad_en="A partshøring is relevant but has not been sent")
    elif case.afgoerelse and case.afgoerelse.dato and case.afgoerelse.dato < p.sendt:
        yield violation("partshoering", "sendt", hvad="Partshøringen er sendt efter afgørelsen",
                        hvad_en="The partshøring was sent after the decision")


RULE = check
