"""RKB004: only essential quotations are copied into the udredning (RK22-04)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from .._util import words

_KRAV = {
    "antal": ("har {antal} citater (højst {max} anbefales)",
              "has {antal} quotations (at most {max} recommended)"),
    "langt": ("citat nr. {nr} er {ord} ord langt (højst {max} ord anbefales)",
              "quotation no. {nr} is {ord} words long (at most {max} words recommended)"),
    "andel": ("citaterne fylder {pct} % af temaets tekst (højst {max} % anbefales)",
              "the quotations are {pct} % of the theme's text (at most {max} % recommended)"),
}


def _krav(key: str, **fmt: object) -> dict[str, str]:
    da, en = _KRAV[key]
    return {"krav": da.format(**fmt), "krav_en": en.format(**fmt)}


@rule(
    code="RKB004",
    name="kun-vaesentlige-citater",
    requirements=("RK22-04",),
    severity="info",
    message=('Temaet "{tema}" {krav}: kopiér kun væsentlige citater ind i udredningen, vedlæg '
             "resten og henvis til det",
             'The theme "{tema}" {krav_en}: copy only essential quotations into the udredning; '
             "attach the rest and refer to it"),
    what=("En tommelfingerregel for, om udredningen er blevet en kopi af andres dokumenter: et "
          "tema får et fund, når det har flere end `max_citater_pr_tema` citater, når et citat er "
          "længere end `max_ord_pr_citat` ord, eller når citaterne tilsammen (mindst "
          "`min_citatord` ord) fylder mere end `max_andel_pct` % af temaets tekst (beskrivelse, "
          "borgers oplysninger, sagsbehandlers bemærkninger og citater). Reglen måler kun omfang; "
          "om et citat er væsentligt, er en faglig vurdering, derfor alvorlighed info.",
          "A rule of thumb for an udredning that has become a copy of other people's documents: "
          "a theme is reported when it has more than `max_citater_pr_tema` quotations, when one "
          "quotation is longer than `max_ord_pr_citat` words, or when the quotations together "
          "(at least `min_citatord` words) exceed `max_andel_pct` % of the theme's text. It "
          "measures extent only; whether a quotation is essential is a professional judgement, "
          "hence severity info."),
    why=("Drejebog 2022 §3.2: lægeudtalelser, specialundersøgelser, statusnotater mv. "
         "\"vedlægges og inddrages i analyse og observationer ... Kun væsentlige citater kopieres "
         "ind i udredningsskemaet\", og \"rådgiver skal være opmærksom på, at sagen ikke "
         "overbelyses\".",
         "2022 handbook §3.2: medical statements, specialist reports etc. are attached and used "
         "in the analysis; only essential quotations are copied into the udredning, and the case "
         "must not be over-documented."),
    source="003 §3.2",
    options={"max_citater_pr_tema": 3, "max_ord_pr_citat": 60, "max_andel_pct": 50,
             "min_citatord": 40},
    applies=lambda case, ctx: bool(case.udredning and any(t.citater for t in case.udredning.temaer)),
    example_fail="""
        format_version: "1.0"
        sag_id: RKB-004
        udredning:
          metode: vum2
          temaer:
            - navn: Mentale funktioner
              beskrivelse: Borger beskriver svingende humør og dårlig søvn.
              citater:  # expect: RKB004
                - kilde: Psykiatrisk udredning 2022
                  tekst: >-
                    Patienten fremtræder velsoigneret, vågen og klar, orienteret i tid, sted og
                    egne data. Der er ingen formelle tankeforstyrrelser, men patienten beskriver
                    perioder med nedtrykthed, indre uro, koncentrationsbesvær og tiltagende
                    social tilbagetrækning gennem det seneste år. Søvnen er forstyrret med
                    hyppige opvågninger. Appetitten er nedsat. Der er ikke aktuelle
                    selvmordstanker, og patienten tager afstand fra selvskade.
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKB-004
        udredning:
          metode: vum2
          temaer:
            - navn: Mentale funktioner
              beskrivelse: >-
                Borger beskriver svingende humør og dårlig søvn. Den psykiatriske udredning fra
                2022 (vedlagt) beskriver nedtrykthed og koncentrationsbesvær, som bostøtten
                også ser, når borger skal overskue post og aftaler.
              citater:
                - kilde: Psykiatrisk udredning 2022
                  tekst: Der er ikke aktuelle selvmordstanker.
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    if not case.udredning:
        return
    o = ctx.options
    max_n, max_words = int(o["max_citater_pr_tema"]), int(o["max_ord_pr_citat"])
    max_pct, min_words = float(o["max_andel_pct"]), int(o["min_citatord"])
    for i, tema in enumerate(case.udredning.temaer):
        if not tema.citater:
            continue
        where = ("udredning", "temaer", i, "citater")
        if len(tema.citater) > max_n:
            yield violation(*where, tema=tema.navn, **_krav("antal", antal=len(tema.citater), max=max_n))
            continue
        long_ones = [(j, words(c.tekst)) for j, c in enumerate(tema.citater) if words(c.tekst) > max_words]
        for j, n in long_ones:
            yield violation(*where, j, tema=tema.navn, **_krav("langt", nr=j + 1, ord=n, max=max_words))
        if long_ones:
            continue
        quoted = sum(words(c.tekst) for c in tema.citater)
        own = sum(words(t) for t in (tema.beskrivelse, tema.borgers_oplysninger,
                                     tema.sagsbehandlers_bemaerkninger))
        if quoted >= min_words and 100 * quoted / (quoted + own) > max_pct:
            yield violation(*where, tema=tema.navn,
                            **_krav("andel", pct=round(100 * quoted / (quoted + own)), max=round(max_pct)))


RULE = check
