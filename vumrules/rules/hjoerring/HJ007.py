"""HJ007: submitted to the taskforce by the deadline, Monday 12:00 before the Thursday meeting,
counted in working days with Danish public holidays (HJ-07)."""

from __future__ import annotations

from datetime import date
from typing import Any, Iterator, Mapping

from ...calendar import WEEKDAYS_DA, WEEKDAYS_EN, customary_closed_days, taskforce_deadline
from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._faelles import applies_taskforce, fmt

#: option defaults, shared with :mod:`.agenda` (meeting_load)
DEFAULTS: dict[str, Any] = {
    "deadline_ugedag": 0,  # 0 = mandag
    "deadline_time": 12,
    "moede_ugedag": 3,  # 3 = torsdag
    "max_sager_pr_moede": 2,
    "moede_interval_dage": 14,
    "lukkedage": (),
    "lukket_paa_skikdage": False,
}


def closed_days(options: Mapping[str, Any], *years: int) -> frozenset[date]:
    """The extra closing days an options mapping gives (``lukkedage`` as dates or ISO text,
    plus grundlovsdag, 24 and 31 December when ``lukket_paa_skikdage`` is true)."""
    out = {d if isinstance(d, date) else date.fromisoformat(str(d))
           for d in options.get("lukkedage", ())}
    if options.get("lukket_paa_skikdage"):
        out |= customary_closed_days(*years)
    return frozenset(out)


def meeting_and_field(case: Case) -> tuple[date | None, tuple[str, ...]]:
    """The meeting the case is for: ``taskforce.moede_dato``, else the wished date in the
    henvendelse ("hvis du ikke hører noget … er din sag sat på dagsorden på dit ønskede
    tidspunkt")."""
    tf = case.indstilling.taskforce if case.indstilling else None
    if tf is not None and tf.moede_dato is not None:
        return tf.moede_dato, ("indstilling", "taskforce", "moede_dato")
    h = case.henvendelse
    if h is not None and h.oensket_dato is not None:
        return h.oensket_dato, ("henvendelse", "oensket_dato")
    return None, ()


@rule(
    code="HJ007",
    name="taskforce-frist",
    requirements=("HJ-07",),
    severity="error",
    message=("Fristen for taskforcen: {problem}",
             "The taskforce deadline: {problem_en}"),
    what=("For taskforcesager med en mødedato (`indstilling.taskforce.moede_dato`, ellers "
          "`henvendelse.oensket_dato`): mødet skal ligge på en torsdag (`moede_ugedag`), og "
          "`indstilling.taskforce.indsendt` skal være senest mandag kl. 12:00 "
          "(`deadline_ugedag`, `deadline_time`) før mødet. Er mandagen ikke en arbejdsdag "
          "(helligdag, fx anden påskedag, eller en dag i `lukkedage`; med "
          "`lukket_paa_skikdage` også grundlovsdag, 24. og 31. december), flyttes fristen til "
          "forrige arbejdsdag (`vumrules.calendar.taskforce_deadline`). Højst to sager pr. møde "
          "(`max_sager_pr_moede`) og møder hver anden uge (`moede_interval_dage`) er fakta om "
          "dagsordenen, ikke om én sag: dem tjekker `agenda.meeting_load` (bruges af "
          "sign-off-kommandoen) med de samme indstillinger.",
          "For taskforce cases with a meeting date (`indstilling.taskforce.moede_dato`, else "
          "`henvendelse.oensket_dato`): the meeting must be on a Thursday (`moede_ugedag`), and "
          "`indstilling.taskforce.indsendt` no later than Monday 12:00 (`deadline_ugedag`, "
          "`deadline_time`) before it. If that Monday is not a working day (a public holiday "
          "such as Easter Monday, or a date in `lukkedage`; with `lukket_paa_skikdage` also "
          "Constitution Day, 24 and 31 December) the deadline moves to the previous working "
          "day (`vumrules.calendar.taskforce_deadline`). At most two cases per meeting "
          "(`max_sager_pr_moede`) and meetings every second week (`moede_interval_dage`) are "
          "facts about the agenda, not one case: `agenda.meeting_load` (used by the sign-off "
          "command) checks them with the same options."),
    why=("\"Deadline til sager på Taskforcen er tre dage før mødet kl. 12.00 (Mandag). Og det "
         "forventes at mødedeltagerne har læst VUM 2.0 udredningen inden mødet.\" Fristen "
         "giver medlemmerne læsetid; en sag, der kommer for sent, kan ikke forberedes.",
         "\"The deadline for taskforce cases is three days before the meeting at 12.00 "
         "(Monday). Members are expected to have read the VUM 2.0 udredning before the "
         "meeting.\" The deadline gives the members reading time; a late case cannot be "
         "prepared."),
    source="000 \"Dagsordenssætning af sager\", \"Deltagere\"",
    options=DEFAULTS,
    applies=applies_taskforce,
    example_fail="""
        format_version: "1.0"
        sag_id: HJ-1007
        sag:
          sagstype: Taskforce - Botilbud i eget hjem
        indstilling:
          taskforce:
            # torsdagen efter påske: mandag 21/4 er anden påskedag, fristen er onsdag 16/4 kl. 12
            moede_dato: 2025-04-24
            indsendt: 2025-04-17T10:00:00  # expect: HJ007
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: HJ-1007
        sag:
          sagstype: Taskforce - Botilbud i eget hjem
        indstilling:
          taskforce:
            # torsdagen efter påske: mandag 21/4 er anden påskedag, fristen er onsdag 16/4 kl. 12
            moede_dato: 2025-04-24
            indsendt: 2025-04-16T11:30:00
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    meeting, where = meeting_and_field(case)
    if meeting is None:
        return
    o = ctx.options
    wd = int(o["moede_ugedag"])
    if meeting.weekday() != wd:
        yield violation(*where,
                        problem=f"mødedatoen {fmt(meeting)} er en {WEEKDAYS_DA[meeting.weekday()]}"
                                f"; taskforcens møder holdes {WEEKDAYS_DA[wd]}",
                        problem_en=f"the meeting date {fmt(meeting)} is a "
                                   f"{WEEKDAYS_EN[meeting.weekday()]}; taskforce meetings are "
                                   f"held on {WEEKDAYS_EN[wd]}s")
        return
    deadline = taskforce_deadline(
        meeting, weekday_of_deadline=int(o["deadline_ugedag"]), hour=int(o["deadline_time"]),
        extra_closed=closed_days(o, meeting.year - 1, meeting.year), meeting_weekday=wd)
    tf = case.indstilling.taskforce if case.indstilling else None
    sent = tf.indsendt if tf else None
    if sent is None:
        yield violation("indstilling", "taskforce", "indsendt",
                        problem=f"det er ikke registreret, hvornår sagen blev indsendt; fristen "
                                f"er {deadline.rule}",
                        problem_en=f"it is not recorded when the case was submitted; the "
                                   f"deadline is {deadline.rule_en}")
    elif sent > deadline.deadline:
        yield violation("indstilling", "taskforce", "indsendt",
                        problem=f"sagen er indsendt {fmt(sent)}, efter fristen: {deadline.rule}",
                        problem_en=f"the case was submitted {fmt(sent)}, after the deadline: "
                                   f"{deadline.rule_en}")


RULE = check
