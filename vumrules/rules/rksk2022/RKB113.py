"""RKB113: individuelt tilsyn for SEL §§ 107, 108 and ABL § 105 at least every 2 years, in
person or on video with the citizen present (RK22-13, tilsyn part)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case, Opfoelgning
from ...rule import RuleContext, rule, violation
from .._util import paragraf
from ._common import cites, indsats_paragraf, indsatser, interval_breaches, support_period


def _tilsyn_indsatser(case: Case, ctx: RuleContext) -> list:
    return [(i, ind) for i, ind in indsatser(case)
            if cites(indsats_paragraf(case, ind), ctx.options["tilsyn_paragraffer"])]


def counts_as_tilsyn(o: Opfoelgning) -> bool:
    """An individuelt tilsyn counts when held in person, or on video with the citizen there."""
    if o.individuelt_tilsyn is None or o.form in ("telefon", "mail"):
        return False
    if o.form == "video":
        return o.borger_til_stede is True
    return o.borger_til_stede is not False


@rule(
    code="RKB113",
    name="individuelt-tilsyn-hvert-andet-aar",
    requirements=("RK22-13",),
    severity="error",
    message=("Individuelt tilsyn ({paragraf}, senest hver {maaneder}. måned): {krav}",
             "Individuelt tilsyn ({paragraf}, at least every {maaneder} months): {krav_en}"),
    what=("For indsatser efter `tilsyn_paragraffer` (SEL §§ 107, 108, ABL § 105) skal der "
          "mindst hver `maaneder_tilsyn`. måned være en opfølgning med individuelt tilsyn "
          "(`opfoelgninger[].individuelt_tilsyn`), holdt som møde eller som video med borger til "
          "stede. Reglen finder tilsyn holdt pr. telefon/mail eller uden borger (de tæller ikke), "
          "tilsyn der kom for sent, og (med `tjek_forfald`) tilsyn der er forfaldne i dag.",
          "For indsatser under `tilsyn_paragraffer` (SEL §§ 107, 108, ABL § 105) a follow-up with "
          "individuelt tilsyn must take place at least every `maaneder_tilsyn` months, as a "
          "meeting or on video with the citizen present. The rule finds tilsyn by phone/mail or "
          "without the citizen (they do not count), tilsyn that came too late, and (with "
          "`tjek_forfald`) tilsyn overdue today."),
    why=("Drejebog 2022 §3.7 og §3.10.1: forpligtelsen til individuelt tilsyn med borgeren i "
         "botilbud efter SEL §§ 107 og 108 eller botilbudslignende bolig hvert 2. år; \"Tilsynet "
         "gennemføres som en del af opfølgningen på SEL §§ 107 og 108, samt ABL § 105 ... "
         "Tilsynet kan også gennemføres, hvis mødet holdes som videomøde, hvor borger deltager.\" "
         "(Retssikkerhedslovens § 16, SEL § 148 stk. 2.)",
         "2022 handbook §3.7 and §3.10.1: the individual supervision of citizens in botilbud "
         "(SEL §§ 107, 108) or ABL § 105 housing every 2 years, as part of the follow-up; a video "
         "meeting counts if the citizen takes part."),
    source="003 §3.7, §3.10.1",
    options={"tilsyn_paragraffer": ("SEL § 107", "SEL § 108", "ABL § 105"),
             "maaneder_tilsyn": 24, "tjek_forfald": True},
    applies=lambda case, ctx: bool(_tilsyn_indsatser(case, ctx)),
    example_fail="""
        format_version: "1.0"
        sag_id: RKB-113
        bestilling:
          dato: 2023-03-01
          indsatser:
            - id: I1
              navn: Længerevarende botilbud
              paragraf: SEL § 108
              startdato: 2023-03-01
        opfoelgninger:  # expect: RKB113
          - dato: 2024-03-05
            form: telefon  # expect: RKB113
            individuelt_tilsyn:
              trivsel: Borger trives og deltager i fællesspisning.
          - dato: 2024-09-10
            form: video
            borger_til_stede: false  # expect: RKB113
            individuelt_tilsyn:
              trivsel: Personalet fortæller, at borger trives.
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKB-113
        bestilling:
          dato: 2023-03-01
          indsatser:
            - id: I1
              navn: Længerevarende botilbud
              paragraf: SEL § 108
              startdato: 2023-03-01
        opfoelgninger:
          - dato: 2024-03-05
            form: video
            borger_til_stede: true
            individuelt_tilsyn:
              trivsel: Borger trives og deltager i fællesspisning.
          - dato: 2025-11-18
            form: moede
            borger_til_stede: true
            individuelt_tilsyn:
              trivsel: Borger trives.
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    chosen = _tilsyn_indsatser(case, ctx)
    months = int(ctx.options["maaneder_tilsyn"])
    p = paragraf(indsats_paragraf(case, chosen[0][1]))
    args = {"paragraf": str(p) if p else "-", "maaneder": months}
    for k, o in enumerate(case.opfoelgninger):
        if o.individuelt_tilsyn is not None and not counts_as_tilsyn(o):
            how = {"telefon": ("pr. telefon", "by phone"), "mail": ("pr. mail", "by e-mail")}.get(
                o.form or "", ("uden at borger var til stede", "without the citizen present"))
            field = "form" if o.form in ("telefon", "mail") else "borger_til_stede"
            when = f" {o.dato.isoformat()}" if o.dato else ""
            yield violation("opfoelgninger", k, field, **args,
                            krav=f"tilsynet{when} er holdt {how[0]} og tæller ikke; det holdes "
                                 "som møde eller video med borger til stede",
                            krav_en=f"the tilsyn{when} was held {how[1]} and does not count; "
                                    "hold it as a meeting or on video with the citizen present")
    start, until = support_period(case, chosen, ctx.today)
    if start is None:
        return
    valid = sorted(((k, o.dato) for k, o in enumerate(case.opfoelgninger)
                    if o.dato and o.dato <= ctx.today and counts_as_tilsyn(o)), key=lambda x: x[1])
    check_until = until if ctx.options["tjek_forfald"] else None
    for k, prev, deadline in interval_breaches(start, valid, check_until, months):
        if k is None:
            path = ("opfoelgninger", valid[-1][0]) if valid else (
                ("opfoelgninger",) if case.opfoelgninger else ("bestilling", "indsatser", chosen[0][0]))
            yield violation(*path, **args,
                            krav=f"der er ikke holdt gyldigt individuelt tilsyn siden "
                                 f"{prev.isoformat()}; det skulle senest have været "
                                 f"{deadline.isoformat()}",
                            krav_en=f"no valid individuelt tilsyn since {prev.isoformat()}; it was "
                                    f"due by {deadline.isoformat()}")
        else:
            yield violation("opfoelgninger", k, "dato", **args,
                            krav=f"tilsynet kom efter {prev.isoformat()} først efter fristen "
                                 f"{deadline.isoformat()}",
                            krav_en=f"after {prev.isoformat()} the tilsyn came only after the "
                                    f"deadline {deadline.isoformat()}")


RULE = check
