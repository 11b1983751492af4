"""TPL004: an afgørelse states its result (HE-04)."""

from __future__ import annotations

from ...templates import Hit
from ._common import RESULT, first_line, is_type, missing, template_rule


@template_rule(
    code="TPL004",
    name="afgoerelse-resultat",
    requirements=("HE-04",),
    severity="error",
    message=("Afgørelsesskabelonen siger ikke tydeligt hvad resultatet er (bevilling, delvis bevilling eller afslag)",
             "The decision template does not clearly state the result (granted, partly granted or refused)"),
    what=("En afgørelse skal indeholde selve resultatet: hvad borgeren får eller ikke får.",
          "A decision must state the result itself: what the citizen gets or does not get."),
    why=("Hedensted: en afgørelse er en bevilling, delvis bevilling eller et afslag; "
         "forvaltningsloven kræver at afgørelsen er klar for borgeren.",
         "Hedensted: a decision is a bevilling, delvis bevilling or afslag; the Public "
         "Administration Act requires it to be clear to the citizen."),
    source="002 \"Afgørelse\"",
    applies=is_type("afgoerelse"),
    example_fail="""
        ---
        vumrules: {type: afgoerelse, afgoerelsestype: afslag, paragraf: SEL § 100}
        ---
        Kære {{ borger.navn }}  <!-- # expect: TPL004 -->

        Vi har behandlet din ansøgning om dækning af merudgifter efter servicelovens § 100.
    """,
    example_pass="""
        ---
        vumrules: {type: afgoerelse, afgoerelsestype: afslag, paragraf: SEL § 100}
        ---
        Kære {{ borger.navn }}

        Du får afslag på din ansøgning om dækning af merudgifter efter servicelovens § 100.
    """,
)
def check(template, ctx):
    if missing(template, RESULT):
        yield Hit(*first_line(template))


RULE = check
