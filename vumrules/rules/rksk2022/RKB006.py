"""RKB006: an indstilling to botilbud carries information from three relevant offers and the
dialogue with them on intake, citizen profile and takst (RK22-06)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._common import cites, fold

_DIALOG = (
    ("dialog_optag", "mulig indskrivning", "possible intake"),
    ("dialog_borgerprofil", "borgerprofil", "citizen profile"),
    ("dialog_takst", "takst", "takst (rate)"),
)


def _to_botilbud(case: Case, ctx: RuleContext) -> bool:
    ind = case.indstilling
    if not ind:
        return False
    if "botilbud" in fold(ind.tilbudstype):
        return True
    return cites(ind.paragraf, ctx.options["botilbud_paragraffer"])


@rule(
    code="RKB006",
    name="botilbud-tre-tilbud-med-dialog",
    requirements=("RK22-06",),
    severity="error",
    message=("Indstilling til botilbud: {krav}",
             "Indstilling (recommendation) to a botilbud: {krav_en}"),
    what=("Når indstillingen gælder botilbud (`indstilling.tilbudstype` indeholder 'botilbud', "
          "eller `indstilling.paragraf` er en af `botilbud_paragraffer`), skal "
          "`indstilling.alternativer` rumme mindst `antal_tilbud` tilbud, og for hvert tilbud skal "
          "dialogen om mulig indskrivning, borgerprofil og takst være registreret "
          "(`dialog_optag`, `dialog_borgerprofil`, `dialog_takst`).",
          "When the indstilling is for a botilbud (`indstilling.tilbudstype` contains 'botilbud' "
          "or `indstilling.paragraf` is one of `botilbud_paragraffer`), "
          "`indstilling.alternativer` must hold at least `antal_tilbud` offers, each with the "
          "dialogue on possible intake, citizen profile and takst recorded."),
    why=("Drejebog 2022 §3.4.2: \"Såfremt der indstilles til botilbud, skal rådgiver have "
         "indhentet oplysninger fra tre relevante tilbud. Forud for indstillingen indgår rådgiver "
         "i dialog med de valgte tilbud omkring mulig indskrivning, borgerprofil samt eventuel "
         "takst.\"",
         "2022 handbook §3.4.2: a botilbud indstilling needs information from three relevant "
         "offers, and beforehand a dialogue with them on possible intake, citizen profile and "
         "any rate."),
    source="003 §3.4.2",
    options={"antal_tilbud": 3, "botilbud_paragraffer": ("SEL § 107", "SEL § 108")},
    applies=_to_botilbud,
    example_fail="""
        format_version: "1.0"
        sag_id: RKB-006
        indstilling:
          dato: 2023-09-04
          modtager: visitationsudvalg
          tilbudstype: botilbud
          paragraf: SEL § 108
          alternativer:  # expect: RKB006
            - navn: Bostedet Fjordglimt
              takst: 61250
              dialog_optag: true
              dialog_borgerprofil: true
              dialog_takst: true
            - navn: Lyngbo  # expect: RKB006
              takst: 58900
              dialog_optag: true
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKB-006
        indstilling:
          dato: 2023-09-04
          modtager: visitationsudvalg
          tilbudstype: botilbud
          paragraf: SEL § 108
          alternativer:
            - navn: Bostedet Fjordglimt
              takst: 61250
              dialog_optag: true
              dialog_borgerprofil: true
              dialog_takst: true
            - navn: Lyngbo
              takst: 58900
              dialog_optag: true
              dialog_borgerprofil: true
              dialog_takst: true
            - navn: Skovly
              takst: 64100
              dialog_optag: true
              dialog_borgerprofil: true
              dialog_takst: true
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    ind = case.indstilling
    assert ind is not None
    wanted = int(ctx.options["antal_tilbud"])
    n = len(ind.alternativer)
    if n < wanted:
        yield violation("indstilling", "alternativer",
                        krav=f"der er oplysninger fra {n} tilbud; der skal indhentes oplysninger "
                             f"fra {wanted} relevante tilbud",
                        krav_en=f"it has information from {n} offers; information from {wanted} "
                                "relevant offers is required")
    for i, alt in enumerate(ind.alternativer):
        missing = [(da, en) for attr, da, en in _DIALOG if getattr(alt, attr) is not True]
        if missing:
            yield violation("indstilling", "alternativer", i,
                            krav=f"dialogen med tilbud nr. {i + 1} om "
                                 f"{', '.join(m[0] for m in missing)} er ikke registreret",
                            krav_en=f"the dialogue with offer no. {i + 1} on "
                                    f"{', '.join(m[1] for m in missing)} is not recorded")


RULE = check
