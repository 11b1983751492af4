"""SARIF 2.1.0 for code-scanning tools (GitHub, Azure DevOps, IDE viewers).

* rule metadata for every rule in the results, with help text from :mod:`vumrules.ruledoc`;
* ``partialFingerprints`` from :func:`vumrules.baseline.fingerprint` (case, code, field path;
  no line numbers), so a result keeps its identity when lines move;
* suppressed findings as results with an ``inSource`` suppression (code scanning shows them
  as dismissed); the reason itself is free text from the case and is only written with
  ``--show-personal-data``;
* with ``--baseline``: ``baselineState`` ``new`` on every reported result, and the fixed
  findings as ``absent`` results;
* GitHub's upload limits (25,000 results per run, 10 MB): beyond them the results are cut
  (errors first) and a ``toolExecutionNotification`` says so.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO
from urllib.parse import quote

import orjson

from ..baseline import fingerprint
from ..findings import Finding, Severity
from ..i18n import t
from ..ruledoc import rule_markdown

if TYPE_CHECKING:
    from ..engine import CaseResult
    from ..report import Report

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/vumrules/vumrules"
FINGERPRINT_KEY = "vumrulesFinding/v1"
GITHUB_MAX_RESULTS = 25_000
GITHUB_MAX_BYTES = 10 * 1024 * 1024
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(file: str) -> str:
    p = Path(file)
    if p.is_absolute():
        try:
            p = p.resolve().relative_to(Path.cwd().resolve())
        except ValueError:
            return p.as_uri()
    return quote(p.as_posix(), safe="/")


class SarifFormatter:
    name = "sarif"
    description = "SARIF 2.1.0 (GitHub code scanning m.fl.)"

    def __init__(self, max_results: int = GITHUB_MAX_RESULTS, max_bytes: int = GITHUB_MAX_BYTES):
        self.max_results = max_results
        self.max_bytes = max_bytes

    # -- pieces --------------------------------------------------------------------------
    def _rule(self, report: "Report", code: str) -> dict[str, Any]:
        lang = report.lang
        try:
            r = report.registry.rule(code)
        except KeyError:
            return {"id": code}
        what = r.what_en if lang == "en" else r.what_da
        why = r.why_en if lang == "en" else r.why_da
        return {
            "id": r.code,
            "name": r.name,
            "shortDescription": {"text": r.message_en if lang == "en" else r.message_da},
            "fullDescription": {"text": what.strip()},
            "help": {"text": f"{what.strip()}\n\n{why.strip()}", "markdown": rule_markdown(r, lang)},
            "defaultConfiguration": {"level": LEVEL[r.severity]},
            "properties": {
                "requirements": list(r.requirements),
                "tags": ["vumrules", r.prefix, *r.requirements],
                "source": r.source,
                "precision": "high",
            },
        }

    def _location(self, report: "Report", file: str, line: int, column: int, path: str) -> dict[str, Any]:
        phys: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(file), "uriBaseId": "%SRCROOT%"}}
        if line >= 1:
            phys["region"] = {"startLine": line, "startColumn": max(column, 1)}
        loc: dict[str, Any] = {"physicalLocation": phys}
        if path:
            loc["logicalLocations"] = [{"fullyQualifiedName": path, "kind": "member"}]
        return loc

    def _result(self, report: "Report", r: "CaseResult", f: Finding, seen: Counter[str],
                suppression: dict[str, Any] | None = None) -> dict[str, Any]:
        fp = fingerprint(r, f)
        seen[fp] += 1
        reqs = f" ({', '.join(f.requirements)})" if f.requirements else ""
        res: dict[str, Any] = {
            "ruleId": f.code,
            "level": LEVEL[f.severity],
            "message": {"text": report.message(f, r) + reqs},
            "locations": [self._location(report, report.file(r), f.line, f.column, report.pointer(f, r))],
            "partialFingerprints": {FINGERPRINT_KEY: f"{fp}:{seen[fp]}"},
            "properties": {"caseId": report.case_id(r), "document": r.document,
                           "requirements": list(f.requirements)},
        }
        if suppression is not None:
            res["suppressions"] = [suppression]
        elif report.baseline is not None:
            res["baselineState"] = "new"
        return res

    def _justification(self, report: "Report", r: "CaseResult", f: Finding) -> str:
        from ..suppress import is_valid, matches

        case = r.case
        for i, u in enumerate(case.undertrykkelser if case else ()):
            if is_valid(u) and matches(u, f):
                if report.show_personal_data:
                    return f"{u.begrundelse} ({u.af})"
                return t(report.lang, "sarif.suppressed_justification", pointer=f"/undertrykkelser/{i}")
        return ""

    # -- the document ----------------------------------------------------------------------
    def document(self, report: "Report") -> dict[str, Any]:
        seen: Counter[str] = Counter()
        results = [self._result(report, r, f, seen) for r, f in report.findings()]
        for r, f in report.suppressed():
            results.append(self._result(report, r, f, seen, {
                "kind": "inSource", "status": "accepted",
                "justification": self._justification(report, r, f)}))
        if report.baseline is not None:
            for e in report.baseline.absent:
                sev = Severity.parse(e.severity) if e.severity else Severity.WARNING
                for n in range(e.count):
                    results.append({
                        "ruleId": e.code,
                        "level": LEVEL[sev],
                        "message": {"text": f"{e.code}: {t(report.lang, 'text.absent')}"},
                        "locations": [self._location(report, e.file, 0, 0, e.path)],
                        "partialFingerprints": {FINGERPRINT_KEY: f"{e.fingerprint}:{n + 1}"},
                        "baselineState": "absent",
                    })
        total = len(results)
        # errors first, so a cut keeps what matters most
        rank = {"error": 0, "warning": 1, "note": 2}
        results.sort(key=lambda x: (rank[x["level"]], "suppressions" in x, x.get("baselineState") == "absent"))
        kept = results[: self.max_results]
        doc = self._wrap(report, kept, total)
        size = len(orjson.dumps(doc))
        while size > self.max_bytes and kept:
            kept = kept[: max(0, int(len(kept) * self.max_bytes / size * 0.95))]
            doc = self._wrap(report, kept, total)
            size = len(orjson.dumps(doc))
        return doc

    def _wrap(self, report: "Report", results: list[dict[str, Any]], total: int) -> dict[str, Any]:
        codes = sorted({x["ruleId"] for x in results})
        index = {c: i for i, c in enumerate(codes)}
        for x in results:
            x["ruleIndex"] = index[x["ruleId"]]
        invocation: dict[str, Any] = {"executionSuccessful": True}
        if len(results) < total:
            invocation["toolExecutionNotifications"] = [{
                "level": "warning",
                "descriptor": {"id": "vumrules-truncated"},
                "message": {"text": t(report.lang, "sarif.truncated", kept=len(results), total=total,
                                      max_results=self.max_results,
                                      max_mb=round(self.max_bytes / (1024 * 1024), 1))},
            }]
        return {
            "$schema": SCHEMA_URI,
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": "vumrules",
                    "version": report.tool_version or "0",
                    "semanticVersion": report.tool_version or "0.0.0",
                    "informationUri": INFORMATION_URI,
                    "language": report.lang,
                    "rules": [self._rule(report, c) for c in codes],
                }},
                "invocations": [invocation],
                "language": report.lang,
                "columnKind": "unicodeCodePoints",
                "results": results,
                "properties": {"profile": report.profile, "summary": report.summary()},
            }],
        }

    def render(self, report: "Report", stream: TextIO) -> None:
        stream.write(orjson.dumps(self.document(report), option=orjson.OPT_INDENT_2).decode() + "\n")
