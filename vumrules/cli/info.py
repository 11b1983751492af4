"""Commands that describe vumrules itself: rules, rule, profiles, schema."""

from __future__ import annotations

import sys

import click
import orjson

from ..model import case_json_schema
from ..profiles import ProfileError, ProfileStore
from ..registry import Registry
from ..ruledoc import rule_markdown
from . import EXIT_ERROR


@click.command("rules")
@click.option("--lang", type=click.Choice(["da", "en"]), default="da")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def rules_cmd(lang, fmt):
    """List alle regler: kode, alvor, krav og besked."""
    reg = Registry.create()
    if fmt == "json":
        out = [
            {"code": r.code, "name": r.name, "severity": r.severity.value, "requirements": list(r.requirements),
             "message": r.message_en if lang == "en" else r.message_da, "plugin": r.plugin}
            for r in reg.rules.values()
        ]
        click.echo(orjson.dumps(out, option=orjson.OPT_INDENT_2).decode())
        return
    for r in reg.rules.values():
        msg = r.message_en if lang == "en" else r.message_da
        reqs = ",".join(r.requirements) or "-"
        click.echo(f"{r.code:8} {r.severity.value:7} {reqs:18} {r.name}: {msg}")


@click.command("rule")
@click.argument("code")
@click.option("--lang", type=click.Choice(["da", "en"]), default="da")
def rule_cmd(code, lang):
    """Vis en regels dokumentation (hvad, hvorfor, krav, eksempler)."""
    reg = Registry.create()
    try:
        r = reg.rule(code)
    except KeyError:
        click.echo(f"vumrules: ukendt regel '{code}' (se `vumrules rules`)", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(rule_markdown(r, lang))


@click.command("profiles")
def profiles_cmd():
    """List profiler og deres versioner (gældende fra)."""
    reg = Registry.create()
    store = ProfileStore(reg)
    try:
        profiles = store.available()
    except ProfileError as exc:
        click.echo(f"vumrules: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    for p in profiles:
        extends = sorted({v.spec.extends for v in p.versions if v.spec.extends})
        click.echo(f"{p.name}: {p.title}" + (f" (extends {', '.join(extends)})" if extends else ""))
        for v in p.versions:
            since = "altid" if v.gaeldende_fra.year == 1 else f"gældende fra {v.gaeldende_fra.isoformat()}"
            click.echo(f"  version {v.version}: {since}" + (f" ({v.spec.extends})" if v.spec.extends and len(p.versions) > 1 else ""))
        click.echo(f"  fil: {p.file}")


@click.command("schema")
def schema_cmd():
    """Udskriv JSON Schema for sagsformatet."""
    click.echo(orjson.dumps(case_json_schema(), option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).decode())


commands = [rules_cmd, rule_cmd, profiles_cmd, schema_cmd]
