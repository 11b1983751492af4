"""HJ008: the henvendelse for the taskforce is filled in as Bilag 2 says (HJ-08)."""

from __future__ import annotations

import re
from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._faelles import (
    TASKFORCE_NAVN,
    TASKFORCE_SAGSTYPER,
    applies_taskforce,
    in_list,
    kinds_named,
    norm,
)

_DATE_IN_TEXT = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\s*[./]\s*\d{1,2}\b|\buge\s*\d{1,2}\b",
                           re.IGNORECASE)


@rule(
    code="HJ008",
    name="henvendelse-til-taskforce",
    requirements=("HJ-08",),
    severity="error",
    message=("Henvendelsen til taskforcen (Bilag 2): {problem}",
             "The request to the taskforce (Bilag 2): {problem_en}"),
    what=("For taskforcesager: henvendelsen skal have \"Henvendelse fra\" = \"Taskforce - "
          "Botilbud i eget hjem\" (`henvendelse.fra`, indstillingen `henvendelse_fra`); årsagen "
          "(`henvendelse.aarsag`) skal nævne sagstypen, \"Rådgivnings- og sparringssag\" eller "
          "\"Indstillingssag\" (`sagstyper`), og stemme med `indstilling.taskforce.sagstype`, "
          "hvis den er udfyldt; det ønskede tidspunkt skal stå (`henvendelse.oensket_dato` "
          "eller en dato/uge i årsagen); og begge felter skal være krydset af: borger er "
          "indforstået, og henvender er oplyst om elektronisk registrering.",
          "For taskforce cases: the request must have \"Henvendelse fra\" = \"Taskforce - "
          "Botilbud i eget hjem\" (`henvendelse.fra`, option `henvendelse_fra`); the reason "
          "(`henvendelse.aarsag`) must name the kind, \"Rådgivnings- og sparringssag\" or "
          "\"Indstillingssag\" (`sagstyper`), and agree with `indstilling.taskforce.sagstype` "
          "when that is filled in; the wished time must be given (`henvendelse.oensket_dato` or "
          "a date/week in the reason); and both boxes ticked: the citizen agrees, and the "
          "requester is told the information is registered electronically."),
    why=("Bilag 2: \"Under henvendelse fra vælges 'Taskforce - Botilbud i eget hjem', under "
         "årsag for henvendelsen skrives Rådgivnings- og sparringssag [indstillingssag] samt "
         "ønsket tidspunkt for taskforce drøftelse. Der krydses af om borger er indforstået med "
         "henvendelsen og oplyst om elektronisk registrering.\" Taskforcens filtre og dagsorden "
         "bygger på disse felter.",
         "Bilag 2: \"Under 'henvendelse fra' choose 'Taskforce - Botilbud i eget hjem'; under "
         "the reason write Rådgivnings- og sparringssag [Indstillingssag] and the wished time "
         "for the discussion. Tick that the citizen agrees with the request and is told about "
         "electronic registration.\" The taskforce's filters and agenda are built on these "
         "fields."),
    source="000 Bilag 2",
    options={"henvendelse_fra": TASKFORCE_NAVN, "sagstyper": TASKFORCE_SAGSTYPER},
    applies=applies_taskforce,
    example_fail="""
        format_version: "1.0"
        sag_id: HJ-1008
        henvendelse:
          dato: 2025-03-31
          fra: [Taskforce - Botilbud i eget hjem]
          aarsag: Rådgivnings- og sparringssag, ønskes drøftet 24/4
          oensket_dato: 2025-04-24
          borger_indforstaaet: true
          oplyst_om_elektronisk_registrering: false  # expect: HJ008
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: HJ-1008
        henvendelse:
          dato: 2025-03-31
          fra: [Taskforce - Botilbud i eget hjem]
          aarsag: Rådgivnings- og sparringssag, ønskes drøftet 24/4
          oensket_dato: 2025-04-24
          borger_indforstaaet: true
          oplyst_om_elektronisk_registrering: true
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    h = case.henvendelse
    fra = str(ctx.options["henvendelse_fra"])
    kinds = tuple(ctx.options["sagstyper"])
    if h is None:
        yield violation("henvendelse", problem=f'der er ingen henvendelse fra "{fra}"',
                        problem_en=f'there is no request from "{fra}"')
        return
    if not in_list(fra, h.fra):
        yield violation("henvendelse", "fra", problem=f'"Henvendelse fra" er ikke "{fra}"',
                        problem_en=f'"Henvendelse fra" is not "{fra}"')
    named = kinds_named(h.aarsag, kinds)
    if not named:
        yield violation("henvendelse", "aarsag",
                        problem="årsagen nævner ikke sagstypen (" + " eller ".join(kinds) + ")",
                        problem_en="the reason does not name the kind of case ("
                                   + " or ".join(kinds) + ")")
    else:
        tf = case.indstilling.taskforce if case.indstilling else None
        if tf is not None and tf.sagstype and len(named) == 1 \
                and norm(tf.sagstype) != norm(named[0]) and in_list(tf.sagstype, kinds):
            yield violation("henvendelse", "aarsag",
                            problem=f'årsagen siger "{named[0]}", men indstillingen er registreret '
                                    "som en anden sagstype",
                            problem_en=f'the reason says "{named[0]}", but the recommendation is '
                                       "recorded as another kind of case")
    if h.oensket_dato is None and not (h.aarsag and _DATE_IN_TEXT.search(h.aarsag)):
        yield violation("henvendelse", "oensket_dato",
                        problem="det ønskede tidspunkt for taskforcedrøftelsen er ikke angivet",
                        problem_en="the wished time for the taskforce discussion is not given")
    if h.borger_indforstaaet is not True:
        yield violation("henvendelse", "borger_indforstaaet",
                        problem='"Borger er indforstået med henvendelsen" er ikke krydset af',
                        problem_en='"The citizen agrees with the request" is not ticked')
    if h.oplyst_om_elektronisk_registrering is not True:
        yield violation("henvendelse", "oplyst_om_elektronisk_registrering",
                        problem='"Henvender er oplyst om, at oplysninger registreres '
                                'elektronisk" er ikke krydset af',
                        problem_en='"The requester is told that information is registered '
                                   'electronically" is not ticked')


RULE = check
