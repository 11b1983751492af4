"""Write a sweep's figures: JSON and CSV for machines, an XLSX workbook and an HTML report
for people. All of them are rendered from the one summary dict made by
:func:`vumrules.sweep.aggregate.summarise_run` (already redacted, FK-04).

Files written into the report directory:

=====================  =================================================================
``sweep.json``          everything (the figures the other files show, and one row per case)
``krav.csv``            per requirement ID, worst first (``text`` English, ``titel`` Danish)
``regler.csv``          per rule, worst first
``organisation.csv``    per kommune, team and caseworker id: totals, per requirement, per rule
``fejl_pr_sag.csv``     number of cases by number of errors
``sager.csv``           one row per case (case id, organisation, counts, failed rules)
``ulaeselige.csv``      cases that could not be read, with the reason
``udvikling.csv``       with ``--history``: each requirement's percentage per earlier sweep
``rapport.xlsx``        the same tables in a workbook (Danish headings)
``rapport.html``        the report for managers: self-contained, charts as inline SVG
=====================  =================================================================
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any, Iterable, Sequence

import orjson

from .aggregate import group_label, requirement_title, single_kommune

JSON_NAME = "sweep.json"
HTML_NAME = "rapport.html"
XLSX_NAME = "rapport.xlsx"


def to_json(summary: dict[str, Any]) -> bytes:
    return orjson.dumps(summary, option=orjson.OPT_INDENT_2) + b"\n"


def _csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for row in rows:
        w.writerow(["" if v is None else (" ".join(v) if isinstance(v, list) else v) for v in row])
    return buf.getvalue()


_REQ_COLS = ("id", "compliance_pct", "applied", "held", "failed", "errors", "not_applicable", "rules",
             "section", "source", "text", "titel")
_RULE_COLS = ("code", "name", "requirements", "severity", "compliance_pct", "applied", "held", "failed",
              "errors", "not_applicable", "findings", "cases_with_findings")
_CASE_COLS = ("file", "document", "case_id", "kommune", "team", "sagsbehandler_id", "loaded", "errors",
              "warnings", "info", "failed_rules")
_UNREADABLE_COLS = ("file", "document", "case_id", "code", "line", "message")


def csv_files(summary: dict[str, Any]) -> dict[str, str]:
    """File name → CSV text."""
    out = {
        "krav.csv": _csv(_REQ_COLS, ([r[c] for c in _REQ_COLS] for r in summary["requirements"])),
        "regler.csv": _csv(_RULE_COLS, ([r[c] for c in _RULE_COLS] for r in summary["rules"])),
        "fejl_pr_sag.csv": _csv(("errors", "cases"),
                                ((r["errors"], r["cases"]) for r in summary["errors_per_case"])),
        "sager.csv": _csv(_CASE_COLS, ([r[c] for c in _CASE_COLS] for r in summary["cases"])),
        "ulaeselige.csv": _csv(_UNREADABLE_COLS, ([r[c] for c in _UNREADABLE_COLS] for r in summary["unreadable"])),
    }
    org_rows = []
    for dim, groups in summary["organisation"].items():
        for g in groups:
            who = (dim, g.get("kommune"), g.get("team"), g.get("sagsbehandler_id"))
            org_rows.append((*who, "total", "", g["checks_applied"], g["checks_held"], g["compliance_pct"],
                             g["cases"], g["cases_with_errors"], g["errors"]))
            for r in g["requirements"]:
                org_rows.append((*who, "krav", r["id"], r["applied"], r["held"], r["compliance_pct"], "", "", ""))
            for r in g["rules"]:
                org_rows.append((*who, "regel", r["code"], r["applied"], r["held"], r["compliance_pct"], "", "", ""))
    out["organisation.csv"] = _csv(
        ("dimension", "kommune", "team", "sagsbehandler_id", "kind", "key", "applied", "held",
         "compliance_pct", "cases", "cases_with_errors", "errors"), org_rows)
    trend = summary.get("trend")
    if trend and trend.get("sweeps"):
        header = ["kind", "key"] + [f"{s['date']}#{s['id']}" for s in trend["sweeps"]]
        rows = [("krav", k, *v) for k, v in sorted(trend["requirements"].items())]
        rows += [("regel", k, *v) for k, v in sorted(trend["rules"].items())]
        out["udvikling.csv"] = _csv(header, rows)
    return out


# ---------------------------------------------------------------------------- XLSX


def write_xlsx(summary: dict[str, Any], path: Path) -> None:
    """The tables of the report, one sheet each, Danish headings, percentages as numbers."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook(write_only=True)
    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="1F4E79")

    def sheet(title: str, header: Sequence[str], rows: Iterable[Sequence[Any]],
              widths: Sequence[int] = (), pct_cols: Sequence[int] = ()) -> None:
        ws = wb.create_sheet(title)
        for i, w in enumerate(widths):
            ws.column_dimensions[_col(i)].width = w
        ws.freeze_panes = "A2"
        cells = []
        for h in header:
            c = WriteOnlyCell(ws, value=h)
            c.font, c.fill = bold, fill
            c.alignment = Alignment(wrap_text=True, vertical="top")
            cells.append(c)
        ws.append(cells)
        for row in rows:
            out = []
            for i, v in enumerate(row):
                if isinstance(v, list):
                    v = ", ".join(str(x) for x in v)
                c = WriteOnlyCell(ws, value=v)
                if i in pct_cols and v is not None:
                    c.number_format = "0.0"
                out.append(c)
            ws.append(out)

    s = summary["summary"]
    sheet("Oversigt", ("Nøgletal", "Værdi"), [
        ("Profil", f"{summary['profile']} {summary['profile_version']}"),
        ("Dato", summary["date"]),
        ("Delvis kørsel (afbrudt)", "ja" if summary["partial"] else "nej"),
        ("Sager i alt", s["cases"]),
        ("Sager læst", s["loaded"]),
        ("Ulæselige sager", s["unreadable"]),
        ("Sager uden fejl", s["cases_without_errors"]),
        ("Sager med fejl", s["cases_with_errors"]),
        ("Fejl", s["findings"]["error"]),
        ("Advarsler", s["findings"]["warning"]),
        ("Info", s["findings"]["info"]),
        ("Samlet lovoverholdelsesprocent (alle kontroller)", s["compliance_pct"]),
        ("Krav målt", s["requirements_measured"]),
        ("vumrules-version", summary["version"]),
    ], widths=(48, 24))
    sheet("Krav", ("Krav-ID", "Lovoverholdelsesprocent", "Sager hvor kravet gjaldt", "Overholdt",
                   "Ikke overholdt", "Regelfejl", "Regler", "Afsnit", "Kilde", "Krav"),
          ([r["id"], r["compliance_pct"], r["applied"], r["held"], r["failed"], r["errors"], r["rules"],
            r["section"], r["source"], requirement_title(r)] for r in summary["requirements"]),
          widths=(12, 14, 12, 11, 11, 10, 18, 30, 16, 80), pct_cols=(1,))
    sheet("Regler", ("Regel", "Navn", "Krav", "Alvor", "Lovoverholdelsesprocent", "Sager hvor reglen gjaldt",
                     "Overholdt", "Ikke overholdt", "Regelfejl", "Fund", "Sager med fund"),
          ([r["code"], r["name"], r["requirements"], r["severity"], r["compliance_pct"], r["applied"],
            r["held"], r["failed"], r["errors"], r["findings"], r["cases_with_findings"]]
           for r in summary["rules"]),
          widths=(10, 34, 16, 9, 14, 12, 11, 11, 10, 9, 10), pct_cols=(4,))
    one = single_kommune(summary)
    for dim, title in (("kommune", "Kommuner"), ("team", "Teams"), ("sagsbehandler", "Sagsbehandlere")):
        label = {"kommune": "Kommune", "team": "Team", "sagsbehandler": "Sagsbehandler-id"}[dim]
        sheet(title, (label, "Sager", "Sager med fejl", "Fejl", "Kontroller", "Overholdt",
                      "Lovoverholdelsesprocent"),
              ([group_label(g, dim, one), g["cases"], g["cases_with_errors"], g["errors"], g["checks_applied"],
                g["checks_held"], g["compliance_pct"]] for g in summary["organisation"][dim]),
              widths=(32, 9, 12, 9, 11, 11, 14), pct_cols=(6,))
        sheet(f"{title} pr. krav", (label, "Krav-ID", "Sager hvor kravet gjaldt", "Overholdt",
                                    "Lovoverholdelsesprocent"),
              ([group_label(g, dim, one), r["id"], r["applied"], r["held"], r["compliance_pct"]]
               for g in summary["organisation"][dim] for r in g["requirements"]),
              widths=(32, 12, 12, 11, 14), pct_cols=(4,))
    sheet("Fejl pr. sag", ("Antal fejl i sagen", "Antal sager"),
          ([r["errors"], r["cases"]] for r in summary["errors_per_case"]), widths=(18, 12))
    sheet("Ulæselige", ("Fil", "Dokument", "Sags-id", "Kode", "Linje", "Årsag"),
          ([r["file"], r["document"], r["case_id"], r["code"], r["line"], r["message"]]
           for r in summary["unreadable"]), widths=(50, 10, 18, 8, 7, 70))
    sheet("Sager", ("Fil", "Dokument", "Sags-id", "Kommune", "Team", "Sagsbehandler-id", "Læst", "Fejl",
                    "Advarsler", "Info", "Regler der ikke er overholdt"),
          ([r["file"], r["document"], r["case_id"], r["kommune"], r["team"], r["sagsbehandler_id"],
            "ja" if r["loaded"] else "nej", r["errors"], r["warnings"], r["info"], r["failed_rules"]]
           for r in summary["cases"]), widths=(50, 10, 18, 14, 20, 16, 6, 6, 9, 6, 40))
    trend = summary.get("trend")
    if trend and trend.get("sweeps"):
        sheet("Udvikling", ("Krav-ID", *[f"{s['date']} (#{s['id']})" for s in trend["sweeps"]]),
              ([k, *v] for k, v in sorted(trend["requirements"].items())),
              widths=(12, *[14] * len(trend["sweeps"])), pct_cols=tuple(range(1, len(trend["sweeps"]) + 1)))
    wb.save(path)


def _col(i: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(i + 1)


def write_all(summary: dict[str, Any], directory: Path) -> list[Path]:
    """Write every output into ``directory`` (created if needed); returns the paths."""
    from .html import render_html

    directory.mkdir(parents=True, exist_ok=True)
    written = []
    p = directory / JSON_NAME
    p.write_bytes(to_json(summary))
    written.append(p)
    files = csv_files(summary)
    for name, text in files.items():
        p = directory / name
        p.write_text(text, encoding="utf-8", newline="")
        written.append(p)
    stale = directory / "udvikling.csv"
    if "udvikling.csv" not in files and stale.exists():
        stale.unlink()  # from an earlier sweep with --history into the same directory
    p = directory / XLSX_NAME
    write_xlsx(summary, p)
    written.append(p)
    p = directory / HTML_NAME
    p.write_text(render_html(summary), encoding="utf-8")
    written.append(p)
    return written
