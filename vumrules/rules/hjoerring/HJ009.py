"""HJ009: a henvendelsesnotat with the taskforce observation and every drop-down filled (HJ-09)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from .._util import has_text
from ._faelles import (
    NOTAT_FELTER,
    NOTAT_VALGFRIE_FELTER,
    TASKFORCE_NAVN,
    applies_taskforce,
    norm,
    same,
)


def _key(label: str) -> str:
    return norm(label).rstrip(":").strip()


@rule(
    code="HJ009",
    name="henvendelsesnotat-ufuldstaendigt",
    requirements=("HJ-09",),
    severity="error",
    message=("Henvendelsesnotatet (Bilag 2): {problem}",
             "The request note (Bilag 2): {problem_en}"),
    what=("For taskforcesager: `henvendelse.notat` skal findes, have observationen "
          "\"Taskforce - Botilbud i eget hjem\" (`observation`), og hvert rullegardin i "
          "`felter` skal være udfyldt: de påkrævede (`felter`: \"Baggrund for Taskforce "
          "skyldes en henvendelse fra\", \"Botilbud i eget HJEM - hvorfor ønskes sagen drøftet "
          "i taskforce\") skal stå der, og ethvert andet felt i notatet må ikke være tomt, "
          "undtagen de valgfrie (`valgfrie_felter`: \"EVT. Yderligere beskrivelse ...\"). "
          "Feltnavne sammenlignes uden hensyn til store/små bogstaver, bindestreger og kolon.",
          "For taskforce cases: `henvendelse.notat` must exist with the observation "
          "\"Taskforce - Botilbud i eget hjem\" (`observation`), and every drop-down in "
          "`felter` must be filled: the required ones (`felter`) must be there, and no other "
          "field in the note may be empty except the optional ones (`valgfrie_felter`: "
          "\"EVT. Yderligere beskrivelse ...\"). Field names are compared ignoring case, "
          "dashes and colons."),
    why=("Bilag 2: \"Fremsøg observationen 'Taskforce - Botilbud i eget hjem' og udfyld alle "
         "rullegardinerne (der trækkes oplysninger på baggrund af disse).\" Taskforcens "
         "overblik trækkes fra rullegardinerne; et tomt felt er en sag, der ikke dukker op "
         "rigtigt.",
         "Bilag 2: \"Search for the observation 'Taskforce - Botilbud i eget hjem' and fill in "
         "all the drop-downs (information is drawn from them).\" The taskforce's overview is "
         "drawn from the drop-downs; an empty one is a case that does not show up right."),
    source="000 Bilag 2",
    options={"observation": TASKFORCE_NAVN, "felter": NOTAT_FELTER,
             "valgfrie_felter": NOTAT_VALGFRIE_FELTER},
    applies=applies_taskforce,
    example_fail="""
        format_version: "1.0"
        sag_id: HJ-1009
        sag:
          sagstype: Taskforce - Botilbud i eget hjem
        henvendelse:
          notat:
            observation: Taskforce - Botilbud i eget hjem
            felter:
              Baggrund for Taskforce skyldes en henvendelse fra: Sagsbehandler
              Botilbud i eget HJEM - hvorfor ønskes sagen drøftet i taskforce:  # expect: HJ009
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: HJ-1009
        sag:
          sagstype: Taskforce - Botilbud i eget hjem
        henvendelse:
          notat:
            observation: Taskforce - Botilbud i eget hjem
            felter:
              Baggrund for Taskforce skyldes en henvendelse fra: Sagsbehandler
              Botilbud i eget HJEM - hvorfor ønskes sagen drøftet i taskforce: Ansøgning om botilbud
              EVT. Yderligere beskrivelse af hvorfor sag ønskes i taskforce:
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    notat = case.henvendelse.notat if case.henvendelse else None
    obs = str(ctx.options["observation"])
    if notat is None:
        yield violation("henvendelse", "notat", problem=f'der er intet henvendelsesnotat med '
                        f'observationen "{obs}"', problem_en=f'there is no request note with the '
                        f'observation "{obs}"')
        return
    if not same(notat.observation, obs):
        yield violation("henvendelse", "notat", "observation",
                        problem=f'observationen er ikke "{obs}"',
                        problem_en=f'the observation is not "{obs}"')
    present = {_key(k): k for k in notat.felter}
    required = list(ctx.options["felter"])
    optional = {_key(f) for f in ctx.options["valgfrie_felter"]}
    for label in required:
        key = present.get(_key(label))
        if key is None:
            yield violation("henvendelse", "notat", "felter",
                            problem=f'rullegardinet "{label}" mangler',
                            problem_en=f'the drop-down "{label}" is missing')
        elif not has_text(notat.felter[key]):
            yield violation("henvendelse", "notat", "felter", key,
                            problem=f'rullegardinet "{label}" er ikke udfyldt',
                            problem_en=f'the drop-down "{label}" is not filled in')
    wanted = {_key(f) for f in required}
    for key, value in notat.felter.items():
        k = _key(key)
        if k in wanted or k in optional:
            continue
        if not has_text(value):
            yield violation("henvendelse", "notat", "felter", key,
                            problem="et rullegardin i notatet er ikke udfyldt",
                            problem_en="a drop-down in the note is not filled in")


RULE = check
