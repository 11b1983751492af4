"""SMT003: goals contain no metodeanvisninger (RK15-22, RK22-09)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._goals import delmaal, indsatsmaal, metodeanvisninger as find_metodeanvisninger


@rule(
    code="SMT003",
    name="metodeanvisning-i-maal",
    requirements=("RK15-22", "RK22-09"),
    severity="warning",
    message=("{hvad} indeholder en metodeanvisning ({udtryk}); mål siger hvad, ikke hvordan",
             "{hvad_en} contains a method instruction ({udtryk}); goals say what, not how"),
    what=("Finder metodeanvisninger i indsatsmål og delmål: 'ved hjælp af', 'via' + metode, "
          "'gennem' brugt som metode, og navngivne metoder (KRAP, ICDP, Marte Meo, Low Arousal, "
          "piktogrammer ...). Udtrykket i fundet er den faste metodebetegnelse, aldrig målets tekst.",
          "Finds method instructions in indsatsmål and delmål: 'ved hjælp af', 'via' + method, "
          "'gennem' used as a method, and named methods (KRAP, ICDP, Marte Meo, Low Arousal, "
          "pictograms ...). The phrase in the finding is the fixed method label, never the goal text."),
    why=("Ringkøbing-Skjern 2015 §4.5.3: \"Når mål sættes, er det vigtigt at undlade "
         "metodeanvisninger\" — udfører skal kunne bruge sin faglige indsigt; 2022 §3.5.3: "
         "indsatsmål er borgerens mål og indeholder ikke metodeanvisninger.",
         "Ringkøbing-Skjern 2015 §4.5.3: goals must avoid method instructions so the provider can "
         "use professional judgement; 2022 §3.5.3: goals are the citizen's and hold no methods."),
    source="001 §4.5.3; 003 §3.5.3",
    example_fail="""
        format_version: "1.0"
        sag_id: S-SMT3
        bestilling:
          indsatser:
            - indsatsmaal:
                - tekst: Lars står selv op kl. 8 på hverdage ved hjælp af piktogrammer  # expect: SMT003
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: S-SMT3
        bestilling:
          indsatser:
            - indsatsmaal:
                - tekst: Lars står selv op kl. 8 på hverdage inden næste opfølgning
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    goals = [(p, g, ("Indsatsmålet", "The goal")) for p, g in indsatsmaal(case)]
    goals += [(p, g, ("Delmålet", "The sub-goal")) for p, g in delmaal(case)]
    for path, g, (da, en) in goals:
        found = find_metodeanvisninger(g.tekst)  # type: ignore[attr-defined]
        if found:
            labels = ", ".join(sorted({_label(p.message_da) for p in found}))
            yield violation(*path, "tekst", hvad=da, hvad_en=en, udtryk=labels)


def _label(message: str) -> str:
    # the analyzer's message quotes its fixed trigger label between quotes
    start, end = message.find("'"), message.find("'", message.find("'") + 1)
    return message[start:end + 1] if 0 <= start < end else "metode"


RULE = check
