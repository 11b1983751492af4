"""TPL002/TPL003: the kvitteringsbrev describes the process and carries GDPR information (HE-01)."""

from __future__ import annotations

from ...templates import Hit
from ._common import PROCESS, first_line, is_type, missing, template_rule


@template_rule(
    code="TPL002",
    name="kvitteringsbrev-beskriver-forloeb",
    requirements=("HE-01",),
    severity="error",
    message=("Kvitteringsbrevet beskriver ikke ansøgningsforløbet (hvad der sker nu, sagsbehandling, afgørelse)",
             "The receipt letter does not describe the application process (what happens next, handling, decision)"),
    what=("Et kvitteringsbrev skal fortælle borgeren hvordan ansøgningen behandles: fx at der "
          "indhentes oplysninger, partshøring, afgørelse, sagsbehandlingstid.",
          "A receipt letter must tell the citizen how the application is handled: e.g. gathering "
          "of information, partshøring, decision, handling time."),
    why=("Hedensted: kvitteringsbrevet \"beskriver ansøgningsforløbet\"; forudsigelighed skaber tillid.",
         "Hedensted: the receipt letter describes the application process; predictability builds trust."),
    source="002 \"Ansøgning modtages\"",
    applies=is_type("kvitteringsbrev"),
    example_fail="""
        ---
        vumrules:
          type: kvitteringsbrev
        ---
        Kære {{ borger.navn }}  <!-- # expect: TPL002 -->

        Tak for din ansøgning. Vi har registreret dine personoplysninger efter GDPR.
    """,
    example_pass="""
        ---
        vumrules:
          type: kvitteringsbrev
        ---
        Kære {{ borger.navn }}

        Tak for din ansøgning. Hvad sker der nu? Vi indhenter oplysninger og træffer en afgørelse.
        Vi behandler dine personoplysninger efter GDPR.
    """,
)
def check(template, ctx):
    if missing(template, PROCESS):
        yield Hit(*first_line(template))


RULE = check
