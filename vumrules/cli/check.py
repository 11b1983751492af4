"""`vumrules check`: lint case files against a profile.

Settings come from the defaults, then ``vumrules.yaml`` / ``[tool.vumrules]`` (found from the
checked paths upwards, or ``--config``), then the flags (see :mod:`vumrules.config`).

Exit codes: 0 = no finding at or above the fail level (or ``--exit-zero`` / ``--fail-level
none``); 1 = findings at or above it; 2 = usage or configuration error, unknown profile,
rule or format, unreadable baseline, an output file that cannot be written, internal error.
"""

from __future__ import annotations

import io
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import click

from .. import __version__
from ..api import Linter
from ..config import FAIL_LEVELS, ConfigError, Settings, load_settings, settings_text, validate
from ..engine import CaseResult
from ..findings import Severity
from ..i18n import t
from ..profiles import ProfileError
from ..redact import redact_text
from ..registry import Registry, RegistryError
from ..report import Report
from . import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK


def fail(message: str) -> None:
    """Print an error (never with a CPR number in it, FK-04) and exit 2."""
    click.echo(f"vumrules: {redact_text(message)}", err=True)
    sys.exit(EXIT_ERROR)


def make_linter(profile: str, today: date | None = None, settings: Settings | None = None) -> Linter:
    """The linter for a run; with ``settings`` their selection and severities apply."""
    try:
        if settings is None:
            return Linter(profile, today=today)
        registry = Registry.create()
        store = validate(settings, registry)
        return Linter(profile, registry=registry, today=today, _store=store)
    except ConfigError as exc:
        fail(exc.text(settings.lang if settings else "da"))
        raise  # pragma: no cover - fail() exits
    except (ProfileError, RegistryError) as exc:
        fail(str(exc))
        raise  # pragma: no cover - fail() exits


def report_broken_plugins(linter: Linter, lang: str = "da") -> None:
    for b in linter.registry.broken:
        click.echo("vumrules: " + t(lang, "cli.broken_plugin", name=b.name, error=b.error), err=True)


def apply_per_path_ignores(results: list[CaseResult], settings: Settings) -> list[CaseResult]:
    if not settings.per_path_ignores:
        return results
    out = []
    for r in results:
        selectors = settings.ignored_for(r.file)
        if not selectors:
            out.append(r)
            continue
        keep = tuple(f for f in r.findings if not any(f.code == s or f.code.startswith(s) for s in selectors))
        out.append(replace(r, findings=keep))
    return out


def _split(values: tuple[str, ...]) -> list[str] | None:
    out = [s for v in values for s in v.replace(",", " ").split() if s]
    return out or None


@click.command("check")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--profile", "-p", default=None, help="Profilnavn eller sti til en profil-YAML (standard: vum2).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
              help="Konfigurationsfil (vumrules.yaml eller pyproject.toml); standard: fundet opad fra stien.")
@click.option("--isolated", is_flag=True, help="Brug ingen konfigurationsfil.")
@click.option("--select", multiple=True, help="Kun disse regler (koder eller præfikser; erstatter profilens valg).")
@click.option("--extend-select", multiple=True, help="Tilføj regler (koder eller præfikser).")
@click.option("--ignore", multiple=True, help="Slå regler fra (koder eller præfikser).")
@click.option("--format", "fmt", default=None,
              help="Outputformat til terminalen (text, json, sarif, junit, github, csv).")
@click.option("--output", "-o", "outputs", multiple=True, metavar="FORMAT[:FIL]",
              help="Output; kan gentages, fx -o text -o sarif:vumrules.sarif.")
@click.option("--fail-level", type=click.Choice(FAIL_LEVELS), default=None,
              help="Laveste alvor der giver exit-kode 1 ('none': aldrig). Standard: error.")
@click.option("--exit-zero", is_flag=True, help="Altid exit-kode 0, når kørslen lykkes.")
@click.option("--lang", type=click.Choice(["da", "en"]), default=None, help="Sprog (standard: da).")
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Kørselsdato (standard: i dag); bruges når en sag ingen referencedato har.")
@click.option("--baseline", type=click.Path(dir_okay=False), default=None,
              help="Vis kun fund, der ikke står i denne baseline (se `vumrules baseline write`).")
