"""HJ013: a short notat of the discussion and conclusions after the taskforce meeting (HJ-13)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from .._util import words
from ._faelles import applies_taskforce, fmt, meeting_date, norm

#: journalnotat types that hold the taskforce referat
REFERAT_TYPER: tuple[str, ...] = ("taskforce_referat", "referat")


def _journal_referat(case: Case, meeting, minimum: int):
    """(index, notat) of a journalnotat that is the taskforce referat, dated on/after the meeting."""
    for i, n in enumerate(case.journalnotater):
        kind = norm(n.type) in {norm(t) for t in REFERAT_TYPER} or "taskforce" in norm(n.titel)
        if kind and words(n.tekst) >= minimum and (n.dato is None or n.dato >= meeting):
            return i, n
    return None


@rule(
    code="HJ013",
    name="referat-efter-taskforce",
    requirements=("HJ-13",),
    severity="warning",
    message=("Taskforcemødet {moede}: {problem}. Der skrives et kort notat af drøftelserne og "
             "konklusionerne i CURA (der kan søges aktindsigt i det)",
             "The taskforce meeting {moede}: {problem_en}. A short note of the discussion and "
             "conclusions is written in CURA (it is subject to aktindsigt)"),
    what=("For taskforcesager, når mødet (`indstilling.taskforce.moede_dato`, ellers seneste "
          "hændelse `taskforce_moede`) er holdt (før kørselsdatoen): der skal være et referat, "
          "enten `indstilling.taskforce.referat` eller et journalnotat af typen "
          "`taskforce_referat`/`referat` (eller med \"taskforce\" i titlen), på mindst "
          "`min_ord` ord og ikke dateret før mødet.",
          "For taskforce cases whose meeting (`indstilling.taskforce.moede_dato`, else the "
          "latest `taskforce_moede` event) has been held (before the run date): there must be "
          "a referat, either `indstilling.taskforce.referat` or a journal note of type "
          "`taskforce_referat`/`referat` (or with \"taskforce\" in the title), of at least "
          "`min_ord` words and not dated before the meeting."),
    why=("\"Referat af møderne/beslutning: Der skrives et kort notat af drøftelserne og "
         "konklusionerne i CURA. Vær opmærksom på, at der kan søges aktindsigt i materialet.\" "
         "Notatet er sagens dokumentation for sparringen og det, borgeren kan se. Arbejdsgangen "
         "sætter ingen frist, derfor en advarsel.",
         "\"Minutes/decision: a short note of the discussion and conclusions is written in "
         "CURA. Note that aktindsigt may be sought in the material.\" The note documents the "
         "sparring in the case and is what the citizen can see. The procedure sets no "
         "deadline, hence a warning."),
    source="000 \"Referat af møderne/beslutning\"",
    options={"min_ord": 5},
    applies=applies_taskforce,
    example_fail="""
        format_version: "1.0"
        sag_id: HJ-1013
        sag:
          sagstype: Taskforce - Botilbud i eget hjem
        indstilling:
          taskforce:  # expect: HJ013
            moede_dato: 2025-04-24
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: HJ-1013
        sag:
          sagstype: Taskforce - Botilbud i eget hjem
        indstilling:
          taskforce:
            moede_dato: 2025-04-24
            referat: >-
              Drøftet støttebehov om aftenen og natten. Taskforcen vurderer, at behovet kan
              dækkes med § 85-støtte i eget hjem; ingen botilbudsramme.
            referat_dato: 2025-04-24
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    meeting = meeting_date(case)
    if meeting is None or meeting >= ctx.today:
        return
    minimum = int(ctx.options["min_ord"])
    tf = case.indstilling.taskforce if case.indstilling else None
    if tf is not None and words(tf.referat) >= minimum:
        if tf.referat_dato is not None and tf.referat_dato < meeting:
            yield violation("indstilling", "taskforce", "referat_dato", moede=fmt(meeting),
                            problem=f"referatet er dateret {fmt(tf.referat_dato)}, før mødet",
                            problem_en=f"the referat is dated {fmt(tf.referat_dato)}, before "
                                       "the meeting")
        return
    if _journal_referat(case, meeting, minimum) is not None:
        return
    at = ("indstilling", "taskforce", "referat") if tf is not None else ("indstilling",)
    yield violation(*at, moede=fmt(meeting), problem="der er intet referat af drøftelsen",
                    problem_en="there is no referat of the discussion")


RULE = check
