"""HJ003: the taskforce discussion comes before any decision on målgruppe or tilbudstype (HJ-03)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._faelles import (
    AFGOERELSES_HAENDELSER,
    applies_taskforce,
    as_date,
    events,
    first_meeting_date,
    fmt,
    same,
)


@rule(
    code="HJ003",
    name="afgoerelse-foer-taskforce",
    requirements=("HJ-03",),
    severity="error",
    message=("{afgoerelse} ({dato}) ligger før taskforcens drøftelse {moede}; sagen skal "
             "drøftes, inden der er truffet afgørelse om målgruppe eller tilbudstype",
             "{afgoerelse_en} ({dato}) is before the taskforce discussion {moede}; the case "
             "must be discussed before any decision on target group or type of offer"),
    what=("Sammenligner taskforcens første drøftelse (`indstilling.taskforce.moede_dato` eller "
          "den tidligste hændelse `taskforce_moede`) med afgørelser om målgruppe eller "
          "tilbudstype: `afgoerelse.dato`, visitationsudvalgets møde (når indstillingen ikke er "
          "til taskforcen selv) og hændelserne `afgoerelse`, `afgoerelse_maalgruppe`, "
          "`afgoerelse_tilbudstype` og `visitationsudvalg_moede`. En afgørelse samme dag som "
          "mødet accepteres.",
          "Compares the taskforce's first discussion (`indstilling.taskforce.moede_dato` or "
          "the earliest `taskforce_moede` event) with decisions on target group or offer "
          "type: `afgoerelse.dato`, the visitationsudvalg's meeting (when the recommendation "
          "is not to the taskforce itself) and the events `afgoerelse`, "
          "`afgoerelse_maalgruppe`, `afgoerelse_tilbudstype` and `visitationsudvalg_moede`. A "
          "decision on the day of the meeting is accepted."),
    why=("\"Sager bringes til drøftelse inden der er truffet afgørelse om målgruppe eller "
         "tilbudstype.\" Sparringen skal kunne påvirke målgruppeafgrænsningen; efter "
         "afgørelsen er den for sent.",
         "\"Cases are brought for discussion before any decision on target group or type of "
         "offer.\" The sparring must be able to shape the target-group decision; after the "
         "decision it is too late."),
    source="000 \"Dagsordenssætning af sager\"",
    applies=applies_taskforce,
    example_fail="""
        format_version: "1.0"
        sag_id: HJ-1003
        sag:
          sagstype: Taskforce - Botilbud i eget hjem
        afgoerelse:
          type: bevilling
          dato: 2025-04-15  # expect: HJ003
          paragraf: SEL § 85
        indstilling:
          taskforce:
            moede_dato: 2025-04-24
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: HJ-1003
        sag:
          sagstype: Taskforce - Botilbud i eget hjem
        afgoerelse:
          type: bevilling
          dato: 2025-05-02
          paragraf: SEL § 85
        indstilling:
          taskforce:
            moede_dato: 2025-04-24
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    meeting = first_meeting_date(case)
    if meeting is None:
        return
    a = case.afgoerelse
    if a is not None and a.dato is not None and a.dato < meeting:
        yield violation("afgoerelse", "dato", afgoerelse="Afgørelsen", afgoerelse_en="The decision",
                        dato=fmt(a.dato), moede=fmt(meeting))
    ind = case.indstilling
    vu = ind.visitationsudvalg if ind else None
    if (ind is not None and vu is not None and vu.moede_dato is not None
            and not same(ind.modtager, "taskforce") and vu.moede_dato < meeting):
        yield violation("indstilling", "visitationsudvalg", "moede_dato",
                        afgoerelse="Visitationsudvalgets møde",
                        afgoerelse_en="The visitationsudvalg's meeting",
                        dato=fmt(vu.moede_dato), moede=fmt(meeting))
    for i, h in events(case, *AFGOERELSES_HAENDELSER):
        d = as_date(h.dato)
        if d is not None and d < meeting:
            yield violation("haendelser", i, "dato", afgoerelse=f"Hændelsen '{h.type}'",
                            afgoerelse_en=f"The event '{h.type}'", dato=fmt(d),
                            moede=fmt(meeting))


RULE = check
