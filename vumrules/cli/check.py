"""`vumrules check`: lint case files against a profile."""

from __future__ import annotations

import sys
import time
from datetime import date

import click

from .. import __version__
from ..api import Linter
from ..findings import Severity
from ..profiles import ProfileError
from ..registry import RegistryError
from ..report import Report
from . import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK

FAIL_LEVELS = ("error", "warning", "info", "none")


def make_linter(profile: str, today: date | None = None) -> Linter:
    try:
        return Linter(profile, today=today)
    except (ProfileError, RegistryError) as exc:
        click.echo(f"vumrules: {exc}", err=True)
        sys.exit(EXIT_ERROR)


def report_broken_plugins(linter: Linter) -> None:
    for b in linter.registry.broken:
        click.echo(f"vumrules: plugin '{b.name}' kunne ikke indlæses og er sprunget over: {b.error}",
                   err=True)


@click.command("check")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--profile", "-p", default="vum2", show_default=True, help="Profilnavn eller sti til en profil-YAML.")
@click.option("--format", "fmt", default="text", show_default=True, help="Outputformat (text, json, ...).")
@click.option("--fail-level", type=click.Choice(FAIL_LEVELS), default="error", show_default=True,
              help="Laveste alvor der giver exit-kode 1 ('none': aldrig).")
@click.option("--exit-zero", is_flag=True, help="Altid exit-kode 0, når kørslen lykkes.")
@click.option("--lang", type=click.Choice(["da", "en"]), default="da", show_default=True)
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Kørselsdato (standard: i dag); bruges når en sag ingen referencedato har.")
@click.option("--show-personal-data", is_flag=True,
              help="Vis CPR-numre og navne i output (slået fra som standard, FK-04).")
@click.option("--color/--no-color", default=None, help="Farver (standard: kun på en terminal).")
def check(paths, profile, fmt, fail_level, exit_zero, lang, today, show_personal_data, color):
    """Kontrollér sager (filer eller mapper) mod en profil."""
    started = time.perf_counter()
    linter = make_linter(profile, today.date() if today else None)
    report_broken_plugins(linter)
    formatters = linter.registry.formatters()
    if fmt not in formatters:
        raise click.UsageError(f"ukendt format '{fmt}' (kendte: {', '.join(sorted(formatters))})")
    try:
        results = list(linter.check_paths(paths))
    except ProfileError as exc:
        click.echo(f"vumrules: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    level = Severity.ERROR if fail_level == "none" else Severity.parse(fail_level)
    report = Report(
        results=results,
        registry=linter.registry,
        profile=profile,
        lang=lang,
        duration=time.perf_counter() - started,
        fail_level=level,
        show_personal_data=show_personal_data,
        color=sys.stdout.isatty() if color is None else color,
        tool_version=__version__,
    )
    click.echo(report.render(formatters[fmt]), nl=False)
    if exit_zero or fail_level == "none":
        sys.exit(EXIT_OK)
    sys.exit(EXIT_FINDINGS if report.failed() else EXIT_OK)


commands = [check]
