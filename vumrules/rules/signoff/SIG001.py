"""SIG001: the case has not changed since it was signed off."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation


@rule(
    code="SIG001",
    name="aendret-efter-godkendelse",
    requirements=("HJ-04",),
    severity="error",
    message=("Sagen er ændret efter {rolle}ens godkendelse {dato}; godkendelsen gælder ikke længere",
             "The case was changed after the {rolle_en}'s sign-off on {dato}; the sign-off no longer holds"),
    what=("`vumrules signoff` skriver en godkendelse med en SHA-256 af sagens indhold (uden "
          "godkendelser). Reglen regner den igen og melder, hvis sagen er ændret siden.",
          "`vumrules signoff` writes a sign-off with a SHA-256 of the case content (without "
          "sign-offs). This rule recomputes it and reports a case changed since."),
    why=("Kvalitetssikringen (HJ-04) gælder den sag, der blev kontrolleret. Er sagen rettet "
         "bagefter, skal den kontrolleres og godkendes igen, før den sættes på dagsordenen.",
         "The quality assurance (HJ-04) applies to the case that was checked. If the case was "
         "edited afterwards it must be checked and signed again before it goes on the agenda."),
    source="000 \"Dagsordenssætning\", Bilag 1",
    applies=lambda case, ctx: any(g.indhold_sha256 for g in case.godkendelser),
    example_fail="""
        format_version: "1.0"
        sag_id: S-SIG1
        henvendelse:
          dato: 2025-02-03
        godkendelser:
          - rolle: teamleder  # expect: SIG001
            dato: 2025-03-01
            indhold_sha256: 0000000000000000000000000000000000000000000000000000000000000000
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: S-SIG1
        henvendelse:
          dato: 2025-02-03
        godkendelser:
          - rolle: teamleder
            dato: 2025-03-01
            indhold_sha256: b6d562254534f69e98bea3798ebb32a111707a1153f6fa542eafb4b00f021c24
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    from ...signoff import content_hash

    current = content_hash(case)
    for i, g in enumerate(case.godkendelser):
        if g.indhold_sha256 and g.indhold_sha256 != current:
            names = {"sagsbehandler": ("sagsbehandler", "caseworker"), "teamleder": ("teamleder", "team leader")}
            da, en = names[g.rolle]
            yield violation("godkendelser", i, "rolle", rolle=da, rolle_en=en,
                            dato=g.dato.isoformat() if g.dato else "(udateret)")


RULE = check
