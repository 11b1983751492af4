"""Report: results → text for people or machines.

A formatter is an object with ``name``, ``description`` and ``render(report, stream)``;
formats come from plugins through the ``vumrules_formatters`` hook (text and json are built
in the same way). Every formatter gets the same :class:`Report` and uses its helpers for
anything shown to a person, so redaction of personal data (FK-04) happens in one place.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Protocol, Sequence, TextIO

import orjson

from .engine import CaseResult
from .findings import Finding, Severity
from .i18n import t
from .redact import Redactor
from .registry import Registry


_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


def output_redactor(names: Iterable[str] = ()) -> Callable[[str], str]:
    """A redactor for output, built once per case (the name pattern is compiled once): CPR
    numbers and the case's names, the names also caught ASCII-folded ("Kjær" → "Kjaer", as in
    file names) and with "_" or "-" between their words ("Anne_Marie_Holm.yaml")."""
    variants: set[str] = set()
    for n in names:
        for v in (n, n.translate(_FOLD)):
            variants.update((v, v.replace("-", " ")))
    redactor = Redactor(frozenset(variants))
    # "\x1f" counts as whitespace for the name pattern and never occurs in real text
    return lambda text: redactor.text(text.replace("_", "\x1f")).replace("\x1f", "_")


def redact_output(text: str, names: Iterable[str] = ()) -> str:
    """``text`` redacted for output (see :func:`output_redactor`)."""
    return output_redactor(names)(text)


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
    #: one output redactor per set of names (per case), built on first use
    _redactors: dict[tuple[str, ...], Callable[[str], str]] = field(
        default_factory=dict, compare=False, repr=False)
    #: list findings that a suppression in the case took out (``--show-suppressed``)
    show_suppressed: bool = False
    #: a :class:`vumrules.baseline.Comparison` when run with ``--baseline``
    baseline: Any = None

    # -- what every format needs ---------------------------------------------------------
    def findings(self) -> Iterable[tuple[CaseResult, Finding]]:
        for r in self.results:
            for f in r.findings:
                yield r, f

    def redact(self, text: str, result: CaseResult | None = None) -> str:
        """The one place personal data is taken out of anything shown (FK-04)."""
        if self.show_personal_data or not text:
            return text
        names = tuple(result.personal_names) if result else ()
        redactor = self._redactors.get(names)
        if redactor is None:
            if len(self._redactors) >= 64:  # a sweep worker reuses one Report for every case
                self._redactors.clear()
            redactor = self._redactors[names] = output_redactor(names)
        return redactor(text)

    def pointer(self, f: Finding, result: CaseResult | None = None) -> str:
        """The finding's field path (keys of free-form maps can be anything)."""
        return self.redact(f.path, result)

    def suppressed(self) -> Iterable[tuple[CaseResult, Finding]]:
        for r in self.results:
            for f in r.suppressed:
                yield r, f

    def message(self, f: Finding, result: CaseResult | None = None) -> str:
        return self.redact(f.text(self.lang), result)

    def file(self, result: CaseResult) -> str:
        """File paths are redacted like everything else: exports are often named by CPR
        number or by the citizen's name (a surname that is also a word is redacted too; that
        is the safe side)."""
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
            "suppressed": sum(len(r.suppressed) for r in self.results),
            **({"baseline": self.baseline.summary()} if self.baseline is not None else {}),
            "failed": self.failed(),
            "duration_s": round(self.duration, 3),
        }

    def failed(self) -> bool:
        return any(f.severity.rank >= self.fail_level.rank for _, f in self.findings())

    def render(self, formatter: Formatter) -> str:
        buf = io.StringIO()
        formatter.render(self, buf)
        return buf.getvalue()


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
        if report.show_suppressed:
            for result, f in report.suppressed():
                stream.write(f"{report.file(result)}:{f.line}:{f.column}: {f.code} "
                             f"[{t(report.lang, 'text.suppressed')}] {report.message(f, result)}\n")
        if report.baseline is not None:
            for line in report.baseline.text_lines(report):
                stream.write(line + "\n")
        stream.write(summary_line(report) + "\n")


def summary_line(report: Report) -> str:
    s = report.summary()
    lang = report.lang
    parts = ", ".join(t(lang, f"summary.{k}", n=s["findings"][k]) for k in ("error", "warning", "info"))
    unit = t(lang, f"summary.unit_{report.extra.get('unit', 'cases')}")
    text = t(lang, "summary.line", cases=s["cases"], unit=unit, with_findings=s["cases_with_findings"],
             parts=parts, seconds=f"{s['duration_s']:.2f}")
    if s["suppressed"]:
        text += t(lang, "summary.suppressed", n=s["suppressed"])
    if s.get("baseline"):
        text += t(lang, "summary.baseline", **s["baseline"])
    if s["unreadable"]:
        text += t(lang, "summary.unreadable", n=s["unreadable"])
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
                        {**f.to_dict(report.lang), "file": report.file(r), "path": report.pointer(f, r),
                         "case_id": report.case_id(r), "message": report.message(f, r)}
                        for f in r.findings
                    ],
                    **({"suppressed": [
                        {**f.to_dict(report.lang), "file": report.file(r), "path": report.pointer(f, r),
                         "case_id": report.case_id(r), "message": report.message(f, r)}
                        for f in r.suppressed
                    ]} if report.show_suppressed else {}),
                }
                for r in report.results
            ],
            **({"baseline_absent": report.baseline.absent_dicts(report)} if report.baseline is not None else {}),
        }
        stream.write(orjson.dumps(doc, option=orjson.OPT_INDENT_2).decode() + "\n")


BUILTIN_FORMATTERS: tuple[Formatter, ...] = (TextFormatter(), JsonFormatter())
