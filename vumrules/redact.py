"""Redaction of personal data in everything vumrules writes (FK-04).

By default no report, sweep result or CI output may carry a CPR number or a citizen's name.
This module is the one place that decides what counts as either; the report layer builds
one :class:`Redactor` per case from the names found in it (the citizen, pårørende, værge …)
and passes every string it writes through it.

CPR numbers
-----------
:data:`CPR_RE` matches any *CPR-shaped* token: six digits, an optional dash or space, four
digits, not part of a longer run of digits. It deliberately checks neither the modulus-11
digit (CPR numbers without it have been issued since 2007) nor that the first six digits
form a real date (project standard: "redaction must catch any CPR-shaped number, valid
date or not" — a mistyped CPR number is still personal data). The price is over-redaction
of other ten-digit tokens such as phone numbers with a country code or account numbers;
for redaction that is the safe side.

Names
-----
Each name is redacted as a whole and through each of its parts of at least two letters
(first names, middle names, surnames and the halves of a hyphenated name), case-insensitive
and only as whole words: the name "Bo" redacts "Bo" and "BO", never "Bolig". A Danish
genitive -s (or -' / -'s) after a name is kept in the output ("[NAVN]s bolig") but the name
is still caught. A surname that is also an ordinary word ("Skov", "Bach") is redacted
wherever the word occurs: again the safe side.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Iterable

__all__ = [
    "CPR_PLACEHOLDER",
    "CPR_RE",
    "NAME_PLACEHOLDER",
    "Redactor",
    "contains_cpr",
    "find_cpr",
    "redact_text",
]

CPR_PLACEHOLDER = "[CPR]"
NAME_PLACEHOLDER = "[NAVN]"

#: A CPR-shaped token: ``DDMMYY-SSSS``, ``DDMMYY SSSS`` or ``DDMMYYSSSS``, not inside a
#: longer digit run. ``\d`` is Unicode-aware, so digits from other scripts count too (and
#: also block a match as neighbours, which keeps "part of a longer number" consistent).
CPR_RE = re.compile(r"(?<!\d)\d{6}[- ]?\d{4}(?!\d)")

# Parts shorter than this are initials ("A." in "Anne A. Hansen") and would redact
# single letters all over the text.
_MIN_PART = 2


def find_cpr(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of every CPR-shaped token in ``text``."""
    return [m.span() for m in CPR_RE.finditer(text)]


def contains_cpr(text: str) -> bool:
    """True if ``text`` contains a CPR-shaped token."""
    return CPR_RE.search(text) is not None


def _name_variants(names: Iterable[str]) -> set[str]:
    """Each name (NFC, whitespace collapsed) and its parts of at least two characters."""
    if isinstance(names, str):
        # A bare string is one name, not an iterable of one-letter "names" (which would
        # all fall under the minimum length and silently redact nothing).
        names = (names,)
    variants: set[str] = set()
    for raw in names:
        if not isinstance(raw, str):
            continue
        name = " ".join(unicodedata.normalize("NFC", raw).split())
        if len(name) >= _MIN_PART:
            variants.add(name)
        for word in name.split(" "):
            # The hyphenated whole ("Anne-Marie") and each half ("Anne", "Marie").
            for part in (word, *word.split("-")):
                part = part.strip(".,'’")
                if len(part) >= _MIN_PART:
                    variants.add(part)
    return variants


def _name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    variants = _name_variants(names)
    if not variants:
        return None
    # Longest first, so "Anne-Marie Sørensen" wins over "Anne" in the alternation and the
    # full name becomes one placeholder rather than three.
    alternatives = [
        r"\s+".join(re.escape(w) for w in v.split(" "))
        for v in sorted(variants, key=lambda v: (-len(v), v))
    ]
    # Whole words only (lookarounds rather than \b, so a name ending in a non-word character
    # still works); \w is Unicode-aware, so æ, ø and å are word characters. The optional
    # genitive is captured so it can be put back after the placeholder.
    return re.compile(
        r"(?<!\w)(?:" + "|".join(alternatives) + r")(?P<gen>['’]s?|s)?(?!\w)",
        re.IGNORECASE,
    )


def _redact(text: str, pattern: re.Pattern[str] | None) -> str:
    # NFC first: text from some sources spells "å" as "a" + combining ring, which would
    # otherwise slip past a name written with the composed letter.
    text = unicodedata.normalize("NFC", text)
    text = CPR_RE.sub(CPR_PLACEHOLDER, text)
    if pattern is not None:
        text = pattern.sub(lambda m: NAME_PLACEHOLDER + (m.group("gen") or ""), text)
    return text


def redact_text(text: str, *, names: Iterable[str] = ()) -> str:
    """``text`` with CPR-shaped numbers replaced by ``[CPR]`` and the given names by ``[NAVN]``.

    The text is returned in Unicode NFC form. For many strings with the same names, build a
    :class:`Redactor` once instead: it compiles the name pattern a single time.
    """
    return _redact(text, _name_pattern(names))


@dataclass(frozen=True)
class Redactor:
    """Redacts CPR numbers and a fixed set of names; build one per case.

    ``Redactor(names=["Anne-Marie Sørensen", "Bo Jensen"])``; any iterable of names is
    accepted and stored as a frozenset. :meth:`text` redacts one string, :meth:`value` a
    whole JSON-like structure.
    """

    names: frozenset[str] = frozenset()
    _pattern: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # frozen: set the derived fields through object.__setattr__, once.
        given: Any = self.names
        if isinstance(given, str):
            given = (given,)  # one name, not its letters
        names = frozenset(n for n in given if isinstance(n, str))
        object.__setattr__(self, "names", names)
        object.__setattr__(self, "_pattern", _name_pattern(names))

    def with_names(self, names: Iterable[str]) -> Redactor:
        """A new redactor that also knows ``names``."""
        if isinstance(names, str):
            names = (names,)
        return Redactor(self.names | frozenset(names))

    def text(self, s: str) -> str:
        """``s`` redacted (see :func:`redact_text`)."""
        return _redact(s, self._pattern)

    def value(self, obj: Any) -> Any:
        """A copy of ``obj`` with every string in it redacted, recursively.

        Walks dicts (keys and values), lists, tuples, sets and frozensets; other values
        (numbers, dates, None, arbitrary objects) are returned unchanged, so a CPR number
        stored as an int is *not* caught — serialise such data to strings first. If two
        dict keys become equal after redaction (two CPR numbers as keys), later ones get
        " #2", " #3" … so no value is lost.
        """
        if isinstance(obj, str):
            return self.text(obj)
        if isinstance(obj, dict):
            out: dict[Any, Any] = {}
            for key, val in obj.items():
                new_key = self.value(key) if isinstance(key, str) else key
                if new_key in out:
                    n = 2
                    while f"{new_key} #{n}" in out:
                        n += 1
                    new_key = f"{new_key} #{n}"
                out[new_key] = self.value(val)
            return out
        if isinstance(obj, list):
            return [self.value(v) for v in obj]
        if isinstance(obj, tuple):
            return tuple(self.value(v) for v in obj)
        if isinstance(obj, (set, frozenset)):
            return type(obj)(self.value(v) for v in obj)
        return obj
