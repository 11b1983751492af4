"""TPL006: the afgørelse gives its reasons and main considerations (HE-08)."""

from __future__ import annotations

from ...templates import Hit
from ._common import CONSIDERATIONS, first_line, missing, template_rule


@template_rule(
    code="TPL006",
    name="afgoerelse-begrundelse",
    requirements=("HE-08",),
    severity="error",
    message=("Afgørelsen har ingen begrundelse med de hovedhensyn, der er lagt vægt på",
             "The decision has no reasons stating the main considerations"),
    what=("En afgørelse (bortset fra en fuld bevilling) skal have en begrundelse, der siger hvad "
          "kommunen har lagt vægt på.",
          "A decision (other than a full grant) must give reasons saying what the municipality "
          "has emphasised."),
    why=("Forvaltningslovens § 24: begrundelsen angiver de hovedhensyn, der har været "
         "bestemmende for skønnet; Hedenstedts skabeloner indeholder begrundelse.",
         "Public Administration Act § 24: the reasons state the main considerations behind the "
         "discretion; Hedensted's templates include reasons."),
    source="002 \"Afgørelsesskabeloner\"; forvaltningsloven § 24",
    applies=lambda t, ctx: t.problem is None and t.type == "afgoerelse"
    and t.declared.get("afgoerelsestype") != "bevilling",
    example_fail="""
        ---
        vumrules: {type: afgoerelse, afgoerelsestype: afslag, paragraf: SEL § 85}
        ---
        Kære {{ borger.navn }}  <!-- # expect: TPL006 -->

        Du får afslag på socialpædagogisk støtte efter servicelovens § 85.
    """,
    example_pass="""
        ---
        vumrules: {type: afgoerelse, afgoerelsestype: afslag, paragraf: SEL § 85}
        ---
        Kære {{ borger.navn }}

        Du får afslag på socialpædagogisk støtte efter servicelovens § 85.
        Vi har lagt vægt på, at du selv kan klare de opgaver, du har søgt støtte til.
    """,
)
def check(template, ctx):
    if missing(template, CONSIDERATIONS):
        yield Hit(*first_line(template))


RULE = check
