"""HJ011: the indstilling says what sparring is wanted and where the information is (HJ-11)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from .._util import has_text
from ._faelles import (
    SPARRING,
    TASKFORCE_SAGSTYPER,
    applies_taskforce,
    in_list,
    kinds_named,
    norm,
)

INDSTILLINGSSAG = TASKFORCE_SAGSTYPER[1]


def case_kind(case: Case) -> str | None:
    """Rådgivnings- og sparringssag or Indstillingssag: ``indstilling.taskforce.sagstype``,
    else what the henvendelse's årsag names (when it names exactly one)."""
    tf = case.indstilling.taskforce if case.indstilling else None
    if tf is not None and tf.sagstype:
        for k in TASKFORCE_SAGSTYPER:
            if norm(k) == norm(tf.sagstype):
                return k
    named = kinds_named(case.henvendelse.aarsag if case.henvendelse else None, TASKFORCE_SAGSTYPER)
    return named[0] if len(named) == 1 else None


@rule(
    code="HJ011",
    name="indstilling-uden-sparring-eller-henvisning",
    requirements=("HJ-11",),
    severity="error",
    message=("Indstillingen til taskforcen (Bilag 2): {problem}",
             "The recommendation to the taskforce (Bilag 2): {problem_en}"),
    what=("For taskforcesager: der skal være en indstilling; den skal sige, i hvilken sag "
          "taskforcen kan læse de relevante oplysninger (`indstilling.taskforce.relevant_sag`), "
          "og, for en rådgivnings- og sparringssag, hvad der ønskes sparring på "
          "(`sparring_oensket`: sagsåbning, sagsoplysning og/eller sagsvurdering, indstillingen "
          "`sparring`). For en indstillingssag (`taskforce.sagstype`, ellers årsagen i "
          "henvendelsen) kræver Bilag 2 kun henvisningen.",
          "For taskforce cases: there must be a recommendation; it must say in which case the "
          "taskforce can read the relevant information (`indstilling.taskforce.relevant_sag`) "
          "and, for an advice-and-sparring case, what sparring is wanted (`sparring_oensket`: "
          "sagsåbning, sagsoplysning and/or sagsvurdering, option `sparring`). For an "
          "Indstillingssag (`taskforce.sagstype`, else the reason in the request) Bilag 2 "
          "asks only for the reference."),
    why=("Bilag 2: \"I indstillingen beskrives hvad der ønskes sparring på fx 'Der ønskes "
         "sparring på sagsåbning, sagsoplysning og sagsvurdering'. Der beskrives i hvilken sag "
         "der kan læses relevant information om borgeren\"; for indstillingssager: \"I "
         "indstillingen beskrives hvor udvalget skal orientere sig henne, hvilken sag skal de "
         "ind i.\" Uden henvisningen kan medlemmerne ikke læse op til mødet.",
         "Bilag 2: \"The recommendation describes what sparring is wanted, e.g. 'sparring on "
         "case opening, investigation and assessment', and in which case the relevant "
         "information can be read\"; for Indstillingssager: \"it describes where the "
         "committee should look, which case\". Without the reference the members cannot "
         "prepare."),
    source="000 Bilag 2",
    options={"sparring": SPARRING},
    applies=applies_taskforce,
    example_fail="""
        format_version: "1.0"
        sag_id: HJ-1011
        sag:
          sagstype: Taskforce - Botilbud i eget hjem
        indstilling:
          modtager: taskforce
          taskforce:
            sagstype: Rådgivnings- og sparringssag
            sparring_oensket: []  # expect: HJ011
            relevant_sag: Se ansøgning botilbud, sag 2025-0417
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: HJ-1011
        sag:
          sagstype: Taskforce - Botilbud i eget hjem
        indstilling:
          modtager: taskforce
          taskforce:
            sagstype: Rådgivnings- og sparringssag
            sparring_oensket: [sagsåbning, sagsoplysning, sagsvurdering]
            relevant_sag: Se ansøgning botilbud, sag 2025-0417
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    ind = case.indstilling
    if ind is None:
        yield violation("indstilling", problem="der er ingen indstilling på taskforcesagen",
                        problem_en="there is no recommendation on the taskforce case")
        return
    tf = ind.taskforce
    if tf is None or not has_text(tf.relevant_sag):
        yield violation("indstilling", "taskforce", "relevant_sag",
                        problem="det står ikke, i hvilken sag de relevante oplysninger om "
                                "borgeren kan læses",
                        problem_en="it does not say in which case the relevant information "
                                   "about the citizen can be read")
    if case_kind(case) == INDSTILLINGSSAG:
        return
    allowed = tuple(ctx.options["sparring"])
    wanted = [s for s in (tf.sparring_oensket if tf else []) if has_text(s)]
    if not wanted:
        yield violation("indstilling", "taskforce", "sparring_oensket",
                        problem="det står ikke, hvad der ønskes sparring på ("
                                + ", ".join(allowed) + ")",
                        problem_en="it does not say what sparring is wanted ("
                                   + ", ".join(allowed) + ")")
        return
    for i, s in enumerate(tf.sparring_oensket if tf else []):
        if has_text(s) and not in_list(s, allowed):
            yield violation("indstilling", "taskforce", "sparring_oensket", i,
                            problem="sparring kan ønskes på " + ", ".join(allowed)
                                    + "; punktet er ikke et af dem",
                            problem_en="sparring can be asked for on " + ", ".join(allowed)
                                       + "; this item is not one of them")


RULE = check
