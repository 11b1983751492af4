"""RKB007: the visitationsudvalg's outcome is one of its four decisions, and a rejection ends
in an afslag (RK22-07)."""

from __future__ import annotations

import re
from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._common import fold

#: spellings (present and past tense, as minutes write them) → the four outcomes of §3.4.3
_OUTCOMES = {
    "godkendt": "Godkendt",
    "godkendes": "Godkendt",
    "godkendt med ændringer": "Godkendt med ændringer",
    "godkendes med ændringer": "Godkendt med ændringer",
    "returneret til yderligere belysning": "Returneret til yderligere belysning",
    "returneres til yderligere belysning": "Returneret til yderligere belysning",
    "returneret til rådgiver til yderligere belysning": "Returneret til yderligere belysning",
    "returneres til rådgiver til yderligere belysning": "Returneret til yderligere belysning",
    "afvist": "Afvist",
    "afvises": "Afvist",
    "afvist (afslag)": "Afvist",
    "afvist og der meddeles afslag": "Afvist",
    "afvises og der meddeles afslag": "Afvist",
}


def outcome(text: str | None) -> str | None:
    """The canonical outcome for a recorded result, or None if it is not one of the four."""
    key = re.sub(r"\s+", " ", fold(text)).rstrip(".")
    return _OUTCOMES.get(key)


@rule(
    code="RKB007",
    name="visitationsudvalg-udfald",
    requirements=("RK22-07",),
    severity="error",
    message=("Visitationsudvalget: {krav}", "Visitationsudvalget (allocation committee): {krav_en}"),
    what=("`indstilling.visitationsudvalg.resultat` skal være et af udvalgets fire udfald: "
          "Godkendt, Godkendt med ændringer, Returneret til yderligere belysning eller Afvist "
          "(også skrevet i nutid, fx 'Godkendes'). Et møde med dato skal have et resultat. Er "
          "indstillingen afvist, skal en afgørelse være et afslag; er den godkendt, må den ikke "
          "være det; er den returneret, må der ikke være truffet afgørelse på den.",
          "`indstilling.visitationsudvalg.resultat` must be one of the committee's four "
          "outcomes: Godkendt, Godkendt med ændringer, Returneret til yderligere belysning or "
          "Afvist (present tense accepted too). A meeting with a date must have a result. A "
          "rejection must end in an afslag; an approval must not; a returned indstilling must "
          "not have been decided on."),
    why=("Drejebog 2022 §3.4.3: udvalget kan træffe afgørelse om, at indstillingen godkendes, "
         "godkendes med ændringer, returneres til rådgiver til yderligere belysning, eller "
         "afvises og der meddeles afslag. Afgørelsen udarbejdes på grundlag af udvalgets "
         "beslutning (§3.4.4).",
         "2022 handbook §3.4.3: the committee approves, approves with changes, returns for "
         "further information, or rejects with an afslag; the decision letter follows the "
         "committee's decision (§3.4.4)."),
    source="003 §3.4.3-3.4.4",
    applies=lambda case, ctx: bool(case.indstilling and case.indstilling.visitationsudvalg),
    example_fail="""
        format_version: "1.0"
        sag_id: RKB-007
        indstilling:
          modtager: visitationsudvalg
          visitationsudvalg:
            moede_dato: 2023-10-05
            resultat: Udsat  # expect: RKB007
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKB-007
        indstilling:
          modtager: visitationsudvalg
          visitationsudvalg:
            moede_dato: 2023-10-05
            resultat: Godkendt med ændringer
        afgoerelse:
          type: bevilling
          dato: 2023-10-09
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    vu = case.indstilling.visitationsudvalg if case.indstilling else None
    if vu is None:
        return
    where = ("indstilling", "visitationsudvalg", "resultat")
    if not (vu.resultat or "").strip():
        if vu.moede_dato:
            yield violation(*where, krav=f"mødet {vu.moede_dato.isoformat()} har intet resultat",
                            krav_en=f"the meeting on {vu.moede_dato.isoformat()} has no result")
        return
    result = outcome(vu.resultat)
    if result is None:
        yield violation(*where,
                        krav="resultatet er ikke et af udvalgets fire udfald (Godkendt, Godkendt "
                             "med ændringer, Returneret til yderligere belysning, Afvist)",
                        krav_en="the result is not one of the committee's four outcomes "
                                "(Godkendt, Godkendt med ændringer, Returneret til yderligere "
                                "belysning, Afvist)")
        return
    a = case.afgoerelse
    if a is None or a.type is None:
        return
    if result == "Afvist" and a.type != "afslag":
        yield violation("afgoerelse", "type",
                        krav="indstillingen er afvist, men afgørelsen er ikke et afslag",
                        krav_en="the indstilling was rejected, but the decision is not an afslag")
    elif result.startswith("Godkendt") and a.type == "afslag":
        yield violation("afgoerelse", "type",
                        krav="indstillingen er godkendt, men afgørelsen er et afslag",
                        krav_en="the indstilling was approved, but the decision is an afslag")
    elif result.startswith("Returneret") and (
            a.dato is None or vu.moede_dato is None or a.dato >= vu.moede_dato):
        yield violation("afgoerelse",
                        krav="indstillingen er returneret til yderligere belysning, men der er "
                             "truffet afgørelse uden en ny behandling i udvalget",
                        krav_en="the indstilling was returned for further information, but a "
                                "decision was made without the committee deciding again")


RULE = check
