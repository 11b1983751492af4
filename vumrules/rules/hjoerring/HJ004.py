"""HJ004: quality-assured by the caseworker and the team leader (two people) against the
Bilag 1 checklist before agenda-setting (HJ-04)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case, Godkendelse
from ...rule import RuleContext, rule, violation
from ._faelles import agenda_date, applies_taskforce, fmt, norm

ROLLER = {"sagsbehandler": ("sagsbehandleren", "the caseworker"),
          "teamleder": ("teamlederen", "the team leader")}


def _who(g: Godkendelse) -> tuple[str, str] | None:
    if g.id and g.id.strip():
        return ("id", norm(g.id))
    if g.navn and g.navn.strip():
        return ("navn", norm(g.navn))
    return None


def _problems(g: Godkendelse, agenda) -> list[tuple[str, str, str]]:
    """(field, Danish, English) for what is wrong with one sign-off."""
    da, en = ROLLER[g.rolle]
    out = []
    if _who(g) is None:
        out.append(("rolle", f"godkendelsen fra {da} siger ikke hvem (id eller navn)",
                    f"the sign-off by {en} does not say who (id or name)"))
    if g.tjekliste is not True:
        out.append(("tjekliste", f"{da} har ikke kvalitetssikret efter tjeklisten",
                    f"{en} did not quality-assure against the checklist"))
    if g.dato is None:
        out.append(("dato", f"godkendelsen fra {da} er ikke dateret",
                    f"the sign-off by {en} is not dated"))
    elif agenda is not None and g.dato > agenda:
        out.append(("dato", f"{da} har godkendt {fmt(g.dato)}, efter dagsordenssætningen "
                            f"{fmt(agenda)}",
                    f"{en} signed off {fmt(g.dato)}, after agenda-setting {fmt(agenda)}"))
    return out


@rule(
    code="HJ004",
    name="mangler-to-godkendelser",
    requirements=("HJ-04",),
    severity="error",
    message=("Kvalitetssikring før taskforcen (sagsbehandler og teamleder efter tjeklisten, "
             "Bilag 1): {problem}",
             "Quality assurance before the taskforce (caseworker and team leader against the "
             "checklist, Bilag 1): {problem_en}"),
    what=("For taskforcesager: `godkendelser` skal have en godkendelse med rollen "
          "`sagsbehandler` og en med rollen `teamleder`, af to forskellige personer (id, ellers "
          "navn), hver med `tjekliste: true` og en dato senest på dagsordenssætningsdagen "
          "(`indstilling.taskforce.indsendt`, ellers første \"Klar til godkendelse\", ellers "
          "mødedatoen). Navne skrives aldrig i beskeden.",
          "For taskforce cases: `godkendelser` must hold a sign-off with role `sagsbehandler` "
          "and one with role `teamleder`, by two different people (id, else name), each with "
          "`tjekliste: true` and dated no later than agenda-setting "
          "(`indstilling.taskforce.indsendt`, else the first \"Klar til godkendelse\", else "
          "the meeting date). Names never appear in the message."),
    why=("\"Inden sagen indstilles til drøftelse på taskforce skal sagen være kvalitetssikret af "
         "sagsbehandler og teamleder i.h.t. tjekliste (se bilag 1).\" To par øjne er pointen: "
         "én person, der godkender i begge roller, er ikke en kvalitetssikring.",
         "\"Before the case is put forward to the taskforce it must be quality-assured by the "
         "caseworker and the team leader against the checklist (Bilag 1).\" Two pairs of eyes "
         "are the point: one person signing in both roles is no quality assurance."),
    source="000 \"Dagsordenssætning af sager\", Bilag 1",
    applies=applies_taskforce,
    example_fail="""
        format_version: "1.0"
        sag_id: HJ-1004
        sag:
          sagstype: Taskforce - Botilbud i eget hjem
        indstilling:
          taskforce:
            moede_dato: 2025-04-24
            indsendt: 2025-04-21T09:30:00
        godkendelser:
          - rolle: sagsbehandler
            id: SB-417
            dato: 2025-04-17
            tjekliste: true
          - rolle: teamleder  # expect: HJ004
            id: SB-417
            dato: 2025-04-18
            tjekliste: true
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: HJ-1004
        sag:
          sagstype: Taskforce - Botilbud i eget hjem
        indstilling:
          taskforce:
            moede_dato: 2025-04-24
            indsendt: 2025-04-21T09:30:00
        godkendelser:
          - rolle: sagsbehandler
            id: SB-417
            dato: 2025-04-17
            tjekliste: true
          - rolle: teamleder
            id: TL-052
            dato: 2025-04-18
            tjekliste: true
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    agenda, _ = agenda_date(case)
    chosen: dict[str, tuple[int, Godkendelse]] = {}
    for rolle, (da, en) in ROLLER.items():
        candidates = [(i, g) for i, g in enumerate(case.godkendelser) if g.rolle == rolle]
        if not candidates:
            yield violation("godkendelser", problem=f"godkendelsen fra {da} mangler",
                            problem_en=f"the sign-off by {en} is missing")
            continue
        # several sign-offs in one role: the first one without problems counts
        best = next(((i, g) for i, g in candidates if not _problems(g, agenda)), candidates[0])
        chosen[rolle] = best
        i, g = best
        for fld, p_da, p_en in _problems(g, agenda):
            yield violation("godkendelser", i, fld, problem=p_da, problem_en=p_en)
    if len(chosen) == 2:
        (_, sb), (i, tl) = chosen["sagsbehandler"], chosen["teamleder"]
        a, b = _who(sb), _who(tl)
        if a is not None and a == b:
            yield violation("godkendelser", i, problem="sagsbehandler og teamleder er samme "
                            "person; der kræves to forskellige",
                            problem_en="caseworker and team leader are the same person; two "
                            "different people are required")


RULE = check
