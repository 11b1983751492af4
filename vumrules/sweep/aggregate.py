"""Add up a sweep: counters → the figures every output shows.

:func:`summarise_run` turns a :class:`~vumrules.sweep.run.SweepRun` into one plain dict (the
JSON document). The CSV files, the XLSX workbook and the HTML report are all rendered from
that dict, so they cannot disagree; it holds no timing and no process count, and every list
has a total order, so the same input gives byte-identical output whatever ``--jobs`` is.

Each requirement row carries the catalogue's English text (``text``) and the project's Danish
title (``titel``, from ``vumrules/requirements.yaml``); the reports for people show ``titel``.

Lovoverholdelsesprocent (compliance percentage) of a rule or requirement = cases where it
applied and held / cases where it applied. A requirement applied to a case when at least one
of its rules did; it held when none of them failed. A rule that crashed on a case (SCH900)
is counted in ``errors`` and left out of the percentage: the case was not judged.
"""

from __future__ import annotations

from typing import Any, Iterable

from ..api import Linter
from ..redact import redact_text
from ..traceability import requirements as requirement_catalogue
from .run import SweepRun
from .work import DIMENSIONS, ERROR, FAILED, HELD, NOT_APPLICABLE

SCHEMA_VERSION = 1
#: errors per case above this are shown as one bar "N+" in the chart (the JSON has them all)
HISTOGRAM_CAP = 10


def pct(held: int, applied: int) -> float | None:
    return round(100.0 * held / applied, 1) if applied else None


def _r(text: str | None) -> str | None:
    """Every string that leaves the sweep goes through the redactor (FK-04)."""
    return redact_text(text) if text else text


def _worst_first(row: dict[str, Any], key: str) -> tuple:
    p = row["compliance_pct"]
    return (p is None, p if p is not None else 0.0, -row["applied"], row[key])


def _figures(c: list[int]) -> dict[str, Any]:
    applied = c[HELD] + c[FAILED]
    return {
        "applied": applied,
        "held": c[HELD],
        "failed": c[FAILED],
        "errors": c[ERROR],
        "not_applicable": c[NOT_APPLICABLE],
        "compliance_pct": pct(c[HELD], applied),
    }


def _none_last(value: str | None) -> tuple[bool, str]:
    return (value is None, value or "")


def summarise_run(run: SweepRun, linter: Linter, tool_version: str = "") -> dict[str, Any]:
    registry = linter.registry
    resolved = linter.resolved(run.today)
    selected = [r for r in linter.engine.rules_for(resolved)]
    meta = {r.code: r for r in selected}
    counts = run.counts
    codes = sorted(set(meta) | set(counts.rules) | set(counts.findings))
    catalogue = requirement_catalogue()

    rules = []
    req_rules: dict[str, list[str]] = {}
    for code in codes:
        rule = meta.get(code) or registry.rules.get(code)
        c = counts.rules.get(code, [0, 0, 0, 0])
        found = counts.findings.get(code, [0, 0])
        reqs = list(rule.requirements) if rule else []
        for rid in reqs:
            req_rules.setdefault(rid, []).append(code)
        severity = resolved.severity.get(code, rule.severity) if rule else None
        rules.append({
            "code": code,
            "name": _r(rule.name) if rule else "",
            "requirements": reqs,
            "severity": severity.value if severity is not None else "",
            "kind": rule.kind if rule else "",
            **_figures(c),
            "findings": found[0],
            "cases_with_findings": found[1],
        })
    rules.sort(key=lambda r: _worst_first(r, "code"))

    requirements = []
    for rid in sorted(set(req_rules) | set(counts.requirements)):
        c = counts.requirements.get(rid, [0, 0, 0, 0])
        info = catalogue.get(rid, {})
        requirements.append({
            "id": rid,
            "text": _r(str(info.get("krav", ""))),
            "titel": _r(str(info.get("titel", ""))),
            "section": _r(str(info.get("afsnit", ""))),
            "source": _r(str(info.get("kilde", ""))),
            "rules": sorted(req_rules.get(rid, [])),
            **_figures(c),
        })
    requirements.sort(key=lambda r: _worst_first(r, "id"))

    rows = run.sorted_rows()
    organisation = {dim: _org_rows(counts.org, dim, keys) for dim, keys in DIMENSIONS}

    hist: dict[int, int] = {}
    for row in rows:
        if row.loaded:
            hist[row.errors] = hist.get(row.errors, 0) + 1
    errors_per_case = [{"errors": n, "cases": hist[n]} for n in sorted(hist)]

    totals = {"error": 0, "warning": 0, "info": 0}
    for row in rows:
        totals["error"] += row.errors
        totals["warning"] += row.warnings
        totals["info"] += row.infos
    loaded = sum(1 for r in rows if r.loaded)
    checks_applied = sum(r["applied"] for r in rules)
    checks_held = sum(r["held"] for r in rules)
    summary = {
        "cases": len(rows),
        "loaded": loaded,
        "unreadable": len(rows) - loaded,
        "files": run.files,
        "cases_without_errors": sum(1 for r in rows if r.loaded and r.errors == 0),
        "cases_with_errors": sum(1 for r in rows if r.loaded and r.errors > 0),
        "findings": totals,
        "checks_applied": checks_applied,
        "checks_held": checks_held,
        "compliance_pct": pct(checks_held, checks_applied),
        "requirements_measured": sum(1 for r in requirements if r["applied"]),
    }
    return {
        "tool": "vumrules",
        "kind": "sweep",
        "schema_version": SCHEMA_VERSION,
        "version": tool_version,
        "profile": _r(run.profile),
        "profile_title": _r(linter.store.get(run.profile).title or ""),
        "profile_version": _r(resolved.version),
        "date": run.today.isoformat(),
        "partial": run.partial,
        "inputs": [_r(p) for p in run.inputs],
        "summary": summary,
        "requirements": requirements,
        "rules": rules,
        "organisation": organisation,
        "errors_per_case": errors_per_case,
        "unreadable": [
            {"file": _r(r.file), "document": r.document + 1, "case_id": _r(r.case_id),
             "code": r.problem[0] if r.problem else "", "line": r.problem[1] if r.problem else 0,
             "message": _r(r.problem[2]) if r.problem else ""}
            for r in rows if not r.loaded
        ],
        "cases": [
            {"file": _r(r.file), "document": r.document + 1, "case_id": _r(r.case_id),
             "kommune": _r(r.kommune), "team": _r(r.team), "sagsbehandler_id": _r(r.sagsbehandler_id),
             "loaded": r.loaded, "errors": r.errors, "warnings": r.warnings, "info": r.infos,
             "failed_rules": list(r.failed_rules)}
            for r in rows
        ],
    }


