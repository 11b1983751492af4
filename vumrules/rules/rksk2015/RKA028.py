"""RKA028: revisitation (old beregning stops, new one starts the day after) and ophør
(journalnotat, udskrivningsdato, advis) (RK15-28)."""

from __future__ import annotations

from datetime import date
from typing import Iterator

from ...calendar import add_days
from ...findings import Violation
from ...model import Beregning, Case
from ...rule import RuleContext, rule, violation
from ...vocabulary import fold
from ._common import matcher, problem

PROBLEMER = {
    "ingen_stop": ("en ny beregning starter {ny}, men den eksisterende beregning har ingen "
                   "stopdato",
                   "a new beregning starts {ny}, but the existing one has no stop date"),
    "ikke_dagen_efter": ("den eksisterende beregning stopper {stop}; den nye skal starte dagen "
                         "efter ({forventet}), ikke {ny}",
                         "the existing beregning stops {stop}; the new one must start the day "
                         "after ({forventet}), not {ny}"),
    "revisitation_notat": ("der er ny beregning pr. {ny}, men intet journalnotat om, at den "
                           "eksisterende beregning stopper og den nye starter",
                           "there is a new beregning from {ny}, but no journalnotat saying the "
                           "existing one stops and the new one starts"),
    "ophoer_notat": ("ved ophør skal rådgiver skrive i journalnotat, hvornår borger skal "
                     "udskrives",
                     "on ending the support the caseworker must write in a journalnotat when the "
                     "citizen is to be discharged"),
    "udskrivning": ("ophøret angiver ikke, hvornår borger skal udskrives",
                    "the ending does not state when the citizen is to be discharged"),
    "advis": ("ved ophør skal der sendes advis til {modtager}",
              "on ending the support an advis must go to {modtager_en}"),
}

MODTAGERE_EN = {"daglig leder": "the daily manager", "administrativ medarbejder":
                "the administrative officer", "økonomikonsulent": "the finance consultant"}


def _beregninger(case: Case) -> list[tuple[tuple[str | int, ...], Beregning]]:
    out: list[tuple[tuple[str | int, ...], Beregning]] = []
    if case.indstilling:
        out += [(("indstilling", "beregninger", k), b) for k, b in enumerate(case.indstilling.beregninger)]
    if case.bestilling:
        for i, ind in enumerate(case.bestilling.indsatser):
            if ind.beregning is not None:
                b = ind.beregning
                if b.vedroerer is None and ind.id:
                    b = b.model_copy(update={"vedroerer": ind.id})
                out.append((("bestilling", "indsatser", i, "beregning"), b))
    return out


def _applies(case: Case, ctx: RuleContext) -> bool:
    return case.ophoer is not None or len(_beregninger(case)) > 1


