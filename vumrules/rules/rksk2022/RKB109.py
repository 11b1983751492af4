"""RKB109: the indsatsformål starts from the citizen's wishes (RK22-09, formål part)."""

from __future__ import annotations

import re
from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._common import fold, indsatser


@rule(
    code="RKB109",
    name="indsatsformaal-fra-borgers-oensker",
    requirements=("RK22-09",),
    severity="warning",
    message=("Indsatsformålet for indsats nr. {nr} viser ikke borgers ønsker: skriv det med "
             "afsæt i borgers ønsker, gerne i jeg-form",
             "The indsatsformål of indsats no. {nr} does not show the citizen's wishes: write it "
             "from the citizen's wishes, preferably in the first person"),
    what=("Et indsatsformål får et fund, når det hverken er skrevet i jeg-/vi-form (ordene i "
          "`foerste_person`) eller nævner borgers ønske (ordene i `oenske_ord`).",
          "An indsatsformål is reported when it is neither in the first person (the words in "
          "`foerste_person`) nor mentions the citizen's wish (the words in `oenske_ord`)."),
    why=("Drejebog 2022 §3.5.3.1: \"Indsatsformålet tager afsæt i borgers ønsker og rådgivers "
         "faglige vurdering\", med eksemplet \"Formålet med indsatsen er, at jeg kan varetage de "
         "praktiske opgaver i hjemmet med henblik på, at jeg kan flytte i egen bolig\".",
         "2022 handbook §3.5.3.1: the indsatsformål starts from the citizen's wishes and the "
         "caseworker's assessment; the handbook's example is written in the first person."),
    source="003 §3.5.3.1",
    options={"foerste_person": ("jeg", "mig", "min", "mit", "mine", "vi", "os", "vores"),
             "oenske_ord": ("ønske", "ønsker", "ønsket", "gerne vil", "vil gerne", "drømmer")},
    applies=lambda case, ctx: any(f for _, ind in indsatser(case) for f in ind.indsatsformaal),
    example_fail="""
        format_version: "1.0"
        sag_id: RKB-109
        bestilling:
          dato: 2023-09-01
          indsatser:
            - id: I1
              paragraf: SEL § 85
              indsatsformaal:
                - Støtte til struktur i hverdagen og økonomi.  # expect: RKB109
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKB-109
        bestilling:
          dato: 2023-09-01
          indsatser:
            - id: I1
              paragraf: SEL § 85
              indsatsformaal:
                - Formålet med indsatsen er, at jeg kan få struktur på min hverdag og betale mine regninger til tiden.
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    pronouns = {fold(w) for w in ctx.options["foerste_person"]}
    wishes = [fold(w) for w in ctx.options["oenske_ord"]]
    for i, ind in indsatser(case):
        for j, text in enumerate(ind.indsatsformaal):
            t = fold(text)
            if not t:
                continue
            if set(re.findall(r"\w+", t)) & pronouns or any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", t) for w in wishes):
                continue
            yield violation("bestilling", "indsatser", i, "indsatsformaal", j, nr=i + 1)


RULE = check
