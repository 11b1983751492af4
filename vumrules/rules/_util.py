"""Small helpers shared by rule packs (text measures, iteration over a case's parts)."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str | None) -> int:
    """Number of words in ``text`` (0 for None)."""
    return len(_WORD.findall(text)) if text else 0


def has_text(text: str | None, minimum_words: int = 1) -> bool:
    return words(text) >= minimum_words
