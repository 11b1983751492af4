"""Report: results → text for people or machines.

A formatter is an object with ``name``, ``description`` and ``render(report, stream)``;
formats come from plugins through the ``vumrules_formatters`` hook (text and json are built
in the same way). Every formatter gets the same :class:`Report` and uses its helpers for
anything shown to a person, so redaction of personal data (FK-04) happens in one place.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any, Iterable, Protocol, Sequence, TextIO

import orjson

from .engine import CaseResult
from .findings import Finding, Severity
from .redact import redact_text
from .registry import Registry


class Formatter(Protocol):
    name: str
    description: str

    def render(self, report: "Report", stream: TextIO) -> None: ...


@dataclass(frozen=True)
class Report:
    results: Sequence[CaseResult]
    registry: Registry
    profile: str
    lang: str = "da"
    duration: float = 0.0
    fail_level: Severity = Severity.ERROR
    show_personal_data: bool = False
    color: bool = False
    tool_version: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    # -- what every format needs ---------------------------------------------------------
    def findings(self) -> Iterable[tuple[CaseResult, Finding]]:
        for r in self.results:
            for f in r.findings:
                yield r, f

    def redact(self, text: str, result: CaseResult | None = None) -> str:
        """The one place personal data is taken out of anything shown (FK-04)."""
        if self.show_personal_data or not text:
            return text
        return redact_text(text, names=result.personal_names if result else ())

    def message(self, f: Finding, result: CaseResult | None = None) -> str:
        return self.redact(f.text(self.lang), result)

    def file(self, result: CaseResult) -> str:
        return self.redact(result.file, result)

    def case_id(self, result: CaseResult) -> str | None:
        return self.redact(result.case_id, result) if result.case_id else None

    def summary(self) -> dict[str, Any]:
        by_sev = {s.value: 0 for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)}
        for _, f in self.findings():
            by_sev[f.severity.value] += 1
        return {
            "cases": len(self.results),
            "cases_with_findings": sum(1 for r in self.results if r.findings),
            "unreadable": sum(1 for r in self.results if not r.loaded),
            "findings": by_sev,
            "failed": self.failed(),
            "duration_s": round(self.duration, 3),
        }

    def failed(self) -> bool:
        return any(f.severity.rank >= self.fail_level.rank for _, f in self.findings())

    def render(self, formatter: Formatter) -> str:
        buf = io.StringIO()
        formatter.render(self, buf)
        return buf.getvalue()


_SEV_DA = {"error": "fejl", "warning": "advarsler", "info": "info"}
_SEV_EN = {"error": "errors", "warning": "warnings", "info": "info"}
_COLOR = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}


class TextFormatter:
    """One line per finding, like a compiler, then a pytest-style summary line."""

    name = "text"
    description = "Linjer som en linter (fil:linje:kolonne: KODE [alvor] besked) og en opsummering"

    def render(self, report: Report, stream: TextIO) -> None:
        for result, f in report.findings():
            sev = f.severity.value
            if report.color:
                sev = f"{_COLOR[f.severity]}{sev}\x1b[0m"
            reqs = f" ({', '.join(f.requirements)})" if f.requirements else ""
            stream.write(f"{report.file(result)}:{f.line}:{f.column}: {f.code} [{sev}] "
                         f"{report.message(f, result)}{reqs}\n")
        stream.write(summary_line(report) + "\n")


def summary_line(report: Report) -> str:
    s = report.summary()
    en = report.lang == "en"
    names = _SEV_EN if en else _SEV_DA
    parts = ", ".join(f"{s['findings'][k]} {names[k]}" for k in ("error", "warning", "info"))
    if en:
        text = (f"{s['cases']} cases checked, {s['cases_with_findings']} with findings: {parts}"
                f" in {s['duration_s']:.2f}s")
        if s["unreadable"]:
            text += f" ({s['unreadable']} unreadable)"
    else:
        text = (f"{s['cases']} sager tjekket, {s['cases_with_findings']} med fund: {parts}"
                f" på {s['duration_s']:.2f} s")
        if s["unreadable"]:
            text += f" ({s['unreadable']} kunne ikke læses)"
    bar = "=" * max(3, (78 - len(text) - 2) // 2)
    line = f"{bar} {text} {bar}"
    if report.color:
        line = (_COLOR[Severity.ERROR] if s["failed"] else "\x1b[32m") + line + "\x1b[0m"
    return line


class JsonFormatter:
    """Machine-readable: the summary and every case's findings."""

    name = "json"
    description = "JSON med opsummering og alle fund pr. sag"

    def render(self, report: Report, stream: TextIO) -> None:
        doc = {
            "tool": "vumrules",
            "version": report.tool_version,
            "profile": report.profile,
            "lang": report.lang,
            "summary": report.summary(),
            "cases": [
                {
                    "file": report.file(r),
                    "document": r.document,
                    "case_id": report.case_id(r),
                    "profile_version": r.profile_version,
                    "loaded": r.loaded,
                    "findings": [
                        {**f.to_dict(report.lang), "file": report.file(r),
                         "case_id": report.case_id(r), "message": report.message(f, r)}
                        for f in r.findings
                    ],
                }
                for r in report.results
            ],
        }
        stream.write(orjson.dumps(doc, option=orjson.OPT_INDENT_2).decode() + "\n")


BUILTIN_FORMATTERS: tuple[Formatter, ...] = (TextFormatter(), JsonFormatter())
