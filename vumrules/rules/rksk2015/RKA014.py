"""RKA014: a beregning for each indsats and each alternative (RK15-14)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ...vocabulary import fold
from ._common import indsats_label, problem

PROBLEMER = {
    "indsats": ("indsats {hvad} har ingen beregning i EKJ",
                "indsats {hvad} has no beregning (cost calculation) in EKJ"),
    "alternativ": ("alternativ nr. {hvad} har ingen beregning i EKJ",
                   "alternative no. {hvad} has no beregning (cost calculation) in EKJ"),
    "indstilling": ("den indstillede indsats har ingen beregning i EKJ",
                    "the recommended indsats has no beregning (cost calculation) in EKJ"),
}


def _applies(case: Case, ctx: RuleContext) -> bool:
    return case.indstilling is not None or bool(case.bestilling and case.bestilling.indsatser)


@rule(
    code="RKA014",
    name="beregning-pr-indsats-og-alternativ",
    requirements=("RK15-14",),
    severity="error",
    message=("Beregning: {problem}", "Beregning: {problem_en}"),
    what=("Hver indsats i bestillingen skal have en beregning (`indsats.beregning` eller en "
          "beregning i `indstilling.beregninger`, hvis `vedroerer` er indsatsens id eller navn), "
          "og hvert alternativ i indstillingen en beregning, hvis `vedroerer` er alternativets "
          "navn. Er der en indstilling men endnu ingen bestilling, skal indstillingen have "
          "mindst én beregning (for det indstillede tilbud, der kan være et af alternativerne).",
          "Each indsats in the bestilling needs a beregning (`indsats.beregning` or one in "
          "`indstilling.beregninger` whose `vedroerer` is the indsats's id or name), and each "
          "alternative of the indstilling one whose `vedroerer` is the alternative's name. With "
          "an indstilling but no bestilling yet, the indstilling needs at least one beregning "
          "(for the offer recommended, which may be one of the alternatives)."),
    why=("Drejebogen 2015 §4.3.3: \"Rådgiver skal oprette en beregning i EKJ for hver indsats "
         "samt evt. alternative indsatser.\" Uden beregning kan det billigste fagligt "
         "bæredygtige tilbud ikke vælges, og økonomien kan ikke følges.",
         "2015 handbook §4.3.3: the caseworker creates a beregning in EKJ for each indsats and "
         "each alternative. Without it the cheapest sound offer cannot be chosen and the "
         "economy cannot be followed."),
    source="001 §4.3.3",
    example_fail="""
        format_version: "1.0"
        sag_id: RKA-0014
        indstilling:
          dato: 2016-04-12
          tilbudstype: botilbud
          alternativer:
            - {navn: Botilbuddet Engtoften, takst: 612000}
            - {navn: Regionalt tilbud Skovbrynet, takst: 705000}  # expect: RKA014
          beregninger:
            - {vedroerer: Botilbuddet Engtoften, beloeb: 612000, startdato: 2016-06-01}
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKA-0014
        indstilling:
          dato: 2016-04-12
          tilbudstype: botilbud
          alternativer:
            - {navn: Botilbuddet Engtoften, takst: 612000}
            - {navn: Regionalt tilbud Skovbrynet, takst: 705000}
          beregninger:
            - {vedroerer: Botilbuddet Engtoften, beloeb: 612000, startdato: 2016-06-01}
            - {vedroerer: Regionalt tilbud Skovbrynet, beloeb: 705000, startdato: 2016-06-01}
    """,
    applies=_applies,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    ind = case.indstilling
    beregnet = {fold(b.vedroerer) for b in (ind.beregninger if ind else ()) if b.vedroerer}
    if ind:
        for k, alt in enumerate(ind.alternativer):
            if not alt.navn or fold(alt.navn) not in beregnet:
                yield violation("indstilling", "alternativer", k, **problem(PROBLEMER, "alternativ", hvad=k + 1))
    if case.bestilling and case.bestilling.indsatser:
        for i, indsats in enumerate(case.bestilling.indsatser):
            keys = {fold(x) for x in (indsats.id, indsats.navn) if x}
            if indsats.beregning is None and not keys & beregnet:
                yield violation("bestilling", "indsatser", i, "beregning",
                                **problem(PROBLEMER, "indsats", hvad=indsats_label(indsats, i)))
    elif ind is not None and not ind.beregninger:
        yield violation("indstilling", "beregninger", **problem(PROBLEMER, "indstilling"))


RULE = check
