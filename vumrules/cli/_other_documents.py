"""Shared by commands that check documents other than cases (templates, extracts): pick the
profile, run a checker, print the report in the chosen format, exit 0/1/2."""

from __future__ import annotations

import sys
import time
from datetime import date
from typing import Callable, Sequence

import click

from .. import __version__
from ..api import Linter
from ..engine import CaseResult
from ..findings import Severity
from ..profiles import ProfileError, ResolvedProfile
from ..registry import RegistryError
from ..report import Report
from . import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK

Checker = Callable[[Linter, ResolvedProfile, date], Sequence[CaseResult]]


def run_and_report(checker: Checker, *, profile: str, fmt: str, lang: str, fail_level: str = "error",
                   unit: str = "cases") -> None:
    """``unit``: what the summary line counts (cases, templates, extracts)."""
    started = time.perf_counter()
    today = date.today()
    try:
        linter = Linter(profile)
        resolved = linter.resolved(today)
    except (ProfileError, RegistryError) as exc:
        click.echo(f"vumrules: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    formatters = linter.registry.formatters()
    if fmt not in formatters:
        raise click.UsageError(f"ukendt format '{fmt}' (kendte: {', '.join(sorted(formatters))})")
    results = checker(linter, resolved, today)
    level = Severity.ERROR if fail_level == "none" else Severity.parse(fail_level)
    report = Report(results=results, registry=linter.registry, profile=profile, lang=lang,
                    duration=time.perf_counter() - started, fail_level=level,
                    color=sys.stdout.isatty(), tool_version=__version__, extra={"unit": unit})
    click.echo(report.render(formatters[fmt]), nl=False)
    if fail_level == "none":
        sys.exit(EXIT_OK)
    sys.exit(EXIT_FINDINGS if report.failed() else EXIT_OK)
