"""RKB010: the FKO målsætning is the target until the next opfølgning, not the end goal
(RK22-10)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._common import indsatsmaal


@rule(
    code="RKB010",
    name="fko-maalsaetning-til-naeste-opfoelgning",
    requirements=("RK22-10",),
    severity="warning",
    message=("Indsatsmål nr. {nr} (indsats nr. {indsats}): målsætningen gælder til {maal_dato}, "
             "men næste opfølgning er {opfoelgning}; målsætningen skal afspejle målet frem til "
             "næste opfølgning og ikke slutmålet",
             "Indsatsmål no. {nr} (indsats no. {indsats}): the målsætning runs to {maal_dato}, "
             "but the next opfølgning is {opfoelgning}; the målsætning must reflect the target "
             "until the next follow-up, not the end goal"),
    what=("For hvert indsatsmål med en FKO-målsætning (`maalsaetning` eller "
          "`maalsaetning_score`) og en dato (`indsatsmaal[].opfoelgningsdato`) sammenlignes "
          "datoen med bestillingens næste opfølgning (`bestilling.opfoelgningsdato`); afviger "
          "de mere end `tolerance_dage` dage, er målsætningens tidshorisont forkert.",
          "For each indsatsmål with an FKO målsætning and a date "
          "(`indsatsmaal[].opfoelgningsdato`), the date is compared with the bestilling's next "
          "follow-up (`bestilling.opfoelgningsdato`); a difference of more than `tolerance_dage` "
          "days means the målsætning has the wrong horizon."),
    why=("Drejebog 2022 §3.5.4: \"Målsætningsscoren skal afspejle målsætningen frem til næste "
         "opfølgning og ikke slutmålet.\" Så kan opfølgningen måle, om målsætningen er nået.",
         "2022 handbook §3.5.4: the target score reflects the target until the next follow-up, "
         "not the end goal, so that the follow-up can tell whether it was reached."),
    source="003 §3.5.4",
    options={"tolerance_dage": 31},
    applies=lambda case, ctx: bool(case.bestilling and case.bestilling.opfoelgningsdato) and any(
        m.maalsaetning is not None or m.maalsaetning_score is not None for _, _, m in indsatsmaal(case)),
    example_fail="""
        format_version: "1.0"
        sag_id: RKB-010
        bestilling:
          dato: 2023-09-01
          opfoelgningsdato: 2024-09-01
          indsatser:
            - id: I1
              paragraf: SEL § 85
              indsatsmaal:
                - id: M1
                  tekst: Jeg vil kunne handle ind selv.
                  fko_status: 3
                  maalsaetning: Forbedre
                  maalsaetning_score: 1
                  opfoelgningsdato: 2026-09-01  # expect: RKB010
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKB-010
        bestilling:
          dato: 2023-09-01
          opfoelgningsdato: 2024-09-01
          indsatser:
            - id: I1
              paragraf: SEL § 85
              indsatsmaal:
                - id: M1
                  tekst: Jeg vil kunne handle ind selv.
                  fko_status: 3
                  maalsaetning: Forbedre
                  maalsaetning_score: 2
                  opfoelgningsdato: 2024-09-01
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    b = case.bestilling
    if b is None or b.opfoelgningsdato is None:
        return
    tolerance = int(ctx.options["tolerance_dage"])
    for i, j, m in indsatsmaal(case):
        if m.opfoelgningsdato is None or (m.maalsaetning is None and m.maalsaetning_score is None):
            continue
        if abs((m.opfoelgningsdato - b.opfoelgningsdato).days) > tolerance:
            yield violation("bestilling", "indsatser", i, "indsatsmaal", j, "opfoelgningsdato",
                            nr=j + 1, indsats=i + 1, maal_dato=m.opfoelgningsdato.isoformat(),
                            opfoelgning=b.opfoelgningsdato.isoformat())


RULE = check
