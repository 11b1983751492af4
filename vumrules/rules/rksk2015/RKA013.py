"""RKA013: alternatives in the indstilling by pakke and tilbudstype, with egendrift exception
and price (RK15-13)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from .._util import has_text
from ._common import problem, tilbudstype

PROBLEMER = {
    "pakke": ("indstillingen om bostøtte angiver ikke pakken; fra pakke {fra_pakke} afhænger "
              "kravet om alternativer af den",
              "the indstilling for bostøtte does not state the pakke; from pakke {fra_pakke} the "
              "need for alternatives depends on it"),
    "botilbud_relevant": ("bostøtte i pakke {pakke}: det er ikke angivet, om botilbud fagligt "
                          "kan være relevant (så skal der opstilles et alternativ)",
                          "bostøtte in pakke {pakke}: it is not stated whether a botilbud may be "
                          "professionally relevant (which requires an alternative)"),
    "mangler_alternativ": ("bostøtte i pakke {pakke}, hvor botilbud fagligt kan være relevant: "
                           "der skal opstilles et alternativ",
                           "bostøtte in pakke {pakke} where a botilbud may be professionally "
                           "relevant: an alternative must be set up"),
    "unoedigt_alternativ": ("bostøtte i pakke {pakke}: alternativer udarbejdes kun, hvis botilbud "
                            "fagligt kan være relevant, og det er angivet, at det ikke er",
                            "bostøtte in pakke {pakke}: alternatives are only made when a "
                            "botilbud may be professionally relevant, and it is stated not to be"),
    "botilbud_antal": ("botilbud: der skal som udgangspunkt opstilles {min}-{max} alternativer "
                       "(der er {antal}), medmindre undtagelsen for egendrift er angivet",
                       "botilbud: as a rule {min}-{max} alternatives are required (there are "
                       "{antal}) unless the egendrift exception is stated"),
    "egendrift": ("undtagelsen for egendrift kræver et kommunalt tilbud, hvor funktionsniveau og "
                  "pris passer, og hvor der er en ledig plads; det er ikke angivet fuldt ud",
                  "the egendrift exception requires a municipal offer whose functional level and "
                  "price fit and that has a vacant place; this is not fully stated"),
    "takst": ("alternativ nr. {nr} har ingen pris (takst); alternativer skal vise det billigste "
              "fagligt bæredygtige tilbud",
              "alternative no. {nr} has no price (takst); alternatives must show the cheapest "
              "professionally sound offer"),
}


def _applies(case: Case, ctx: RuleContext) -> bool:
    return case.indstilling is not None


@rule(
    code="RKA013",
    name="alternativer-i-indstillingen",
    requirements=("RK15-13",),
    severity="warning",
    message=("Indstillingen: {problem}", "The indstilling: {problem_en}"),
    what=("Tilbudstypen læses af `indstilling.tilbudstype` eller `paragraf` efter listen i "
          "`tilbudstyper`. Bostøtte til og med pakke `bostoette_maks_pakke_uden` kræver ingen "
          "alternativer; fra næste pakke skal det angives, om botilbud fagligt kan være "
          "relevant (`botilbud_fagligt_relevant`), og er det, skal der være et alternativ (og "
          "ellers ingen). Botilbud kræver `botilbud_min_alternativer`-`botilbud_maks_alternativer` "
          "alternativer, undtagen når et kommunalt tilbud i egendrift passer i funktionsniveau "
          "og pris og har ledig plads (`indstilling.egendrift`, alle tre ja og tilbuddet "
          "navngivet). Dagtilbud kræver ingen. Hvert alternativ skal have en pris (`takst`).",
          "The offer type is read from `indstilling.tilbudstype` or `paragraf` using the "
          "`tilbudstyper` list. Bostøtte up to pakke `bostoette_maks_pakke_uden` needs no "
          "alternatives; above it, whether a botilbud may be professionally relevant must be "
          "stated (`botilbud_fagligt_relevant`), and if so there must be an alternative (else "
          "none). A botilbud needs `botilbud_min_alternativer`-`botilbud_maks_alternativer` "
          "alternatives, except when a municipal offer run in-house fits in functional level "
          "and price and has a vacant place (`indstilling.egendrift`, all three yes and the "
          "offer named). Dagtilbud needs none. Every alternative must have a price (`takst`)."),
    why=("Drejebogen 2015 §4.3.2: \"Alternativer opstilles for at finde billigste tilbud, som er "
         "fagligt bæredygtigt. Bostøtte fra pakke 1-3 kræver som udgangspunkt ikke alternativer. "
         "Fra pakke 4 udarbejdes kun alternativ, hvis botilbud ud fra et fagligt synspunkt kan "
         "være relevant. Botilbud - som udgangspunkt udarbejdes 2-3 alternativer. Undtagelsen kan "
         "fx være, at der er et kommunalt tilbud, hvor funktionsniveau og pris passer sammen, og "
         "hvor der er en ledig plads (hensyn til egendrift) ... Dagtilbud ... ikke som "
         "udgangspunkt ... alternativer.\"",
         "2015 handbook §4.3.2: alternatives exist to find the cheapest professionally sound "
         "offer. Bostøtte pakke 1-3 needs none; from pakke 4 only if a botilbud may be "
         "relevant; a botilbud needs 2-3 unless a fitting municipal place is vacant "
         "(egendrift); dagtilbud needs none."),
    source="001 §4.3.2",
    options={
        "tilbudstyper": {
            "bostoette": ["bostøtte", "socialpædagogisk støtte", "§ 85"],
            "botilbud": ["botilbud", "§ 107", "§ 108", "§ 105"],
            "dagtilbud": ["dagtilbud", "aktivitets- og samværstilbud", "beskyttet beskæftigelse",
                          "§ 103", "§ 104"],
        },
        "bostoette_maks_pakke_uden": 3,
        "botilbud_min_alternativer": 2,
        "botilbud_maks_alternativer": 3,
    },
    example_fail="""
        format_version: "1.0"
        sag_id: RKA-0013
        indstilling:
          dato: 2016-04-12
          tilbudstype: botilbud
          paragraf: SEL § 108
          alternativer:  # expect: RKA013
            - navn: Botilbuddet Engtoften
              tilbudstype: længerevarende botilbud
              takst: 612000
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKA-0013
        indstilling:
          dato: 2016-04-12
          tilbudstype: botilbud
          paragraf: SEL § 108
          alternativer:
            - navn: Botilbuddet Engtoften
              tilbudstype: længerevarende botilbud
              takst: 612000
            - navn: Regionalt tilbud Skovbrynet
              tilbudstype: længerevarende botilbud
              takst: 705000
    """,
    applies=_applies,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    ind = case.indstilling
    assert ind is not None
    o = ctx.options
    kind = tilbudstype([ind.tilbudstype, ind.paragraf], o["tilbudstyper"])
    alts = ind.alternativer
    if kind == "bostoette":
        graense = int(o["bostoette_maks_pakke_uden"])
        if ind.pakke is None:
            yield violation("indstilling", "pakke", **problem(PROBLEMER, "pakke", fra_pakke=graense + 1))
        elif ind.pakke > graense:
            if ind.botilbud_fagligt_relevant is None:
                yield violation("indstilling", "botilbud_fagligt_relevant",
                                **problem(PROBLEMER, "botilbud_relevant", pakke=ind.pakke))
            elif ind.botilbud_fagligt_relevant and not alts:
                yield violation("indstilling", "alternativer",
                                **problem(PROBLEMER, "mangler_alternativ", pakke=ind.pakke))
            elif not ind.botilbud_fagligt_relevant and alts:
                yield violation("indstilling", "alternativer",
                                **problem(PROBLEMER, "unoedigt_alternativ", pakke=ind.pakke))
    elif kind == "botilbud":
        lo, hi = int(o["botilbud_min_alternativer"]), int(o["botilbud_maks_alternativer"])
        if len(alts) < lo:
            e = ind.egendrift
            if e is not None and not (e.funktionsniveau_passer and e.pris_passer and e.ledig_plads
                                      and has_text(e.tilbud)):
                yield violation("indstilling", "egendrift", **problem(PROBLEMER, "egendrift"))
            elif e is None:
                yield violation("indstilling", "alternativer",
                                **problem(PROBLEMER, "botilbud_antal", min=lo, max=hi, antal=len(alts)))
    for k, alt in enumerate(alts):
        if alt.takst is None:
            yield violation("indstilling", "alternativer", k, "takst", **problem(PROBLEMER, "takst", nr=k + 1))


RULE = check
