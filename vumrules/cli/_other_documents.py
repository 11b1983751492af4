"""Shared by commands that check documents other than cases (templates, extracts): read the
settings (vumrules.yaml / [tool.vumrules], then the flags given), run a checker with the
profile in force today, print the report in the chosen format, exit 0/1/2."""

from __future__ import annotations

import sys
import time
from datetime import date
from typing import Callable, Sequence

import click

from .. import __version__
from ..api import Linter
from ..config import ConfigError, load_settings
from ..engine import CaseResult
from ..findings import Severity
from ..profiles import ProfileError, ResolvedProfile
from ..report import Report
from . import EXIT_FINDINGS, EXIT_OK
from .check import fail, make_linter

Checker = Callable[[Linter, ResolvedProfile, date], Sequence[CaseResult]]


def run_and_report(checker: Checker, paths: Sequence[str], *, profile: str | None, fmt: str,
                   lang: str | None, fail_level: str | None = None, unit: str = "cases") -> None:
    """``unit``: what the summary line counts (cases, templates, extracts)."""
    started = time.perf_counter()
    today = date.today()
    try:
        settings = load_settings(paths, overrides={"profile": profile, "lang": lang, "fail_level": fail_level})
    except ConfigError as exc:
        fail(exc.text(lang or "da"))
    linter = make_linter(settings.profile, today, settings)
    try:
        resolved = linter.resolved(today)
    except ProfileError as exc:
        fail(str(exc))
    formatters = linter.registry.formatters()
    if fmt not in formatters:
        raise click.UsageError(f"ukendt format '{fmt}' (kendte: {', '.join(sorted(formatters))})")
    results = checker(linter, resolved, today)
    level = Severity.ERROR if settings.fail_level == "none" else Severity.parse(settings.fail_level)
    report = Report(results=results, registry=linter.registry, profile=settings.profile, lang=settings.lang,
                    duration=time.perf_counter() - started, fail_level=level,
                    color=sys.stdout.isatty(), tool_version=__version__, extra={"unit": unit})
    click.echo(report.render(formatters[fmt]), nl=False)
    if settings.fail_level == "none":
        sys.exit(EXIT_OK)
    sys.exit(EXIT_FINDINGS if report.failed() else EXIT_OK)
