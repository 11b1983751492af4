"""RKA016: partshøring where needed, on the information and the samlet faglig vurdering, not
the scores (RK15-16)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ...vocabulary import fold
from ._common import problem

#: how the partshøring's content items are named in messages
INDHOLD = {
    "oplysninger": ("oplysningerne i sagen", "the information in the case"),
    "samlet_faglig_vurdering": ("den samlede faglige vurdering", "the samlet faglig vurdering"),
    "scores": ("rådgivers vurdering af funktionsniveauet (scores)",
               "the caseworker's scoring of the functional level"),
}

PROBLEMER = {
    "ikke_vurderet": ("afgørelsen er et {type}, men det er ikke registreret, om der er "
                      "oplysninger, der skal partshøres",
                      "the decision is a {type_en}, but whether any information needs a "
                      "partshøring (hearing) is not recorded"),
    "ikke_sendt": ("partshøring er vurderet nødvendig, men er ikke sendt",
                   "a partshøring (hearing) was found necessary but has not been sent"),
    "efter_afgoerelse": ("partshøringen er sendt {sendt}, efter afgørelsen {afgoerelse}",
                         "the partshøring was sent {sendt}, after the decision {afgoerelse}"),
    "mangler_indhold": ("partshøringen skal omfatte {hvad}",
                        "the partshøring must cover {hvad_en}"),
    "forbudt_indhold": ("borger skal ikke partshøres i {hvad} (det kan sendes til orientering)",
                        "the citizen is not to be heard on {hvad_en} (it may be sent for "
                        "information)"),
}

TYPER = {"afslag": ("afslag", "refusal"), "delvis_bevilling": ("delvist afslag", "partial refusal"),
         "bevilling": ("bevilling", "grant")}


def _applies(case: Case, ctx: RuleContext) -> bool:
    return case.partshoering is not None or case.afgoerelse is not None


@rule(
    code="RKA016",
    name="partshoering-indhold",
    requirements=("RK15-16",),
    severity="error",
    message=("Partshøring: {problem}", "Partshøring: {problem_en}"),
    what=("Ved afgørelser af typerne i `vurdering_kraeves_ved` (afslag, delvis bevilling) skal "
          "det være registreret, om partshøring er nødvendig (`partshoering.relevant`). Er den "
          "det, skal den være sendt (før afgørelsen), omfatte alt i `skal_omfatte` (oplysninger "
          "og samlet faglig vurdering) og intet i `maa_ikke_omfatte` (scores).",
          "For decisions of the types in `vurdering_kraeves_ved` (refusal, partial grant) it "
          "must be recorded whether a partshøring is needed (`partshoering.relevant`). If so, "
          "it must have been sent (before the decision), cover everything in `skal_omfatte` "
          "(information and samlet faglig vurdering) and nothing in `maa_ikke_omfatte` "
          "(scores)."),
    why=("Drejebogen 2015 §4.4.1: partshøring er nødvendig, når der er oplysninger, parten ikke "
         "kender, som er væsentlige og til ugunst for borger. \"Hvis der skal gennemføres "
         "partshøring, er det oplysninger i sagen og den samlede faglige vurdering, der skal "
         "partshøres. Bruger skal ikke partshøres i rådgivers vurdering af brugers "
         "funktionsniveau.\"",
         "2015 handbook §4.4.1: a hearing is needed when essential information unknown to the "
         "party is to their disadvantage; it covers the information and the samlet faglig "
         "vurdering, not the caseworker's scoring of the functional level."),
    source="001 §4.4.1",
    options={
        "vurdering_kraeves_ved": ("afslag", "delvis_bevilling"),
        "skal_omfatte": ("oplysninger", "samlet_faglig_vurdering"),
        "maa_ikke_omfatte": ("scores",),
    },
    example_fail="""
        format_version: "1.0"
        sag_id: RKA-0016
        partshoering:
          relevant: true
          sendt: 2016-05-02
          indhold: [oplysninger, scores]  # expect: RKA016, RKA016
        afgoerelse:
          type: afslag
          dato: 2016-05-20
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKA-0016
        partshoering:
          relevant: true
          sendt: 2016-05-02
          indhold: [oplysninger, samlet_faglig_vurdering]
        afgoerelse:
          type: afslag
          dato: 2016-05-20
    """,
    applies=_applies,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    p, a = case.partshoering, case.afgoerelse
    o = ctx.options
    if a is not None and a.type in tuple(o["vurdering_kraeves_ved"]) and (p is None or p.relevant is None):
        da, en = TYPER.get(a.type, (a.type, a.type))
        where = ("partshoering", "relevant") if p is not None else ("afgoerelse", "type")
        yield violation(*where, **problem(PROBLEMER, "ikke_vurderet", type=da, type_en=en))
        return
    if p is None or p.relevant is not True:
        return
    if p.sendt is None:
        yield violation("partshoering", "sendt", **problem(PROBLEMER, "ikke_sendt"))
        return
    if a is not None and a.dato is not None and p.sendt > a.dato:
        yield violation("partshoering", "sendt", **problem(
            PROBLEMER, "efter_afgoerelse", sendt=p.sendt.isoformat(), afgoerelse=a.dato.isoformat()))
    have = {fold(x) for x in p.indhold}
    for item in o["skal_omfatte"]:
        if fold(item) not in have:
            da, en = INDHOLD.get(item, (item, item))
            yield violation("partshoering", "indhold", **problem(PROBLEMER, "mangler_indhold", hvad=da, hvad_en=en))
    for item in o["maa_ikke_omfatte"]:
        if fold(item) in have:
            da, en = INDHOLD.get(item, (item, item))
            yield violation("partshoering", "indhold", **problem(PROBLEMER, "forbudt_indhold", hvad=da, hvad_en=en))


RULE = check
