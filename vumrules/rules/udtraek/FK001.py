"""FK001: an extract holds only the fields allowed without consent (FK-01)."""

from __future__ import annotations

from ...findings import Violation
from ._data import (ALLOWED_BORGER, ALLOWED_CONTACT, ALLOWED_FLAGS, ALLOWED_TOP, ALLOWED_YDELSE,
                    FORBIDDEN_FIELDS, borgere, extract_rule, ydelser)


@extract_rule(
    code="FK001",
    name="udtraek-kun-tilladte-felter",
    requirements=("FK-01",),
    severity="error",
    message=("Feltet '{felt}' må ikke deles uden samtykke; et udtræk må kun indeholde igangværende "
             "ydelser (paragraf og navn), sagsbehandlerkontakt, målet for indsatsen og flag",
             "The field '{felt}' may not be shared without consent; an extract may only hold ongoing "
             "benefits (paragraph and name), caseworker contact, the goal of the support, and flags"),
    what=("Et udtræk til registersamkørsel uden samtykke må kun have de felter, forsøget nævner: "
          "igangværende ydelser (paragraf, navn, status), sagsbehandlerens kontaktoplysninger pr. "
          "ydelse, målet for igangværende indsatser og flag om potentiel tværgående indsats. Alle "
          "andre felter er fund (sagsdokumenter er FK002).",
          "An extract for register matching without consent may only have the fields the trial "
          "names: ongoing benefits (paragraph, name, status), the caseworker's contact per benefit, "
          "the goal of ongoing support and flags for potential cross-sector support. Any other "
          "field is a finding (case documents are FK002)."),
    why=("Dataminimering: kommunerne har kun søgt om at dele netop disse oplysninger uden "
         "samtykke (Frikommuneforsøg II, \"Data til registersamkørsel\").",
         "Data minimisation: the municipalities only applied to share exactly this information "
         "without consent (Free-municipality trial II, \"Data for register matching\")."),
    source="004 \"Data til registersamkørsel\"",
    example_fail="""
        udtraek: "1.0"
        borgere:
          - borger_id: B-17
            telefon_borger: "12345678"  # expect: FK001
            ydelser:
              - paragraf: SEL § 85
                navn: Socialpædagogisk støtte
                status: igangvaerende
    """,
    example_pass="""
        udtraek: "1.0"
        borgere:
          - borger_id: B-17
            ydelser:
              - paragraf: SEL § 85
                navn: Socialpædagogisk støtte
                status: igangvaerende
                sagsbehandler: {navn: Rådgiver Nord, telefon: "70000000"}
                maal: Selv betale husleje til tiden hver måned
            flag: [potentiel_tvaergaaende_indsats]
    """,
)
def check(data, ctx):
    if not isinstance(data, dict):
        yield Violation((), {"felt": "(hele dokumentet)"})
        return
    for k in data:
        if k not in ALLOWED_TOP and k not in FORBIDDEN_FIELDS:
            yield Violation((k,), {"felt": k})
    for path, b in borgere(data):
        for k in b:
            if k not in ALLOWED_BORGER and k not in FORBIDDEN_FIELDS:
                yield Violation(path + (k,), {"felt": k})
        flags = b.get("flag")
        if flags is not None and not isinstance(flags, list):
            yield Violation(path + ("flag",), {"felt": "flag (skal være en liste af kendte flag)"})
            flags = []
        for j, flag in enumerate(flags or []):
            if not isinstance(flag, str) or flag not in ALLOWED_FLAGS:
                yield Violation(path + ("flag", j), {"felt": f"flag {flag}"})
    for path, y in ydelser(data):
        for k in y:
            if k not in ALLOWED_YDELSE and k not in FORBIDDEN_FIELDS:
                yield Violation(path + (k,), {"felt": k})
        contact = y.get("sagsbehandler")
        if isinstance(contact, dict):
            for k in contact:
                if k not in ALLOWED_CONTACT:
                    yield Violation(path + ("sagsbehandler", k), {"felt": f"sagsbehandler.{k}"})


RULE = check
