"""HE001: a kvitteringsbrev describing the process, with GDPR information (HE-01)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation


@rule(
    code="HE001",
    name="kvitteringsbrev-med-gdpr",
    requirements=("HE-01",),
    severity="error",
    message=("{hvad}", "{hvad_en}"),
    what=("Når en ansøgning er modtaget, skal der være sendt et kvitteringsbrev, der beskriver "
          "ansøgningsforløbet og indeholder information om GDPR.",
          "When an application has been received, a kvitteringsbrev must have been sent that "
          "describes the application process and contains GDPR information."),
    why=("Hedensted: \"Sagsbehandler sender dette brev til jer, som beskriver ansøgningsforløbet. "
         "Brevet indeholder også information om GDPR.\" Forudsigelighed skaber tillid til forløbet.",
         "Hedensted: the caseworker sends a letter describing the application process, which also "
         "holds GDPR information. Predictability builds trust in the process."),
    source="002 \"Ansøgning modtages\"",
    applies=lambda case, ctx: bool(case.henvendelse and case.henvendelse.dato),
    example_fail="""
        format_version: "1.0"
        sag_id: HE-1
        henvendelse:
          dato: 2025-03-03
          kvittering:
            sendt: 2025-03-05
            beskriver_forloeb: true
            gdpr_oplysning: false  # expect: HE001
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: HE-1
        henvendelse:
          dato: 2025-03-03
          kvittering:
            sendt: 2025-03-05
            beskriver_forloeb: true
            gdpr_oplysning: true
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    k = case.henvendelse.kvittering  # type: ignore[union-attr]
    if k is None or k.sendt is None:
        yield violation("henvendelse", "kvittering", "sendt", hvad="Der er ikke sendt et kvitteringsbrev",
                        hvad_en="No kvitteringsbrev has been sent")
        return
    if not k.beskriver_forloeb:
        yield violation("henvendelse", "kvittering", "beskriver_forloeb",
                        hvad="Kvitteringsbrevet beskriver ikke ansøgningsforløbet",
                        hvad_en="The kvitteringsbrev does not describe the application process")
    if not k.gdpr_oplysning:
        yield violation("henvendelse", "kvittering", "gdpr_oplysning",
                        hvad="Kvitteringsbrevet indeholder ikke information om GDPR",
                        hvad_en="The kvitteringsbrev holds no GDPR information")


RULE = check
