"""TPL005: the afgørelse names its legal basis, matching the declared paragraph (HE-08)."""

from __future__ import annotations

import re

from ...templates import Hit
from ._common import LAW, first_line, is_type, template_rule


def _number(paragraf: str) -> str | None:
    m = re.search(r"(\d+)", paragraf or "")
    return m.group(1) if m else None


@template_rule(
    code="TPL005",
    name="afgoerelse-hjemmel",
    requirements=("HE-08",),
    severity="error",
    message=("Afgørelsen nævner ikke sin hjemmel {paragraf} (lov og paragraf)",
             "The decision does not cite its legal basis {paragraf} (act and paragraph)"),
    what=("En afgørelsesskabelon skal i begrundelsen nævne den paragraf, den er erklæret for "
          "(fx \"servicelovens § 41\"), og loven. Andre paragraffer må gerne nævnes.",
          "A decision template must cite, in its reasons, the paragraph it is declared for (e.g. "
          "\"servicelovens § 41\") and the act. Other paragraphs may be mentioned too."),
    why=("Forvaltningslovens § 22 og § 24: begrundelsen henviser til de retsregler afgørelsen er "
         "truffet efter. Hedensted har en skabelon pr. paragraf, så en skabelon der nævner en "
         "anden paragraf end sin egen, er forkert kopieret.",
         "Public Administration Act §§ 22 and 24: the reasons cite the legal rules the decision is "
         "made under. Hedensted keeps one template per paragraph, so a template citing another "
         "paragraph than its own was copied wrongly."),
    source="002 \"Afgørelsesskabeloner\"; forvaltningsloven §§ 22, 24",
    applies=is_type("afgoerelse"),
    example_fail="""
        ---
        vumrules: {type: afgoerelse, afgoerelsestype: afslag, paragraf: SEL § 41}
        ---
        Kære {{ borger.navn }}  <!-- # expect: TPL005 -->

        Du får afslag på merudgifter efter servicelovens § 42.
    """,
    example_pass="""
        ---
        vumrules: {type: afgoerelse, afgoerelsestype: afslag, paragraf: SEL § 41}
        ---
        Kære {{ borger.navn }}

        Du får afslag på merudgifter efter servicelovens § 41.
    """,
)
def check(template, ctx):
    declared = template.declared.get("paragraf", "")
    number = _number(declared)
    if number is None:
        return  # TPL001 reports the missing declaration
    cites = re.compile(rf"§{{1,2}}\s*{number}\b")
    if template.find(cites) is None or template.find(LAW) is None:
        yield Hit(*first_line(template), {"paragraf": declared})


RULE = check
