"""CSV: one row per finding, for spreadsheets (Excel opens UTF-8 with the BOM-less header
fine when imported; ``;``-separated files are a spreadsheet setting, not ours)."""

from __future__ import annotations

import csv
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from ..engine import CaseResult
    from ..findings import Finding
    from ..report import Report

COLUMNS = ("file", "document", "line", "column", "case_id", "code", "severity", "rule",
           "message", "requirements", "path", "status")


def _cell(value: Any) -> Any:
    # a cell starting like a formula would be run by the spreadsheet (CSV injection)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


class CsvFormatter:
    name = "csv"
    description = "CSV med én række pr. fund (til regneark)"

    def _row(self, report: "Report", r: "CaseResult", f: "Finding", status: str) -> list[Any]:
        return [report.file(r), r.document, f.line, f.column, report.case_id(r) or "", f.code,
                f.severity.value, f.rule_name, report.message(f, r), " ".join(f.requirements),
                report.pointer(f, r), status]

    def render(self, report: "Report", stream: TextIO) -> None:
        w = csv.writer(stream, lineterminator="\n")
        w.writerow(COLUMNS)
        for r, f in report.findings():
            w.writerow([_cell(v) for v in self._row(report, r, f, "new" if report.baseline else "open")])
        if report.show_suppressed:
            for r, f in report.suppressed():
                w.writerow([_cell(v) for v in self._row(report, r, f, "suppressed")])
        if report.baseline is not None:
            for e in report.baseline.absent:
                w.writerow([_cell(v) for v in (e.file, "", "", "", e.case_id, e.code, e.severity, "",
                                               "", "", e.path, "absent")])
