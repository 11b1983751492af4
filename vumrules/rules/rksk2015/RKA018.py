"""RKA018: § 141 handleplan offered when support is granted; choice recorded; content; no
economy (RK15-18)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from .._util import has_text
from ._common import problem

FELTNAVNE = {
    "formaal": ("Formål", "purpose"),
    "indsats": ("Indsats", "indsats"),
    "varighed": ("Varighed", "duration"),
    "andre_forhold": ("Andre særlige forhold", "other particular matters"),
}

PROBLEMER = {
    "ikke_tilbudt": ("der er bevilget støtte, men det er ikke registreret, at borger er tilbudt "
                     "en § 141-handleplan",
                     "support was granted, but it is not recorded that the citizen was offered a "
                     "§ 141 handleplan"),
    "valg": ("borgers valg (handleplan ja/nej) er ikke registreret",
             "the citizen's choice (handleplan yes/no) is not recorded"),
    "felt": ('handleplanen mangler "{felt}"', 'the handleplan lacks "{felt}" ({felt_en})'),
    "oekonomi": ("handleplanen må ikke indeholde økonomi; borger inddrages ikke i økonomien "
                 "omkring ydelsen",
                 "the handleplan must not contain economy; the citizen is not involved in the "
                 "cost of the service"),
}


def _applies(case: Case, ctx: RuleContext) -> bool:
    a = case.afgoerelse
    return (a is not None and a.type in ("bevilling", "delvis_bevilling")) or case.handleplan is not None


@rule(
    code="RKA018",
    name="handleplan-paragraf-141",
    requirements=("RK15-18",),
    severity="error",
    message=("Handleplan (SEL § 141): {problem}", "Handleplan (SEL § 141): {problem_en}"),
    what=("Ved bevilling eller delvis bevilling skal `handleplan.tilbudt` have en dato og "
          "`handleplan.borgers_valg` være registreret. Har borger sagt ja, skal handleplanen "
          "have felterne i `felter` (formål, indsats, varighed, andre særlige forhold). En "
          "handleplan må aldrig have indhold i `oekonomi`.",
          "On a grant or partial grant `handleplan.tilbudt` must carry a date and "
          "`handleplan.borgers_valg` be recorded. If the citizen accepted, the plan needs the "
          "fields in `felter` (purpose, indsats, duration, other particular matters). A "
          "handleplan must never have content in `oekonomi`."),
    why=("Drejebogen 2015 §4.5.1: \"Såfremt bruger bevilges støtte, tilbydes udarbejdelse af en "
         "141-handleplan ... Det er op til bruger at beslutte, hvorvidt der skal udarbejdes en "
         "handleplan.\" Den skal indeholde formål, indsats, varighed og andre særlige forhold, og "
         "\"da bruger ikke skal inddrages i økonomien omkring ydelsen, drøftes dette ikke\".",
         "2015 handbook §4.5.1: on a grant the citizen is offered a § 141 handleplan and decides "
         "whether to have one; it holds purpose, indsats, duration and other particular "
         "matters, and no economy, as the citizen is not involved in the cost."),
    source="001 §4.5.1",
    options={"felter": ("formaal", "indsats", "varighed", "andre_forhold")},
    example_fail="""
        format_version: "1.0"
        sag_id: RKA-0018
        afgoerelse:
          type: bevilling
          dato: 2016-05-20
        handleplan:
          tilbudt: 2016-05-20
          borgers_valg: accepteret
          formaal: At borger kan bo i egen lejlighed med støtte.
          indsats: Socialpædagogisk støtte 4 timer om ugen.
          varighed: Forventet 2 år.
          andre_forhold: Ingen.
          oekonomi: Pakke 2, 4 timer ugentligt.  # expect: RKA018
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKA-0018
        afgoerelse:
          type: bevilling
          dato: 2016-05-20
        handleplan:
          tilbudt: 2016-05-20
          borgers_valg: accepteret
          formaal: At borger kan bo i egen lejlighed med støtte.
          indsats: Socialpædagogisk støtte 4 timer om ugen.
          varighed: Forventet 2 år.
          andre_forhold: Ingen.
    """,
    applies=_applies,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    a, hp = case.afgoerelse, case.handleplan
    granted = a is not None and a.type in ("bevilling", "delvis_bevilling")
    if granted and (hp is None or hp.tilbudt is None):
        # no handleplan at all: point at the grant that requires the offer
        path = ("handleplan", "tilbudt") if hp is not None else ("afgoerelse", "type")
        yield violation(*path, **problem(PROBLEMER, "ikke_tilbudt"))
    if hp is None:
        return
    if granted and hp.tilbudt is not None and hp.borgers_valg is None:
        yield violation("handleplan", "borgers_valg", **problem(PROBLEMER, "valg"))
    if hp.borgers_valg == "accepteret":
        for felt in ctx.options["felter"]:
            if not has_text(getattr(hp, felt, None)):
                da, en = FELTNAVNE.get(felt, (felt, felt))
                yield violation("handleplan", felt, **problem(PROBLEMER, "felt", felt=da, felt_en=en))
    if has_text(hp.oekonomi):
        yield violation("handleplan", "oekonomi", **problem(PROBLEMER, "oekonomi"))


RULE = check
