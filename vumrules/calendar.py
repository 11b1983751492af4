"""Frister (deadlines) in calendar days and working days, with Danish public holidays.

Pure functions shared by the rule packs and the sign-off command. Nothing here reads the
clock: callers pass ``now`` explicitly, so every result is reproducible in tests and CI.

Which days are working days
---------------------------
A *working day* (arbejdsdag) is Monday to Friday, except

* the official Danish public holidays (helligdage) as the ``holidays`` library's Denmark
  calendar ("public" category) gives them: nytårsdag, skærtorsdag, langfredag, påskedag,
  anden påskedag, Kristi himmelfartsdag, pinsedag, anden pinsedag, juledag and anden
  juledag — and store bededag up to and including 2023 (abolished from 2024; the library
  knows this), and
* any date the caller lists in ``extra_closed``.

Grundlovsdag (5 June), juleaftensdag (24 December), nytårsaftensdag (31 December) and
1. maj are **working days by default**. They are not helligdage under Danish law; whether
an office is closed on them is local practice or a collective agreement (the library files
them under its "optional" category). A municipal profile that closes on them passes
``extra_closed=customary_closed_days(2025, 2026)`` (or its own set of dates) to the
functions that take the parameter.

Times
-----
Datetimes are *naive local time*, Europe/Copenhagen implied: municipal deadlines such as
"mandag kl. 12:00" are wall-clock times, and the case documents carry no time zone. Callers
that compare a deadline with "now" should pass a naive local ``now`` as well (across a
daylight-saving change the difference can then be off by one hour, which no rule here is
sensitive to).
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import functools
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from types import MappingProxyType
from typing import Mapping

import holidays

__all__ = [
    "DeadlineStatus",
    "TaskforceDeadline",
    "add_days",
    "add_months",
    "add_working_days",
    "add_years",
    "customary_closed_days",
    "deadline_status",
    "holiday_name",
    "is_friday",
    "is_working_day",
    "next_working_day",
    "previous_working_day",
    "taskforce_deadline",
    "working_days_between",
]

_NO_EXTRA: frozenset[date] = frozenset()

WEEKDAYS_DA = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Small counts in words, for sentences like "tre dage før torsdagsmødet". The distance from
# a deadline weekday back from the meeting weekday is always 1..7 days.
_NUMBER_WORDS_DA = {1: "én", 2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "syv"}
_NUMBER_WORDS_EN = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven"}


# --------------------------------------------------------------------------------------
# Holiday tables
# --------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=256)
def _holiday_table(year: int, customary: bool) -> Mapping[date, tuple[str, str]]:
    """Danish and English holiday names for one year, read-only.

    ``customary=False`` gives the official helligdage (the library's "public" category);
    ``customary=True`` gives the customary days off (its "optional" category: grundlovsdag,
    juleaftensdag, nytårsaftensdag, 1. maj). Cached per year, so the library's calendar is
    built once per (year, category) and never mutated afterwards.
    """
    category = ("optional",) if customary else ("public",)
    da = holidays.country_holidays("DK", years=year, categories=category, language="da")
    en = holidays.country_holidays("DK", years=year, categories=category, language="en_US")
    return MappingProxyType({d: (name, en.get(d, name)) for d, name in da.items()})


def _as_date(d: date) -> date:
    # ``datetime`` is a subclass of ``date`` but never equal to one, so a datetime would
    # silently miss every holiday-table and ``extra_closed`` lookup.
    return d.date() if isinstance(d, datetime) else d


def holiday_name(d: date, *, lang: str = "da", include_customary: bool = False) -> str | None:
    """The name of the public holiday on ``d``, or ``None`` if it is not one.

    Danish by default (``"Anden påskedag"``); ``lang="en"`` gives the English name
    (``"Easter Monday"``). With ``include_customary=True`` the customary days off that are
    *not* official holidays are named too (``"Grundlovsdag"``, ``"Juleaftensdag"``,
    ``"Nytårsaften"``, ``"Arbejdernes kampdag"``).
    """
    d = _as_date(d)
    index = 1 if lang == "en" else 0
    names = _holiday_table(d.year, False).get(d)
    if names is None and include_customary:
        names = _holiday_table(d.year, True).get(d)
    return None if names is None else names[index]


def customary_closed_days(*years: int, workers_day: bool = False) -> frozenset[date]:
    """Customary days off that are not official holidays, for a profile's ``extra_closed``.

    Grundlovsdag (5 June), juleaftensdag (24 December) and nytårsaftensdag (31 December) in
    each of ``years``; with ``workers_day=True`` also 1. maj, which fewer municipal offices
    close for.
    """
    days: set[date] = set()
    for year in years:
        for d in _holiday_table(year, True):
            if d.month == 5 and d.day == 1 and not workers_day:
                continue
            days.add(d)
    return frozenset(days)


# --------------------------------------------------------------------------------------
# Working days
# --------------------------------------------------------------------------------------


def is_working_day(d: date, *, extra_closed: frozenset[date] = _NO_EXTRA) -> bool:
    """True if ``d`` is Monday-Friday, not a Danish public holiday and not in ``extra_closed``.

    See the module docstring for exactly which days count (grundlovsdag, 24 and 31 December
    are working days unless listed in ``extra_closed``).
    """
    d = _as_date(d)
    if d.weekday() >= 5:
        return False
    if d in extra_closed:
        return False
    return d not in _holiday_table(d.year, False)


def is_friday(d: date) -> bool:
    """True if ``d`` is a Friday (HE-05: an afslag should not be sent on a Friday)."""
    return d.weekday() == 4


def next_working_day(d: date, *, extra_closed: frozenset[date] = _NO_EXTRA) -> date:
    """The first working day strictly after ``d``.

    To roll a date forward only when it is not itself a working day (the usual rule for a
    frist that ends on a weekend or holiday), use ``next_working_day(d - timedelta(days=1))``.
    """
    d = _as_date(d) + timedelta(days=1)
    while not is_working_day(d, extra_closed=extra_closed):
        d += timedelta(days=1)
    return d


def previous_working_day(d: date, *, extra_closed: frozenset[date] = _NO_EXTRA) -> date:
    """The last working day strictly before ``d``."""
    d = _as_date(d) - timedelta(days=1)
    while not is_working_day(d, extra_closed=extra_closed):
        d -= timedelta(days=1)
    return d


def add_working_days(d: date, n: int, *, extra_closed: frozenset[date] = _NO_EXTRA) -> date:
    """The date ``n`` working days after ``d`` (before it, if ``n`` is negative).

    Counting starts the day after ``d`` (the day of the event itself does not count, as for
    Danish frister), so ``add_working_days(friday, 1)`` is the following Monday when that is
    a working day. ``n == 0`` returns ``d`` unchanged, even when ``d`` is not a working day.
    """
    d = _as_date(d)
    step = next_working_day if n >= 0 else previous_working_day
    for _ in range(abs(n)):
        d = step(d, extra_closed=extra_closed)
    return d


def working_days_between(a: date, b: date, *, extra_closed: frozenset[date] = _NO_EXTRA) -> int:
    """The number of working days after ``a`` up to and including ``b``.

    The half-open interval ``(a, b]`` matches :func:`add_working_days`: when ``b`` is a
    working day after ``a``, ``add_working_days(a, working_days_between(a, b)) == b``. If
    ``b`` is before ``a`` the result is ``-working_days_between(b, a)`` (so the function is
    antisymmetric, and the backward inverse holds when ``a`` is a working day); if they are
    equal it is 0.
    """
    a, b = _as_date(a), _as_date(b)
    if b < a:
        return -working_days_between(b, a, extra_closed=extra_closed)
    count = 0
    d = a + timedelta(days=1)
    while d <= b:
        if is_working_day(d, extra_closed=extra_closed):
            count += 1
        d += timedelta(days=1)
    return count


# --------------------------------------------------------------------------------------
# Calendar arithmetic
# --------------------------------------------------------------------------------------


def add_days(d: date, n: int) -> date:
    """``d`` plus ``n`` calendar days (negative ``n`` goes back)."""
    return d + timedelta(days=n)


def add_months(d: date, n: int) -> date:
    """``d`` plus ``n`` calendar months, clamped to the end of a shorter month.

    31 January + 1 month is 28 (or 29) February; 31 May - 1 month is 30 April. A datetime
    keeps its time of day.
    """
    months = d.year * 12 + (d.month - 1) + n
    year, month = divmod(months, 12)
    month += 1
    last_day = _stdlib_calendar.monthrange(year, month)[1]
    return d.replace(year=year, month=month, day=min(d.day, last_day))


def add_years(d: date, n: int) -> date:
    """``d`` plus ``n`` years; 29 February becomes 28 February in a year that is not a leap
    year (e.g. an opfølgning "every year" from 2024-02-29 is due 2025-02-28)."""
    return add_months(d, 12 * n)


# --------------------------------------------------------------------------------------
# Taskforce deadline (HJ-07)
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TaskforceDeadline:
    """When a case must be submitted for a taskforce meeting, and why.

    ``deadline`` is naive local time (Europe/Copenhagen implied). ``rule`` (Danish) and
    ``rule_en`` say in one sentence which rule produced it, so a finding can quote it.
    ``nominal`` is the date the rule gives before any move to an earlier working day.
    """

    deadline: datetime
    rule: str
    rule_en: str
    nominal: date | None = None

    @property
    def moved(self) -> bool:
        """True if the nominal day was not a working day and the deadline moved earlier."""
        return self.nominal is not None and self.nominal != self.deadline.date()


def _holiday_in_sentence(name: str) -> str:
    # Danish writes holiday names in lower case inside a sentence ("er anden påskedag"),
    # except where a proper noun leads ("Kristi himmelfartsdag").
    return name if name.startswith("Kristi") else name[:1].lower() + name[1:]


def _closed_reason(d: date, extra_closed: frozenset[date]) -> tuple[str, str]:
    """Why ``d`` is not a working day, as Danish and English predicates ("er …"/"is …")."""
    official = holiday_name(d)
    if official is not None:
        return (
            f"er {_holiday_in_sentence(official)}",
            f"is {holiday_name(d, lang='en')}",
        )
    if d in extra_closed:
        customary = holiday_name(d, include_customary=True)
        if customary is not None:
            return (
                f"er {_holiday_in_sentence(customary)}, som profilen regner som lukkedag",
                f"is {holiday_name(d, lang='en', include_customary=True)}, "
                "which the profile treats as a closing day",
            )
        return "er lukkedag i profilen", "is a closing day in the profile"
    return "er weekend", "is a weekend day"


def _join(items: list[str], conjunction: str) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {conjunction} " + items[-1]


def taskforce_deadline(
    meeting: date,
    *,
    weekday_of_deadline: int = 0,
    hour: int = 12,
    extra_closed: frozenset[date] = _NO_EXTRA,
    meeting_weekday: int = 3,
) -> TaskforceDeadline:
    """The submission deadline for a taskforce meeting (HJ-07, Hjørring).

    Hjørring: "Deadline til sager på Taskforcen er tre dage før mødet kl. 12.00 (Mandag)";
    the meetings are on Thursdays. The deadline is the nearest ``weekday_of_deadline``
    (0 = Monday) *before* the meeting, at ``hour``:00. If that day is not a working day
    (a holiday, or a date in ``extra_closed``), the deadline moves to the previous working
    day at the same hour — moving it later would eat into the members' reading time.

    Raises ``ValueError`` if ``meeting`` is not on ``meeting_weekday`` (0 = Monday,
    default Thursday): whether that is an error in the case or a one-off moved meeting is
    for the caller to decide. Also raises ``ValueError`` for an hour or weekday out of range.
    """
    meeting = _as_date(meeting)
    if not 0 <= weekday_of_deadline <= 6 or not 0 <= meeting_weekday <= 6:
        raise ValueError(
            "ugedag skal være 0 (mandag) til 6 (søndag) / weekday must be 0 (Monday) to 6 (Sunday)"
        )
    if not 0 <= hour <= 23:
        raise ValueError(f"ugyldig time {hour} (0-23) / invalid hour {hour} (0-23)")
    if meeting.weekday() != meeting_weekday:
        raise ValueError(
            f"Mødedatoen {meeting.isoformat()} er en {WEEKDAYS_DA[meeting.weekday()]}, ikke en "
            f"{WEEKDAYS_DA[meeting_weekday]}; taskforcens møder holdes om "
            f"{WEEKDAYS_DA[meeting_weekday]}en. / The meeting date {meeting.isoformat()} is a "
            f"{WEEKDAYS_EN[meeting.weekday()]}, not a {WEEKDAYS_EN[meeting_weekday]}; taskforce "
            f"meetings are held on {WEEKDAYS_EN[meeting_weekday]}s."
        )

    # Same weekday as the meeting means the week before, never the meeting day itself.
    days_before = (meeting.weekday() - weekday_of_deadline) % 7 or 7
    nominal = meeting - timedelta(days=days_before)
    at = time(hour, 0)
    clock = f"{hour:02d}:00"
    meeting_da = f"{WEEKDAYS_DA[meeting_weekday]}smødet {meeting.isoformat()}"
    meeting_en = f"the {WEEKDAYS_EN[meeting_weekday]} meeting on {meeting.isoformat()}"
    dage = "dag" if days_before == 1 else "dage"
    days = "day" if days_before == 1 else "days"

    if is_working_day(nominal, extra_closed=extra_closed):
        return TaskforceDeadline(
            deadline=datetime.combine(nominal, at),
            rule=(
                f"{WEEKDAYS_DA[nominal.weekday()].capitalize()} {nominal.isoformat()} kl. {clock}, "
                f"{_NUMBER_WORDS_DA[days_before]} {dage} før {meeting_da}"
            ),
            rule_en=(
                f"{WEEKDAYS_EN[nominal.weekday()]} {nominal.isoformat()} at {clock}, "
                f"{_NUMBER_WORDS_EN[days_before]} {days} before {meeting_en}"
            ),
            nominal=nominal,
        )

    actual = previous_working_day(nominal, extra_closed=extra_closed)
    reason_da, reason_en = _closed_reason(nominal, extra_closed)
    rule = (
        f"{WEEKDAYS_DA[nominal.weekday()].capitalize()} {nominal.isoformat()} {reason_da}; "
        f"fristen flyttes til forrige arbejdsdag, {WEEKDAYS_DA[actual.weekday()]} "
        f"{actual.isoformat()} kl. {clock}"
    )
    rule_en = (
        f"{WEEKDAYS_EN[nominal.weekday()]} {nominal.isoformat()} {reason_en}; "
        f"the deadline moves to the previous working day, {WEEKDAYS_EN[actual.weekday()]} "
        f"{actual.isoformat()} at {clock}"
    )
    # Name the weekdays that were skipped too: "forrige arbejdsdag" landing on a Wednesday
    # surprises a reader who does not know that Thursday and Friday were holidays as well.
    skipped = [
        actual + timedelta(days=i)
        for i in range(1, (nominal - actual).days)
        if (actual + timedelta(days=i)).weekday() < 5
    ]
    if skipped:
        da_items, en_items = [], []
        for d in skipped:
            name_da = holiday_name(d) or holiday_name(d, include_customary=True) or "lukkedag"
            name_en = (
                holiday_name(d, lang="en")
                or holiday_name(d, lang="en", include_customary=True)
                or "closing day"
            )
            da_items.append(f"{_holiday_in_sentence(name_da)} {d.isoformat()}")
            en_items.append(f"{name_en} {d.isoformat()}")
        rule += f" ({_join(da_items, 'og')} er heller ikke arbejdsdage)"
        rule_en += f" ({_join(en_items, 'and')} are not working days either)"
    return TaskforceDeadline(
        deadline=datetime.combine(actual, at), rule=rule, rule_en=rule_en, nominal=nominal
    )


# --------------------------------------------------------------------------------------
# Time left / overdue
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DeadlineStatus:
    """How a deadline stands at a given moment, in words.

    ``remaining`` is ``deadline - now``: negative once the deadline has passed. ``passed``
    is True only strictly after the deadline ("senest kl. 12:00" includes 12:00 itself).
    ``str()`` gives the Danish message.
    """

    remaining: timedelta
    message: str  # Danish
    message_en: str

    @property
    def passed(self) -> bool:
        return self.remaining < timedelta(0)

    def text(self, lang: str = "da") -> str:
        return self.message_en if lang == "en" else self.message

    def __str__(self) -> str:
        return self.message


def _unit(n: int, da: tuple[str, str], en: tuple[str, str]) -> tuple[str, str]:
    return f"{n} {da[0] if n == 1 else da[1]}", f"{n} {en[0] if n == 1 else en[1]}"


def _span(delta: timedelta) -> tuple[str, str]:
    """A duration in words at two units of precision: days and hours, or hours and minutes.

    Truncated, not rounded, so "tilbage" never promises more time than there is.
    """
    minutes_total = int(abs(delta).total_seconds() // 60)
    days, rest = divmod(minutes_total, 24 * 60)
    hours, minutes = divmod(rest, 60)
    day = _unit(days, ("dag", "dage"), ("day", "days"))
    hr = _unit(hours, ("time", "timer"), ("hour", "hours"))
    mins = _unit(minutes, ("minut", "minutter"), ("minute", "minutes"))
    if days:
        parts = [day, hr] if hours else [day]
    elif hours:
        parts = [hr, mins] if minutes else [hr]
    elif minutes:
        parts = [mins]
    else:
        return "under ét minut", "less than a minute"
    return " og ".join(p[0] for p in parts), " and ".join(p[1] for p in parts)


def deadline_status(deadline: datetime, now: datetime) -> DeadlineStatus:
    """Describe the time left until ``deadline`` (or past it) at ``now``.

    "3 dage og 4 timer tilbage" / "3 days and 4 hours left", "overskredet med 2 timer" /
    "overdue by 2 hours", "fristen udløber nu" / "the deadline is now". Both datetimes must
    be naive local time (or both aware).
    """
    remaining = deadline - now
    if remaining == timedelta(0):
        return DeadlineStatus(remaining, "fristen udløber nu", "the deadline is now")
    da, en = _span(remaining)
    if remaining > timedelta(0):
        return DeadlineStatus(remaining, f"{da} tilbage", f"{en} left")
    return DeadlineStatus(remaining, f"overskredet med {da}", f"overdue by {en}")
