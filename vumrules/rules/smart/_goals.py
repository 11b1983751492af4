"""Iterating over a case's goals and phrasing SMART results for findings."""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from ...model import Case
from ...text.smart import SmartAnalysis, analyse_goal, find_metodeanvisninger


# SMT001/002 and SMT003 read the same goals: each text is analysed once (pure functions,
# memoised on their arguments)
analysed = lru_cache(maxsize=512)(analyse_goal)
metodeanvisninger = lru_cache(maxsize=512)(find_metodeanvisninger)

LETTER_NAMES = {
    "S": ("specifikt", "specific"), "M": ("målbart", "measurable"), "A": ("accepteret", "accepted"),
    "R": ("realistisk", "realistic"), "T": ("tidsbestemt", "time-bound"),
}


def indsatsmaal(case: Case) -> Iterator[tuple[tuple, object]]:
    if not case.bestilling:
        return
    for i, ind in enumerate(case.bestilling.indsatser):
        for j, m in enumerate(ind.indsatsmaal):
            if m.tekst and m.tekst.strip():
                yield ("bestilling", "indsatser", i, "indsatsmaal", j), m


def delmaal(case: Case) -> Iterator[tuple[tuple, object]]:
    for path, m in indsatsmaal(case):
        for k, d in enumerate(m.delmaal):  # type: ignore[attr-defined]
            if d.tekst and d.tekst.strip():
                yield path + ("delmaal", k), d


def smart_args(a: SmartAnalysis) -> dict[str, str]:
    """Message arguments naming the missing letters and why, in both languages. The
    analyzer's texts quote at most a fixed trigger phrase, never the goal (FK-04)."""
    letters = [p for p in a.problems if p.letter in LETTER_NAMES]
    return {
        "mangler": ", ".join(f"{l} ({LETTER_NAMES[l][0]})" for l in a.missing),
        "mangler_en": ", ".join(f"{l} ({LETTER_NAMES[l][1]})" for l in a.missing),
        "hvorfor": " ".join(p.message_da for p in letters),
        "hvorfor_en": " ".join(p.message_en for p in letters),
    }
