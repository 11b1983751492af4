"""TPL007: klagevejledning naming Ankestyrelsen, the 4-week deadline and reconsideration first."""

from __future__ import annotations

from ...templates import Hit
from ._common import ANKESTYRELSEN, FOUR_WEEKS, RECONSIDER, first_line, is_type, template_rule

PARTS = (
    (ANKESTYRELSEN, "klageinstansen (Ankestyrelsen)", "the appeals body (Ankestyrelsen)"),
    (FOUR_WEEKS, "klagefristen på 4 uger", "the 4-week deadline"),
    (RECONSIDER, "at kommunen først genvurderer afgørelsen", "that the municipality reconsiders the decision first"),
)


@template_rule(
    code="TPL007",
    name="klagevejledning",
    requirements=("HE-04", "HE-08"),
    severity="error",
    message=("Klagevejledningen nævner ikke {del}", "The appeal guidance does not mention {del_en}"),
    what=("En afgørelse skal have klagevejledning, der nævner Ankestyrelsen som klageinstans, "
          "fristen på 4 uger, og at kommunen genvurderer sagen, før den sendes videre.",
          "A decision must carry appeal guidance naming Ankestyrelsen as the appeals body, the "
          "4-week deadline, and that the municipality reconsiders the case before passing it on."),
    why=("Forvaltningslovens § 25 og retssikkerhedslovens § 66-67: klagevejledning med "
         "klageinstans, frist og fremgangsmåde. Hedensted: afgørelsen har altid klagevejledning.",
         "Public Administration Act § 25 and the Legal Protection Act §§ 66-67: appeal guidance "
         "with appeals body, deadline and procedure. Hedensted: always klagevejledning."),
    source="002 \"Afgørelse\"; forvaltningsloven § 25",
    applies=is_type("afgoerelse"),
    example_fail="""
        ---
        vumrules: {type: afgoerelse, afgoerelsestype: bevilling, paragraf: SEL § 85}
        ---
        Du får bevilget socialpædagogisk støtte efter servicelovens § 85.  <!-- # expect: TPL007 -->

        Du kan klage til Ankestyrelsen inden 4 uger.
    """,
    example_pass="""
        ---
        vumrules: {type: afgoerelse, afgoerelsestype: bevilling, paragraf: SEL § 85}
        ---
        Du får bevilget socialpædagogisk støtte efter servicelovens § 85.

        Du kan klage inden 4 uger. Kommunen genvurderer afgørelsen, og fastholder vi den,
        sender vi klagen til Ankestyrelsen.
    """,
)
def check(template, ctx):
    for pattern, da, en in PARTS:
        if template.find(pattern) is None:
            yield Hit(*first_line(template), {"del": da, "del_en": en})


RULE = check
