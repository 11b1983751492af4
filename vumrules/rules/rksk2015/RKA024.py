"""RKA024: delmål for each indsatsmål; diary notes titled "Delmål N" (RK15-24)."""

from __future__ import annotations

import re
from typing import Iterator

from ...calendar import add_days
from ...findings import Violation
from ...model import Case, Delmaal
from ...rule import RuleContext, rule, violation
from ...vocabulary import fold
from ._common import alle_indsatsmaal, maal_label, problem

_TITEL = re.compile(r"^delmaal\s*(\d+)$")

PROBLEMER = {
    "ingen_delmaal": ("udfører har ikke udarbejdet delmål til indsatsmålet",
                      "the provider has not made any delmål (sub-goals) for the goal"),
    "titel": ('dagbogsnotatet til delmål {nr} skal have titlen "Delmål {nr}"',
              'the diary note on delmål {nr} must be titled "Delmål {nr}"'),
}


def _nummer(d: Delmaal, k: int) -> int:
    digits = re.findall(r"\d+", d.id or "")
    return int(digits[-1]) if digits else k + 1


def _applies(case: Case, ctx: RuleContext) -> bool:
    return any(True for _ in alle_indsatsmaal(case))


@rule(
    code="RKA024",
    name="delmaal-og-delmaalsnotater",
    requirements=("RK15-24",),
    severity="warning",
    message=("Indsatsmål {maal}: {problem}", "Indsatsmål {maal}: {problem_en}"),
    what=("Hvert indsatsmål i bestillingen skal have mindst ét delmål, når udfører har haft "
          "tid til det: fra første opfølgning efter bestillingen, eller, hvis profilen sætter "
          "`frist_dage` over 0, fra så mange dage efter bestillingen. Hvert dagbogsnotat på et "
          "delmål skal have titlen \"Delmål N\", hvor N er delmålets nummer (tallet i delmålets "
          "id, ellers dets plads i listen).",
          "Each indsatsmål in the bestilling needs at least one delmål once the provider has had "
          "time to make them: from the first follow-up after the bestilling, or, if the profile "
          "sets `frist_dage` above 0, that many days after the bestilling. Each diary note on a "
          "delmål must be titled \"Delmål N\", N being the delmål's number (the number in its "
          "id, else its place in the list)."),
    why=("Drejebogen 2015 §4.5.4: \"udfører [udarbejder] så vidt muligt i samarbejde med bruger "
         "delmål ud fra hvert indsatsmål i bestillingen ... skal titlen på dagbogsnotatet være "
         "Delmål 1, hvis det er delmål 1, man dokumenterer på osv.\" Drejebogen sætter ingen "
         "frist for delmålene; derfor er opfølgningen udgangspunktet.",
         "2015 handbook §4.5.4: the provider makes delmål from each indsatsmål, and a diary note "
         "on delmål 1 is titled \"Delmål 1\" so notes can be found. The handbook sets no "
         "deadline for the delmål, so the follow-up is the anchor."),
    source="001 §4.5.4",
    options={"frist_dage": 0},
    example_fail="""
        format_version: "1.0"
        sag_id: RKA-0024
        bestilling:
          dato: 2016-06-01
          indsatser:
            - id: I1
              indsatsmaal:
                - id: M1  # expect: RKA024
                  tekst: Borger handler selv ind to gange om ugen.
                - id: M2
                  tekst: Borger deltager i fællesspisning én gang om ugen.
                  delmaal:
                    - id: D1
                      tekst: Borger spiser med i fællesrummet om tirsdagen.
                      notater:
                        - dato: 2016-08-02
                          titel: Fællesspisning  # expect: RKA024
        opfoelgninger:
          - dato: 2017-05-30
            form: moede
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKA-0024
        bestilling:
          dato: 2016-06-01
          indsatser:
            - id: I1
              indsatsmaal:
                - id: M1
                  tekst: Borger handler selv ind to gange om ugen.
                  delmaal:
                    - id: D1
                      tekst: Borger skriver indkøbsseddel med støtte om mandagen.
                - id: M2
                  tekst: Borger deltager i fællesspisning én gang om ugen.
                  delmaal:
                    - id: D2
                      tekst: Borger spiser med i fællesrummet om tirsdagen.
                      notater:
                        - dato: 2016-08-02
                          titel: Delmål 2
        opfoelgninger:
          - dato: 2017-05-30
            form: moede
    """,
    applies=_applies,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    b = case.bestilling
    assert b is not None
    start = b.dato
    due = any(o.dato is not None and (start is None or o.dato >= start) for o in case.opfoelgninger)
    frist = int(ctx.options["frist_dage"])
    if frist > 0 and start is not None and ctx.today > add_days(start, frist):
        due = True
    for path, _ind, m in alle_indsatsmaal(case):
        j = path[-1]
        assert isinstance(j, int)
        label = maal_label(m, j)
        if not m.delmaal and due:
            yield violation(*path, maal=label, **problem(PROBLEMER, "ingen_delmaal"))
        for k, d in enumerate(m.delmaal):
            nr = _nummer(d, k)
            for n, notat in enumerate(d.notater):
                hit = _TITEL.match(fold(notat.titel or ""))
                if hit is None or int(hit.group(1)) != nr:
                    yield violation(*path, "delmaal", k, "notater", n, "titel", maal=label,
                                    **problem(PROBLEMER, "titel", nr=nr))


RULE = check
