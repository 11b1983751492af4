"""VUM001: the phases of a case are dated in order (VUM-01)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Iterator

from ...findings import Path, Violation
from ...model import Case
from ...rule import RuleContext, rule, violation


def _d(value: date | datetime | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value


def phase_dates(case: Case, ignore_from: tuple[str, ...] = ()) -> list[tuple[str, str, Path, date | None]]:
    """(key, Danish name, field path, date) for each dated phase step present in the case.
    A henvendelse from one of ``ignore_from`` is not the case's opening (e.g. Hjørring's
    taskforce henvendelse, created on a case already being investigated)."""
    out: list[tuple[str, str, Path, date | None]] = []
    skip = {f.casefold() for f in ignore_from}
    if case.henvendelse and not any(f.casefold() in skip for f in case.henvendelse.fra):
        out.append(("henvendelse", "henvendelse", ("henvendelse", "dato"), case.henvendelse.dato))
    if case.udredning:
        out.append(("udredning_start", "udredning påbegyndt", ("udredning", "startet"), case.udredning.startet))
        out.append(("udredning_slut", "udredning afsluttet", ("udredning", "afsluttet"), case.udredning.afsluttet))
    if case.vurdering:
        out.append(("vurdering", "samlet faglig vurdering", ("vurdering", "dato"), case.vurdering.dato))
    if case.afgoerelse:
        out.append(("afgoerelse", "afgørelse", ("afgoerelse", "dato"), case.afgoerelse.dato))
    if case.bestilling:
        out.append(("bestilling", "bestilling", ("bestilling", "dato"), case.bestilling.dato))
    for i, o in enumerate(case.opfoelgninger):
        out.append(("opfoelgning", "opfølgning", ("opfoelgninger", i, "dato"), o.dato))
    if case.ophoer:
        out.append(("ophoer", "ophør", ("ophoer", "dato"), case.ophoer.dato))
    return [p for p in out if p[3] is not None]


# which earlier steps each step depends on (the VUM phase order, 003 §3 / 001 §3-4)
DEPENDS_ON: dict[str, tuple[str, ...]] = {
    "udredning_start": ("henvendelse",),
    "udredning_slut": ("udredning_start", "henvendelse"),
    "vurdering": ("udredning_start", "henvendelse"),
    "afgoerelse": ("vurdering", "udredning_start", "henvendelse"),
    "bestilling": ("afgoerelse",),
    "opfoelgning": ("bestilling", "afgoerelse"),
    "ophoer": ("afgoerelse",),
}


@rule(
    code="VUM001",
    name="faser-i-raekkefoelge",
    requirements=("VUM-01",),
    severity="error",
    message=('"{fase}" er dateret {dato}, før "{tidligere}" ({tidligere_dato}), som den bygger på',
             '"{fase}" is dated {dato}, before "{tidligere}" ({tidligere_dato}), which it depends on'),
    what=("Sammenligner datoerne for sagens faser: henvendelse → udredning → vurdering → "
          "afgørelse → bestilling → opfølgning → ophør. En fase må ikke være dateret før en "
          "tidligere fase, den bygger på. Faser uden dato springes over. En profil kan angive "
          "henvendelser, der ikke åbner sagen (`ignorer_henvendelse_fra`), fx Hjørrings "
          "taskforce-henvendelse på en sag, der allerede er under udredning.",
          "Compares the dates of the case's phases: henvendelse → udredning → vurdering → "
          "afgørelse → bestilling → opfølgning → ophør. A phase must not be dated before an "
          "earlier phase it depends on. Phases without a date are skipped. A profile can name "
          "henvendelser that do not open the case (`ignorer_henvendelse_fra`), e.g. Hjørring's "
          "taskforce henvendelse on a case already under investigation."),
    why=("VUM er bygget op om faserne i sagsbehandlingen; en afgørelse dateret før "
         "udredningen eller en bestilling før afgørelsen betyder enten en tastefejl eller at "
         "sagen ikke er behandlet i den rækkefølge metoden kræver.",
         "VUM is built on the phases of case work; a decision dated before the udredning, or "
         "an order before the decision, is either a typo or a case not handled in the order "
         "the method requires."),
    source="003 §3; 001 §3-4",
    options={"ignorer_henvendelse_fra": []},
    example_fail="""
        format_version: "1.0"
        sag_id: S-1001
        henvendelse:
          dato: 2025-03-03
        udredning:
          startet: 2025-03-10
        afgoerelse:
          dato: 2025-02-28  # expect: VUM001
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: S-1001
        henvendelse:
          dato: 2025-03-03
        udredning:
          startet: 2025-03-10
        afgoerelse:
          dato: 2025-05-02
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    steps = phase_dates(case, tuple(ctx.options["ignorer_henvendelse_fra"]))
    first: dict[str, tuple[str, date]] = {}
    for key, name, _, when in steps:
        if key not in first or when < first[key][1]:
            first[key] = (name, when)  # type: ignore[assignment]
    for key, name, path, when in steps:
        for dep in DEPENDS_ON.get(key, ()):
            if dep in first and when < first[dep][1]:
                dep_name, dep_date = first[dep]
                yield violation(*path, fase=name, dato=when.isoformat(), tidligere=dep_name,
                                tidligere_dato=dep_date.isoformat())
                break


RULE = check
