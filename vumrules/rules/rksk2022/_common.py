"""Helpers shared by the RKB rules (Ringkøbing-Skjern drejebog 2022)."""

from __future__ import annotations

from datetime import date
from typing import Iterator

from ...calendar import add_months
from ...model import Case, Indsats, Indsatsmaal
from .._util import paragraf_i


def fold(text: str | None) -> str:
    """Lower-case text for matching words the way caseworkers write them."""
    return (text or "").strip().lower()


def indsatser(case: Case) -> Iterator[tuple[int, Indsats]]:
    if case.bestilling:
        yield from enumerate(case.bestilling.indsatser)


def indsatsmaal(case: Case) -> Iterator[tuple[int, int, Indsatsmaal]]:
    for i, ind in indsatser(case):
        for j, maal in enumerate(ind.indsatsmaal):
            yield i, j, maal


def indsats_paragraf(case: Case, ind: Indsats) -> str | None:
    """The section an indsats is granted under: its own, else the afgørelse's."""
    if ind.paragraf:
        return ind.paragraf
    return case.afgoerelse.paragraf if case.afgoerelse else None


def cites(text: str | None, liste) -> bool:
    return paragraf_i(text, liste)


def support_ends(case: Case) -> date | None:
    """When the support ends or ended (ophør), if known."""
    return case.ophoer.dato if case.ophoer and case.ophoer.dato else None


def interval_breaches(start: date, dates: list[tuple[int, date]], until: date | None,
                      months: int) -> Iterator[tuple[int | None, date, date]]:
    """Where a series of events (index, date), sorted by date, lets more than ``months``
    months pass: from ``start`` to the first, between two, and from the last to ``until``
    (today or the end of the support; None = do not look past the last event).

    Yields (index of the late event, or None when overdue at ``until``; the previous event's
    date; the deadline that was missed).
    """
    prev = start
    for k, d in dates:
        if d < start:
            continue
        deadline = add_months(prev, months)
        if d > deadline:
            yield k, prev, deadline
        prev = max(prev, d)
    deadline = add_months(prev, months)
    if until is not None and until > deadline:
        yield None, prev, deadline


def support_period(case: Case, chosen: list[tuple[int, Indsats]], today: date) -> tuple[date | None, date]:
    """(start, until) of the support given by ``chosen`` indsatser: start is the earliest
    startdato (else the bestilling's date); until is today, or the end of the support if it
    ended earlier (ophør, or every chosen indsats has ended)."""
    starts = [ind.startdato for _, ind in chosen if ind.startdato]
    start = min(starts) if starts else (case.bestilling.dato if case.bestilling else None)
    until = today
    ends = [ind.slutdato for _, ind in chosen]
    if ends and all(ends):
        until = min(until, max(e for e in ends if e))
    stop = support_ends(case)
    if stop:
        until = min(until, stop)
    return start, until
