"""TPL008: a partshøringsbrev gives a deadline of at least 14 days (RK22-03)."""

from __future__ import annotations

from ...templates import Hit
from ._common import DAYS, FRIST, first_line, is_type, template_rule


@template_rule(
    code="TPL008",
    name="partshoeringsfrist",
    requirements=("RK22-03", "HE-03"),
    severity="error",
    message=("{hvad}", "{hvad_en}"),
    what=("Et partshøringsbrev skal give borgeren en frist til at svare; står fristen i dage, "
          "skal den være mindst `min_dage` (14). En pladsholder for fristens dato "
          "(`{{ partshoering.frist }}`) er i orden: sagsreglen kontrollerer selve datoen.",
          "A partshøring letter must give the citizen a deadline to answer; if it is in days, at "
          "least `min_dage` (14). A placeholder for the deadline date "
          "(`{{ partshoering.frist }}`) is fine: the case rule checks the date itself."),
    why=("Ringkøbing-Skjern 2022: \"Fristen for partshøring er mindst 14 dage\" (003 §3.2, §3.4.1).",
         "Ringkøbing-Skjern 2022: the deadline for partshøring is at least 14 days (003 §3.2, §3.4.1)."),
    source="003 §3.2, §3.4.1",
    options={"min_dage": 14},
    applies=is_type("partshoeringsbrev"),
    example_fail="""
        ---
        vumrules: {type: partshoeringsbrev}
        ---
        Vi sender dig hermed oplysninger, som vi vil lægge vægt på.
        Du har 8 dage til at komme med dine bemærkninger.  <!-- # expect: TPL008 -->
    """,
    example_pass="""
        ---
        vumrules: {type: partshoeringsbrev}
        ---
        Vi sender dig hermed oplysninger, som vi vil lægge vægt på.
        Du har 14 dage til at komme med dine bemærkninger, senest {{ partshoering.frist }}.
    """,
)
def check(template, ctx):
    minimum = int(ctx.options["min_dage"])
    short = [(line, col, m) for line, col, m in template.finditer(DAYS) if int(m.group(1)) < minimum]
    for line, col, m in short:
        yield Hit(line, col, {"hvad": f"Fristen på {m.group(1)} dage er kortere end {minimum} dage",
                              "hvad_en": f"The deadline of {m.group(1)} days is shorter than {minimum} days"})
    if not short and template.find(FRIST) is None and template.find(DAYS) is None \
            and "partshoering.frist" not in template.text:
        yield Hit(*first_line(template), {"hvad": "Partshøringsbrevet giver ingen svarfrist",
                                           "hvad_en": "The partshøring letter gives no deadline to answer"})


RULE = check
