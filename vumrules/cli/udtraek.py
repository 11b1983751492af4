"""`vumrules udtraek`: check extracts for register matching without consent (FK-01 … FK-03)."""

from __future__ import annotations

import click

from ..udtraek import check_extract_paths
from ._other_documents import run_and_report


@click.command("udtraek")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--profile", "-p", default=None, help="Standard: fra vumrules.yaml, ellers vum2.")
@click.option("--format", "fmt", default="text", show_default=True)
@click.option("--lang", type=click.Choice(["da", "en"]), default=None, help="Standard: fra vumrules.yaml, ellers da.")
def udtraek_cmd(paths, profile, fmt, lang):
    """Kontrollér udtræk til registersamkørsel uden samtykke: kun tilladte felter, ingen
    sagsdokumenter, ingen undtagne ydelsestyper (FK-01 … FK-03). Se docs/udtraek.md."""
    run_and_report(lambda linter, resolved, today: check_extract_paths(paths, linter.registry, resolved, today),
                   paths, profile=profile, fmt=fmt, lang=lang, unit="extracts")


commands = [udtraek_cmd]
