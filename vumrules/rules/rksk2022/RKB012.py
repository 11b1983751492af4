"""RKB012: the same information is never documented both as delmålsnotat and as pædagogisk
notat (RK22-12)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Iterator

from ...findings import Path, Violation
from ...model import Case, Notat
from ...rule import RuleContext, rule, violation
from .._util import words
from ._common import fold, indsatsmaal


def _is_paedagogisk(n: Notat) -> bool:
    return "pædagog" in fold(n.type) or "paedagog" in fold(n.type)


def _norm(text: str | None) -> list[str]:
    return re.findall(r"\w+", fold(text))


def _notes(case: Case) -> tuple[list[tuple[Path, Notat]], list[tuple[Path, Notat]]]:
    """(delmålsnotater, pædagogiske notater) with their paths."""
    delmaal: list[tuple[Path, Notat]] = []
    paed: list[tuple[Path, Notat]] = []
    for i, j, m in indsatsmaal(case):
        for k, d in enumerate(m.delmaal):
            for n_i, n in enumerate(d.notater):
                path = ("bestilling", "indsatser", i, "indsatsmaal", j, "delmaal", k, "notater", n_i)
                (paed if _is_paedagogisk(n) else delmaal).append((path, n))
    for n_i, n in enumerate(case.journalnotater):
        if _is_paedagogisk(n):
            paed.append((("journalnotater", n_i), n))
        elif "delmål" in fold(n.type) or "delmaal" in fold(n.type):
            delmaal.append((("journalnotater", n_i), n))
    return delmaal, paed


@rule(
    code="RKB012",
    name="samme-oplysning-i-delmaals-og-paedagogisk-notat",
    requirements=("RK22-12",),
    severity="warning",
    message=("Det pædagogiske notat fra {dato} gentager et delmålsnotat fra {delmaal_dato} "
             "({lighed} % ens): samme oplysninger dokumenteres aldrig både som delmålsnotat og "
             "som pædagogisk notat",
             "The pædagogisk notat of {dato} repeats a delmålsnotat of {delmaal_dato} "
             "({lighed} % alike): the same information is never documented both as a "
             "delmålsnotat and as a pædagogisk notat"),
    what=("Sammenligner hvert pædagogisk notat (type indeholder 'pædagog') med delmålsnotaterne "
          "(noter under delmål, eller journalnotater af typen delmålsnotat). Et par med højst "
          "`max_dage_mellem` dages afstand, hvor teksterne er mindst `min_lighed_pct` % ens "
          "(ordsekvens-lighed) og begge har mindst `min_ord` ord, er en dobbeltdokumentation.",
          "Compares each pædagogisk notat with the delmålsnotater (notes under delmål, or "
          "journal notes of type delmålsnotat). A pair at most `max_dage_mellem` days apart whose "
          "texts are at least `min_lighed_pct` % alike (word-sequence similarity), both with at "
          "least `min_ord` words, is double documentation."),
    why=("Drejebog 2022 §3.6.3-3.6.4: \"Samme oplysninger dokumenteres aldrig både under "
         "delmåls- og pædagogisk notat.\" Pædagogiske notater er til ændringer og oplysninger, "
         "der ikke relaterer til indsatsmålene.",
         "2022 handbook §3.6.3-3.6.4: the same information is never documented both as delmål "
         "note and pædagogisk note; pædagogiske notater are for changes and information not "
         "related to the goals."),
    source="003 §3.6.3-3.6.4",
    options={"max_dage_mellem": 0, "min_lighed_pct": 80, "min_ord": 5},
    applies=lambda case, ctx: bool(_notes(case)[1]),
    example_fail="""
        format_version: "1.0"
        sag_id: RKB-012
        bestilling:
          dato: 2023-09-01
          indsatser:
            - id: I1
              paragraf: SEL § 85
              indsatsmaal:
                - id: M1
                  tekst: Jeg vil kunne handle ind selv.
                  delmaal:
                    - id: D1
                      tekst: Borger handler ind i Brugsen med støtte hver tirsdag i oktober.
                      notater:
                        - dato: 2023-10-03
                          type: delmaalsnotat
                          tekst: Borger handlede ind i Brugsen efter indkøbslisten og betalte selv ved kassen.
        journalnotater:
          - dato: 2023-10-03  # expect: RKB012
            type: paedagogisk
            tekst: Borger handlede ind i Brugsen efter indkøbslisten og betalte selv ved kassen i dag.
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKB-012
        bestilling:
          dato: 2023-09-01
          indsatser:
            - id: I1
              paragraf: SEL § 85
              indsatsmaal:
                - id: M1
                  tekst: Jeg vil kunne handle ind selv.
                  delmaal:
                    - id: D1
                      tekst: Borger handler ind i Brugsen med støtte hver tirsdag i oktober.
                      notater:
                        - dato: 2023-10-03
                          type: delmaalsnotat
                          tekst: Borger handlede ind i Brugsen efter indkøbslisten og betalte selv ved kassen.
        journalnotater:
          - dato: 2023-10-03
            type: paedagogisk
            tekst: Borger fortæller, at søsteren er flyttet til Herning, og at han savner hende.
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    o = ctx.options
    max_days, min_sim, min_words = int(o["max_dage_mellem"]), float(o["min_lighed_pct"]), int(o["min_ord"])
    delmaal, paed = _notes(case)
    for p_path, p in paed:
        if p.dato is None or words(p.tekst) < min_words:
            continue
        best: tuple[float, Notat] | None = None
        for _, d in delmaal:
            if d.dato is None or abs((d.dato - p.dato).days) > max_days or words(d.tekst) < min_words:
                continue
            sim = 100 * SequenceMatcher(None, _norm(p.tekst), _norm(d.tekst), autojunk=False).ratio()
            if sim >= min_sim and (best is None or sim > best[0]):
                best = (sim, d)
        if best is not None:
            yield violation(*p_path, dato=p.dato.isoformat(),
                            delmaal_dato=best[1].dato.isoformat() if best[1].dato else "-",
                            lighed=round(best[0]))


RULE = check
