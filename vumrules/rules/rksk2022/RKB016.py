"""RKB016: moving to another municipality: guidance, files only with consent, the lawyer
involved (RK22-16)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation


@rule(
    code="RKB016",
    name="fraflytning-vejledning-samtykke-jurist",
    requirements=("RK22-16",),
    severity="error",
    message=("Fraflytning til anden kommune: {krav}", "Moving to another municipality: {krav_en}"),
    what=("Når `borger.fraflytning` er udfyldt: vejledningen om at kontakte den nye kommune skal "
          "være givet (`vejledning_givet`), sagens akter må kun være sendt (`sagsakter_sendt`) "
          "med borgers samtykke (`samtykke_til_oversendelse`), og fagområdets jurist skal være "
          "inddraget (`jurist_inddraget`).",
          "When `borger.fraflytning` is filled in: guidance to contact the new municipality must "
          "be given, the case files may only have been sent with the citizen's consent, and the "
          "area's lawyer must be involved."),
    why=("Drejebog 2022 §4.3: \"Rådgiver vejleder borger om at kontakte den nye kommune ... Hvis "
         "borger samtykker, oversendes sagens akter til borgers nye kommune. Inddrag fagområdets "
         "jurist i denne type sager.\" Akter sendt uden samtykke er en videregivelse uden "
         "hjemmel.",
         "2022 handbook §4.3: guide the citizen to contact the new municipality; send the files "
         "only if the citizen consents; involve the area's lawyer. Files sent without consent "
         "are a disclosure without legal basis."),
    source="003 §4.3",
    applies=lambda case, ctx: bool(case.borger and case.borger.fraflytning),
    example_fail="""
        format_version: "1.0"
        sag_id: RKB-016
        borger:
          fraflytning:
            dato: 2024-10-01
            vejledning_givet: true
            sagsakter_sendt: 2024-10-03  # expect: RKB016
            jurist_inddraget: false  # expect: RKB016
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKB-016
        borger:
          fraflytning:
            dato: 2024-10-01
            vejledning_givet: true
            samtykke_til_oversendelse: true
            sagsakter_sendt: 2024-10-03
            jurist_inddraget: true
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    f = case.borger.fraflytning if case.borger else None
    if f is None:
        return
    base = ("borger", "fraflytning")
    if f.vejledning_givet is not True:
        yield violation(*base, "vejledning_givet",
                        krav="det er ikke registreret, at borger er vejledt om at kontakte den nye "
                             "kommune for at søge den nødvendige hjælp",
                        krav_en="guidance to contact the new municipality to apply for the "
                                "necessary help is not recorded")
    if f.sagsakter_sendt and f.samtykke_til_oversendelse is not True:
        yield violation(*base, "sagsakter_sendt",
                        krav="sagens akter er sendt til den nye kommune uden registreret samtykke "
                             "fra borger",
                        krav_en="the case files were sent to the new municipality without the "
                                "citizen's recorded consent")
    if f.jurist_inddraget is not True:
        yield violation(*base, "jurist_inddraget",
                        krav="fagområdets jurist er ikke inddraget",
                        krav_en="the area's lawyer has not been involved")


RULE = check
