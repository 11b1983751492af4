"""The agenda-level part of HJ-07, for the sign-off command: what one case cannot show.

"Der kan drøftes 2 sager på hvert møde dvs. en time pr. sag", "afholdes hver anden uge", and
the meetings are on Thursdays. :func:`meeting_load` takes the cases on an agenda and returns
:class:`AgendaFinding` objects (code HJ007, like the per-case deadline rule, so one
suppression or severity setting covers both). Pure: no clock, no I/O; the options are HJ007's
(``max_sager_pr_moede``, ``moede_ugedag``, ``moede_interval_dage``, the deadline options), so
pass ``resolved_profile.options.get("HJ007")`` to use a profile's values.

    >>> from datetime import date
    >>> [f.message for f in meeting_load_dates([("A", date(2025, 4, 24)),
    ...     ("B", date(2025, 4, 24)), ("C", date(2025, 4, 24))])]  # doctest: +ELLIPSIS
    ['Taskforcemødet 2025-04-24 har 3 sager på dagsordenen; der kan drøftes højst 2 ...']
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable, Mapping

from ...calendar import WEEKDAYS_DA, WEEKDAYS_EN, TaskforceDeadline, taskforce_deadline
from ...findings import Severity
from ...model import Case
from .HJ007 import DEFAULTS, closed_days, meeting_and_field

CODE = "HJ007"
REQUIREMENTS = ("HJ-07",)


@dataclass(frozen=True, slots=True)
class AgendaFinding:
    """A finding about the agenda, not one case: which meeting, which cases (by sag_id)."""

    severity: Severity
    message: str
    message_en: str
    moede_dato: date | None
    sag_ids: tuple[str, ...]
    code: str = CODE
    requirements: tuple[str, ...] = REQUIREMENTS

    def text(self, lang: str = "da") -> str:
        return self.message_en if lang == "en" else self.message


def _options(options: Mapping[str, Any] | None) -> dict[str, Any]:
    return {**DEFAULTS, **dict(options or {})}


def deadline_for(meeting: date, options: Mapping[str, Any] | None = None) -> TaskforceDeadline:
    """The submission deadline for ``meeting`` with HJ007's options (a profile's, or the
    defaults: Monday 12:00 before the Thursday meeting, Danish public holidays).
    Raises ``ValueError`` if ``meeting`` is not on the meeting weekday."""
    o = _options(options)
    return taskforce_deadline(
        meeting, weekday_of_deadline=int(o["deadline_ugedag"]), hour=int(o["deadline_time"]),
        extra_closed=closed_days(o, meeting.year - 1, meeting.year),
        meeting_weekday=int(o["moede_ugedag"]))


def meeting_load_dates(
    entries: Iterable[tuple[str, date | None]], options: Mapping[str, Any] | None = None
) -> list[AgendaFinding]:
    """Agenda findings for (sag_id, meeting date) pairs.

    * a meeting with more than ``max_sager_pr_moede`` cases (error);
    * a meeting date not on ``moede_ugedag`` (error);
    * a case with no meeting date (warning: it cannot be placed);
    * two meetings closer than ``moede_interval_dage`` (info: "hver anden uge").
    """
    o = _options(options)
    maximum = int(o["max_sager_pr_moede"])
    weekday = int(o["moede_ugedag"])
    interval = int(o["moede_interval_dage"])
    by_meeting: dict[date, list[str]] = defaultdict(list)
    out: list[AgendaFinding] = []
    for sag_id, meeting in entries:
        if meeting is None:
            out.append(AgendaFinding(
                Severity.WARNING,
                f"Sagen {sag_id} har ingen mødedato (indstilling.taskforce.moede_dato eller "
                "ønsket tidspunkt i henvendelsen) og kan ikke placeres på dagsordenen",
                f"The case {sag_id} has no meeting date (indstilling.taskforce.moede_dato or the "
                "wished time in the request) and cannot be placed on the agenda",
                None, (sag_id,)))
            continue
        by_meeting[meeting].append(sag_id)
    previous: date | None = None
    for meeting in sorted(by_meeting):
        ids = tuple(by_meeting[meeting])
        if meeting.weekday() != weekday:
            out.append(AgendaFinding(
                Severity.ERROR,
                f"Taskforcemødet {meeting.isoformat()} er en {WEEKDAYS_DA[meeting.weekday()]}; "
                f"møderne holdes {WEEKDAYS_DA[weekday]}",
                f"The taskforce meeting {meeting.isoformat()} is a "
                f"{WEEKDAYS_EN[meeting.weekday()]}; meetings are held on {WEEKDAYS_EN[weekday]}s",
                meeting, ids))
        if len(ids) > maximum:
            out.append(AgendaFinding(
                Severity.ERROR,
                f"Taskforcemødet {meeting.isoformat()} har {len(ids)} sager på dagsordenen; der "
                f"kan drøftes højst {maximum} sager pr. møde (en time pr. sag): "
                + ", ".join(ids),
                f"The taskforce meeting {meeting.isoformat()} has {len(ids)} cases on the "
                f"agenda; at most {maximum} cases can be discussed per meeting (one hour "
                "each): " + ", ".join(ids),
                meeting, ids))
        if previous is not None and (meeting - previous).days < interval:
            out.append(AgendaFinding(
                Severity.INFO,
                f"Taskforcemøderne {previous.isoformat()} og {meeting.isoformat()} ligger "
                f"{(meeting - previous).days} dage fra hinanden; møderne holdes hver "
                f"{interval}. dag (hver anden uge)",
                f"The taskforce meetings {previous.isoformat()} and {meeting.isoformat()} are "
                f"{(meeting - previous).days} days apart; meetings are held every {interval} "
                "days (every second week)",
                meeting, ids))
        previous = meeting
    return out


def meeting_load(
    cases_on_agenda: Iterable[Case], options: Mapping[str, Any] | None = None
) -> list[AgendaFinding]:
    """Agenda findings for the cases on an agenda (see :func:`meeting_load_dates`). A case's
    meeting is ``indstilling.taskforce.moede_dato``, else the wished date in the henvendelse
    (Bilag 2: without word from the taskforce the case is on the agenda at the wished time)."""
    return meeting_load_dates(
        ((c.sag_id, meeting_and_field(c)[0]) for c in cases_on_agenda), options)
