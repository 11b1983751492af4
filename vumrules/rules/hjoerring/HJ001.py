"""HJ001: a botilbud indstilling to the visitationsudvalg is discussed in the taskforce first (HJ-01)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._faelles import VISITATIONSUDVALG, first_meeting_date, fmt, is_botilbud, same


def _to_visitation(case: Case) -> bool:
    ind = case.indstilling
    if ind is None:
        return False
    if same(ind.modtager, VISITATIONSUDVALG):
        return True
    # in CURA the taskforce writes in "visitationsudvalgets konklusion" too; only a meeting
    # date of the visitationsudvalg on an indstilling not addressed to the taskforce counts
    return (not same(ind.modtager, "taskforce") and ind.visitationsudvalg is not None
            and ind.visitationsudvalg.moede_dato is not None)


def _botilbud(case: Case) -> bool:
    ind = case.indstilling
    return ind is not None and (is_botilbud(ind.tilbudstype, ind.paragraf)
                                or ind.botilbud_fagligt_relevant is True)


@rule(
    code="HJ001",
    name="botilbud-uden-taskforce",
    requirements=("HJ-01",),
    severity="error",
    message=("Indstillingen om botilbud til visitationsudvalget er ikke drøftet i taskforcen "
             "(Botilbud i eget hjem) først: {grund}",
             "The recommendation of a botilbud to the visitationsudvalg was not discussed in "
             "the taskforce (Botilbud i eget hjem) first: {grund_en}"),
    what=("Finder sager med en indstilling om botilbud (tilbudstype botilbud, SEL § 107/§ 108 "
          "eller ABL § 105, eller botilbud vurderet fagligt relevant) til visitationsudvalget, "
          "hvor der ingen taskforcedrøftelse er registreret (`indstilling.taskforce.moede_dato` "
          "eller en hændelse `taskforce_moede`), eller hvor drøftelsen ligger efter "
          "indstillingen eller visitationsudvalgets møde. \"Botilbud i eget hjem\" tæller ikke "
          "som botilbud.",
          "Finds cases with a recommendation of a botilbud (offer type botilbud, SEL § 107/"
          "§ 108 or ABL § 105, or botilbud judged relevant) to the visitationsudvalg with no "
          "taskforce discussion recorded (`indstilling.taskforce.moede_dato` or a "
          "`taskforce_moede` event), or with the discussion after the recommendation or the "
          "visitationsudvalg's meeting. \"Botilbud i eget hjem\" does not count as a botilbud."),
    why=("Arbejdsgangen: \"Sager der skal drøftes i Taskforcen: Alle botilbudsansøgninger, hvor "
         "det vurderes, at der kan blive tale om en indstilling om botilbud til "
         "visitationsudvalget\". Taskforcen er den faglige sluse, der skal sikre, at borgere i "
         "målgruppen for botilbud i eget hjem får hjælpen i egen bolig. § 107-sager på "
         "baseline og sager, hvor der ønskes sparring, kan ikke ses af sagen alene.",
         "The procedure: \"Cases to be discussed in the taskforce: all botilbud applications "
         "that may end in a recommendation of a botilbud to the visitationsudvalg\". The "
         "taskforce is the professional gate making sure citizens who can be helped in their "
         "own home get that help. § 107 cases on baseline and cases where sparring is wanted "
         "cannot be told from the case alone."),
    source="000 \"Sager der skal drøftes i Taskforcen\"",
    example_fail="""
        format_version: "1.0"
        sag_id: HJ-1001
        indstilling:
          dato: 2025-05-06
          modtager: visitationsudvalg  # expect: HJ001
          tilbudstype: botilbud
          paragraf: SEL § 108
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: HJ-1001
        indstilling:
          dato: 2025-05-06
          modtager: visitationsudvalg
          tilbudstype: botilbud
          paragraf: SEL § 108
          taskforce:
            moede_dato: 2025-04-24
          visitationsudvalg:
            moede_dato: 2025-05-14
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    if not (_to_visitation(case) and _botilbud(case)):
        return
    ind = case.indstilling
    assert ind is not None
    first = first_meeting_date(case)
    if first is None:
        at = ("indstilling", "modtager") if ind.modtager else ("indstilling",)
        yield violation(*at, grund="ingen taskforcedrøftelse er registreret",
                        grund_en="no taskforce discussion is recorded")
        return
    vu = ind.visitationsudvalg.moede_dato if ind.visitationsudvalg else None
    if vu is not None and first >= vu:
        yield violation("indstilling", "taskforce", "moede_dato",
                        grund=f"taskforcemødet {fmt(first)} ligger ikke før visitationsudvalgets "
                              f"møde {fmt(vu)}",
                        grund_en=f"the taskforce meeting {fmt(first)} is not before the "
                                 f"visitationsudvalg's meeting {fmt(vu)}")
    elif ind.dato is not None and first > ind.dato:
        yield violation("indstilling", "taskforce", "moede_dato",
                        grund=f"taskforcemødet {fmt(first)} ligger efter indstillingen "
                              f"{fmt(ind.dato)}",
                        grund_en=f"the taskforce meeting {fmt(first)} is after the "
                                 f"recommendation {fmt(ind.dato)}")


RULE = check
