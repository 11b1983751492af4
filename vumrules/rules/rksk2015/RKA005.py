"""RKA005: the enkeltsagsprincip as the profile has chosen it (RK15-05)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case, Ydelse
from ...rule import RuleContext, rule, violation
from ...vocabulary import fold
from ._common import indsats_label, paragraf_numre, problem

PROBLEMER = {
    "soegt_ikke_oprettet": ("den ansøgte ydelse er ikke oprettet som ydelse på borgers sag "
                            "(stamkortet)",
                            "the ydelse applied for has not been created as a ydelse on the "
                            "citizen's case (stamkort)"),
    "indsats_ikke_oprettet": ("indsats {indsats} i bestillingen har ingen ydelse på borgers sag "
                              "(stamkortet)",
                              "indsats {indsats} in the bestilling has no ydelse on the "
                              "citizen's case (stamkort)"),
    "flere_ydelser": ("profilen kræver én sag og én ny udredning pr. ansøgning, men sagen har "
                      "{antal} ydelser",
                      "the profile requires one case and one new udredning per application, but "
                      "the case has {antal} ydelser"),
    "gammel_udredning": ("profilen kræver en ny udredning pr. ansøgning, men udredningen blev "
                         "startet {startet}, før henvendelsen {henvendelse}",
                         "the profile requires a new udredning per application, but the "
                         "udredning was started {startet}, before the request {henvendelse}"),
}


def _samme(y: Ydelse, navn: str | None, paragraf: str | None, id_: str | None = None) -> bool:
    if id_ and y.id and fold(id_) == fold(y.id):
        return True
    wanted = paragraf_numre(paragraf) | paragraf_numre(navn)
    if wanted & (paragraf_numre(y.paragraf) | paragraf_numre(y.navn)):
        return True
    if navn and y.navn:
        a, b = fold(navn), fold(y.navn)
        return a in b or b in a
    return False


def _applies(case: Case, ctx: RuleContext) -> bool:
    return case.sag is not None and (case.henvendelse is not None or case.bestilling is not None
                                     or bool(case.sag.ydelser))


@rule(
    code="RKA005",
    name="enkeltsagsprincip-efter-profilen",
    requirements=("RK15-05",),
    severity="warning",
    message=("Enkeltsagsprincippet: {problem}", "Single-case principle: {problem_en}"),
    what=("Med `en_udredning_pr_ansoegning: false` (Ringkøbing-Skjern: enkeltsagsprincippet "
          "anvendes ikke) må én udredning danne grundlag for flere ydelser, men hver ansøgt "
          "ydelse og hver bestilt indsats skal være oprettet som ydelse på borgers sag "
          "(`sag.ydelser`; genkendt på id, paragraf eller navn). Med `true` (kommuner, der "
          "bruger enkeltsagsprincippet) skal sagen høre til én ansøgning: højst én ydelse, og "
          "udredningen må ikke være startet før henvendelsen.",
          "With `en_udredning_pr_ansoegning: false` (Ringkøbing-Skjern does not use the "
          "single-case principle) one udredning may serve several ydelser, but each ydelse "
          "applied for and each indsats ordered must exist as a ydelse on the citizen's case "
          "(`sag.ydelser`; matched by id, section or name). With `true` (municipalities that use "
          "the principle) the case belongs to one application: at most one ydelse, and the "
          "udredning must not start before the request."),
    why=("Drejebogen 2015 §4.1.2: \"Det er besluttet, at myndighed i RKSK ikke anvender "
         "enkeltsagsprincippet ... samme udredning kan danne grundlag for flere indsatser. Når "
         "bruger ansøger om en ny ydelse, skal rådgiver oprette ydelsen på brugers sag.\" VUM's "
         "udgangspunkt er det modsatte (en sag og en ny udredning pr. ansøgning); profilen "
         "vælger.",
         "2015 handbook §4.1.2: RKSK does not use VUM's single-case principle; one udredning may "
         "serve several services, but a newly applied-for service is created on the citizen's "
         "case. VUM's default is the opposite (one case and new udredning per application); the "
         "profile chooses."),
    source="001 §4.1.2",
    options={"en_udredning_pr_ansoegning": False},
    example_fail="""
        format_version: "1.0"
        sag_id: RKA-0005
        sag:
          oprettet: 2015-09-01
          ydelser:  # expect: RKA005
            - {id: Y1, navn: Aktivitets- og samværstilbud, paragraf: SEL § 104, status: Opfølgning}
        henvendelse:
          dato: 2016-03-01
          fra: [borger]
          ydelse_soegt: Socialpædagogisk støtte, SEL § 85
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKA-0005
        sag:
          oprettet: 2015-09-01
          ydelser:
            - {id: Y1, navn: Aktivitets- og samværstilbud, paragraf: SEL § 104, status: Opfølgning}
            - {id: Y2, navn: Socialpædagogisk støtte, paragraf: SEL § 85, status: Proces}
        henvendelse:
          dato: 2016-03-01
          fra: [borger]
          ydelse_soegt: Socialpædagogisk støtte, SEL § 85
    """,
    applies=_applies,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    sag = case.sag
    assert sag is not None
    h = case.henvendelse
    if ctx.options["en_udredning_pr_ansoegning"]:
        if len(sag.ydelser) > 1:
            yield violation("sag", "ydelser", 1, **problem(PROBLEMER, "flere_ydelser", antal=len(sag.ydelser)))
        u = case.udredning
        if u and u.startet and h and h.dato and u.startet < h.dato:
            yield violation("udredning", "startet", **problem(
                PROBLEMER, "gammel_udredning", startet=u.startet.isoformat(), henvendelse=h.dato.isoformat()))
        return
    if h and h.ydelse_soegt and not any(_samme(y, h.ydelse_soegt, None) for y in sag.ydelser):
        yield violation("sag", "ydelser", **problem(PROBLEMER, "soegt_ikke_oprettet"))
    if case.bestilling:
        for i, ind in enumerate(case.bestilling.indsatser):
            if not any(_samme(y, ind.navn, ind.paragraf, ind.id) for y in sag.ydelser):
                yield violation("bestilling", "indsatser", i, **problem(
                    PROBLEMER, "indsats_ikke_oprettet", indsats=indsats_label(ind, i)))


RULE = check
