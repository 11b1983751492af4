"""RKA027: the fælles opfølgningsskema: result per indsatsmål and the individuelt tilsyn
questions (RK15-27)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ...vocabulary import fold
from .._util import has_text
from ._common import alle_indsatsmaal, maal_label, problem

SPOERGSMAAL = {
    "formaal_opfyldt": ("Opfylder hjælpen fortsat sit formål?", "does the help still serve its purpose?"),
    "trivsel": ("Hvordan er brugers trivsel?", "how is the citizen's well-being?"),
    "magtanvendelse_i_perioden": ("Evt. magtanvendelse i perioden", "any use of force in the period"),
    "magtanvendelse_opfoelgning": ("opfølgning på magtanvendelse i handleplanen",
                                   "follow-up on the use of force in the handleplan"),
    "aendring_i_evne_til_oekonomi": ("Er der sket ændringer i brugers evne til at varetage sine "
                                     "økonomiske anliggender?",
                                     "has the citizen's ability to manage their finances changed?"),
    "aendring_konsekvens": ("hvad ændringen i evnen til at varetage økonomien giver anledning til "
                            "(fx værgemål)",
                            "what the change in managing finances leads to (e.g. guardianship)"),
}

PROBLEMER = {
    "resultat": ("opfølgningsskemaet {dato} har intet resultat for indsatsmål {maal} (fx "
                 "\"Progressionsmål opfyldt\" eller \"Ingen progression\")",
                 "the follow-up form of {dato} has no result for indsatsmål {maal} (e.g. "
                 "\"Progressionsmål opfyldt\" or \"Ingen progression\")"),
    "resultater": ("opfølgningsskemaet {dato} har resultater for {har} af {skal} indsatsmål",
                   "the follow-up form of {dato} has results for {har} of {skal} indsatsmål"),
    "tilsyn": ("opfølgningsmødet {dato} har intet individuelt tilsyn",
               "the follow-up meeting on {dato} records no individuelt tilsyn"),
    "spoergsmaal": ("det individuelle tilsyn {dato} besvarer ikke \"{spm}\"",
                    "the individuelt tilsyn of {dato} does not answer \"{spm_en}\""),
}


def _applies(case: Case, ctx: RuleContext) -> bool:
    return any(o.dato is not None and o.dato <= ctx.today for o in case.opfoelgninger)


@rule(
    code="RKA027",
    name="faelles-opfoelgningsskema-og-individuelt-tilsyn",
    requirements=("RK15-27",),
    severity="error",
    message=("Opfølgning: {problem}", "Follow-up: {problem_en}"),
    what=("Hver gennemført opfølgning skal have et resultat (`resultater`) for hvert indsatsmål i "
          "bestillingen (efter id; har målene ingen id, efter antal). Ved opfølgning med "
          "personligt fremmøde (form i `tilsyn_ved_former`) skal det individuelle tilsyn være "
          "udfyldt: opfylder hjælpen sit formål, trivsel, magtanvendelse i perioden (ja/nej; ved "
          "ja opfølgningen i handleplanen) og ændring i evnen til at varetage økonomien (ja/nej; "
          "ved ja hvad det giver anledning til).",
          "Each follow-up held must have a result (`resultater`) for each indsatsmål in the "
          "bestilling (by id; if the goals have no ids, by count). At a follow-up with a "
          "personal meeting (form in `tilsyn_ved_former`) the individuelt tilsyn must be "
          "completed: does the help serve its purpose, well-being, use of force in the period "
          "(yes/no; if yes, the follow-up in the handleplan) and change in the ability to manage "
          "finances (yes/no; if yes, what it leads to)."),
    why=("Drejebogen 2015 §4.6.4: på mødet udfyldes det fælles opfølgningsskema med "
         "målopfyldelse pr. indsatsmål, og rådgiver udfylder skemaet for det individuelle tilsyn "
         "(Retssikkerhedslovens § 16 og Servicelovens § 148): \"Opfylder hjælpen fortsat sit "
         "formål? Hvordan er brugers trivsel? Evt. magtanvendelse i perioden ... Er der sket "
         "ændringer i brugers evne til at varetage sine økonomiske anliggender ...?\"",
         "2015 handbook §4.6.4: the joint follow-up form records goal attainment per "
         "indsatsmål, and the caseworker completes the individual supervision questions "
         "(purpose, well-being, use of force, ability to manage finances)."),
    source="001 §4.6.4",
    options={"tilsyn_ved_former": ("moede",)},
    example_fail="""
        format_version: "1.0"
        sag_id: RKA-0027
        bestilling:
          indsatser:
            - id: I1
              indsatsmaal:
                - {id: M1, tekst: Borger deltager i fællesspisning én gang om ugen.}
                - {id: M2, tekst: Borger har overblik over sine faste udgifter.}
        opfoelgninger:
          - dato: 2017-05-30
            form: moede
            resultater:  # expect: RKA027
              - {indsatsmaal_id: M1, resultat: Progressionsmål opfyldt}
            individuelt_tilsyn:
              formaal_opfyldt: Ja, støtten virker efter hensigten.
              trivsel: Trives i lejligheden.
              magtanvendelse_i_perioden: false
              aendring_i_evne_til_oekonomi: true  # expect: RKA027
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKA-0027
        bestilling:
          indsatser:
            - id: I1
              indsatsmaal:
                - {id: M1, tekst: Borger deltager i fællesspisning én gang om ugen.}
                - {id: M2, tekst: Borger har overblik over sine faste udgifter.}
        opfoelgninger:
          - dato: 2017-05-30
            form: moede
            resultater:
              - {indsatsmaal_id: M1, resultat: Progressionsmål opfyldt}
              - {indsatsmaal_id: M2, resultat: Ingen progression}
            individuelt_tilsyn:
              formaal_opfyldt: Ja, støtten virker efter hensigten.
              trivsel: Trives i lejligheden.
              magtanvendelse_i_perioden: false
              aendring_i_evne_til_oekonomi: true
              aendring_konsekvens: Rådgiver vejleder om ansøgning om værgemål.
    """,
    applies=_applies,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    maal = [(m, path[-1]) for path, _i, m in alle_indsatsmaal(case)]
    with_ids = all(m.id for m, _ in maal)
    former = tuple(ctx.options["tilsyn_ved_former"])
    for k, o in enumerate(case.opfoelgninger):
        if o.dato is None or o.dato > ctx.today:
            continue
        dato = o.dato.isoformat()
        har = {fold(r.indsatsmaal_id) for r in o.resultater if r.indsatsmaal_id and has_text(r.resultat)}
        if maal and with_ids:
            for m, j in maal:
                if fold(m.id or "") not in har:
                    yield violation("opfoelgninger", k, "resultater", **problem(
                        PROBLEMER, "resultat", dato=dato, maal=maal_label(m, int(j))))
        elif maal:
            n = sum(1 for r in o.resultater if has_text(r.resultat))
            if n < len(maal):
                yield violation("opfoelgninger", k, "resultater", **problem(
                    PROBLEMER, "resultater", dato=dato, har=n, skal=len(maal)))
        if o.form not in former:
            continue
        t = o.individuelt_tilsyn
        if t is None:
            yield violation("opfoelgninger", k, "individuelt_tilsyn", **problem(PROBLEMER, "tilsyn", dato=dato))
            continue
        missing = []
        for felt in ("formaal_opfyldt", "trivsel"):
            if not has_text(getattr(t, felt)):
                missing.append((felt, felt))
        if t.magtanvendelse_i_perioden is None:
            missing.append(("magtanvendelse_i_perioden", "magtanvendelse_i_perioden"))
        elif t.magtanvendelse_i_perioden and not has_text(t.magtanvendelse_opfoelgning):
            missing.append(("magtanvendelse_opfoelgning", "magtanvendelse_i_perioden"))
        if t.aendring_i_evne_til_oekonomi is None:
            missing.append(("aendring_i_evne_til_oekonomi", "aendring_i_evne_til_oekonomi"))
        elif t.aendring_i_evne_til_oekonomi and not has_text(t.aendring_konsekvens):
            missing.append(("aendring_konsekvens", "aendring_i_evne_til_oekonomi"))
        for spm, felt in missing:
            da, en = SPOERGSMAAL[spm]
            yield violation("opfoelgninger", k, "individuelt_tilsyn", felt, **problem(
                PROBLEMER, "spoergsmaal", dato=dato, spm=da, spm_en=en))


RULE = check
