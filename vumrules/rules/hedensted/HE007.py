"""HE007: a change of caseworker is announced, with orientation and quality check (HE-07)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation

# the letters Hedensted made for each kind of change (002, "Breve")
LETTERS = {
    ("midlertidig", True): "Midlertidig – planlagt skift af sagsbehandler",
    ("permanent", False): "Permanent – ikke planlagt skift af sagsbehandler",
    ("permanent", True): "Permanent – planlagt skift af sagsbehandler",
}


@rule(
    code="HE007",
    name="skift-af-sagsbehandler",
    requirements=("HE-07",),
    severity="error",
    message=("Skift af sagsbehandler {dato}: {hvad}", "Change of caseworker {dato}: {hvad_en}"),
    what=("For hvert skift af sagsbehandler: varighed (midlertidig/permanent) og om det var "
          "planlagt, brev til borgeren (for planlagte skift senest på skiftedagen), "
          "orienteringsbrev fra den nye sagsbehandler, og kvalitetstjek af sagen ved "
          "overdragelsen.",
          "For each change of caseworker: duration (temporary/permanent) and whether planned, a "
          "letter to the citizen (for planned changes no later than the day of change), an "
          "orientation letter from the new caseworker, and a quality check at hand-over."),
    why=("Hedensted (3-3, breve): borgerne skal ikke opleve at starte forfra ved skift; der er "
         "breve for hver slags skift, et orienteringsbrev fra den nye sagsbehandler, og sagen "
         "kvalitetssikres ved overleveringen.",
         "Hedensted (3-3, letters): citizens must not feel they start over at a change; there is "
         "a letter for each kind of change, an orientation letter from the new caseworker, and "
         "the case is quality-checked at hand-over."),
    source="002 3-3; \"Breve\"",
    applies=lambda case, ctx: bool(case.sagsbehandlerskift),
    example_fail="""
        format_version: "1.0"
        sag_id: HE-7
        sagsbehandlerskift:
          - dato: 2025-06-01
            varighed: permanent
            planlagt: true
            brev_sendt: 2025-06-10  # expect: HE007
            orienteringsbrev_ny_sagsbehandler: 2025-06-12
            kvalitetstjek: 2025-06-01
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: HE-7
        sagsbehandlerskift:
          - dato: 2025-06-01
            varighed: permanent
            planlagt: true
            brev_sendt: 2025-05-20
            orienteringsbrev_ny_sagsbehandler: 2025-06-03
            kvalitetstjek: 2025-06-01
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    for i, s in enumerate(case.sagsbehandlerskift):
        base = ("sagsbehandlerskift", i)
        when = s.dato.isoformat() if s.dato else "(uden dato)"
        if s.varighed is None or s.planlagt is None:
            yield violation(*base, "varighed" if s.varighed is None else "planlagt", dato=when,
                            hvad="det fremgår ikke om skiftet er midlertidigt/permanent og planlagt",
                            hvad_en="it does not say whether the change is temporary/permanent and planned")
        if s.brev_sendt is None:
            yield violation(*base, "brev_sendt", dato=when, hvad="der er ikke sendt brev til borgeren om skiftet",
                            hvad_en="no letter about the change was sent to the citizen")
        elif s.planlagt and s.dato and s.brev_sendt > s.dato:
            yield violation(*base, "brev_sendt", dato=when,
                            hvad="brevet om et planlagt skift er sendt efter skiftet",
                            hvad_en="the letter about a planned change was sent after the change")
        if s.orienteringsbrev_ny_sagsbehandler is None:
            yield violation(*base, "orienteringsbrev_ny_sagsbehandler", dato=when,
                            hvad="orienteringsbrev fra den nye sagsbehandler mangler",
                            hvad_en="the orientation letter from the new caseworker is missing")
        if s.kvalitetstjek is None:
            yield violation(*base, "kvalitetstjek", dato=when, hvad="sagen er ikke kvalitetstjekket ved overdragelsen",
                            hvad_en="the case was not quality-checked at hand-over")


RULE = check
