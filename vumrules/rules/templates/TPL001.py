"""TPL001: a template says what it is (so it can be checked)."""

from __future__ import annotations

from ...templates import Hit
from ...templates.reader import DECISION_TYPES, TYPES
from ._common import template_rule


@template_rule(
    code="TPL001",
    name="skabelon-uden-type",
    requirements=("HE-08",),
    severity="error",
    message=("Skabelonen kan ikke kontrolleres: {hvad}", "The template cannot be checked: {hvad_en}"),
    what=("Kræver at en skabelon erklærer sin type (kvitteringsbrev, afgoerelse, partshoeringsbrev, "
          "skift_af_sagsbehandler, invitation_opfoelgning) i front matter, i Word-dokumentets "
          "nøgleord eller i filnavnet, at en afgørelse også erklærer afgørelsestype og paragraf, og "
          "at filen kan læses.",
          "Requires a template to declare its type (kvitteringsbrev, afgoerelse, partshoeringsbrev, "
          "skift_af_sagsbehandler, invitation_opfoelgning) in front matter, the Word document's "
          "keywords or the file name, a decision template also its decision type and paragraph, "
          "and the file to be readable."),
    why=("Kravene afhænger af hvad skabelonen er: en afgørelse efter § 41 skal nævne § 41, et "
         "kvitteringsbrev skal have GDPR-tekst. Hedensted har skabeloner pr. paragraf (HE-08).",
         "The requirements depend on what the template is: a § 41 decision must cite § 41, a "
         "receipt letter must carry GDPR text. Hedensted keeps templates per paragraph (HE-08)."),
    source="002 \"Afgørelsesskabeloner\"; docs/templates.md",
    example_fail="""
        ---
        vumrules:
          type: afgoerelse  <!-- # expect: TPL001 -->
        ---
        Kære {{ borger.navn }}
    """,
    example_pass="""
        ---
        vumrules:
          type: afgoerelse
          afgoerelsestype: afslag
          paragraf: SEL § 41
        ---
        Kære {{ borger.navn }}
    """,
)
def check(template, ctx):
    if template.problem:
        yield Hit(1, 1, {"hvad": template.problem, "hvad_en": template.problem})
        return
    t = template.type
    line = max(template.first_line - 2, 1) if template.declared_by == "front matter" else 1
    if t not in TYPES:
        yield Hit(line, 1, {"hvad": f"typen er ikke erklæret eller ukendt (kendte: {', '.join(TYPES)})",
                            "hvad_en": f"the type is not declared or unknown (known: {', '.join(TYPES)})"})
    elif t == "afgoerelse":
        if template.declared.get("afgoerelsestype") not in DECISION_TYPES:
            yield Hit(line, 1, {"hvad": "afgørelsestype (bevilling, delvis_bevilling, afslag) er ikke erklæret",
                                "hvad_en": "the decision type (bevilling, delvis_bevilling, afslag) is not declared"})
        elif not template.declared.get("paragraf"):
            yield Hit(line, 1, {"hvad": "paragraffen afgørelsen træffes efter er ikke erklæret",
                                "hvad_en": "the paragraph the decision is made under is not declared"})


RULE = check
