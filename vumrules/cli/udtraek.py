"""`vumrules udtraek`: check extracts for register matching without consent (FK-01 … FK-03)."""

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
from ..udtraek import check_extract_paths
from . import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK


@click.command("udtraek")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--profile", "-p", default="vum2", show_default=True)
@click.option("--format", "fmt", default="text", show_default=True)
@click.option("--lang", type=click.Choice(["da", "en"]), default="da", show_default=True)
def udtraek_cmd(paths, profile, fmt, lang):
    """Kontrollér udtræk til registersamkørsel uden samtykke: kun tilladte felter, ingen
    sagsdokumenter, ingen undtagne ydelsestyper (FK-01 … FK-03). Se docs/udtraek.md."""
    started = time.perf_counter()
    try:
        linter = Linter(profile)
        resolved = linter.resolved(date.today())
    except (ProfileError, RegistryError) as exc:
        click.echo(f"vumrules: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    formatters = linter.registry.formatters()
    if fmt not in formatters:
        raise click.UsageError(f"ukendt format '{fmt}' (kendte: {', '.join(sorted(formatters))})")
    results = check_extract_paths(paths, linter.registry, resolved, date.today())
    report = Report(results=results, registry=linter.registry, profile=profile, lang=lang,
                    duration=time.perf_counter() - started, fail_level=Severity.ERROR,
                    color=sys.stdout.isatty(), tool_version=__version__)
    click.echo(report.render(formatters[fmt]), nl=False)
    sys.exit(EXIT_FINDINGS if report.failed() else EXIT_OK)


commands = [udtraek_cmd]
