"""TPL003: the kvitteringsbrev carries GDPR information (HE-01)."""

from __future__ import annotations

from ...templates import Hit
from ._common import GDPR, first_line, is_type, missing, template_rule


@template_rule(
    code="TPL003",
    name="kvitteringsbrev-gdpr",
    requirements=("HE-01",),
    severity="error",
    message=("Kvitteringsbrevet indeholder ikke information om behandling af personoplysninger (GDPR)",
             "The receipt letter holds no information on processing of personal data (GDPR)"),
    what=("Et kvitteringsbrev skal oplyse om behandlingen af borgerens personoplysninger (GDPR, "
          "databeskyttelse, dine rettigheder).",
          "A receipt letter must inform about the processing of the citizen's personal data (GDPR, "
          "data protection, your rights)."),
    why=("Hedensted: \"Brevet indeholder også information om GDPR\"; oplysningspligten efter "
         "databeskyttelsesforordningen art. 13-14.",
         "Hedensted: the letter also holds GDPR information; the duty to inform under GDPR "
         "art. 13-14."),
    source="002 \"Ansøgning modtages\"",
    applies=is_type("kvitteringsbrev"),
    example_fail="""
        ---
        vumrules:
          type: kvitteringsbrev
        ---
        Kære {{ borger.navn }}  <!-- # expect: TPL003 -->

        Tak for din ansøgning. Hvad sker der nu? Vi indhenter oplysninger og træffer en afgørelse.
    """,
    example_pass="""
        ---
        vumrules:
          type: kvitteringsbrev
        ---
        Kære {{ borger.navn }}

        Tak for din ansøgning. Hvad sker der nu? Vi indhenter oplysninger og træffer en afgørelse.
        Sådan behandler vi dine personoplysninger (GDPR): se kommunens hjemmeside.
    """,
)
def check(template, ctx):
    if missing(template, GDPR):
        yield Hit(*first_line(template))


RULE = check
