"""Baseline: record today's findings, then report only new ones.

``vumrules baseline write PATHS -o FILE`` stores a fingerprint per finding;
``vumrules check --baseline FILE`` hides the findings found in it and reports the baseline's
findings that are gone (fixed). A fingerprint is keyed on the case (its ``sag_id``; the file
only when the case has none), the rule code and the field path — never on line numbers, so
editing a case elsewhere does not turn old findings into new ones. Equal fingerprints are
counted: two identical findings in the baseline hide two, a third is new.

The baseline file holds no personal data (FK-04): the case id, file and field path it keeps
for reporting fixed findings are redacted, and the fingerprint is computed from the redacted
values too.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Sequence

import orjson

from .engine import CaseResult
from .findings import Finding
from .i18n import t

from .report import redact_output

if TYPE_CHECKING:
    from .report import Report

FORMAT = "vumrules-baseline"
VERSION = 1


class BaselineError(Exception):
    """The baseline file cannot be read."""


def _safe(text: str | None, result: CaseResult) -> str:
    if not text:
        return ""
    return redact_output(text, result.personal_names)


def case_key(result: CaseResult) -> str:
    """What identifies the case across edits: its id, or (without one) its file."""
    if result.case_id:
        return "sag:" + _safe(result.case_id, result)
    return "fil:" + _safe(Path(result.file).as_posix(), result) + f"#{result.document}"


def fingerprint(result: CaseResult, finding: Finding) -> str:
    """Stable identity of a finding: case, rule code, field path (no line numbers)."""
    raw = "\x1f".join((case_key(result), finding.code, _safe(finding.path, result)))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class Entry:
    fingerprint: str
    code: str
    case_id: str
    file: str
    path: str
    severity: str
    count: int = 1

    def to_dict(self) -> dict[str, Any]:
        return {"fingerprint": self.fingerprint, "code": self.code, "case_id": self.case_id,
                "file": self.file, "path": self.path, "severity": self.severity, "count": self.count}


def build(results: Iterable[CaseResult]) -> list[Entry]:
    entries: dict[str, Entry] = {}
    for r in results:
        for f in r.findings:
            fp = fingerprint(r, f)
            if fp in entries:
                entries[fp] = replace(entries[fp], count=entries[fp].count + 1)
            else:
                entries[fp] = Entry(fp, f.code, _safe(r.case_id, r), _safe(r.file, r),
                                    _safe(f.path, r), f.severity.value)
    return sorted(entries.values(), key=lambda e: (e.file, e.case_id, e.code, e.path))


def dumps(results: Iterable[CaseResult], tool_version: str = "") -> bytes:
    entries = build(results)
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "tool_version": tool_version,
        "findings": [e.to_dict() for e in entries],
    }
    return orjson.dumps(doc, option=orjson.OPT_INDENT_2) + b"\n"


def write(path: str | Path, results: Iterable[CaseResult], tool_version: str = "") -> int:
    data = dumps(results, tool_version)
    Path(path).write_bytes(data)
    return sum(e["count"] for e in orjson.loads(data)["findings"])


def load(path: str | Path) -> list[Entry]:
    try:
        doc = orjson.loads(Path(path).read_bytes())
    except OSError as exc:
        raise BaselineError(exc.strerror or type(exc).__name__) from None
    except orjson.JSONDecodeError as exc:
        raise BaselineError(f"ugyldig JSON ({exc})") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise BaselineError(f"ikke en vumrules-baseline (mangler \"format\": \"{FORMAT}\")")
    if doc.get("version") != VERSION:
        raise BaselineError(f"ukendt baseline-version {doc.get('version')!r} (kendt: {VERSION})")
    out = []
    for i, e in enumerate(doc.get("findings") or []):
        try:
            out.append(Entry(str(e["fingerprint"]), str(e["code"]), str(e.get("case_id", "")),
                             str(e.get("file", "")), str(e.get("path", "")),
                             str(e.get("severity", "")), int(e.get("count", 1))))
        except (KeyError, TypeError, ValueError):
            raise BaselineError(f"fund nr. {i + 1} mangler 'fingerprint' eller 'code'") from None
    return out


@dataclass
class Comparison:
    """The run against a baseline: how many known findings were hidden, which are gone."""

    file: str
    unchanged: int = 0
    new: int = 0
    absent: list[Entry] = field(default_factory=list)

    def summary(self) -> dict[str, int]:
        return {"unchanged": self.unchanged, "absent": sum(e.count for e in self.absent), "new": self.new}

    def text_lines(self, report: "Report") -> list[str]:
        if not self.absent:
            return []
        lines = [t(report.lang, "text.absent_heading", n=sum(e.count for e in self.absent))]
        for e in self.absent:
            times = f" (x{e.count})" if e.count > 1 else ""
            where = e.file + (f" [{e.case_id}]" if e.case_id else "")
            lines.append(f"  {where}: {e.code} {e.path or '/'} [{t(report.lang, 'text.absent')}]{times}")
        return lines

    def absent_dicts(self, report: "Report") -> list[dict[str, Any]]:
        return [e.to_dict() for e in self.absent]


def compare(results: Sequence[CaseResult], entries: Sequence[Entry], file: str = "") -> tuple[list[CaseResult], Comparison]:
    """``results`` with only the findings not in the baseline, and the comparison."""
    remaining = Counter({e.fingerprint: e.count for e in entries})
    comp = Comparison(file)
    out: list[CaseResult] = []
    for r in results:
        kept = []
        for f in r.findings:
            fp = fingerprint(r, f)
            if remaining[fp] > 0:
                remaining[fp] -= 1
                comp.unchanged += 1
            else:
                kept.append(f)
                comp.new += 1
        out.append(replace(r, findings=tuple(kept)) if len(kept) != len(r.findings) else r)
    # only cases (or files) that were checked this time can have fixed findings: checking
    # one folder must not report the rest of the baseline as fixed
    checked = {_safe(r.case_id, r) for r in results if r.case_id} | {_safe(r.file, r) for r in results}
    comp.absent = [replace(e, count=remaining[e.fingerprint]) for e in entries
                   if remaining[e.fingerprint] > 0 and ((e.case_id and e.case_id in checked) or e.file in checked)]
    return out, comp