def _org_rows(org: dict, dim: str, keys: tuple[str, ...]) -> list[dict[str, Any]]:
    groups: dict[tuple, dict[str, Any]] = {}
    for (d, group, kind, key), c in org.items():
        if d != dim:
            continue
        g = groups.setdefault(group, {"rules": {}, "requirements": {}, "cases": [0, 0], "fund": [0, 0, 0]})
        if kind == "regel":
            g["rules"][key] = c
        elif kind == "krav":
            g["requirements"][key] = c
        elif kind == "sager":
            g["cases"] = [c[HELD] + c[FAILED], c[FAILED]]
        elif kind == "fund":
            g["fund"] = c[:3]
    out = []
    for group, g in groups.items():
        held = sum(c[HELD] for c in g["rules"].values())
        applied = held + sum(c[FAILED] for c in g["rules"].values())
        row: dict[str, Any] = {k: _r(v) for k, v in zip(keys, group)}
        row.update({
            "cases": g["cases"][0],
            "cases_with_errors": g["cases"][1],
            "errors": g["fund"][0],
            "warnings": g["fund"][1],
            "info": g["fund"][2],
            "checks_applied": applied,
            "checks_held": held,
            "compliance_pct": pct(held, applied),
            "requirements": sorted(
                ({"id": rid, **_small(c)} for rid, c in g["requirements"].items()),
                key=lambda r: _worst_first(r, "id")),
            "rules": sorted(
                ({"code": code, **_small(c)} for code, c in g["rules"].items()),
                key=lambda r: _worst_first(r, "code")),
        })
        out.append(row)
    out.sort(key=lambda r: (r["compliance_pct"] is None,
                            r["compliance_pct"] if r["compliance_pct"] is not None else 0.0,
                            *(_none_last(r[k]) for k in keys)))
    return out


def _small(c: list[int]) -> dict[str, Any]:
    applied = c[HELD] + c[FAILED]
    return {"applied": applied, "held": c[HELD], "compliance_pct": pct(c[HELD], applied)}


def requirement_title(row: dict[str, Any]) -> str:
    """The text people see for a requirement row: the Danish ``titel``; the English ``text``
    only when the catalogue has no title (an ID a rule cites that is not in the catalogue)."""
    return row.get("titel") or row.get("text") or ""


def group_label(row: dict[str, Any], dim: str, single_kommune: bool) -> str:
    """How a group is named in tables and charts ("(ukendt)" for a missing value)."""
    keys = dict(DIMENSIONS)[dim]
    values = [row.get(k) or "(ukendt)" for k in keys]
    if dim != "kommune" and single_kommune:
        values = values[1:]
    return " · ".join(values)


def single_kommune(summary: dict[str, Any]) -> bool:
    return len(summary["organisation"]["kommune"]) <= 1


def histogram(errors_per_case: Iterable[dict[str, int]], cap: int = HISTOGRAM_CAP) -> list[tuple[str, int]]:
    """(label, cases) bars: 0, 1, ..., cap-1, "cap+"."""
    bars = {i: 0 for i in range(cap + 1)}
    for row in errors_per_case:
        bars[min(row["errors"], cap)] += row["cases"]
    return [(f"{i}+" if i == cap else str(i), n) for i, n in bars.items()]
