"""RKA025: opfølgning at the latest every 2 years, with a personal meeting (individuelt
tilsyn) every 2 years (RK15-25)."""

from __future__ import annotations

from datetime import date
from typing import Iterator

from ...calendar import add_years
from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._common import problem

PROBLEMER = {
    "planlagt": ("opfølgningsdatoen i bestillingen ({dato}) ligger mere end {aar} år efter "
                 "bestillingen ({start})",
                 "the follow-up date in the bestilling ({dato}) is more than {aar} years after "
                 "the bestilling ({start})"),
    "hul": ("{hvad} {dato} ligger mere end {aar} år efter den forrige ({forrige})",
            "{hvad_en} on {dato} is more than {aar} years after the previous one ({forrige})"),
    "udestaar": ("{hvad} skulle senest have fundet sted {frist} ({aar} år efter {forrige})",
                 "{hvad_en} was due by {frist} at the latest ({aar} years after {forrige})"),
}

HVAD = {
    "alle": ("opfølgning", "follow-up"),
    "personlig": ("opfølgning med personligt fremmøde (individuelt tilsyn)",
                  "follow-up with a personal meeting (individuelt tilsyn)"),
}


def _start(case: Case) -> date | None:
    b = case.bestilling
    if b is None:
        return None
    starts = [i.startdato for i in b.indsatser if i.startdato]
    return b.dato or (min(starts) if starts else None)


def _applies(case: Case, ctx: RuleContext) -> bool:
    a = case.afgoerelse
    return _start(case) is not None and not (a is not None and a.type == "afslag")


@rule(
    code="RKA025",
    name="opfoelgning-senest-hvert-andet-aar",
    requirements=("RK15-25",),
    severity="error",
    message=("Opfølgning: {problem}", "Follow-up: {problem_en}"),
    what=("Fra bestillingen (`bestilling.dato`, ellers indsatsernes tidligste startdato) til "
          "ophør (`ophoer.dato`) eller kørselsdatoen må der højst gå `maks_aar` år mellem to "
          "opfølgninger, og højst `maks_aar` år mellem to opfølgninger med personligt fremmøde "
          "(form i `personlige_former` og borger ikke registreret fraværende). Bestillingens "
          "opfølgningsdato må heller ikke ligge mere end `maks_aar` år efter bestillingen. "
          "Hyppigere opfølgning ved ændringer kan ingen datoer vise og tjekkes ikke.",
          "From the bestilling (`bestilling.dato`, else the earliest indsats start) until "
          "ophør (`ophoer.dato`) or the run date, at most `maks_aar` years may pass between two "
          "follow-ups, and at most `maks_aar` years between two follow-ups with a personal "
          "meeting (form in `personlige_former`, citizen not recorded absent). The bestilling's "
          "follow-up date must not lie more than `maks_aar` years after it either. More frequent "
          "follow-up on changes cannot be shown by dates and is not checked."),
    why=("Drejebogen 2015 §4.6: \"Opfølgningsfrekvensen er individuel og sker ... senest hvert "
         "2. år ... Opfølgning kan være både personligt fremmøde, via mail, telefonisk eller via "
         "videokonference. Der skal dog være fremmøde hvert 2. år, da der skal laves et "
         "individuelt tilsyn.\"",
         "2015 handbook §4.6: follow-up at the latest every second year; it may be by mail, "
         "phone or video, but there must be a personal meeting every second year because of "
         "the individual supervision (individuelt tilsyn)."),
    source="001 §4.6",
    options={"maks_aar": 2, "personlige_former": ("moede",)},
    example_fail="""
        format_version: "1.0"
        sag_id: RKA-0025
        bestilling:
          dato: 2016-06-01
          opfoelgningsdato: 2017-06-01
        opfoelgninger:
          - dato: 2017-06-12
            form: telefon
          - dato: 2019-05-20
            form: moede
            borger_til_stede: false
          - dato: 2019-08-14  # expect: RKA025
            form: moede
            borger_til_stede: true
        ophoer:
          dato: 2020-01-31
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKA-0025
        bestilling:
          dato: 2016-06-01
          opfoelgningsdato: 2017-06-01
        opfoelgninger:
          - dato: 2017-06-12
            form: moede
            borger_til_stede: true
          - dato: 2019-05-20
            form: moede
            borger_til_stede: true
        ophoer:
          dato: 2020-01-31
    """,
    applies=_applies,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    start = _start(case)
    assert start is not None
    aar = int(ctx.options["maks_aar"])
    b = case.bestilling
    if b is not None and b.opfoelgningsdato and b.opfoelgningsdato > add_years(start, aar):
        yield violation("bestilling", "opfoelgningsdato", **problem(
            PROBLEMER, "planlagt", dato=b.opfoelgningsdato.isoformat(), aar=aar, start=start.isoformat()))
    slut = case.ophoer.dato if case.ophoer and case.ophoer.dato else ctx.today
    former = tuple(ctx.options["personlige_former"])
    for kind in ("alle", "personlig"):
        da, en = HVAD[kind]
        forrige = start
        for k, o in sorted(enumerate(case.opfoelgninger), key=lambda x: (x[1].dato or date.max, x[0])):
            if o.dato is None or o.dato < start:
                continue
            if kind == "personlig" and (o.form not in former or o.borger_til_stede is False):
                continue
            if o.dato > add_years(forrige, aar):
                yield violation("opfoelgninger", k, "dato", **problem(
                    PROBLEMER, "hul", hvad=da.capitalize(), hvad_en=en.capitalize(),
                    dato=o.dato.isoformat(), aar=aar, forrige=forrige.isoformat()))
            forrige = o.dato
        frist = add_years(forrige, aar)
        if slut > frist:
            where = ("opfoelgninger",) if case.opfoelgninger else ("bestilling", "opfoelgningsdato")
            yield violation(*where, **problem(
                PROBLEMER, "udestaar", hvad=da.capitalize(), hvad_en=en.capitalize(),
                frist=frist.isoformat(), aar=aar, forrige=forrige.isoformat()))


RULE = check