@rule(
    code="RKA028",
    name="revisitation-og-ophoer",
    requirements=("RK15-28",),
    severity="error",
    message=("Revisitation/ophør: {problem}", "Revisitation/ending: {problem_en}"),
    what=("Revisitation: beregninger for det samme (`vedroerer`) ordnes efter startdato; den "
          "forrige skal have en stopdato (`slutdato`), og den næste skal starte dagen efter, og "
          "der skal være et journalnotat (type i `notattyper`), der nævner beregningen (ord i "
          "`revisitation_ord`), dateret på eller efter den forrige beregnings start. Ophør: "
          "`ophoer.journalnotat` sand, `ophoer.udskrivningsdato` angivet og advis sendt til "
          "alle i `advis_modtagere`.",
          "Revisitation: beregninger for the same thing (`vedroerer`) are ordered by start "
          "date; the earlier needs a stop date (`slutdato`), the next must start the day after, "
          "and a journalnotat (type in `notattyper`) mentioning the beregning (words in "
          "`revisitation_ord`) must exist, dated on or after the earlier one's start. Ending: "
          "`ophoer.journalnotat` true, `ophoer.udskrivningsdato` given and an advis sent to "
          "everyone in `advis_modtagere`."),
    why=("Drejebogen 2015 §5: ved ophør \"skriver [rådgiver] endvidere i journalnotat, at Bruger "
         "skal udskrives pr. xx.xx.xxxx, og adviserer daglig leder, administrativ medarbejder og "
         "økonomikonsulent\"; ved revisitation \"laver rådgiver en ny beregning i EKJ ... "
         "Rådgiver skriver i journalnotat, at Eksisterende beregning stopper pr. xx.xx.xxxx. Der "
         "er ny beregning pr. xx.xx.xxxx ... Udfører udskriver bruger dagen før indskrivningen "
         "med den nye pakke.\"",
         "2015 handbook §5: on ending, a journalnotat with the discharge date and an advis to "
         "the daily manager, administration and finance consultant; on revisitation, a new "
         "beregning that starts the day after the old one stops, recorded in a journalnotat."),
    source="001 §5.1-5.2",
    options={"advis_modtagere": ("daglig leder", "administrativ medarbejder", "økonomikonsulent"),
             "notattyper": ("journalnotat",), "revisitation_ord": ("beregning",)},
    example_fail="""
        format_version: "1.0"
        sag_id: RKA-0028
        indstilling:
          beregninger:
            - {vedroerer: I1, beloeb: 98000, startdato: 2016-06-06, slutdato: 2018-02-28}
            - {vedroerer: I1, beloeb: 142000, startdato: 2018-03-05}  # expect: RKA028
        journalnotater:
          - dato: 2018-02-20
            type: journalnotat
            titel: Revisitation
            tekst: Eksisterende beregning stopper pr. 28.02.2018. Der er ny beregning pr. 01.03.2018.
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKA-0028
        indstilling:
          beregninger:
            - {vedroerer: I1, beloeb: 98000, startdato: 2016-06-06, slutdato: 2018-02-28}
            - {vedroerer: I1, beloeb: 142000, startdato: 2018-03-01}
        journalnotater:
          - dato: 2018-02-20
            type: journalnotat
            titel: Revisitation
            tekst: Eksisterende beregning stopper pr. 28.02.2018. Der er ny beregning pr. 01.03.2018.
    """,
    applies=_applies,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    o = ctx.options
    groups: dict[str, list[tuple[tuple[str | int, ...], Beregning]]] = {}
    for path, b in _beregninger(case):
        if b.vedroerer and b.startdato:
            groups.setdefault(fold(b.vedroerer), []).append((path, b))
    for items in groups.values():
        items.sort(key=lambda x: x[1].startdato or date.min)
        for (ppath, prev), (npath, nxt) in zip(items, items[1:]):
            assert prev.startdato and nxt.startdato
            ny = nxt.startdato.isoformat()
            if prev.slutdato is None:
                yield violation(*ppath, "slutdato", **problem(PROBLEMER, "ingen_stop", ny=ny))
            elif nxt.startdato != add_days(prev.slutdato, 1):
                yield violation(*npath, "startdato", **problem(
                    PROBLEMER, "ikke_dagen_efter", stop=prev.slutdato.isoformat(),
                    forventet=add_days(prev.slutdato, 1).isoformat(), ny=ny))
            if not any(
                (n.type is None or matcher(n.type, o["notattyper"]))
                and (n.dato is None or n.dato >= prev.startdato)
                and (matcher(n.tekst, o["revisitation_ord"]) or matcher(n.titel, o["revisitation_ord"]))
                for n in case.journalnotater
            ):
                where = ("journalnotater",) if case.journalnotater else (*npath, "startdato")
                yield violation(*where, **problem(PROBLEMER, "revisitation_notat", ny=ny))
    ophoer = case.ophoer
    if ophoer is None:
        return
    if ophoer.journalnotat is not True:
        yield violation("ophoer", "journalnotat", **problem(PROBLEMER, "ophoer_notat"))
    if ophoer.udskrivningsdato is None:
        yield violation("ophoer", "udskrivningsdato", **problem(PROBLEMER, "udskrivning"))
    sendt = [fold(x) for x in ophoer.advis_sendt_til]
    for modtager in o["advis_modtagere"]:
        if not any(fold(modtager) in s for s in sendt):
            yield violation("ophoer", "advis_sendt_til", **problem(
                PROBLEMER, "advis", modtager=modtager, modtager_en=MODTAGERE_EN.get(modtager, modtager)))


RULE = check
