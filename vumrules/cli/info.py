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


def _all_rules(reg: Registry, profile: str | None) -> dict:
    """The registry's rules plus the declarative rules of ``profile`` (or of every available
    profile); a broken profile is reported on stderr (exit 2 when it was asked for)."""
    from ..declarative import catalogue, profile_rules

    store = ProfileStore(reg)
    rules = dict(reg.rules)
    try:
        extra = profile_rules(store, profile) if profile else catalogue(
            store, on_error=lambda e: click.echo(f"vumrules: {e}", err=True)).values()
    except ProfileError as exc:
        click.echo(f"vumrules: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    for r in extra:
        rules.setdefault(r.code, r)
    return dict(sorted(rules.items()))


_PROFILE_OPTION = click.option("--profile", "-p", default=None,
                               help="Tag også denne profils deklarative regler med (navn eller .yaml-fil)")


@click.command("rules")
@click.option("--lang", type=click.Choice(["da", "en"]), default="da")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@_PROFILE_OPTION
def rules_cmd(lang, fmt, profile):
    """List alle regler: kode, alvor, krav og besked."""
    reg = Registry.create()
    all_rules = _all_rules(reg, profile)
    if fmt == "json":
        out = [
            {"code": r.code, "name": r.name, "severity": r.severity.value, "requirements": list(r.requirements),
             "message": r.message_en if lang == "en" else r.message_da, "plugin": r.plugin}
            for r in all_rules.values()
        ]
        click.echo(orjson.dumps(out, option=orjson.OPT_INDENT_2).decode())
        return
    for r in all_rules.values():
        msg = r.message_en if lang == "en" else r.message_da
        reqs = ",".join(r.requirements) or "-"
        click.echo(f"{r.code:8} {r.severity.value:7} {reqs:18} {r.name}: {msg}")


@click.command("rule")
@click.argument("code")
@click.option("--lang", type=click.Choice(["da", "en"]), default="da")
@_PROFILE_OPTION
def rule_cmd(code, lang, profile):
    """Vis en regels dokumentation (hvad, hvorfor, krav, eksempler)."""
    reg = Registry.create()
    try:
        r = reg.rule(code) if code.upper() in reg.rules else _all_rules(reg, profile)[code.upper()]
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
