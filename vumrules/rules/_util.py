"""Small helpers shared by rule packs (text measures, iteration over a case's parts)."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str | None) -> int:
    """Number of words in ``text`` (0 for None)."""
    return len(_WORD.findall(text)) if text else 0


def has_text(text: str | None, minimum_words: int = 1) -> bool:
    return words(text) >= minimum_words


def has_udredning(case, ctx=None) -> bool:  # noqa: ANN001 - used as a rule's applies=
    """The case has reached sagsoplysning: an udredning with at least one theme."""
    return bool(case.udredning and case.udredning.temaer)


# --------------------------------------------------------------------------- paragraphs

from typing import Iterable, NamedTuple  # noqa: E402


class Paragraf(NamedTuple):
    """A statutory section as the documents cite it: law abbreviation and section number.

    ``Paragraf("SEL", "107")`` for "SEL § 107", "§107", "serviceloven § 107" or
    "§ 107 i serviceloven"; ``Paragraf("ABL", "105")`` for "ABL § 105" or
    "almenboligloven § 105"; ``Paragraf("RSL", "9b")`` for "retssikkerhedsloven § 9 b".
    """

    lov: str
    nummer: str

    def __str__(self) -> str:
        return f"{self.lov} § {self.nummer}"


# Law names and abbreviations as caseworkers write them → one abbreviation. Longest first so
# "servicelovens" wins over "servicelov".
_LAW_NAMES: dict[str, str] = {
    "lov om social service": "SEL",
    "servicelovens": "SEL",
    "serviceloven": "SEL",
    "servicelov": "SEL",
    "sel": "SEL",
    "sl": "SEL",
    "lov om almene boliger": "ABL",
    "almenboliglovens": "ABL",
    "almenboligloven": "ABL",
    "almenboliglov": "ABL",
    "abl": "ABL",
    "retssikkerhedslovens": "RSL",
    "retssikkerhedsloven": "RSL",
    "rsl": "RSL",
    "rtl": "RSL",
}
_LAW_RE = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(_LAW_NAMES, key=len, reverse=True))
_LAW = re.compile(rf"(?<![\w])({_LAW_RE})(?![\w])", re.I)
# one section number: digits with an optional letter a-h ("9 b", "85a"); "i" (as in
# "§ 85 i serviceloven") is deliberately not a section letter
_NUM = r"\d+(?:\s*[a-h](?![\w]))?"
_SECTION = re.compile(rf"§§?\s*({_NUM}(?:\s*(?:,|og|&|/|samt)\s*{_NUM})*)", re.I)
_LAW_AFTER = re.compile(
    rf"^(?:\s*,?\s*(?:stk\.|nr\.)\s*\d+)*\s*,?\s*(?:i|efter|jf\.?)?\s*({_LAW_RE})(?![\w])(?!\s*§)", re.I)


def _law(name: str) -> str:
    return _LAW_NAMES[re.sub(r"\s+", " ", name.lower())]


def paragraffer(text: str | None, standard_lov: str = "SEL") -> list[Paragraf]:
    """Every section cited in ``text``, in order, without repeats.

    The law is the one named just before the "§" (since the previous citation), else the
    one named just after it ("§ 85 i serviceloven", "§ 105 ABL"), else ``standard_lov``
    (a bare "§ 85" in a social case means the Serviceloven). "§§ 97, 98 og 100" gives three
    sections; "stk." and "nr." are ignored.
    """
    if not text:
        return []
    out: list[Paragraf] = []
    start = 0
    for m in _SECTION.finditer(text):
        before = list(_LAW.finditer(text, start, m.start()))
        after = _LAW_AFTER.match(text[m.end():])
        if before:
            lov = _law(before[-1].group(1))
        elif after:
            lov = _law(after.group(1))
        else:
            lov = standard_lov.upper()
        for num in re.findall(_NUM, m.group(1), re.I):
            p = Paragraf(lov, re.sub(r"\s+", "", num).lower())
            if p not in out:
                out.append(p)
        start = m.end() + (after.end() if after and not before else 0)
    return out


def paragraf(text: str | None, standard_lov: str = "SEL") -> Paragraf | None:
    """The first section cited in ``text`` (see :func:`paragraffer`), or None."""
    found = paragraffer(text, standard_lov)
    return found[0] if found else None


def paragraf_i(text: str | None, liste: Iterable[str], standard_lov: str = "SEL") -> bool:
    """True if ``text`` cites a section in ``liste`` (itself written as citations, e.g. a
    profile option ``["SEL § 107", "SEL § 108", "ABL § 105"]``)."""
    wanted = {p for item in liste for p in paragraffer(item, standard_lov)}
    return any(p in wanted for p in paragraffer(text, standard_lov))
