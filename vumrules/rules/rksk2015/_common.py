"""Helpers shared by the RKA rules (Ringkøbing-Skjern drejebog 2015, seed 001).

Not a rule module (the leading underscore keeps :func:`vumrules.rules.packs.collect` away).
Everything here is pure: lists the rules compare against live in the rules' options (so a
profile can change them); this module only holds the matching logic and the fixed Danish and
English phrases that fill a message's ``{problem}`` placeholder (never text from the case).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Iterable, Iterator, Mapping, Sequence

from ...model import Case, Indsats, Indsatsmaal
from ...vocabulary import fold

#: what "Hvem kommer henvendelsen fra?" says when the citizen made the request (the 2015 text
#: says "bruger", later texts "borger")
BORGER_ORD: tuple[str, ...] = ("borger", "bruger")


def problem(table: Mapping[str, tuple[str, str]], key: str, **args: object) -> dict[str, object]:
    """Message arguments ``problem``/``problem_en`` from a rule's fixed phrase table; the
    phrases may use ``{placeholders}`` filled from ``args`` (dates, counts, theme names), and
    ``args`` are passed on as message arguments too."""
    da, en = table[key]
    return {"problem": da.format(**args), "problem_en": en.format(**args), **args}


def er_borger(afsender: str | None) -> bool:
    return bool(afsender) and fold(afsender) in {fold(o) for o in BORGER_ORD}


def as_date(d: date | datetime | None) -> date | None:
    return d.date() if isinstance(d, datetime) else d


def matcher(text: str | None, ord_: Iterable[str]) -> str | None:
    """The first of ``ord_`` found in ``text`` as a whole word/phrase (folded), else None."""
    if not text:
        return None
    t = fold(text)
    for o in ord_:
        if re.search(rf"(?<!\w){re.escape(fold(o))}(?!\w)", t):
            return o
    return None


_PARAGRAF = re.compile(r"§+\s*(\d+)")


def paragraf_numre(text: str | None) -> set[str]:
    """Section numbers cited in ``text`` ("SEL § 85" → {"85"})."""
    return set(_PARAGRAF.findall(text or ""))


def tilbudstype(texts: Sequence[str | None], typer: Mapping[str, Sequence[str]]) -> str | None:
    """Which kind of offer (a key of ``typer``) the texts name.

    ``typer`` maps a kind ("bostoette", "botilbud", "dagtilbud") to words and section
    citations ("§ 107"); the first text that matches a kind decides (the indstilling's
    tilbudstype before its paragraf).
    """
    for text in texts:
        if not text:
            continue
        numbers = paragraf_numre(text)
        for kind, words in typer.items():
            for w in words:
                if w.lstrip().startswith("§"):
                    if paragraf_numre(w) & numbers:
                        return kind
                elif matcher(text, (w,)):
                    return kind
    return None


def alle_indsatsmaal(case: Case) -> Iterator[tuple[tuple[str | int, ...], Indsats, Indsatsmaal]]:
    """(path, indsats, indsatsmål) for every indsatsmål in the bestilling."""
    if not case.bestilling:
        return
    for i, indsats in enumerate(case.bestilling.indsatser):
        for j, maal in enumerate(indsats.indsatsmaal):
            yield ("bestilling", "indsatser", i, "indsatsmaal", j), indsats, maal


def indsats_label(indsats: Indsats, i: int) -> str:
    """How a message names an indsats: its id, else its number (its name may be free text)."""
    return indsats.id or f"nr. {i + 1}"


def maal_label(maal: Indsatsmaal, j: int) -> str:
    return maal.id or f"nr. {j + 1}"
