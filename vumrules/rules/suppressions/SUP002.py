"""SUP002: a suppression must say who made it."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ...suppress import codes_text, has_text


@rule(
    code="SUP002",
    name="undertrykkelse-uden-ansvarlig",
    requirements=(),
    severity="error",
    message=("Undertrykkelsen af {koder} angiver ikke, hvem der har lavet den (felt 'af'), og "
             "virker derfor ikke",
             "The suppression of {koder} does not say who made it (field 'af') and so has no "
             "effect"),
    what=("Finder undertrykkelser i sagen uden `af` (hvem der har besluttet at se bort fra "
          "fundet). En sådan undertrykkelse skjuler ingen fund.",
          "Finds suppressions in the case without `af` (who decided to set the finding "
          "aside). Such a suppression hides no finding."),
    why=("Den, der lægger et fund til side, står inde for det: teamleder eller "
         "kvalitetskonsulent skal kunne spørge den rette. Brug medarbejderens id, ikke "
         "borgerens oplysninger.",
         "Whoever sets a finding aside answers for it: a team leader or quality consultant "
         "must be able to ask the right person. Use the employee's id, not the citizen's "
         "data."),
    source="docs/suppressions.md",
    example_fail="""
        format_version: "1.0"
        sag_id: S-2002
        undertrykkelser:
          - koder: [VUM008]  # expect: SUP002
            begrundelse: Beskrivelsen står i det vedlagte referat fra netværksmødet.
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: S-2002
        udredning:
          metode: vum2
          temaer:
            - navn: Egenomsorg
              score: 2
        undertrykkelser:
          - koder: [VUM008]
            begrundelse: Beskrivelsen står i det vedlagte referat fra netværksmødet.
            af: SB-117
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    for i, u in enumerate(case.undertrykkelser):
        if not has_text(u.af):
            yield violation("undertrykkelser", i, "af", koder=codes_text(u))


RULE = check
