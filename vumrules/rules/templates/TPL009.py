"""TPL009: placeholders are fields the case model can fill."""

from __future__ import annotations

import re

from ...templates import Hit, model_path_exists
from ._common import PLACEHOLDER, template_rule

_PATH = re.compile(r"^[A-Za-z_][\w]*(?:\[\d+\])?(?:\.[A-Za-z_][\w]*(?:\[\d+\])?)*$")
_FOR = re.compile(r"^for\s+(\w+)\s+in\s+([\w.\[\]]+)$")


@template_rule(
    code="TPL009",
    name="ukendt-pladsholder",
    requirements=("HE-08",),
    severity="error",
    message=("Pladsholderen {{{{ {navn} }}}} svarer ikke til et felt i sagsformatet",
             "The placeholder {{{{ {navn} }}}} is not a field of the case format"),
    what=("Finder Jinja-pladsholdere (`{{ borger.navn }}`, `{{ afgoerelse.dato | dato }}`, "
          "`{% for m in bestilling.indsatser %}`) hvis sti ikke er et felt i sagsformatet "
          "(`vumrules schema`). Filtre efter `|` ignoreres; løkkevariabler kendes i løkken.",
          "Finds Jinja placeholders (`{{ borger.navn }}`, `{{ afgoerelse.dato | dato }}`, "
          "`{% for m in bestilling.indsatser %}`) whose path is not a field of the case format "
          "(`vumrules schema`). Filters after `|` are ignored; loop variables are known in the loop."),
    why=("En pladsholder som sagssystemet ikke kan udfylde, står tom eller rå i brevet til "
         "borgeren; det opdages først når brevet er sendt.",
         "A placeholder the case system cannot fill is left empty or raw in the letter to the "
         "citizen, found only after the letter is sent."),
    source="docs/templates.md",
    example_fail="""
        ---
        vumrules: {type: invitation_opfoelgning}
        ---
        Kære {{ borger.fornavn }}  <!-- # expect: TPL009 -->
    """,
    example_pass="""
        ---
        vumrules: {type: invitation_opfoelgning}
        ---
        Kære {{ borger.navn }}, vi inviterer til opfølgning {{ bestilling.opfoelgningsdato | dato }}.
        {% for m in bestilling.indsatser %}- {{ m.navn }}{% endfor %}
    """,
)
def check(template, ctx):
    loops: dict[str, object] = {}
    for line, col, m in template.finditer(PLACEHOLDER):
        if m.group(2) is not None:  # a {% tag %}
            f = _FOR.match(m.group(2).strip())
            if f:
                ok, reached = _resolve(f.group(2), loops)
                if ok:
                    loops[f.group(1)] = reached
                else:
                    yield Hit(line, col + 3, {"navn": f.group(2)})
            continue
        expr = m.group(1).split("|", 1)[0].strip()
        if not _PATH.match(expr):
            continue  # literals and expressions are the template engine's business
        ok, _ = _resolve(expr, loops)
        if not ok:
            yield Hit(line, col, {"navn": expr})


def _resolve(expr: str, loops: dict) -> tuple[bool, object]:
    parts = expr.split(".")
    head = parts[0].split("[", 1)[0]
    if head in loops:
        model = loops[head]
        if len(parts) == 1:
            return True, model
        return model_path_exists(parts[1:], model) if hasattr(model, "model_fields") else (False, None)
    return model_path_exists(parts)


RULE = check
