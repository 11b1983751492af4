"""RKB013: follow-up frequency by paragraph: yearly for SEL §§ 97, 98 and 100, otherwise at
the latest every 2 years (RK22-13, opfølgning part)."""

from __future__ import annotations

from typing import Iterator

from ...calendar import add_months
from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from .._util import paragraf
from ._common import cites, indsats_paragraf, indsatser, interval_breaches, support_period


def _due(case: Case, ctx: RuleContext) -> tuple[int, str, int] | None:
    """(months, section, index of the indsats) of the strictest follow-up interval."""
    best: tuple[int, str, int] | None = None
    for i, ind in indsatser(case):
        text = indsats_paragraf(case, ind)
        yearly = cites(text, ctx.options["aarlige_paragraffer"])
        months = int(ctx.options["maaneder_aarlig" if yearly else "maaneder_oevrige"])
        p = paragraf(text)
        if best is None or months < best[0]:
            best = (months, str(p) if p else "-", i)
    return best


@rule(
    code="RKB013",
    name="opfoelgningsfrekvens-efter-paragraf",
    requirements=("RK22-13",),
    severity="error",
    message=("Opfølgning ({paragraf}: senest hver {maaneder}. måned): {krav}",
             "Follow-up ({paragraf}: at least every {maaneder} months): {krav_en}"),
    what=("Intervallet findes ud fra indsatsernes paragraffer: `maaneder_aarlig` for "
          "`aarlige_paragraffer` (SEL §§ 97, 98, 100), ellers `maaneder_oevrige`; med flere "
          "indsatser gælder det strengeste. Reglen finder (1) en planlagt opfølgning "
          "(`bestilling.opfoelgningsdato`, `opfoelgninger[].ny_opfoelgningsdato`) der ligger "
          "senere end intervallet tillader, (2) en afholdt opfølgning der kom for sent efter "
          "indsatsens start eller forrige opfølgning, og (3) når `tjek_forfald` er sand, en "
          "opfølgning der er forfalden i dag (eller var ved ophør).",
          "The interval comes from the indsatser's sections: `maaneder_aarlig` for "
          "`aarlige_paragraffer` (SEL §§ 97, 98, 100), otherwise `maaneder_oevrige`; with several "
          "indsatser the strictest applies. The rule finds (1) a planned follow-up later than the "
          "interval allows, (2) a held follow-up that came too late after the start or the "
          "previous one, and (3) with `tjek_forfald`, a follow-up overdue today (or at ophør)."),
    why=("Drejebog 2022 §3.7: \"Opfølgningsfrekvensen er individuel og sker ved større "
         "ændringer ... og senest hvert 2. år. ... OBS: §§ 97, 98 og 100, skal der jf. lovkrav "
         "følges op på 1 gang årligt.\"",
         "2022 handbook §3.7: follow-up is individual, at the latest every 2 years; for SEL "
         "§§ 97, 98 and 100 the law requires it once a year."),
    source="003 §3.7",
    options={"aarlige_paragraffer": ("SEL § 97", "SEL § 98", "SEL § 100"),
             "maaneder_aarlig": 12, "maaneder_oevrige": 24, "tjek_forfald": True},
    applies=lambda case, ctx: bool(case.bestilling and case.bestilling.indsatser),
    example_fail="""
        format_version: "1.0"
        sag_id: RKB-013
        bestilling:
          dato: 2024-02-01
          opfoelgningsdato: 2025-08-01  # expect: RKB013
          indsatser:
            - id: I1
              navn: Ledsageordning
              paragraf: SEL § 97
              startdato: 2024-02-01
              slutdato: 2025-12-31
        opfoelgninger:
          - dato: 2025-08-04  # expect: RKB013
            form: moede
            ny_opfoelgningsdato: 2026-08-03
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKB-013
        bestilling:
          dato: 2024-02-01
          opfoelgningsdato: 2025-01-20
          indsatser:
            - id: I1
              navn: Ledsageordning
              paragraf: SEL § 97
              startdato: 2024-02-01
        opfoelgninger:
          - dato: 2025-01-20
            form: moede
            ny_opfoelgningsdato: 2026-01-12
          - dato: 2026-01-12
            form: telefon
            ny_opfoelgningsdato: 2027-01-11
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    due = _due(case, ctx)
    b = case.bestilling
    if due is None or b is None:
        return
    months, section, idx = due
    args = {"paragraf": section, "maaneder": months}
    if b.dato and b.opfoelgningsdato and b.opfoelgningsdato > add_months(b.dato, months):
        yield violation("bestilling", "opfoelgningsdato", **args,
                        krav=f"den planlagte opfølgning ligger senere end {months} måneder efter "
                             "bestillingen",
                        krav_en=f"the planned follow-up is more than {months} months after the "
                                "bestilling")
    for k, o in enumerate(case.opfoelgninger):
        if o.dato and o.ny_opfoelgningsdato and o.ny_opfoelgningsdato > add_months(o.dato, months):
            yield violation("opfoelgninger", k, "ny_opfoelgningsdato", **args,
                            krav=f"den nye opfølgningsdato ligger senere end {months} måneder "
                                 f"efter opfølgningen {o.dato.isoformat()}",
                            krav_en=f"the new follow-up date is more than {months} months after "
                                    f"the follow-up on {o.dato.isoformat()}")
    start, until = support_period(case, list(indsatser(case)), ctx.today)
    if start is None:
        return
    held = sorted(((k, o.dato) for k, o in enumerate(case.opfoelgninger)
                   if o.dato and o.dato <= ctx.today), key=lambda x: x[1])
    check_until = until if ctx.options["tjek_forfald"] else None
    for k, prev, deadline in interval_breaches(start, held, check_until, months):
        if k is None:
            path = ("opfoelgninger", held[-1][0]) if held else ("bestilling",)
            yield violation(*path, **args,
                            krav=f"der er ikke fulgt op siden {prev.isoformat()}; opfølgningen "
                                 f"skulle senest have været {deadline.isoformat()}",
                            krav_en=f"there has been no follow-up since {prev.isoformat()}; it "
                                    f"was due by {deadline.isoformat()}")
        else:
            yield violation("opfoelgninger", k, "dato", **args,
                            krav=f"opfølgningen kom efter {prev.isoformat()} først efter fristen "
                                 f"{deadline.isoformat()}",
                            krav_en=f"after {prev.isoformat()} the follow-up came only after the "
                                    f"deadline {deadline.isoformat()}")


RULE = check
