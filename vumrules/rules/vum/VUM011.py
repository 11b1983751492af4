"""VUM011: other parties considered, and their information obtained with consent (VUM-11)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from .._util import has_udredning, has_text


@rule(
    code="VUM011",
    name="andre-parter-med-samtykke",
    requirements=("VUM-11", "HJ-05"),
    severity="error",
    message=("{hvad}", "{hvad_en}"),
    what=("Kræver at udredningen siger om behovet for oplysninger fra andre parter er "
          "overvejet (`andre_parter_overvejet`, og en begrundelse hvis de ikke er indhentet), "
          "og at oplysninger fra andre end borgeren er indhentet med samtykke (på kilden eller "
          "i henvendelsens samtykke).",
          "Requires the udredning to say whether information from other parties was considered "
          "(`andre_parter_overvejet`, with a reason if none was obtained), and that information "
          "from others than the citizen was obtained with consent (on the source or in the "
          "henvendelse's consent)."),
    why=("Supplerende oplysninger indhentes med samtykke fra borger (001 §4.2; 003 §3.2), og "
         "Hjørrings tjekliste spørger om behovet for oplysninger fra andre parter er overvejet.",
         "Further information is obtained with the citizen's consent (001 §4.2; 003 §3.2), and "
         "Hjørring's checklist asks whether the need for information from others was considered."),
    source="000 Bilag 1; 001 §4.2; 003 §3.2",
    applies=has_udredning,
    example_fail="""
        format_version: "1.0"
        sag_id: S-1011
        udredning:  # expect: VUM011
          metode: vum2
          kilder:
            - type: borger
            - type: læge
              samtykke: false  # expect: VUM011
          temaer:
            - navn: Sundhedsforhold
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: S-1011
        henvendelse:
          samtykke:
            givet: true
            dato: 2025-02-03
        udredning:
          metode: vum2
          andre_parter_overvejet: true
          kilder:
            - type: borger
            - type: læge
          temaer:
            - navn: Sundhedsforhold
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    u = case.udredning
    assert u is not None
    if u.andre_parter_overvejet is None:
        yield violation("udredning", "andre_parter_overvejet",
                        hvad="Udredningen siger ikke, om oplysninger fra andre parter er overvejet",
                        hvad_en="The udredning does not say whether information from other parties was considered")
    elif u.andre_parter_overvejet is False and not has_text(u.andre_parter_begrundelse, 3):
        yield violation("udredning", "andre_parter_begrundelse",
                        hvad="Andre parter er ikke overvejet, og der er ingen begrundelse",
                        hvad_en="Other parties were not considered, and no reason is given")
    general = bool(case.henvendelse and case.henvendelse.samtykke and case.henvendelse.samtykke.givet)
    sources = [(("udredning", "kilder", i), k) for i, k in enumerate(u.kilder)]
    for i, t in enumerate(u.temaer):
        sources += [(("udredning", "temaer", i, "kilder", j), k) for j, k in enumerate(t.kilder)]
    for path, k in sources:
        if (k.type or "").strip().casefold() in ("borger", "sagsbehandler"):
            continue
        if k.samtykke is False or (k.samtykke is None and not general):
            yield violation(*path, "samtykke",
                            hvad="Oplysninger fra en anden part er indhentet uden registreret samtykke",
                            hvad_en="Information from another party was obtained without recorded consent")


RULE = check
