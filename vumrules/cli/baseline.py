"""`vumrules baseline write`: record today's findings so `check --baseline` shows only new ones."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .. import __version__
from ..baseline import write
from ..config import ConfigError, load_settings
from ..i18n import t
from ..profiles import ProfileError
from ..redact import redact_text
from . import EXIT_OK
from .check import _split, apply_per_path_ignores, fail, make_linter


@click.group("baseline")
def baseline_group():
    """Baseline: gem nuværende fund, så `check --baseline` kun viser nye."""


@baseline_group.command("write")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--output", "-o", "out", type=click.Path(dir_okay=False), default=None,
              help="Baseline-filen (standard: 'baseline' fra konfigurationen, ellers .vumrules-baseline.json).")
@click.option("--profile", "-p", default=None, help="Profilnavn eller sti til en profil-YAML.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None)
@click.option("--isolated", is_flag=True, help="Brug ingen konfigurationsfil.")
@click.option("--select", multiple=True)
@click.option("--extend-select", multiple=True)
@click.option("--ignore", multiple=True)
@click.option("--lang", type=click.Choice(["da", "en"]), default=None)
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]), default=None)
def write_cmd(paths, out, profile, config_file, isolated, select, extend_select, ignore, lang, today):
    """Skriv en baseline med alle nuværende fund i PATHS (standard: den aktuelle mappe)."""
    paths = paths or (".",)
    try:
        settings = load_settings(paths, config=config_file, no_config=isolated, overrides={
            "profile": profile, "select": _split(select), "extend_select": _split(extend_select),
            "ignore": _split(ignore), "lang": lang,
        })
    except ConfigError as exc:
        fail(exc.text(lang or "da"))
    linter = make_linter(settings.profile, today.date() if today else None, settings)
    try:
        results = apply_per_path_ignores(list(linter.check_paths(paths)), settings)
    except ProfileError as exc:
        fail(str(exc))
    target = out or settings.baseline or ".vumrules-baseline.json"
    try:
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        n = write(target, results, __version__)
    except OSError as exc:
        fail(t(settings.lang, "cli.cannot_write", file=target, error=exc.strerror or type(exc).__name__))
    click.echo(t(settings.lang, "cli.baseline_written", n=n, file=redact_text(str(target))), err=True)
    sys.exit(EXIT_OK)


commands = [baseline_group]
