"""VUM004: scores use the method's scale (VUM-04)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation


def scored_fields(case: Case):
    """(path, value, what) for every score-like field in the case."""
    if case.udredning:
        for i, t in enumerate(case.udredning.temaer):
            if t.score is not None:
                yield ("udredning", "temaer", i, "score"), t.score, ("Temaets score", "The theme's score")
            for j, u in enumerate(t.undertemaer):
                if u.score is not None:
                    yield ("udredning", "temaer", i, "undertemaer", j, "score"), u.score, ("Undertemaets score", "The sub-theme's score")
    if case.bestilling:
        for i, ind in enumerate(case.bestilling.indsatser):
            for j, m in enumerate(ind.indsatsmaal):
                base = ("bestilling", "indsatser", i, "indsatsmaal", j)
                if m.fko_status is not None:
                    yield base + ("fko_status",), m.fko_status, ("FKO-status", "The FKO status")
                if m.maalsaetning_score is not None:
                    yield base + ("maalsaetning_score",), m.maalsaetning_score, ("Målsætningens score", "The target score")


@rule(
    code="VUM004",
    name="score-paa-skala",
    requirements=("VUM-04",),
    severity="error",
    message=("{hvad} {score} findes ikke på {metode}-skalaen ({skala})",
             "{hvad_en} {score} is not on the {metode} scale ({skala})"),
    what=("Kontrollerer at alle scores (temaer, undertemaer, FKO-status og målsætning) er "
          "værdier på metodens skala: VUM 1.0: 0, 1, 2, 3, 3.5, 4; VUM 2.0 (FFB): 0-4.",
          "Checks that every score (themes, sub-themes, FKO status and target) is a value on "
          "the method's scale: VUM 1.0: 0, 1, 2, 3, 3.5, 4; VUM 2.0 (FFB): 0-4."),
    why=("Skalaerne er forskellige: 3.5 (svært problem, passiv deltager) findes kun i VUM 1.0. "
         "En værdi uden for skalaen kan ikke tolkes og ødelægger statistik og FKO.",
         "The scales differ: 3.5 (severe problem, passive participant) exists only in VUM 1.0. "
         "A value off the scale cannot be interpreted and corrupts statistics and FKO."),
    source="001 §4.2.2; 003 §3.2.2",
    example_fail="""
        format_version: "1.0"
        sag_id: S-1004
        udredning:
          metode: vum2
          temaer:
            - navn: Mobilitet
              score: 3.5  # expect: VUM004
              beskrivelse: Går kun korte stræk med rollator, og kun med støtte fra personalet.
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: S-1004
        udredning:
          metode: vum1
          temaer:
            - navn: Mobilitet
              score: 3.5
              beskrivelse: Går kun korte stræk med rollator, og kun med støtte fra personalet.
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    v = ctx.vocabulary
    scale = ", ".join(f"{s:g}" for s in v.scale)
    for path, value, what in scored_fields(case):
        if not v.valid_score(value):
            yield violation(*path, hvad=what[0], hvad_en=what[1], score=f"{value:g}", metode=ctx.method.upper(), skala=scale)


RULE = check
