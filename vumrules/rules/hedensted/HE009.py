"""HE009: young people with a children's handicap case are identified for Den Gode Overgang (HE-09)."""

from __future__ import annotations

from typing import Iterator

from ...calendar import add_years
from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation


@rule(
    code="HE009",
    name="den-gode-overgang",
    requirements=("HE-09",),
    severity="error",
    message=("Den unge er fyldt {alder} år og har en børnesag, men er ikke meldt (rettidigt) til Den Gode Overgang",
             "The young person has turned {alder} and has a children's case, but was not referred (in time) to Den Gode Overgang"),
    what=("For borgere med en sag i børnehandicapområdet (`borger.boernesag: true`): fra "
          "`alder_aar` (standard 17) skal sagen være meldt til Den Gode Overgang "
          "(`borger.den_gode_overgang`), og senest på 17-årsdagen.",
          "For citizens with a children's handicap case (`borger.boernesag: true`): from age "
          "`alder_aar` (default 17) the case must be referred to Den Gode Overgang "
          "(`borger.den_gode_overgang`), no later than the 17th birthday."),
    why=("Hedensted 6-3: alle relevante sager skal identificeres og komme rettidigt på Den Gode "
         "Overgang, så overgangen fra barn til voksen bliver sammenhængende.",
         "Hedensted 6-3: every relevant case must be identified and reach Den Gode Overgang in "
         "time, so the move from child to adult services is coherent."),
    source="002 6-3",
    options={"alder_aar": 17},
    applies=lambda case, ctx: bool(case.borger and case.borger.boernesag and case.borger.foedselsdato),
    example_fail="""
        format_version: "1.0"
        sag_id: HE-9
        sag:
          referencedato: 2026-11-01
        borger:  # expect: HE009
          foedselsdato: 2009-02-10
          boernesag: true
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: HE-9
        sag:
          referencedato: 2026-11-01
        borger:
          foedselsdato: 2009-02-10
          boernesag: true
          den_gode_overgang: 2025-12-01
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    b = case.borger
    assert b is not None and b.foedselsdato is not None
    frist = add_years(b.foedselsdato, int(ctx.options["alder_aar"]))
    if ctx.reference_date < frist and ctx.today < frist:
        return  # not yet due
    if b.den_gode_overgang is None or b.den_gode_overgang > frist:
        # the birthday is personal data (it is half a CPR number): the message gives no dates
        yield violation("borger", "den_gode_overgang", alder=int(ctx.options["alder_aar"]))


RULE = check
