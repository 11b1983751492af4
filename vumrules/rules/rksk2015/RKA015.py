"""RKA015: "Oversigt funktionsniveau" made before the sagsmøde (RK15-15)."""

from __future__ import annotations

from datetime import date
from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._common import as_date, matcher, problem

PROBLEMER = {
    "mangler": ('sagen skal behandles på sagsmøde ({moede}), men skemaet "Oversigt '
                'funktionsniveau" er ikke oprettet',
                'the case goes to a sagsmøde ({moede}), but the form "Oversigt funktionsniveau" '
                "has not been created"),
    "for_sent": ('skemaet "Oversigt funktionsniveau" er oprettet {oprettet}, efter sagsmødet '
                 "{moede}; det skal oprettes forud for mødet",
                 'the form "Oversigt funktionsniveau" was created {oprettet}, after the sagsmøde '
                 "{moede}; it must be created before the meeting"),
}


def _moede(case: Case, ctx: RuleContext) -> date | None:
    ind = case.indstilling
    if ind is None or not matcher(ind.modtager, ctx.options["moedetyper"]):
        return None
    dates = [as_date(h.dato) for h in case.haendelser if matcher(h.type, ctx.options["moedetyper"])]
    dates = [d for d in dates if d is not None and (ind.dato is None or d >= ind.dato)]
    return min(dates) if dates else ind.dato


def _applies(case: Case, ctx: RuleContext) -> bool:
    ind = case.indstilling
    return ind is not None and bool(matcher(ind.modtager, ctx.options["moedetyper"]))


@rule(
    code="RKA015",
    name="oversigt-funktionsniveau-foer-sagsmoede",
    requirements=("RK15-15",),
    severity="error",
    message=("Sagsmøde: {problem}", "Case meeting: {problem_en}"),
    what=("Når indstillingen går til et sagsmøde (`indstilling.modtager` er en af "
          "`moedetyper`), skal `udredning.oversigt_funktionsniveau` have en dato, der ikke ligger "
          "efter mødet. Mødets dato er den første hændelse af typen sagsmøde på eller efter "
          "indstillingens dato, ellers indstillingens dato.",
          "When the indstilling goes to a sagsmøde (`indstilling.modtager` is one of "
          "`moedetyper`), `udredning.oversigt_funktionsniveau` must carry a date not after the "
          "meeting. The meeting date is the first sagsmøde event on or after the indstilling's "
          "date, else the indstilling's date."),
    why=("Drejebogen 2015 §4.3.4: \"Når en sag skal behandles på et sagsmøde, opretter rådgiver "
         "forud for mødet skemaet Oversigt funktionsniveau. Skemaet anvendes på sagsmødet til at "
         "give et overblik over vurderingen af brugers funktionsniveau.\"",
         "2015 handbook §4.3.4: before a case meeting the caseworker creates the form "
         "\"Oversigt funktionsniveau\", which gives the meeting an overview of the assessed "
         "functional level."),
    source="001 §4.3.4",
    options={"moedetyper": ("sagsmøde",)},
    example_fail="""
        format_version: "1.0"
        sag_id: RKA-0015
        udredning:  # expect: RKA015
          metode: vum1
          afsluttet: 2016-03-30
        indstilling:
          dato: 2016-04-05
          modtager: sagsmøde
        haendelser:
          - {dato: 2016-04-12, type: sagsmøde}
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKA-0015
        udredning:
          metode: vum1
          afsluttet: 2016-03-30
          oversigt_funktionsniveau: 2016-04-07
        indstilling:
          dato: 2016-04-05
          modtager: sagsmøde
        haendelser:
          - {dato: 2016-04-12, type: sagsmøde}
    """,
    applies=_applies,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    moede = _moede(case, ctx)
    oversigt = case.udredning.oversigt_funktionsniveau if case.udredning else None
    label = moede.isoformat() if moede else "uden dato"
    if oversigt is None:
        where = ("udredning", "oversigt_funktionsniveau") if case.udredning else ("indstilling", "modtager")
        yield violation(*where, **problem(PROBLEMER, "mangler", moede=label))
    elif moede is not None and oversigt > moede:
        yield violation("udredning", "oversigt_funktionsniveau",
                        **problem(PROBLEMER, "for_sent", oprettet=oversigt.isoformat(), moede=label))


RULE = check