@click.option("--show-suppressed", is_flag=True, help="Vis også fund, som sagen undertrykker med begrundelse.")
@click.option("--show-settings", is_flag=True, help="Vis de effektive indstillinger og hvor de kommer fra.")
@click.option("--show-personal-data", is_flag=True,
              help="Vis CPR-numre og navne i output (slået fra som standard, FK-04).")
@click.option("--color/--no-color", default=None, help="Farver (standard: kun på en terminal).")
def check(paths, profile, config_file, isolated, select, extend_select, ignore, fmt, outputs, fail_level,
          exit_zero, lang, today, baseline, show_suppressed, show_settings, show_personal_data, color):
    """Kontrollér sager (filer eller mapper) mod en profil.

    Indstillinger læses fra vumrules.yaml eller [tool.vumrules] i pyproject.toml (fundet
    opad fra stien); flag går forud. Exit-koder: 0 ingen fund på eller over fejlniveauet,
    1 fund, 2 brugs-, konfigurations- eller intern fejl.
    """
    started = time.perf_counter()
    output = ([fmt] if fmt else []) + list(outputs)
    try:
        settings = load_settings(paths, config=config_file, no_config=isolated, overrides={
            "profile": profile, "select": _split(select), "extend_select": _split(extend_select),
            "ignore": _split(ignore), "output": output or None, "fail_level": fail_level,
            "lang": lang, "baseline": baseline,
        })
    except ConfigError as exc:
        fail(exc.text(lang or "da"))
    lang = settings.lang
    linter = make_linter(settings.profile, today.date() if today else None, settings)
    if show_settings:
        click.echo(settings_text(settings, lang), nl=False)
        try:
            resolved = linter.resolved()
        except ProfileError as exc:
            fail(str(exc))
        click.echo(t(lang, "settings.resolved", name=resolved.name, version=resolved.version,
                     chain=" → ".join(resolved.chain), n=len(resolved.rules)))
        sys.exit(EXIT_OK)
    if not paths:
        raise click.UsageError(t(lang, "cli.no_paths"))
    report_broken_plugins(linter, lang)
    linter.registry.configure(settings.as_dict())
    formatters = linter.registry.formatters()
    try:
        results = apply_per_path_ignores(list(linter.check_paths(paths)), settings)
    except ProfileError as exc:
        fail(str(exc))
    comparison = None
    if settings.baseline:
        from ..baseline import BaselineError, compare, load

        try:
            entries = load(settings.baseline)
        except BaselineError as exc:
            fail(t(lang, "cli.baseline_unreadable", file=settings.baseline, error=str(exc)))
        results, comparison = compare(results, entries, settings.baseline)
    level = settings.fail_severity() or Severity.ERROR
    report = Report(
        results=results,
        registry=linter.registry,
        profile=settings.profile,
        lang=lang,
        duration=time.perf_counter() - started,
        fail_level=level,
        show_personal_data=show_personal_data,
        color=False,
        tool_version=__version__,
        show_suppressed=show_suppressed,
        baseline=comparison,
    )
    for spec in settings.output:
        formatter = formatters[spec.format]
        if spec.file is None:
            use_color = sys.stdout.isatty() if color is None else color
            click.echo(report.render(formatter) if not use_color else
                       replace(report, color=True).render(formatter), nl=False, color=use_color)
            continue
        buf = io.StringIO()
        formatter.render(report, buf)
        try:
            target = Path(spec.file)
            if target.parent and not target.parent.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(buf.getvalue(), encoding="utf-8")
        except OSError as exc:
            fail(t(lang, "cli.cannot_write", file=spec.file, error=exc.strerror or type(exc).__name__))
    if exit_zero or settings.fail_level == "none":
        sys.exit(EXIT_OK)
    sys.exit(EXIT_FINDINGS if report.failed() else EXIT_OK)


commands = [check]
