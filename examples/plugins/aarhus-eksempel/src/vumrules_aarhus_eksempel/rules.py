"""Python rules of Aarhus Kommune (EKSEMPEL, fiktive lokale regler): the three styles of the
authoring API (assert, yield, assert with an option)."""

from __future__ import annotations

from vumrules import case_rule, violation


@case_rule(
    code="AAR001",
    name="henvendelse-uden-oensket-dato",
    requirements=("AAR-01",),
    severity="warning",
    message=("Henvendelsen angiver ikke, hvornår borgeren ønsker hjælpen",
             "The request does not say when the citizen wants the help"),
    what=("En henvendelse skal have `henvendelse.oensket_dato`.",
          "A request must have `henvendelse.oensket_dato`."),
    why=("Kommunens lokale arbejdsgang: ønsket dato bruges til at planlægge sagsbehandlingen.",
         "The municipality's local procedure: the wished date is used to plan the case work."),
    source="Aarhus Kommune (EKSEMPEL, fiktive lokale regler), lokal arbejdsgang §1",
    felt="/henvendelse/oensket_dato",
    example_fail="""
        format_version: "1.0"
        sag_id: AAR-0001
        henvendelse:  # expect: AAR001
          dato: 2025-02-03
          fra: [borger]
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: AAR-0001
        henvendelse:
          dato: 2025-02-03
          fra: [borger]
          oensket_dato: 2025-03-01
    """,
)
def henvendelse_har_oensket_dato(case, options):
    if case.henvendelse is None:
        return  # no henvendelse yet: nothing to check
    assert case.henvendelse.oensket_dato is not None



@case_rule(
    code="AAR002",
    name="alternativ-uden-tilbudstype",
    requirements=("AAR-03",),
    severity="warning",
    message=("Alternativ nr. {nr} i indstillingen angiver ikke tilbudstypen",
             "Alternative no. {nr} in the recommendation does not state the type of offer"),
    what=("Hvert alternativ i `indstilling.alternativer` skal have `tilbudstype`; ét fund pr. "
          "alternativ uden.",
          "Every alternative in `indstilling.alternativer` must have `tilbudstype`; one finding "
          "per alternative without one."),
    why=("Visitationen sammenligner alternativer af samme tilbudstype (EKSEMPEL).",
         "The allocation meeting compares alternatives of the same type (EXAMPLE)."),
    source="Aarhus Kommune (EKSEMPEL), lokal arbejdsgang §3",
    example_fail="""
        format_version: "1.0"
        sag_id: AAR-0002
        indstilling:
          tilbudstype: botilbud
          alternativer:
            - navn: Bostedet Lyngen
              tilbudstype: længerevarende botilbud
              takst: 598000
            - navn: Bofællesskabet Åkanden  # expect: AAR002
              takst: 455000
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: AAR-0002
        indstilling:
          tilbudstype: botilbud
          alternativer:
            - navn: Bostedet Lyngen
              tilbudstype: længerevarende botilbud
              takst: 598000
    """,
)
def alternativ_har_tilbudstype(case, options):
    for i, alt in enumerate(case.indstilling.alternativer if case.indstilling else ()):
        if not alt.tilbudstype:
            yield violation("indstilling", "alternativer", i, "tilbudstype", nr=i + 1)


@case_rule(
    code="AAR003",
    name="kort-partshoeringsfrist",
    requirements=("AAR-04",),
    severity="error",
    message=("Partshøringens frist er {dage} dage efter afsendelsen; den skal være mindst {min_dage}",
             "The hearing deadline is {dage} days after sending; it must be at least {min_dage}"),
    what=("`partshoering.frist` minus `partshoering.sendt` skal være mindst indstillingen "
          "`min_dage` (14) dage.",
          "`partshoering.frist` minus `partshoering.sendt` must be at least the option "
          "`min_dage` (14) days."),
    why=("Borgeren skal have rimelig tid til at svare (EKSEMPEL på en lokal frist).",
         "The citizen must have reasonable time to answer (EXAMPLE of a local deadline)."),
    source="Aarhus Kommune (EKSEMPEL), lokal arbejdsgang §4",
    felt="/partshoering/frist",
    options={"min_dage": 14},
    example_fail="""
        format_version: "1.0"
        sag_id: AAR-0003
        partshoering:
          sendt: 2025-03-03
          frist: 2025-03-10  # expect: AAR003
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: AAR-0003
        partshoering:
          sendt: 2025-03-03
          frist: 2025-03-17
    """,
)
def partshoeringsfrist(case, options):
    p = case.partshoering
    if p is None or p.sendt is None or p.frist is None:
        return
    dage = (p.frist - p.sendt).days
    assert dage >= options["min_dage"], {"dage": dage, "min_dage": options["min_dage"]}


RULES = [henvendelse_har_oensket_dato, alternativ_har_tilbudstype, partshoeringsfrist]
