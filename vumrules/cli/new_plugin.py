"""`vumrules new-plugin NAME --prefix XYZ [--dir D]`: create a plugin package for a
municipality's own rules (pyproject with the entry point, one Python rule, one declarative
rule in a profile, example cases, tests with the testing kit).

Exit codes: 0 = created; 2 = bad name/prefix, prefix already taken, or target not empty.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import EXIT_ERROR, EXIT_OK


@click.command("new-plugin")
@click.argument("name")
@click.option("--prefix", required=True, help="Regelkodernes præfiks, fx AAR (giver AAR001, AAR101).")
@click.option("--dir", "directory", type=click.Path(file_okay=False), default=None,
              help="Mappen pakken skrives i (standard: ./vumrules-NAME).")
@click.option("--title", default=None, help="Kommunens/pakkens titel, fx 'Aarhus Kommune (eksempel)'.")
def new_plugin_cmd(name: str, prefix: str, directory: str | None, title: str | None) -> None:
    """Opret en plugin-pakke til kommunens egne regler."""
    from ..registry import Registry
    from ..scaffold import ScaffoldError, plan, render

    try:
        p = plan(name, prefix, title)
        taken = {r.prefix: r.plugin for r in Registry.create().rules.values()}
        if p.prefix in taken:
            raise ScaffoldError(f"præfikset {p.prefix} bruges allerede af plugin'et {taken[p.prefix]}")
        target = Path(directory) if directory else Path.cwd() / p.dist
        files = render(p, target)
    except ScaffoldError as exc:
        click.echo(f"vumrules: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(f"Oprettede {p.dist} i {target} ({len(files)} filer):")
    for f in files:
        click.echo(f"  {f.relative_to(target)}")
    click.echo("\nNæste skridt:\n"
               f"  pip install -e {target}\n"
               f"  vumrules plugins\n"
               f"  pytest {target / 'tests'}\n"
               f"  vumrules check --profile {p.name} {target / 'cases'}")
    sys.exit(EXIT_OK)


commands = [new_plugin_cmd]
