"""`vumrules plugins`: which plugins are loaded (name, version, rule prefixes, rule count,
hooks) and which could not be loaded, with their error.

Exit codes: 0 = all plugins loaded; 1 = at least one plugin is broken (it was left out, the
rest still work); 2 = plugins contradict each other (same rule code or prefix).
"""

from __future__ import annotations

import sys

import click
import orjson

from ..registry import Registry, RegistryError
from . import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK


@click.command("plugins")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--builtin/--no-builtin", default=True, show_default=True,
              help="Vis også vumrules' egne indbyggede plugins.")
def plugins_cmd(fmt: str, builtin: bool) -> None:
    """List indlæste plugins (navn, version, regelpræfikser, antal regler) og fejlende plugins."""
    try:
        reg = Registry.create()
    except RegistryError as exc:
        click.echo(f"vumrules: plugins er i konflikt: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    shown = [p for p in reg.plugins if builtin or not p.builtin]
    if fmt == "json":
        out = {
            "plugins": [
                {"name": p.name, "version": p.version, "distribution": p.distribution,
                 "builtin": p.builtin, "prefixes": list(p.prefixes), "rules": p.rules,
                 "hooks": list(p.hooks)}
                for p in shown
            ],
            "broken": [{"name": b.name, "distribution": b.distribution, "error": b.error}
                       for b in reg.broken],
        }
        click.echo(orjson.dumps(out, option=orjson.OPT_INDENT_2).decode())
    else:
        for p in shown:
            kind = "indbygget" if p.builtin else (p.distribution or "ekstra")
            prefixes = ",".join(p.prefixes) or "-"
            hooks = ", ".join(h.removeprefix("vumrules_") for h in p.hooks) or "-"
            click.echo(f"{p.name:34} {p.version:10} {prefixes:10} {p.rules:4} regler  "
                       f"[{kind}] hooks: {hooks}")
        if not shown:
            click.echo("(ingen eksterne plugins installeret)")
        for b in reg.broken:
            dist = f" ({b.distribution})" if b.distribution else ""
            click.echo(f"FEJL: plugin {b.name}{dist} kunne ikke indlæses og er sprunget over: {b.error}",
                       err=True)
    sys.exit(EXIT_FINDINGS if reg.broken else EXIT_OK)


commands = [plugins_cmd]
