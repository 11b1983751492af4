"""`vumrules sweep`: QA sweep over case exports, with a report for managers."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

import click

from .. import __version__
from ..config import ConfigError, load_settings
from ..profiles import ProfileError
from ..sweep import history as history_db
from ..sweep.aggregate import summarise_run
from ..sweep.html import num, pct_text
from ..sweep.output import HTML_NAME, write_all
from ..sweep.run import default_jobs, sweep as run_sweep
from . import EXIT_ERROR, EXIT_OK
from .check import make_linter, report_broken_plugins


def show_progress(flag: bool | None) -> bool:
    """A progress bar only on a terminal and never in CI, unless asked for."""
    if flag is not None:
        return flag
    return sys.stderr.isatty() and not os.environ.get("CI")


class _Bar:
    """A rich progress bar on stderr: share of the export done, cases, cases per second."""

    def __init__(self, force_terminal: bool) -> None:
        from rich.console import Console
        from rich.progress import (BarColumn, Progress, TaskProgressColumn, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)

        self.progress = Progress(
            TextColumn("[bold]Kontrollerer[/]"), BarColumn(), TaskProgressColumn(),
            TextColumn("{task.fields[cases]} sager · {task.fields[rate]}/s"),
            TimeElapsedColumn(), TextColumn("tilbage"), TimeRemainingColumn(),
            console=Console(stderr=True, force_terminal=force_terminal or None),
            transient=False,
        )
        self.task = self.progress.add_task("sweep", total=None, cases="0", rate="0")

    def __enter__(self) -> "_Bar":
        self.progress.start()
        return self

    def __exit__(self, *exc) -> None:
        self.progress.stop()

    def __call__(self, done: int, total: int, cases: int) -> None:
        elapsed = self.progress.tasks[0].elapsed or 0.0
        rate = f"{cases / elapsed:.0f}" if elapsed > 0.5 else "…"
        self.progress.update(self.task, completed=done, total=total, cases=num(cases), rate=rate)


@click.command("sweep")
@click.argument("exports", nargs=-1, required=True, type=click.Path())
@click.option("--profile", "-p", default=None,
              help="Profilnavn eller sti til en profil-YAML (standard: fra vumrules.yaml, ellers vum2).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help=f"Antal processer (standard: alle kerner, her {default_jobs()}).")
@click.option("--report", "report_dir", type=click.Path(file_okay=False), default=None,
              help="Mappe til rapporten: rapport.html, rapport.xlsx, sweep.json og CSV-filer.")
@click.option("--history", "history_file", type=click.Path(dir_okay=False), default=None,
              help="SQLite-fil som kørslens tal føjes til; rapporten viser udviklingen pr. krav.")
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Kørselsdato (standard: i dag); bruges når en sag ingen referencedato har.")
@click.option("--progress/--no-progress", "progress_flag", default=None,
              help="Fremskridtslinje (standard: kun på en terminal, aldrig når CI er sat).")
@click.option("--top", type=click.IntRange(min=0), default=10, show_default=True,
              help="Antal krav i opsummeringen på skærmen.")
def sweep(exports, profile, jobs, report_dir, history_file, today, progress_flag, top):
    """Kvalitetsmåling: kontrollér alle sager i eksporter (mapper, YAML, JSON, JSON Lines)
    og regn lovoverholdelsesprocenten ud pr. krav, regel, kommune, team og sagsbehandler.

    Exit-kode 0 når kørslen er gennemført (fundene er rapportens indhold), 2 ved brugsfejl,
    ukendt profil eller når kørslen blev afbrudt med Ctrl-C (rapporten skrives alligevel,
    mærket som delvis)."""
    run_date = today.date() if today else date.today()
    try:  # the profile may come from vumrules.yaml / [tool.vumrules], as for `check`
        profile = load_settings(exports, overrides={"profile": profile}).profile
    except ConfigError as exc:
        click.echo(f"vumrules: {exc.text()}", err=True)
        sys.exit(EXIT_ERROR)
    linter = make_linter(profile, run_date)
    report_broken_plugins(linter)
    use_bar = show_progress(progress_flag)
    try:
        if use_bar:
            with _Bar(force_terminal=bool(progress_flag)) as bar:
                run = run_sweep(exports, profile, jobs=jobs, today=run_date, linter=linter, progress=bar)
        else:
            run = run_sweep(exports, profile, jobs=jobs, today=run_date, linter=linter)
    except ProfileError as exc:
        click.echo(f"vumrules: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    summary = summarise_run(run, linter, __version__)
    if history_file:
        sweep_id = history_db.record(history_file, summary)
        summary["trend"] = history_db.trend(history_file, summary["profile"], current=sweep_id)
    written = write_all(summary, Path(report_dir)) if report_dir else []
    _echo_summary(summary, run, top)
    if written:
        click.echo(f"Rapport: {Path(report_dir) / HTML_NAME} (+ {len(written) - 1} filer i {report_dir})")
    if history_file:
        click.echo(f"Historik: tallene er føjet til {history_file}")
    sys.exit(EXIT_ERROR if run.partial else EXIT_OK)


def _echo_summary(summary: dict, run, top: int) -> None:
    s = summary["summary"]
    if summary["partial"]:
        click.echo(f"Afbrudt: rapporten er delvis og dækker de {num(s['cases'])} sager, der nåede at "
                   "blive kontrolleret.", err=True)
    rate = s["cases"] / run.duration if run.duration > 0 else 0.0
    click.echo(f"{num(s['cases'])} sager kontrolleret ({num(s['unreadable'])} kunne ikke læses) på "
               f"{run.duration:.1f} s med {run.jobs} proces{'ser' if run.jobs != 1 else ''} "
               f"({rate:.0f} sager/s).")
    click.echo(f"Samlet lovoverholdelse: {pct_text(s['compliance_pct'])}; sager uden fejl: "
               f"{num(s['cases_without_errors'])} af {num(s['loaded'])}.")
    shown = [r for r in summary["requirements"] if r["applied"]][:top]
    if shown:
        click.echo("Dårligste krav:")
        for r in shown:
            click.echo(f"  {r['id']:<10} {pct_text(r['compliance_pct']):>8}  "
                       f"({num(r['held'])} af {num(r['applied'])} sager)")
    for r in summary["unreadable"][:10]:
        click.echo(f"  kunne ikke læses: {r['file']} dok. {r['document']}: {r['code']} {r['message']}")
    if len(summary["unreadable"]) > 10:
        click.echo(f"  ... og {num(len(summary['unreadable']) - 10)} flere (se rapporten)")


commands = [sweep]
