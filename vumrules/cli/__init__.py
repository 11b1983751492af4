"""The ``vumrules`` command line.

Each sub-command lives in its own module in this package and exposes ``commands`` (a list of
click commands); they are collected here in name order, so adding a command touches one new
file.

Exit codes (all commands): 0 = nothing at or above the fail level; 1 = findings at or above
it (or the checked thing is not ready); 2 = usage error, unknown profile or rule, broken
profile, or an internal error.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

import click

from .. import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class _Group(click.Group):
    def main(self, *args, **kwargs):  # type: ignore[override]
        try:
            return super().main(*args, **kwargs)
        except SystemExit:
            raise
        except Exception as exc:  # an internal error is exit 2, with a one-line reason
            from ..redact import redact_text  # an exception's text may quote a case (FK-04)

            click.echo(f"vumrules: intern fejl: {type(exc).__name__}: {redact_text(str(exc))}", err=True)
            sys.exit(EXIT_ERROR)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="vumrules")
def main() -> None:
    """vumrules: kvalitetskontrol af sager efter VUM (handicap og psykiatri).

    Exit codes: 0 ingen fund på eller over fejlniveauet; 1 fund; 2 brugs- eller intern fejl.
    """


def _load_commands() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        mod = importlib.import_module(f"{__name__}.{info.name}")
        for cmd in getattr(mod, "commands", ()):
            main.add_command(cmd)


_load_commands()
