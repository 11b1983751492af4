"""`vumrules templates`: check letter and decision templates (Word, Markdown, text) in CI."""

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
from ..templates import check_template_paths
from . import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK


@click.command("templates")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--profile", "-p", default="vum2", show_default=True, help="Profilnavn eller sti til en profil-YAML.")
@click.option("--format", "fmt", default="text", show_default=True, help="Outputformat (text, json, sarif, ...).")
@click.option("--fail-level", type=click.Choice(["error", "warning", "info", "none"]), default="error",
              show_default=True)
@click.option("--lang", type=click.Choice(["da", "en"]), default="da", show_default=True)
def templates_cmd(paths, profile, fmt, fail_level, lang):
    """Kontrollér brev- og afgørelsesskabeloner (.docx, .md, .txt) mod profilens TPL-regler.

    En skabelon erklærer sin type i front matter, i Word-dokumentets nøgleord
    ('vumrules: type=afgoerelse; afgoerelsestype=afslag; paragraf=SEL § 41') eller i filnavnet
    (afgoerelse_afslag_sel-41.docx). Se docs/templates.md.
    """
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
    results = check_template_paths(paths, linter.registry, resolved, date.today())
    level = Severity.ERROR if fail_level == "none" else Severity.parse(fail_level)
    report = Report(results=results, registry=linter.registry, profile=profile, lang=lang,
                    duration=time.perf_counter() - started, fail_level=level,
                    color=sys.stdout.isatty(), tool_version=__version__)
    click.echo(report.render(formatters[fmt]), nl=False)
    if fail_level == "none":
        sys.exit(EXIT_OK)
    sys.exit(EXIT_FINDINGS if report.failed() else EXIT_OK)


commands = [templates_cmd]
