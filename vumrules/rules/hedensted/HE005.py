"""HE005: an afslag is, as far as possible, not sent on a Friday (HE-05)."""

from __future__ import annotations

from datetime import datetime
from typing import Iterator

from ...calendar import is_friday
from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation


@rule(
    code="HE005",
    name="afslag-ikke-om-fredagen",
    requirements=("HE-05",),
    severity="warning",
    message=("Afslaget er sendt en fredag ({dato}); afslag sendes så vidt muligt ikke om fredagen",
             "The refusal was sent on a Friday ({dato}); refusals are as far as possible not sent on Fridays"),
    what=("Advarer, når et afslag er sendt (`afgoerelse.sendt`, ellers `afgoerelse.dato`) på en "
          "fredag.",
          "Warns when a refusal was sent (`afgoerelse.sendt`, else `afgoerelse.dato`) on a Friday."),
    why=("Hedensted: \"Afslag sendes så vidt muligt ikke om fredagen\": borgeren skal ikke stå "
         "med et afslag en hel weekend uden mulighed for at kontakte sagsbehandleren. \"Så vidt "
         "muligt\" gør det til en advarsel, ikke en fejl.",
         "Hedensted: refusals are as far as possible not sent on Fridays, so the citizen is not "
         "left with a refusal over a weekend without a way to reach the caseworker. \"As far as "
         "possible\" makes it a warning, not an error."),
    source="002 \"Afgørelse\"; 2-B1",
    applies=lambda case, ctx: bool(case.afgoerelse and case.afgoerelse.type == "afslag"),
    example_fail="""
        format_version: "1.0"
        sag_id: HE-5
        afgoerelse:
          type: afslag
          dato: 2025-05-01
          sendt: 2025-05-02  # expect: HE005
          klagevejledning: true
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: HE-5
        afgoerelse:
          type: afslag
          dato: 2025-05-01
          sendt: 2025-05-05
          klagevejledning: true
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    a = case.afgoerelse
    assert a is not None
    when = a.sendt or a.dato
    field = "sendt" if a.sendt else "dato"
    if when is None:
        return
    day = when.date() if isinstance(when, datetime) else when
    if is_friday(day):
        yield violation("afgoerelse", field, dato=day.isoformat())


RULE = check
