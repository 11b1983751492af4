"""RKA029: stamkort: each ydelse has an allowed status and consistent dates (RK15-29)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ...vocabulary import fold
from ._common import problem

PROBLEMER = {
    "ingen_status": ("ydelse nr. {nr} har ingen status (brug {tilladte})",
                     "ydelse no. {nr} has no status (use {tilladte})"),
    "forbudt": ('ydelse nr. {nr} har status "{status}", som ikke må anvendes (brug {tilladte})',
                'ydelse no. {nr} has the status "{status}", which must not be used (use '
                "{tilladte})"),
    "ukendt": ("ydelse nr. {nr} har en status, der ikke er en af {tilladte}",
               "ydelse no. {nr} has a status that is not one of {tilladte}"),
    "modtaget": ("ydelse nr. {nr} har ingen modtaget-dato",
                 "ydelse no. {nr} has no date received (modtaget)"),
    "startdato_mangler": ('ydelse nr. {nr} har status "{status}", men ingen startdato for '
                          "sagsbehandlingen",
                          'ydelse no. {nr} has the status "{status}" but no start date of the '
                          "casework"),
    "stadig_modtaget": ('ydelse nr. {nr} har status "{status}", men sagsbehandlingen gik i gang '
                        "{start}; status skal følge sagen",
                        'ydelse no. {nr} has the status "{status}", but casework started {start}; '
                        "the status must follow the case"),
    "stoppet": ('ydelse nr. {nr} er afsluttet {afsluttet}, men har stadig status "{status}"',
                'ydelse no. {nr} ended {afsluttet} but still has the status "{status}"'),
    "raekkefoelge": ("ydelse nr. {nr}: {senere} ({senere_dato}) ligger før {tidligere} "
                     "({tidligere_dato})",
                     "ydelse no. {nr}: {senere} ({senere_dato}) is before {tidligere} "
                     "({tidligere_dato})"),
}


def _applies(case: Case, ctx: RuleContext) -> bool:
    return bool(case.sag and case.sag.ydelser)


@rule(
    code="RKA029",
    name="stamkort-status-og-datoer",
    requirements=("RK15-29",),
    severity="error",
    message=("Stamkortet: {problem}", "The stamkort: {problem_en}"),
    what=("Hver ydelse på stamkortet (`sag.ydelser`) skal have en status fra `statusser` "
          "(Modtaget, Proces, Venteliste, Opfølgning); en status i `forbudte_statusser` "
          "(Afsluttet) meldes særskilt. Datoerne skal passe: modtaget-dato altid; en status i "
          "`statusser_med_startdato` kræver startdato; status Modtaget med en startdato, der er "
          "passeret, eller en status før Opfølgning med en afsluttet-dato, der er passeret, er "
          "modstridende; modtaget ≤ startdato ≤ afsluttet.",
          "Each ydelse on the stamkort (`sag.ydelser`) needs a status from `statusser` "
          "(Modtaget, Proces, Venteliste, Opfølgning); a status in `forbudte_statusser` "
          "(Afsluttet) is reported on its own. The dates must agree: a date received always; a "
          "status in `statusser_med_startdato` needs a start date; status Modtaget with a start "
          "date passed, or a status before Opfølgning with an end date passed, is "
          "contradictory; received ≤ start ≤ ended."),
    why=("Drejebogen 2015 Bilag 1: \"På en ydelse skal man angive status: Modtaget = Når "
         "forvisitator har modtaget en henvendelse. Proces = Når rådgiver arbejder aktivt i "
         "sager. Venteliste = Når bruger er visiteret og venter på en ledig plads. Opfølgning = "
         "Når sagsbehandling er afsluttet og det næste der skal ske er opfølgning. Afsluttet = MÅ "
         "IKKE ANVENDES\", og datoerne modtaget, startdato og afsluttet.",
         "2015 handbook appendix 1: each ydelse has the status Modtaget, Proces, Venteliste or "
         "Opfølgning (\"Afsluttet\" must not be used) and the dates received, start and ended."),
    source="001 Bilag 1",
    options={
        "statusser": ("Modtaget", "Proces", "Venteliste", "Opfølgning"),
        "forbudte_statusser": ("Afsluttet",),
        "statusser_med_startdato": ("Proces", "Venteliste", "Opfølgning"),
        "foer_opfoelgning": ("Modtaget", "Proces", "Venteliste"),
    },
    example_fail="""
        format_version: "1.0"
        sag_id: RKA-0029
        sag:
          ydelser:
            - id: Y1
              navn: Socialpædagogisk støtte
              paragraf: SEL § 85
              status: Afsluttet  # expect: RKA029
              modtaget: 2015-05-04
              startdato: 2015-05-20
              afsluttet: 2018-03-31
            - id: Y2
              navn: Aktivitets- og samværstilbud
              paragraf: SEL § 104
              status: Proces
              modtaget: 2016-02-01  # expect: RKA029
              startdato: 2016-01-15
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKA-0029
        sag:
          ydelser:
            - id: Y1
              navn: Socialpædagogisk støtte
              paragraf: SEL § 85
              status: Opfølgning
              modtaget: 2015-05-04
              startdato: 2015-05-20
              afsluttet: 2018-03-31
            - id: Y2
              navn: Aktivitets- og samværstilbud
              paragraf: SEL § 104
              status: Proces
              modtaget: 2016-01-15
              startdato: 2016-02-01
    """,
    applies=_applies,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    assert case.sag is not None
    o = ctx.options
    tilladte_navne = tuple(o["statusser"])
    tilladte = ", ".join(tilladte_navne)
    canon = {fold(s): s for s in tilladte_navne}
    forbudte = {fold(s): s for s in o["forbudte_statusser"]}
    med_start = {fold(s) for s in o["statusser_med_startdato"]}
    foer_opf = {fold(s) for s in o["foer_opfoelgning"]}
    for k, y in enumerate(case.sag.ydelser):
        nr = k + 1
        base = ("sag", "ydelser", k)
        status = fold(y.status) if y.status else None
        if status is None:
            yield violation(*base, "status", **problem(PROBLEMER, "ingen_status", nr=nr, tilladte=tilladte))
        elif status in forbudte:
            yield violation(*base, "status", **problem(PROBLEMER, "forbudt", nr=nr, status=forbudte[status],
                                                       tilladte=tilladte))
        elif status not in canon:
            yield violation(*base, "status", **problem(PROBLEMER, "ukendt", nr=nr, tilladte=tilladte))
        if y.modtaget is None:
            yield violation(*base, "modtaget", **problem(PROBLEMER, "modtaget", nr=nr))
        if status in canon:
            navn = canon[status]
            if status in med_start and y.startdato is None:
                yield violation(*base, "startdato", **problem(PROBLEMER, "startdato_mangler", nr=nr, status=navn))
            if status == fold(tilladte_navne[0]) and y.startdato is not None and y.startdato <= ctx.today:
                yield violation(*base, "status", **problem(
                    PROBLEMER, "stadig_modtaget", nr=nr, status=navn, start=y.startdato.isoformat()))
            if status in foer_opf and y.afsluttet is not None and y.afsluttet <= ctx.today:
                yield violation(*base, "status", **problem(
                    PROBLEMER, "stoppet", nr=nr, status=navn, afsluttet=y.afsluttet.isoformat()))
        order = [("modtaget", "modtaget", y.modtaget), ("startdato", "startdato", y.startdato),
                 ("afsluttet", "afsluttet", y.afsluttet)]
        dated = [x for x in order if x[2] is not None]
        for (f1, _, d1), (f2, _, d2) in zip(dated, dated[1:]):
            assert d1 is not None and d2 is not None
            if d2 < d1:
                yield violation(*base, f1, **problem(
                    PROBLEMER, "raekkefoelge", nr=nr, senere=f2, senere_dato=d2.isoformat(),
                    tidligere=f1, tidligere_dato=d1.isoformat()))


RULE = check
