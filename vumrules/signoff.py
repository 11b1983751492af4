"""Team-leader sign-off before a decision body (e.g. the Hjørring taskforce).

:func:`assess` runs the gate — every selected rule citing one of the gate requirements
(HJ-02 … HJ-11 by default) plus the Bilag 1 checklist — and computes the submission deadline
for the meeting. :func:`sign` writes the sign-off into the case (``godkendelser``), keeping a
YAML file's comments and layout (ruamel.yaml round-trip), with a SHA-256 of the case content;
rule SIG001 then flags a case changed after it was signed.
"""

from __future__ import annotations

import hashlib
import re
import io
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Sequence

import orjson

from .api import Linter
from .engine import CaseResult
from .findings import Finding, Severity
from .model import Case

GATE_REQUIREMENTS = tuple(f"HJ-{n:02d}" for n in range(2, 12))
#: the sign-off itself is what is being made, so the rule demanding it is not part of the gate
NOT_IN_GATE = ("HJ-04",)


def content_hash(case: Case) -> str:
    """SHA-256 of the case content without its sign-offs (and suppressions, which are review
    metadata): stable across key order and YAML/JSON layout."""
    data = case.model_dump(mode="json", exclude={"godkendelser", "undertrykkelser"}, exclude_none=True)
    return hashlib.sha256(orjson.dumps(data, option=orjson.OPT_SORT_KEYS)).hexdigest()


@dataclass
class ChecklistLine:
    label: str
    ok: bool | None
    findings: list[Finding] = field(default_factory=list)


@dataclass
class Assessment:
    result: CaseResult
    gate: list[Finding]
    checklist: list[ChecklistLine]
    deadline: Any | None = None  # calendar.TaskforceDeadline
    deadline_status: Any | None = None  # calendar.DeadlineStatus
    deadline_error: str | None = None
    agenda: list[Any] = field(default_factory=list)  # hjoerring.agenda.AgendaFinding

    @property
    def ready(self) -> bool:
        if self.result.case is None:
            return False
        if any(f.severity is Severity.ERROR for f in self.gate):
            return False
        if any(line.ok is not True for line in self.checklist):  # unknown is not ready either
            return False
        if self.deadline_status is not None and self.deadline_status.passed:
            return False
        if any(a.severity is Severity.ERROR for a in self.agenda):
            return False
        return True


def gate_codes(linter: Linter, when: date, requirements: Sequence[str] = GATE_REQUIREMENTS) -> set[str]:
    resolved = linter.resolved(when)
    wanted = set(requirements) - set(NOT_IN_GATE)
    codes = {c for c in resolved.rules
             if set(linter.registry.rules[c].requirements) & wanted and linter.registry.rules[c].kind == "check"}
    from .rules.hjoerring.checklist import codes as checklist_codes

    return codes | set(checklist_codes())


def assess(linter: Linter, case_path: Path, *, meeting: date | None, now: datetime,
           agenda: Sequence[tuple[str, date | None]] = (), lang: str = "da") -> Assessment:
    docs = list(linter.documents([case_path]))
    if len(docs) != 1:
        raise ValueError(f"{case_path}: én sag pr. fil kræves til godkendelse (fandt {len(docs)})")
    result = linter.check_document(docs[0])
    when = (result.case.reference_date() if result.case else None) or now.date()
    codes = gate_codes(linter, when)
    gate = [f for f in result.findings if f.code in codes or f.code.startswith("SCH")]
    lines: list[ChecklistLine] = []
    from .rules.hjoerring.checklist import status  # the Bilag 1 checklist, as data

    for item, ok in status([f.code for f in result.findings], result.outcomes):
        lines.append(ChecklistLine(item.label(lang), ok, [f for f in result.findings if f.code in item.codes]))
    out = Assessment(result, gate, lines)
    if meeting is not None:
        from .calendar import deadline_status
        from .rules.hjoerring.agenda import deadline_for, meeting_load_dates

        options = linter.resolved(when).options.get("HJ007")
        try:
            out.deadline = deadline_for(meeting, options)
            out.deadline_status = deadline_status(out.deadline.deadline, now)
        except ValueError as exc:
            out.deadline_error = str(exc)
        if agenda:
            case_id = result.case_id or ""
            entries = [e for e in agenda if e[0] != case_id] + [(case_id, meeting)]
            out.agenda = [a for a in meeting_load_dates(entries, options)
                          if a.moede_dato == meeting]
    return out


class SignoffError(Exception):
    pass


def sign(case_path: Path, case: Case, *, role: str, name: str, when: datetime, profile: str,
         version: str) -> dict[str, Any]:
    """Write the sign-off into the case file and return it. Both roles must sign, as
    different people (HJ-04): a second role signed by the same name is refused."""
    from . import __version__

    for g in case.godkendelser:
        if g.rolle != role and g.navn and g.navn.strip().casefold() == name.strip().casefold():
            raise SignoffError(f"{name} har allerede godkendt som {g.rolle}; sagsbehandler og teamleder "
                               "skal være to forskellige personer (HJ-04)")
    record = {
        "rolle": role,
        "navn": name,
        "dato": when.date().isoformat(),
        "tidspunkt": when.replace(microsecond=0).isoformat(),
        "tjekliste": True,
        "profil": f"{profile}@{version}",
        "vumrules_version": __version__,
        "indhold_sha256": content_hash(case),
    }
    text = case_path.read_text(encoding="utf-8")
    if case_path.suffix.lower() == ".json":
        data = json.loads(text)
        data.setdefault("godkendelser", [])
        data["godkendelser"] = [g for g in data["godkendelser"] if g.get("rolle") != role] + [record]
        case_path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    else:
        from ruamel.yaml import YAML
        from ruamel.yaml.util import load_yaml_guess_indent

        _, indent, block_seq_indent = load_yaml_guess_indent(text)
        yaml = YAML()  # round-trip: comments and layout kept
        yaml.preserve_quotes = True
        yaml.width = 4096  # never re-wrap the caseworkers' folded text
        mapping = re.search(r"^[^\s#-][^\n]*:\s*\n( +)[^\s-]", text, re.M)
        yaml.indent(mapping=len(mapping.group(1)) if mapping else 2, sequence=indent or 2,
                    offset=block_seq_indent or 0)
        data = yaml.load(text)
        record = {**record, "dato": when.date(), "tidspunkt": when.replace(microsecond=0)}
        existing = data.get("godkendelser") or []
        keep = [g for g in existing if g.get("rolle") != role]
        keep.append(record)
        data["godkendelser"] = keep
        buf = io.StringIO()
        yaml.dump(data, buf)
        case_path.write_text(buf.getvalue(), encoding="utf-8")
    return record
