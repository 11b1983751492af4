"""RKA002: a request from someone else needs the citizen's agreement; a partsrepræsentant or
værge is registered as contact (RK15-02)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._common import er_borger, problem

PROBLEMER = {
    "indforstaaet": ("henvendelsen kommer ikke fra borger, og det er ikke registreret, at borger "
                     "er indforstået med den (fx via henvendelsesskema)",
                     "the request does not come from the citizen, and the citizen's agreement "
                     "to it is not recorded (e.g. through a henvendelsesskema)"),
    "vaerge": ("borgers værge er ikke oprettet som kontaktperson i EKJ",
               "the citizen's guardian (værge) is not registered as a contact in EKJ"),
    "partsrepraesentant": ("borgers partsrepræsentant er ikke oprettet som kontaktperson i EKJ",
                           "the citizen's representative (partsrepræsentant) is not registered "
                           "as a contact in EKJ"),
}


def _applies(case: Case, ctx: RuleContext) -> bool:
    b = case.borger
    return case.henvendelse is not None or bool(b and (b.vaerge or b.partsrepraesentant))


@rule(
    code="RKA002",
    name="henvendelse-fra-andre-og-kontaktpersoner",
    requirements=("RK15-02",),
    severity="error",
    message=("Sagsåbning: {problem}", "Case opening: {problem_en}"),
    what=("Når henvendelsen ikke (kun) kommer fra borger, skal det være registreret, at borger "
          "er indforstået (`henvendelse.borger_indforstaaet` eller et udfyldt "
          "henvendelsesskema). Har borger en værge eller partsrepræsentant, skal vedkommende "
          "være oprettet som kontaktperson (`registreret_som_kontakt: true`).",
          "When the request does not come (only) from the citizen, the citizen's agreement must "
          "be recorded (`henvendelse.borger_indforstaaet` or a completed henvendelsesskema). A "
          "værge or partsrepræsentant must be registered as a contact "
          "(`registreret_som_kontakt: true`)."),
    why=("Drejebogen 2015 §4.1: \"Kommer henvendelsen fra en anden end bruger, skal forvisitator "
         "sikre sig, at bruger er indforstået med henvendelsen, fx via henvendelsesskema ... Har "
         "bruger en partsrepræsentant eller en værge for personlige forhold, skal forvisitator "
         "fra starten af sagsbehandlingen sørge for at oprette dem som kontaktpersoner i EKJ.\"",
         "2015 handbook §4.1: when someone else makes the request, the intake worker must make "
         "sure the citizen agrees; a representative or guardian must be registered as a contact "
         "in EKJ from the start and involved in the case."),
    source="001 §4.1",
    example_fail="""
        format_version: "1.0"
        sag_id: RKA-0002
        borger:
          vaerge:
            rolle: værge
            registreret_som_kontakt: false  # expect: RKA002
        henvendelse:
          dato: 2015-06-01
          fra: [samarbejdspartner]
          ydelse_soegt: Bostøtte efter SEL § 85
          borger_indforstaaet: false  # expect: RKA002
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKA-0002
        borger:
          vaerge:
            rolle: værge
            registreret_som_kontakt: true
        henvendelse:
          dato: 2015-06-01
          fra: [samarbejdspartner]
          ydelse_soegt: Bostøtte efter SEL § 85
          henvendelsesskema_udfyldt: true
          borger_indforstaaet: true
    """,
    applies=_applies,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    h = case.henvendelse
    if h is not None and h.fra and not all(er_borger(f) for f in h.fra):
        if h.borger_indforstaaet is not True:
            yield violation("henvendelse", "borger_indforstaaet", **problem(PROBLEMER, "indforstaaet"))
    b = case.borger
    if b is None:
        return
    for key in ("vaerge", "partsrepraesentant"):
        person = getattr(b, key)
        if person is not None and person.registreret_som_kontakt is not True:
            yield violation("borger", key, "registreret_som_kontakt", **problem(PROBLEMER, key))


RULE = check
