"""FK002: no case documents, earlier, refused or untreated benefits, or opkrævninger (FK-02)."""

from __future__ import annotations

from ...findings import Violation
from ._data import FORBIDDEN_FIELDS, FORBIDDEN_STATUS, ONGOING, extract_rule, ydelser


@extract_rule(
    code="FK002",
    name="udtraek-uden-sagsdokumenter",
    requirements=("FK-02",),
    severity="error",
    message=("Udtrækket indeholder {hvad}, som ikke må deles uden samtykke",
             "The extract holds {hvad}, which may not be shared without consent"),
    what=("Finder sagsdokumenter (udredninger, afgørelser, handleplaner, opfølgninger, "
          "journalnotater, klager), tidligere visiterede, ikke tilkendte og ikke behandlede "
          "ydelser (status andet end igangværende) og opkrævninger i et udtræk.",
          "Finds case documents (udredninger, decisions, action plans, follow-ups, journal notes, "
          "complaints), earlier, refused and untreated benefits (status other than ongoing) and "
          "charges in an extract."),
    why=("Kommunerne har udtrykkeligt ikke ønsket at dele disse oplysninger uden samtykke "
         "(Frikommuneforsøg II).",
         "The municipalities expressly chose not to share this information without consent "
         "(Free-municipality trial II)."),
    source="004 \"Data til registersamkørsel\"",
    example_fail="""
        udtraek: "1.0"
        borgere:
          - borger_id: B-18
            ydelser:
              - paragraf: SEL § 85
                navn: Socialpædagogisk støtte
                status: afslag  # expect: FK002
            journalnotater: []  # expect: FK002
    """,
    example_pass="""
        udtraek: "1.0"
        borgere:
          - borger_id: B-18
            ydelser:
              - paragraf: SEL § 85
                navn: Socialpædagogisk støtte
                status: igangvaerende
    """,
)
def check(data, ctx):
    def walk(obj, path):
        if isinstance(obj, dict):
            for k, v in obj.items():
                if k in FORBIDDEN_FIELDS:
                    yield Violation(path + (k,), {"hvad": FORBIDDEN_FIELDS[k]})
                else:
                    yield from walk(v, path + (k,))
        elif isinstance(obj, list):
            for i, v in enumerate(obj):
                yield from walk(v, path + (i,))

    yield from walk(data, ())
    for path, y in ydelser(data):
        status = str(y.get("status") or "").strip().casefold()
        if status in FORBIDDEN_STATUS:
            yield Violation(path + ("status",), {"hvad": FORBIDDEN_STATUS[status]})
        elif status not in ONGOING:
            yield Violation(path + ("status",), {"hvad": "en ydelse der ikke er igangværende"})


RULE = check
