"""SUP001: a suppression must say why."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ...suppress import codes_text, has_text


@rule(
    code="SUP001",
    name="undertrykkelse-uden-begrundelse",
    requirements=(),
    severity="error",
    message=("Undertrykkelsen af {koder} har ingen begrundelse og virker derfor ikke",
             "The suppression of {koder} has no reason (begrundelse) and so has no effect"),
    what=("Finder undertrykkelser (`undertrykkelser`) i sagen uden en begrundelse. En sådan "
          "undertrykkelse skjuler ingen fund.",
          "Finds suppressions (`undertrykkelser`) in the case without a reason "
          "(`begrundelse`). Such a suppression hides no finding."),
    why=("Et fund må kun lægges til side, når det er begrundet: ellers kan ingen bagefter se, "
         "om afvigelsen var bevidst, og kvalitetstjekket mister sin værdi. Begrundelsen "
         "skrives i sagen, så den følger sagen og kan efterprøves.",
         "A finding may only be set aside with a reason: otherwise nobody can later tell "
         "whether the deviation was deliberate, and the quality check loses its value. The "
         "reason is written in the case so that it travels with it and can be reviewed."),
    source="docs/suppressions.md",
    example_fail="""
        format_version: "1.0"
        sag_id: S-2001
        undertrykkelser:
          - koder: [VUM008]  # expect: SUP001
            af: SB-117
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: S-2001
        udredning:
          metode: vum2
          temaer:
            - navn: Egenomsorg
              score: 2
        undertrykkelser:
          - koder: [VUM008]
            felt: /udredning/temaer/0
            begrundelse: Temaet er beskrevet i den vedlagte lægeerklæring fra egen læge.
            af: SB-117
            dato: 2026-03-02
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    for i, u in enumerate(case.undertrykkelser):
        if not has_text(u.begrundelse):
            yield violation("undertrykkelser", i, "begrundelse", koder=codes_text(u))


RULE = check
