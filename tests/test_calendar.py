"""Tests for vumrules.calendar: Danish holidays, working days, frister, taskforce deadline."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vumrules.calendar import (
    TaskforceDeadline,
    add_days,
    add_months,
    add_working_days,
    add_years,
    customary_closed_days,
    deadline_status,
    holiday_name,
    is_friday,
    is_working_day,
    next_working_day,
    previous_working_day,
    taskforce_deadline,
    working_days_between,
)

# --------------------------------------------------------------------------------------
# Holidays
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "name"),
    [
        # Easter 2025: påskedag 20 April
        (date(2025, 4, 17), "Skærtorsdag"),
        (date(2025, 4, 18), "Langfredag"),
        (date(2025, 4, 20), "Påskedag"),
        (date(2025, 4, 21), "Anden påskedag"),
        (date(2025, 5, 29), "Kristi himmelfartsdag"),
        (date(2025, 6, 9), "Anden pinsedag"),
        # Easter 2026: påskedag 5 April
        (date(2026, 4, 2), "Skærtorsdag"),
        (date(2026, 4, 3), "Langfredag"),
        (date(2026, 4, 6), "Anden påskedag"),
        (date(2026, 5, 14), "Kristi himmelfartsdag"),
        (date(2026, 5, 25), "Anden pinsedag"),
        # Christmas and new year
        (date(2025, 12, 25), "Juledag"),
        (date(2025, 12, 26), "Anden juledag"),
        (date(2026, 1, 1), "Nytårsdag"),
    ],
)
def test_public_holidays_are_named_and_not_working_days(day: date, name: str) -> None:
    assert holiday_name(day) == name
    assert not is_working_day(day)


def test_holiday_name_in_english() -> None:
    assert holiday_name(date(2025, 4, 21), lang="en") == "Easter Monday"
    assert holiday_name(date(2025, 4, 22), lang="en") is None


def test_store_bededag_abolished_from_2024() -> None:
    # Fourth Friday after Easter: 5 May 2023 was a holiday; 26 April 2024 is an ordinary Friday.
    assert holiday_name(date(2023, 5, 5)) == "Store bededag"
    assert not is_working_day(date(2023, 5, 5))
    assert holiday_name(date(2024, 4, 26)) is None
    assert is_working_day(date(2024, 4, 26))


def test_ordinary_days() -> None:
    assert is_working_day(date(2025, 4, 16))  # Wednesday before Easter
    assert not is_working_day(date(2025, 4, 19))  # Saturday
    assert not is_working_day(date(2025, 4, 13))  # Sunday
    assert holiday_name(date(2025, 4, 16)) is None


def test_datetime_is_treated_as_its_date() -> None:
    assert not is_working_day(datetime(2025, 12, 25, 9, 30))
    assert holiday_name(datetime(2025, 12, 25, 9, 30)) == "Juledag"


@pytest.mark.parametrize(
    "day",
    [date(2025, 6, 5), date(2025, 12, 24), date(2025, 12, 31), date(2025, 5, 1)],
    ids=["grundlovsdag", "juleaftensdag", "nytårsaftensdag", "1. maj"],
)
def test_customary_days_off_are_working_days_by_default(day: date) -> None:
    # Decision: not official helligdage, so working days unless a profile closes them.
    assert holiday_name(day) is None
    assert is_working_day(day)
    assert holiday_name(day, include_customary=True) is not None


def test_customary_closed_days_for_a_profile() -> None:
    closed = customary_closed_days(2025)
    assert closed == frozenset({date(2025, 6, 5), date(2025, 12, 24), date(2025, 12, 31)})
    assert date(2025, 5, 1) in customary_closed_days(2025, workers_day=True)
    assert not is_working_day(date(2025, 6, 5), extra_closed=closed)
    assert holiday_name(date(2025, 6, 5), include_customary=True) == "Grundlovsdag"
    assert len(customary_closed_days(2025, 2026)) == 6


def test_extra_closed_day() -> None:
    assert is_working_day(date(2025, 4, 7))
    assert not is_working_day(date(2025, 4, 7), extra_closed=frozenset({date(2025, 4, 7)}))


def test_is_friday() -> None:
    assert is_friday(date(2025, 4, 11))
    assert not is_friday(date(2025, 4, 10))
    assert is_friday(datetime(2025, 4, 11, 15, 0))


# --------------------------------------------------------------------------------------
# Working-day arithmetic
# --------------------------------------------------------------------------------------


def test_next_and_previous_working_day_over_easter_2025() -> None:
    # Wed 16 April; Thu 17 to Mon 21 April are holidays or the weekend.
    assert next_working_day(date(2025, 4, 16)) == date(2025, 4, 22)
    assert previous_working_day(date(2025, 4, 22)) == date(2025, 4, 16)
    # Strictly after/before, even from a working day.
    assert next_working_day(date(2025, 4, 7)) == date(2025, 4, 8)
    assert previous_working_day(date(2025, 4, 8)) == date(2025, 4, 7)


def test_next_working_day_over_christmas_and_new_year() -> None:
    assert next_working_day(date(2025, 12, 24)) == date(2025, 12, 29)
    assert next_working_day(date(2025, 12, 31)) == date(2026, 1, 2)
    closed = customary_closed_days(2025)
    assert next_working_day(date(2025, 12, 23), extra_closed=closed) == date(2025, 12, 29)


def test_add_working_days() -> None:
    assert add_working_days(date(2025, 4, 11), 1) == date(2025, 4, 14)  # Fri → Mon
    # Mon 14 April 2025 + 3: Tue 15, Wed 16, then Thu 17 - Mon 21 are closed, Tue 22.
    assert add_working_days(date(2025, 4, 14), 3) == date(2025, 4, 22)
    assert add_working_days(date(2025, 4, 22), -3) == date(2025, 4, 14)
    assert add_working_days(date(2025, 4, 14), 5) == date(2025, 4, 24)
    assert add_working_days(date(2025, 4, 19), 0) == date(2025, 4, 19)  # 0: unchanged
    assert add_working_days(date(2025, 5, 28), 1) == date(2025, 5, 30)  # over Kr. himmelfart
    assert add_working_days(date(2025, 6, 6), 1) == date(2025, 6, 10)  # over 2. pinsedag


def test_working_days_between() -> None:
    assert working_days_between(date(2025, 4, 14), date(2025, 4, 22)) == 3
    assert working_days_between(date(2025, 4, 22), date(2025, 4, 14)) == -3
    assert working_days_between(date(2025, 4, 14), date(2025, 4, 14)) == 0
    # (Fri, Mon]: the Friday itself does not count.
    assert working_days_between(date(2025, 4, 11), date(2025, 4, 14)) == 1
    # All of 2025: 365 days - 104 weekend days - 8 weekday holidays.
    assert working_days_between(date(2024, 12, 31), date(2025, 12, 31)) == 253
    assert (
        working_days_between(
            date(2024, 12, 31), date(2025, 12, 31), extra_closed=customary_closed_days(2025)
        )
        == 250
    )


_dates = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))


@given(_dates, st.integers(min_value=-40, max_value=40))
def test_add_working_days_lands_on_working_day_and_inverts(d: date, n: int) -> None:
    result = add_working_days(d, n)
    if n > 0:
        assert is_working_day(result)
        assert working_days_between(d, result) == n
    elif n < 0:
        assert is_working_day(result)
        # Counting (result, d]: d itself counts only if it is a working day.
        assert working_days_between(d, result) == n + (0 if is_working_day(d) else 1)


@given(_dates, _dates)
def test_working_days_between_is_antisymmetric(a: date, b: date) -> None:
    assert working_days_between(a, b) == -working_days_between(b, a)


# --------------------------------------------------------------------------------------
# Calendar arithmetic
# --------------------------------------------------------------------------------------


def test_add_days() -> None:
    assert add_days(date(2025, 12, 20), 14) == date(2026, 1, 3)
    assert add_days(date(2025, 1, 3), -14) == date(2024, 12, 20)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2025, 3, 31), 1, date(2025, 4, 30)),
        (date(2025, 5, 31), -1, date(2025, 4, 30)),
        (date(2025, 8, 31), 6, date(2026, 2, 28)),
        (date(2025, 11, 15), 2, date(2026, 1, 15)),
        (date(2026, 1, 15), -2, date(2025, 11, 15)),
        (date(2025, 6, 30), 0, date(2025, 6, 30)),
        (date(2025, 1, 31), 24, date(2027, 1, 31)),
    ],
)
def test_add_months_clamps_to_month_end(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_add_months_keeps_time_of_day() -> None:
    assert add_months(datetime(2025, 1, 31, 12, 0), 1) == datetime(2025, 2, 28, 12, 0)


def test_add_years_leap_day() -> None:
    assert add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)
    assert add_years(date(2024, 2, 29), -1) == date(2023, 2, 28)
    # RK22-13: opfølgning every 2 years.
    assert add_years(date(2025, 3, 15), 2) == date(2027, 3, 15)


# --------------------------------------------------------------------------------------
# Taskforce deadline (HJ-07)
# --------------------------------------------------------------------------------------


def test_taskforce_deadline_ordinary_week() -> None:
    result = taskforce_deadline(date(2025, 4, 10))
    assert isinstance(result, TaskforceDeadline)
    assert result.deadline == datetime(2025, 4, 7, 12, 0)
    assert not result.moved
    assert result.rule == "Mandag 2025-04-07 kl. 12:00, tre dage før torsdagsmødet 2025-04-10"
    assert result.rule_en == (
        "Monday 2025-04-07 at 12:00, three days before the Thursday meeting on 2025-04-10"
    )


def test_taskforce_deadline_after_easter_2025_moves_to_wednesday() -> None:
    # Meeting Thu 24 April 2025: Monday 21 April is 2. påskedag, and Thursday 17 and Friday
    # 18 April are skærtorsdag and langfredag, so the previous working day is Wednesday 16.
    result = taskforce_deadline(date(2025, 4, 24))
    assert result.deadline == datetime(2025, 4, 16, 12, 0)
    assert result.moved
    assert result.nominal == date(2025, 4, 21)
    assert result.rule.startswith(
        "Mandag 2025-04-21 er anden påskedag; fristen flyttes til forrige arbejdsdag, "
        "onsdag 2025-04-16 kl. 12:00"
    )
    assert "skærtorsdag 2025-04-17" in result.rule and "langfredag 2025-04-18" in result.rule
    assert result.rule_en.startswith("Monday 2025-04-21 is Easter Monday;")
    assert "Wednesday 2025-04-16 at 12:00" in result.rule_en


def test_taskforce_deadline_after_easter_2026() -> None:
    assert taskforce_deadline(date(2026, 4, 9)).deadline == datetime(2026, 4, 1, 12, 0)


def test_taskforce_deadline_after_whit_monday_moves_to_friday() -> None:
    result = taskforce_deadline(date(2025, 6, 12))
    assert result.deadline == datetime(2025, 6, 6, 12, 0)
    assert "anden pinsedag" in result.rule
    assert "heller ikke" not in result.rule  # nothing but the weekend was skipped


def test_taskforce_deadline_with_profile_closing_day() -> None:
    # 24 December 2029 is a Monday: a working day by default, closed in this profile.
    meeting = date(2029, 12, 27)
    assert taskforce_deadline(meeting).deadline == datetime(2029, 12, 24, 12, 0)
    closed = taskforce_deadline(meeting, extra_closed=customary_closed_days(2029))
    assert closed.deadline == datetime(2029, 12, 21, 12, 0)
    assert "juleaftensdag, som profilen regner som lukkedag" in closed.rule
    unnamed = taskforce_deadline(date(2025, 4, 10), extra_closed=frozenset({date(2025, 4, 7)}))
    assert unnamed.deadline == datetime(2025, 4, 4, 12, 0)
    assert "lukkedag i profilen" in unnamed.rule


def test_taskforce_deadline_parameters() -> None:
    wednesday = taskforce_deadline(date(2025, 4, 10), weekday_of_deadline=2, hour=9)
    assert wednesday.deadline == datetime(2025, 4, 9, 9, 0)
    assert wednesday.rule.startswith("Onsdag 2025-04-09 kl. 09:00, én dag før")
    # Same weekday as the meeting: the week before, never the meeting day.
    same = taskforce_deadline(date(2025, 4, 10), weekday_of_deadline=3)
    assert same.deadline == datetime(2025, 4, 3, 12, 0)
    tuesday_meeting = taskforce_deadline(date(2025, 4, 8), meeting_weekday=1)
    assert tuesday_meeting.deadline == datetime(2025, 4, 7, 12, 0)


def test_taskforce_deadline_meeting_not_thursday() -> None:
    with pytest.raises(ValueError, match="ikke en torsdag") as exc:
        taskforce_deadline(date(2025, 4, 9))
    assert "not a Thursday" in str(exc.value)


@pytest.mark.parametrize("kwargs", [{"hour": 24}, {"hour": -1}, {"weekday_of_deadline": 7}])
def test_taskforce_deadline_rejects_bad_parameters(kwargs: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        taskforce_deadline(date(2025, 4, 10), **kwargs)


@given(st.dates(min_value=date(2020, 1, 2), max_value=date(2035, 12, 27)))
def test_taskforce_deadline_is_a_working_day_before_the_meeting(d: date) -> None:
    meeting = d + timedelta(days=(3 - d.weekday()) % 7)
    result = taskforce_deadline(meeting)
    day = result.deadline.date()
    assert is_working_day(day)
    assert meeting - timedelta(days=10) <= day <= meeting - timedelta(days=3)
    assert result.deadline.hour == 12 and result.deadline.minute == 0


# --------------------------------------------------------------------------------------
# Deadline status
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "da", "en"),
    [
        (datetime(2025, 4, 4, 8, 0), "3 dage og 4 timer tilbage", "3 days and 4 hours left"),
        (datetime(2025, 4, 6, 12, 0), "1 dag tilbage", "1 day left"),
        (datetime(2025, 4, 7, 10, 30), "1 time og 30 minutter tilbage", "1 hour and 30 minutes left"),
        (datetime(2025, 4, 7, 11, 59), "1 minut tilbage", "1 minute left"),
        (datetime(2025, 4, 7, 11, 59, 30), "under ét minut tilbage", "less than a minute left"),
        (datetime(2025, 4, 7, 12, 0), "fristen udløber nu", "the deadline is now"),
        (datetime(2025, 4, 7, 14, 0), "overskredet med 2 timer", "overdue by 2 hours"),
        (datetime(2025, 4, 9, 13, 5), "overskredet med 2 dage og 1 time", "overdue by 2 days and 1 hour"),
    ],
)
def test_deadline_status(now: datetime, da: str, en: str) -> None:
    status = deadline_status(datetime(2025, 4, 7, 12, 0), now)
    assert status.message == da
    assert str(status) == da
    assert status.text("en") == en
    assert status.passed == (now > datetime(2025, 4, 7, 12, 0))
