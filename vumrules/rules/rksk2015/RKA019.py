"""RKA019: what the bestilling and its advis carry (RK15-19)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._common import indsats_label, problem

ADVISFELTER = {
    "tilgangsaarsag": ("tilgangsårsag", "reason for admission"),
    "pakke": ("pakke", "pakke"),
    "startdato": ("startdato", "start date"),
    "slutdato": ("slutdato", "end date"),
    "omfang": ("fuldtid/deltid", "full-time/part-time"),
}

PROBLEMER = {
    "opfoelgning": ("bestillingen angiver ikke, hvornår der skal følges op",
                    "the bestilling does not say when to follow up"),
    "betaling": ("bestillingen indeholder ikke betalingsoplysninger",
                 "the bestilling holds no payment information"),
    "indsatsmaal": ("indsats {indsats} i bestillingen har ingen indsatsmål",
                    "indsats {indsats} in the bestilling has no indsatsmål (goals)"),
    "advis": ("der er ikke sendt advis til økonomikonsulent og udfører ved overførslen",
              "no advis was sent to the finance consultant and provider on transfer"),
    "advisfelt": ("advisen til økonomikonsulent og udfører mangler {felt}",
                  "the advis to the finance consultant and provider lacks {felt_en}"),
    "pakke_uenig": ("advisen angiver pakke {advis}, men indstillingen pakke {indstilling}",
                    "the advis says pakke {advis}, but the indstilling pakke {indstilling}"),
}


def _applies(case: Case, ctx: RuleContext) -> bool:
    return case.bestilling is not None


@rule(
    code="RKA019",
    name="bestillingens-indhold-og-advis",
    requirements=("RK15-19",),
    severity="error",
    message=("Bestillingen: {problem}", "The bestilling: {problem_en}"),
    what=("Bestillingen skal have opfølgningsdato (`opfoelgningsdato`), betalingsoplysninger "
          "(`betalingsoplysninger: true`) og mindst ét indsatsmål pr. indsats (FKO-scoren på "
          "målene tjekker RKA023, indsatsformålet RKA020). Advisen ved overførslen skal findes "
          "og have felterne i `advis_felter` (tilgangsårsag, pakke, startdato, fuldtid/deltid; "
          "slutdato kun hvis der er en), og dens pakke skal svare til indstillingens.",
          "The bestilling needs a follow-up date (`opfoelgningsdato`), payment information "
          "(`betalingsoplysninger: true`) and at least one indsatsmål per indsats (their FKO "
          "scores are RKA023's, the indsatsformål RKA020's). The advis on transfer must exist "
          "and carry the fields in `advis_felter` (reason for admission, pakke, start date, "
          "full/part time; end date only if there is one), and its pakke must match the "
          "indstilling's."),
    why=("Drejebogen 2015 §4.5.2: indsatsformål, indsatsmål og score overføres fra handleplanen "
         "til bestillingen; \"I bestillingen angives, hvornår der skal følges op. Bestillingen "
         "indeholder endvidere betalingsoplysninger ... rådgiver sender en advis til "
         "økonomikonsulent og udfører med oplysning om tilgangsårsag, pakke, startdato, evt. "
         "slutdato og om bruger indskrives på fuldtid eller deltid.\"",
         "2015 handbook §4.5.2: the bestilling carries the goals and their scores, the "
         "follow-up date and payment information; the advis to the finance consultant and "
         "provider names reason for admission, pakke, start date, end date if any, and "
         "full/part time."),
    source="001 §4.5.2",
    options={"advis_felter": ("tilgangsaarsag", "pakke", "startdato", "omfang")},
    example_fail="""
        format_version: "1.0"
        sag_id: RKA-0019
        indstilling:
          pakke: 2
        bestilling:
          dato: 2016-06-01
          opfoelgningsdato: 2017-06-01
          betalingsoplysninger: true
          indsatser:
            - id: I1
              indsatsmaal:
                - {id: M1, tekst: Borger laver selv madplan for ugen hver søndag., tema: Praktiske opgaver i hjemmet}
          advis:  # expect: RKA019
            sendt: 2016-06-01
            tilgangsaarsag: Ny bevilling
            pakke: 3  # expect: RKA019
            startdato: 2016-06-06
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKA-0019
        indstilling:
          pakke: 2
        bestilling:
          dato: 2016-06-01
          opfoelgningsdato: 2017-06-01
          betalingsoplysninger: true
          indsatser:
            - id: I1
              indsatsmaal:
                - {id: M1, tekst: Borger laver selv madplan for ugen hver søndag., tema: Praktiske opgaver i hjemmet}
          advis:
            sendt: 2016-06-01
            tilgangsaarsag: Ny bevilling
            pakke: 2
            startdato: 2016-06-06
            omfang: deltid
    """,
    applies=_applies,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    b = case.bestilling
    assert b is not None
    if b.opfoelgningsdato is None:
        yield violation("bestilling", "opfoelgningsdato", **problem(PROBLEMER, "opfoelgning"))
    if b.betalingsoplysninger is not True:
        yield violation("bestilling", "betalingsoplysninger", **problem(PROBLEMER, "betaling"))
    for i, ind in enumerate(b.indsatser):
        if not ind.indsatsmaal:
            yield violation("bestilling", "indsatser", i, "indsatsmaal",
                            **problem(PROBLEMER, "indsatsmaal", indsats=indsats_label(ind, i)))
    if b.advis is None:
        yield violation("bestilling", "advis", **problem(PROBLEMER, "advis"))
        return
    for felt in ctx.options["advis_felter"]:
        if getattr(b.advis, felt, None) in (None, ""):
            da, en = ADVISFELTER.get(felt, (felt, felt))
            yield violation("bestilling", "advis", felt, **problem(PROBLEMER, "advisfelt", felt=da, felt_en=en))
    ip = case.indstilling.pakke if case.indstilling else None
    if b.advis.pakke is not None and ip is not None and b.advis.pakke != ip:
        yield violation("bestilling", "advis", "pakke",
                        **problem(PROBLEMER, "pakke_uenig", advis=b.advis.pakke, indstilling=ip))


RULE = check
