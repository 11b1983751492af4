"""FK003: excluded benefit types are not shared (FK-03)."""

from __future__ import annotations

from ...findings import Violation
from ._data import EXCLUDED_RE, extract_rule, ydelser


@extract_rule(
    code="FK003",
    name="udtraek-undtagne-ydelser",
    requirements=("FK-03",),
    severity="error",
    message=("Ydelsestypen '{type}' er undtaget og må ikke indgå i udtrækket",
             "The benefit type '{type}' is excluded and must not be in the extract"),
    what=("Finder ydelser af de typer, kommunerne har undtaget (boligsikring, boligydelse, "
          "varmetillæg, friplads, hjælpemidler, tabt arbejdsfortjeneste, tandpleje/tandlæge, "
          "ordinære sundhedsplejebesøg, befordring, helbredstillæg, medicintillæg, enkeltydelser, "
          "frivillig deltagelse) ud fra navn og paragraf.",
          "Finds benefits of the types the municipalities excluded (housing benefit, heating "
          "supplement, free places, aids, loss of earnings, dental care, ordinary health visits, "
          "transport, health and medicine supplements, one-off benefits, voluntary participation) "
          "by name and paragraph."),
    why=("Afgrænsningen i Frikommuneforsøg II: oplysninger om disse ydelser deles ikke.",
         "The scope of Free-municipality trial II: these benefits are not shared."),
    source="004 \"Afgrænsning af ydelser\"",
    example_fail="""
        udtraek: "1.0"
        borgere:
          - borger_id: B-19
            ydelser:
              - paragraf: SEL § 112
                navn: Hjælpemidler (rollator)  # expect: FK003
                status: igangvaerende
    """,
    example_pass="""
        udtraek: "1.0"
        borgere:
          - borger_id: B-19
            ydelser:
              - paragraf: SEL § 103
                navn: Beskyttet beskæftigelse
                status: igangvaerende
    """,
)
def check(data, ctx):
    for path, y in ydelser(data):
        text = f"{y.get('navn') or ''} {y.get('paragraf') or ''}"
        for label, pattern in EXCLUDED_RE:
            if pattern.search(text):
                field = "navn" if pattern.search(str(y.get("navn") or "")) else "paragraf"
                yield Violation(path + (field,), {"type": label})
                break


RULE = check
