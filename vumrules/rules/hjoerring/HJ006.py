"""HJ006: serviceydelser and målgruppeafgrænsning appear before tilbudsindhentning, forhandling
and indstilling (HJ-06)."""

from __future__ import annotations

from datetime import date
from typing import Iterator

from ...findings import Path, Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from .._util import has_text
from ._faelles import (
    H_INDSTILLING,
    H_MAALGRUPPEAFGRAENSNING,
    SENERE_SKRIDT,
    SKRIDT_NAVNE,
    VISITATIONSUDVALG,
    applies_taskforce,
    as_date,
    events,
    fmt,
    meeting_date,
    norm,
    same,
)


def _later_steps(case: Case) -> list[tuple[date, str, Path]]:
    """(date, step type, field) of every tilbudsindhentning, forhandling and indstilling."""
    out: list[tuple[date, str, Path]] = []
    for i, h in events(case, *SENERE_SKRIDT):
        d = as_date(h.dato)
        if d is not None:
            out.append((d, norm(h.type), ("haendelser", i, "dato")))
    ind = case.indstilling
    if ind is not None and ind.dato is not None and same(ind.modtager, VISITATIONSUDVALG):
        out.append((ind.dato, H_INDSTILLING, ("indstilling", "dato")))
    return sorted(out, key=lambda s: s[0])


def _maalgruppe_date(case: Case) -> date | None:
    tf = case.indstilling.taskforce if case.indstilling else None
    if tf is None or not tf.maalgruppeafgraensning:
        return None
    if tf.maalgruppeafgraensning_dato is not None:
        return tf.maalgruppeafgraensning_dato
    dates = [as_date(h.dato) for _, h in events(case, H_MAALGRUPPEAFGRAENSNING)]
    return min(dates) if dates else meeting_date(case)


@rule(
    code="HJ006",
    name="tilbud-foer-maalgruppeafgraensning",
    requirements=("HJ-06",),
    severity="error",
    message=("{skridt} {dato} kommer før {mangel}; serviceydelserne og den efterfølgende "
             "målgruppeafgrænsning skal fremgå klart af sagen inden tilbudsindhentning, "
             "forhandling og indstilling",
             "{skridt_en} {dato} comes before {mangel_en}; the services and the target-group "
             "decision that follows must be clear in the case before offers are obtained, "
             "negotiated or recommended"),
    what=("For taskforcesager: finder den første tilbudsindhentning, forhandling eller "
          "indstilling (hændelser `tilbudsindhentning`, `forhandling`, `indstilling`, og "
          "`indstilling.dato` når indstillingen går til visitationsudvalget) og kræver, at "
          "serviceydelserne (`vurdering.serviceydelser`, dateret med `vurdering.dato`) og "
          "målgruppeafgrænsningen (`indstilling.taskforce.maalgruppeafgraensning`, dateret med "
          "`maalgruppeafgraensning_dato`, en hændelse `maalgruppeafgraensning` eller "
          "taskforcemødet) står i sagen senest den dag.",
          "For taskforce cases: finds the first obtaining of offers, negotiation or "
          "recommendation (events `tilbudsindhentning`, `forhandling`, `indstilling`, and "
          "`indstilling.dato` when the recommendation goes to the visitationsudvalg) and "
          "requires the services (`vurdering.serviceydelser`, dated by `vurdering.dato`) and "
          "the target-group decision (`indstilling.taskforce.maalgruppeafgraensning`, dated by "
          "`maalgruppeafgraensning_dato`, a `maalgruppeafgraensning` event or the taskforce "
          "meeting) to be in the case by that day."),
    why=("\"Serviceydelserne og den efterfølgende målgruppeafgrænsning skal således fremgå klart "
         "af sagen inden der foretages tilbuds indhentning, forhandling, indstilling.\" Først "
         "når hjælpen er beskrevet ydelse for ydelse, kan det afgøres, om borgeren kan hjælpes "
         "i eget hjem eller har brug for en botilbudsramme.",
         "\"The services and the following target-group decision must be clear in the case "
         "before offers are obtained, negotiated or recommended.\" Only when the help is "
         "described service by service can it be decided whether the citizen can be helped at "
         "home or needs a botilbud."),
    source="000 \"Møderne\"",
    applies=applies_taskforce,
    example_fail="""
        format_version: "1.0"
        sag_id: HJ-1006
        sag:
          sagstype: Taskforce - Botilbud i eget hjem
        vurdering:
          dato: 2025-04-10
          serviceydelser:
            - SEL § 85 socialpædagogisk støtte, 15 timer om ugen
        indstilling:
          taskforce:
            moede_dato: 2025-04-24
            maalgruppeafgraensning: botilbudsramme
            maalgruppeafgraensning_dato: 2025-04-28
        haendelser:
          - dato: 2025-04-14  # expect: HJ006
            type: tilbudsindhentning
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: HJ-1006
        sag:
          sagstype: Taskforce - Botilbud i eget hjem
        vurdering:
          dato: 2025-04-10
          serviceydelser:
            - SEL § 85 socialpædagogisk støtte, 15 timer om ugen
        indstilling:
          taskforce:
            moede_dato: 2025-04-24
            maalgruppeafgraensning: botilbudsramme
            maalgruppeafgraensning_dato: 2025-04-28
        haendelser:
          - dato: 2025-05-05
            type: tilbudsindhentning
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    steps = _later_steps(case)
    if not steps:
        return
    vu = case.vurdering
    has_services = vu is not None and any(has_text(s) for s in vu.serviceydelser)
    services_date = vu.dato if vu is not None and has_services else None
    mg_date = _maalgruppe_date(case)
    has_mg = bool(case.indstilling and case.indstilling.taskforce
                  and case.indstilling.taskforce.maalgruppeafgraensning)

    def report(step, mangel: str, mangel_en: str) -> Violation:
        d, kind, path = step
        da, en = SKRIDT_NAVNE[kind]
        return violation(*path, skridt=da.capitalize(), skridt_en=en.capitalize(), dato=fmt(d),
                         mangel=mangel, mangel_en=mangel_en)

    if not has_services:
        yield report(steps[0], "et overblik over serviceydelserne (vurdering.serviceydelser)",
                     "an overview of the services (vurdering.serviceydelser)")
    elif services_date is not None:
        early = next((s for s in steps if s[0] < services_date), None)
        if early is not None:
            yield report(early, f"sagsvurderingen med serviceydelserne ({fmt(services_date)})",
                         f"the assessment with the services ({fmt(services_date)})")
    if not has_mg:
        yield report(steps[0], "en registreret målgruppeafgrænsning",
                     "a recorded target-group decision")
    elif mg_date is not None:
        early = next((s for s in steps if s[0] < mg_date), None)
        if early is not None:
            yield report(early, f"målgruppeafgrænsningen ({fmt(mg_date)})",
                         f"the target-group decision ({fmt(mg_date)})")


RULE = check
