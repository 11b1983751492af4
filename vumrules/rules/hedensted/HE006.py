"""HE006: with digital post, the afgørelse goes to e-Boks (HE-06)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation


@rule(
    code="HE006",
    name="afgoerelse-i-e-boks",
    requirements=("HE-06",),
    severity="warning",
    message=("Borgeren har digital post, men afgørelsen er sendt som {kanal}",
             "The citizen has digital post, but the decision was sent as {kanal}"),
    what=("Når borgeren er tilmeldt digital post (`borger.digital_post: true`), skal afgørelsen "
          "være sendt via e-Boks/digital post.",
          "When the citizen uses digital post (`borger.digital_post: true`), the decision must go "
          "through e-Boks/digital post."),
    why=("Hedensted: \"Hvis du har digital post sendes afgørelsen til din e-boks.\"",
         "Hedensted: if you have digital post, the decision is sent to your e-Boks."),
    source="002 \"Afgørelse\"",
    applies=lambda case, ctx: bool(case.afgoerelse and case.borger and case.borger.digital_post),
    example_fail="""
        format_version: "1.0"
        sag_id: HE-6
        borger:
          digital_post: true
        afgoerelse:
          type: bevilling
          kanal: brev  # expect: HE006
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: HE-6
        borger:
          digital_post: true
        afgoerelse:
          type: bevilling
          kanal: e-boks
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    kanal = case.afgoerelse.kanal  # type: ignore[union-attr]
    if kanal not in ("e-boks", "digital_post"):
        yield violation("afgoerelse", "kanal", kanal=kanal or "ukendt kanal")


RULE = check
