"""The sweep's outputs: CLI, files, workbook, history (the browser test is in
test_sweep_chromium.py)."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from datetime import datetime, timezone
from html import escape

from click.testing import CliRunner
from sweep_helpers import CASES, write_cases

from vumrules.cli import main
from vumrules.sweep import history
from vumrules.sweep.aggregate import requirement_title
from vumrules.sweep.html import num, pct_text, render_html
from vumrules.traceability import requirements


def _sweep(args):
    return CliRunner().invoke(main, ["sweep", *args], catch_exceptions=False)


def test_cli_writes_every_output(corpus, tmp_path):
    out = tmp_path / "rapport"
    res = _sweep([str(corpus), "--profile", "vum2", "--jobs", "2", "--report", str(out), "--today", "2026-11-26"])
    assert res.exit_code == 0, res.output
    assert "sager kontrolleret" in res.output and "Dårligste krav" in res.output
    assert "\x1b[" not in res.output  # no progress bar or colours when not on a terminal
    names = {p.name for p in out.iterdir()}
    assert {"sweep.json", "rapport.html", "rapport.xlsx", "krav.csv", "regler.csv", "organisation.csv",
            "fejl_pr_sag.csv", "sager.csv", "ulaeselige.csv"} <= names
    s = json.loads((out / "sweep.json").read_text(encoding="utf-8"))
    rows = list(csv.DictReader(io.StringIO((out / "krav.csv").read_text(encoding="utf-8"))))
    assert [r["id"] for r in rows] == [r["id"] for r in s["requirements"]]
    assert [float(r["compliance_pct"]) if r["compliance_pct"] else None for r in rows] == \
        [r["compliance_pct"] for r in s["requirements"]]
    # both texts for machines: the catalogue's English ``text`` and the Danish ``titel`` next to it
    assert list(rows[0])[-2:] == ["text", "titel"]
    catalogue = requirements()
    for row, req in zip(rows, s["requirements"]):
        assert (row["text"], row["titel"]) == (req["text"], req["titel"])
        assert req["text"] == catalogue[req["id"]]["krav"] and req["titel"] == catalogue[req["id"]]["titel"]
    cases = list(csv.DictReader(io.StringIO((out / "sager.csv").read_text(encoding="utf-8"))))
    assert len(cases) == s["summary"]["cases"]
    unreadable = list(csv.DictReader(io.StringIO((out / "ulaeselige.csv").read_text(encoding="utf-8"))))
    assert len(unreadable) == s["summary"]["unreadable"] == 4


def test_cli_unknown_profile_is_exit_2(tmp_path):
    res = CliRunner().invoke(main, ["sweep", str(tmp_path), "--profile", "findes-ikke"])
    assert res.exit_code == 2


def test_cli_without_report_dir_prints_summary_only(cases_dir, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = _sweep([str(cases_dir), "--jobs", "1", "--today", "2026-11-26"])
    assert res.exit_code == 0
    assert "5 sager kontrolleret (1 kunne ikke læses)" in res.output
    assert "kunne ikke læses: " in res.output and "zz_bad.yaml" in res.output
    assert not any(tmp_path.glob("*.json"))


def test_workbook_has_the_same_tables(corpus, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "r"
    assert _sweep([str(corpus), "--jobs", "1", "--report", str(out), "--today", "2026-11-26"]).exit_code == 0
    s = json.loads((out / "sweep.json").read_text(encoding="utf-8"))
    wb = load_workbook(out / "rapport.xlsx", read_only=True)
    assert {"Oversigt", "Krav", "Regler", "Kommuner", "Teams", "Sagsbehandlere", "Fejl pr. sag",
            "Ulæselige", "Sager"} <= set(wb.sheetnames)
    krav = list(wb["Krav"].iter_rows(values_only=True))
    assert krav[0][:2] == ("Krav-ID", "Lovoverholdelsesprocent")
    assert [(r[0], r[1], r[2]) for r in krav[1:]] == \
        [(r["id"], r["compliance_pct"], r["applied"]) for r in s["requirements"]]
    assert krav[0][-1] == "Krav" and [r[-1] for r in krav[1:]] == [r["titel"] for r in s["requirements"]]
    teams = list(wb["Teams"].iter_rows(values_only=True))[1:]
    assert [t[6] for t in teams] == [g["compliance_pct"] for g in s["organisation"]["team"]]
    assert len(list(wb["Sager"].iter_rows())) == s["summary"]["cases"] + 1


def test_history_gives_a_trend(tmp_path, cases_dir):
    db = tmp_path / "historik.sqlite"
    # two earlier sweeps with fewer problems, then the one under test
    base = tmp_path / "foer"
    write_cases(base, {"a.yaml": CASES["a.yaml"], "c.yaml": CASES["c.yaml"]})
    for _ in range(2):
        assert _sweep([str(base), "--jobs", "1", "--history", str(db), "--today", "2026-11-26"]).exit_code == 0
    out = tmp_path / "r"
    res = _sweep([str(cases_dir), "--jobs", "1", "--history", str(db), "--report", str(out), "--today", "2026-11-26"])
    assert res.exit_code == 0 and "Historik" in res.output
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM sweeps").fetchone()[0] == 3
        assert con.execute("SELECT count(*) FROM figures WHERE kind='krav'").fetchone()[0] > 0
    s = json.loads((out / "sweep.json").read_text(encoding="utf-8"))
    trend = s["trend"]
    assert len(trend["sweeps"]) == 3
    for req in s["requirements"]:
        assert trend["requirements"][req["id"]][-1] == req["compliance_pct"]
    html = (out / "rapport.html").read_text(encoding="utf-8")
    assert 'class="spark"' in html and "Udvikling" in html
    assert (out / "udvikling.csv").exists()
    # the trend is also in the workbook
    from openpyxl import load_workbook

    assert "Udvikling" in load_workbook(out / "rapport.xlsx", read_only=True).sheetnames


def test_partial_sweeps_are_left_out_of_later_trends(tmp_path):
    db = tmp_path / "h.sqlite"
    fig = {"date": "2026-01-01", "profile": "p", "profile_version": "1", "version": "x", "partial": False,
           "summary": {"cases": 1, "unreadable": 0, "compliance_pct": 50.0},
           "requirements": [{"id": "VUM-01", "applied": 2, "held": 1, "compliance_pct": 50.0}], "rules": []}
    now = datetime(2026, 1, 1, tzinfo=timezone.utc)
    history.record(db, fig, now=now)
    partial_id = history.record(db, {**fig, "partial": True}, now=now)
    current = history.record(db, fig, now=now)
    t = history.trend(db, "p", current=current)
    assert partial_id not in [s["id"] for s in t["sweeps"]] and len(t["sweeps"]) == 2
    t = history.trend(db, "p", current=partial_id)
    assert partial_id in [s["id"] for s in t["sweeps"]]


def test_partial_report_is_marked(cases_dir, profile_file):
    from sweep_helpers import PLUGIN

    import sweep_plugin
    from vumrules import Linter
    from vumrules.sweep import summarise_run, sweep

    linter = Linter(profile_file, extra_plugins=[sweep_plugin])

    def stop(_unit):
        raise KeyboardInterrupt

    run = sweep([cases_dir], profile_file, jobs=1, linter=linter, plugins=(PLUGIN,), on_unit=stop)
    html = render_html(summarise_run(run, linter))
    assert 'id="partial"' in html and "Delvis rapport" in html


def test_html_is_self_contained(corpus, tmp_path):
    out = tmp_path / "r"
    assert _sweep([str(corpus), "--jobs", "1", "--report", str(out), "--today", "2026-11-26"]).exit_code == 0
    html = (out / "rapport.html").read_text(encoding="utf-8")
    assert "<script" not in html
    # nothing is fetched at view time: no external URL in src/href/url() (SVG namespaces are names)
    assert not re.search(r'(?:src|href)\s*=\s*"(?:https?:)?//', html)
    assert "url(" not in html and "@import" not in html
    assert html.count("<svg") >= 4 and 'lang="da"' in html


def test_html_shows_the_danish_titles(corpus, tmp_path):
    out = tmp_path / "r"
    assert _sweep([str(corpus), "--jobs", "1", "--report", str(out), "--today", "2026-11-26"]).exit_code == 0
    s = json.loads((out / "sweep.json").read_text(encoding="utf-8"))
    html = (out / "rapport.html").read_text(encoding="utf-8")
    assert s["requirements"]
    for r in s["requirements"]:
        assert r["titel"] and f'<div class="krav">{escape(r["titel"])}</div>' in html, r["id"]
        assert escape(r["text"]) not in html, r["id"]  # managers read Danish: no English catalogue text


def test_requirement_title_falls_back_to_the_text():
    assert requirement_title({"id": "VUM-08", "text": "A score", "titel": "En score"}) == "En score"
    assert requirement_title({"id": "XX-01", "text": "Unknown", "titel": ""}) == "Unknown"
    assert requirement_title({"id": "XX-02", "text": "", "titel": ""}) == ""


def test_danish_number_formats():
    assert num(10000) == "10.000" and num(None) == "–"
    assert pct_text(87.5) == "87,5 %" and pct_text(100.0) == "100,0 %" and pct_text(None) == "–"


def test_progress_bar_only_on_a_terminal_and_never_in_ci(monkeypatch):
    import sys

    from vumrules.cli.sweep import show_progress

    class Tty:
        def __init__(self, tty):
            self.tty = tty

        def isatty(self):
            return self.tty

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(sys, "stderr", Tty(True))
    assert show_progress(None) is True
    monkeypatch.setenv("CI", "true")
    assert show_progress(None) is False
    monkeypatch.setattr(sys, "stderr", Tty(False))
    monkeypatch.delenv("CI")
    assert show_progress(None) is False
    assert show_progress(True) is True and show_progress(False) is False


def test_empty_export_gives_an_empty_report(tmp_path):
    (tmp_path / "tom").mkdir()
    out = tmp_path / "r"
    res = _sweep([str(tmp_path / "tom"), "--jobs", "2", "--report", str(out)])
    assert res.exit_code == 0 and "0 sager kontrolleret" in res.output
    s = json.loads((out / "sweep.json").read_text(encoding="utf-8"))
    assert s["summary"]["cases"] == 0 and s["summary"]["compliance_pct"] is None
    assert "ingen data" in (out / "rapport.html").read_text(encoding="utf-8")
