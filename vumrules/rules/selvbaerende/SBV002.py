"""SBV002: the samlet faglig vurdering is selvbærende (RK15-12, RK22-05)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._vurdering import analyse, has_vurdering

KINDS = ("henvisning", "ingen_borgerperspektiv", "for_kort")


@rule(
    code="SBV002",
    name="vurdering-selvbaerende",
    requirements=("RK15-12", "RK22-05"),
    severity="warning",
    message=("{hvad}", "{hvad_en}"),
    what=("Finder det, der gør en vurdering ikke-selvbærende: henvisninger der står i stedet for "
          "indhold ('se ovenfor', 'jf. udredningen', 'som beskrevet i ...'), manglende "
          "borgerperspektiv (hvad borger selv fortæller, oplever eller ønsker), for lidt indhold "
          "(under `min_ord` indholdsord), og brug af EKJ-feltet 'Begrundelse' "
          "(`vurdering.begrundelse_feltet_brugt`).",
          "Finds what makes a vurdering not self-contained: references standing in for content "
          "('se ovenfor', 'jf. udredningen', 'som beskrevet i ...'), no citizen perspective (what "
          "the citizen says, experiences or wishes), too little content (below `min_ord` content "
          "words), and use of the EKJ field 'Begrundelse' (`vurdering.begrundelse_feltet_brugt`)."),
    why=("Ringkøbing-Skjern 2015 §4.3.1 og 2022 §3.3: den faglige vurdering skal være "
         "selvbærende, så den kan læses alene (af borger, udfører og visitationsudvalg), og "
         "borgers perspektiv skal fremgå tydeligt. Målt præcision/recall: docs/selvbaerende.md.",
         "Ringkøbing-Skjern 2015 §4.3.1 and 2022 §3.3: the vurdering must be self-contained so it "
         "can be read on its own (by citizen, provider and committee), with the citizen's "
         "perspective clear. Measured precision/recall: docs/selvbaerende.md."),
    source="001 §4.3.1; 003 §3.3",
    options={"min_ord": 80},
    applies=has_vurdering,
    example_fail="""
        format_version: "1.0"
        sag_id: S-SBV2
        vurdering:
          samlet_faglig_vurdering: Se ovenfor under udredningen.  # expect: SBV002, SBV002, SBV002
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: S-SBV2
        vurdering:
          samlet_faglig_vurdering: >-
            Her og nu: Mette er 35 år, har angst og depression og bor alene i egen lejlighed.
            Mette fortæller, at hun mister overblikket over post og regninger, når angsten fylder,
            og hun ønsker at kunne blive boende og på sigt tage en uddannelse. Formålet med
            udredningen er at afklare, om hun har behov for socialpædagogisk støtte.
            Samlet vurdering: Det er min vurdering, at Mette har moderate vanskeligheder med at
            varetage økonomi, post og indkøb, fordi igangsætning og planlægning svigter i perioder.
            Støttebehov: Situationen berettiger til støtte, da manglende betalinger truer boligen,
            og støtten retter sig direkte mod struktur på økonomi og post.
            Indsats: Jeg indstiller socialpædagogisk støtte efter § 85, to timer om ugen, med fokus
            på post, regninger og indkøbsplanlægning.
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    a, path = analyse(case, int(ctx.options["min_ord"]))
    for p in a.problems:
        if p.kind in KINDS:
            yield violation(*path, hvad=p.message_da, hvad_en=p.message_en)
    if case.vurdering and case.vurdering.begrundelse_feltet_brugt:
        yield violation("vurdering", "begrundelse_feltet_brugt",
                        hvad="EKJ-feltet 'Begrundelse' er brugt; vurderingen skal stå i den samlede faglige vurdering",
                        hvad_en="The EKJ field 'Begrundelse' is used; the assessment belongs in the samlet faglig vurdering")


RULE = check
