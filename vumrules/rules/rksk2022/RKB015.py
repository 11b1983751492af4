"""RKB015: the individuelt tilsyn answers the drejebog's five questions (RK22-15)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation

#: (field, question in Danish, in English, kind): "tekst" must carry words, "ja_nej" a yes/no
QUESTIONS = (
    ("udbytte", "Profiterer borgeren af sit tilbud?", "Does the citizen benefit from the offer?", "tekst"),
    ("formaal_opfyldt", "Opfylder hjælpen fortsat sit formål?",
     "Does the help still serve its purpose?", "tekst"),
    ("trivsel", "Er borgeren i trivsel, hvis nej hvad skyldes det?",
     "Is the citizen thriving, and if not, why?", "tekst"),
    ("magtanvendelse_i_perioden", "Har der været magtanvendelser siden sidst?",
     "Has force been used since last time?", "ja_nej"),
    ("aendring_i_evne_til_oekonomi",
     "Er der sket ændringer i borgers evne til at varetage sine personlige og økonomiske anliggender?",
     "Has the citizen's ability to manage personal and economic affairs changed?", "ja_nej"),
)


@rule(
    code="RKB015",
    name="individuelt-tilsyn-fem-spoergsmaal",
    requirements=("RK22-15",),
    severity="error",
    message=('Individuelt tilsyn {dato}: {krav}',
             'Individuelt tilsyn (individual supervision) on {dato}: {krav_en}'),
    what=("Hver opfølgning med individuelt tilsyn (`opfoelgninger[].individuelt_tilsyn`) skal "
          "besvare de fem spørgsmål: udbytte, formål opfyldt og trivsel (tekst), magtanvendelse "
          "i perioden og ændring i evnen til at varetage personlige og økonomiske anliggender "
          "(ja/nej). Svares der nej til magtanvendelse, selv om der er registreret "
          "magtanvendelser siden forrige opfølgning (for den første: siden bestillingen), er det "
          "også et fund.",
          "Each follow-up with individuelt tilsyn must answer the five questions: benefit, "
          "purpose still served and wellbeing (text), use of force in the period and change in "
          "the ability to manage personal and economic affairs (yes/no). Answering no to use of "
          "force while magtanvendelser are registered since the previous follow-up (for the "
          "first one: since the bestilling) is also a finding."),
    why=("Drejebog 2022 §3.10.1 nævner de fem områder for det individuelle tilsyn: Profiterer "
         "borgeren af sit tilbud? Opfylder hjælpen fortsat sit formål? Er borgeren i trivsel, "
         "hvis nej hvad skyldes det? Har der været magtanvendelser siden sidst? Er der sket "
         "ændringer i borgers evne til at varetage sine personlige og økonomiske anliggender?",
         "2022 handbook §3.10.1 lists the five areas of the individual supervision: benefit, "
         "purpose, wellbeing, use of force since last time, and changes in the ability to manage "
         "personal and economic affairs."),
    source="003 §3.10.1",
    applies=lambda case, ctx: any(o.individuelt_tilsyn for o in case.opfoelgninger),
    example_fail="""
        format_version: "1.0"
        sag_id: RKB-015
        magtanvendelser:
          - dato: 2024-02-11
            registreret: 2024-02-12
        opfoelgninger:
          - dato: 2024-03-05
            form: moede
            borger_til_stede: true
            individuelt_tilsyn:  # expect: RKB015
              udbytte: Borger har fået mere struktur på hverdagen og deltager i aktiviteter.
              formaal_opfyldt: Ja, hjælpen understøtter fortsat målet om selvstændighed.
              magtanvendelse_i_perioden: false  # expect: RKB015
              aendring_i_evne_til_oekonomi: false
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKB-015
        magtanvendelser:
          - dato: 2024-02-11
            registreret: 2024-02-12
        opfoelgninger:
          - dato: 2024-03-05
            form: moede
            borger_til_stede: true
            individuelt_tilsyn:
              udbytte: Borger har fået mere struktur på hverdagen og deltager i aktiviteter.
              formaal_opfyldt: Ja, hjælpen understøtter fortsat målet om selvstændighed.
              trivsel: Borger siger, at han trives og har fået en ven i huset.
              magtanvendelse_i_perioden: true
              magtanvendelse_opfoelgning: Indsatsmål om at finde ro ved konflikter er tilføjet.
              aendring_i_evne_til_oekonomi: false
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    # "siden sidst": since the previous follow-up, or for the first one since the support began
    previous = case.bestilling.dato if case.bestilling else None
    for k, o in sorted(enumerate(case.opfoelgninger), key=lambda x: (x[1].dato is None, x[1].dato)):
        t = o.individuelt_tilsyn
        if t is not None:
            d = o.dato.isoformat() if o.dato else "-"
            for field, da, en, kind in QUESTIONS:
                value = getattr(t, field)
                missing = value is None if kind == "ja_nej" else not (value or "").strip()
                if missing:
                    yield violation("opfoelgninger", k, "individuelt_tilsyn", field, dato=d,
                                    krav=f'spørgsmålet "{da}" er ikke besvaret',
                                    krav_en=f'the question "{en}" is not answered')
            if t.magtanvendelse_i_perioden is False and o.dato:
                n = sum(1 for m in case.magtanvendelser
                        if (m.dato or m.registreret) and (previous is None or (m.dato or m.registreret) > previous)
                        and (m.dato or m.registreret) <= o.dato)
                if n:
                    yield violation("opfoelgninger", k, "individuelt_tilsyn", "magtanvendelse_i_perioden",
                                    dato=d,
                                    krav=f"der er svaret nej til magtanvendelser siden sidst, men der er "
                                         f"registreret {n} i perioden",
                                    krav_en=f"the answer to use of force since last time is no, but "
                                            f"{n} are registered in the period")
        if o.dato:
            previous = o.dato


RULE = check
