"""`vumrules signoff`: is the case ready for the taskforce, and sign it off if it is."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import click

from ..api import Linter
from ..findings import Severity
from ..profiles import ProfileError
from ..redact import redact_text
from ..registry import RegistryError
from ..signoff import SignoffError, assess, sign
from ..sources import load_yaml_text
from . import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK

T = {
    "da": {"title": "Klar til taskforcen?", "check": "Tjekliste (Bilag 1)", "other": "Øvrige krav før dagsordenssætning",
           "none": "ingen fund", "deadline": "Frist for indsendelse", "ready": "KLAR: sagen kan sættes på dagsordenen",
           "not_ready": "IKKE KLAR: sagen kan ikke sættes på dagsordenen endnu", "signed": "Godkendelse skrevet i sagen",
           "unknown": "ikke vurderet (reglen kørte ikke)", "agenda": "Dagsorden", "not_signed": "Der er ikke skrevet nogen godkendelse."},
    "en": {"title": "Ready for the taskforce?", "check": "Checklist (Bilag 1)", "other": "Other requirements before agenda-setting",
           "none": "no findings", "deadline": "Submission deadline", "ready": "READY: the case can go on the agenda",
           "not_ready": "NOT READY: the case cannot go on the agenda yet", "signed": "Sign-off written into the case",
           "unknown": "not assessed (the rule did not run)", "agenda": "Agenda", "not_signed": "No sign-off was written."},
}


def _agenda(path: str | None) -> list[tuple[str, object]]:
    """An agenda file: YAML/JSON ``{moede: 2026-12-03, sager: [sag_id, ...]}`` or a list of
    ``{sag_id, moede}`` entries."""
    if not path:
        return []
    data, _, problems = load_yaml_text(Path(path).read_text(encoding="utf-8"), path)
    if problems or data is None:
        raise click.UsageError(f"dagsordenfilen {path} kan ikke læses")
    from datetime import date

    def d(v):
        return date.fromisoformat(str(v)) if v else None

    if isinstance(data, dict):
        return [(str(s), d(data.get("moede"))) for s in data.get("sager", [])]
    return [(str(e.get("sag_id")), d(e.get("moede"))) for e in data]


@click.command("signoff")
@click.argument("case", type=click.Path(exists=True, dir_okay=False))
@click.option("--profile", "-p", default="hjoerring", show_default=True)
@click.option("--meeting", type=click.DateTime(["%Y-%m-%d"]), help="Taskforcemødets dato (en torsdag).")
@click.option("--as", "role", type=click.Choice(["sagsbehandler", "teamleder"]), required=True)
@click.option("--name", required=True, help="Hvem der godkender.")
@click.option("--agenda", type=click.Path(exists=True, dir_okay=False), help="Dagsordenfil med mødets sager.")
@click.option("--now", type=click.DateTime(["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]), default=None,
              help="Tidspunktet der regnes fra (standard: nu).")
@click.option("--dry-run", is_flag=True, help="Vis kun om sagen er klar; skriv ingen godkendelse.")
@click.option("--lang", type=click.Choice(["da", "en"]), default="da")
def signoff_cmd(case, profile, meeting, role, name, agenda, now, dry_run, lang):
    """Kontrollér at en sag er klar til taskforcen (Bilag 1 og HJ-02 … HJ-11), beregn fristen
    for mødet, og skriv godkendelsen ind i sagen, hvis den er klar. Exit 0 klar (og godkendt),
    1 ikke klar, 2 fejl."""
    t = T[lang]
    now = now or datetime.now().replace(second=0, microsecond=0)
    try:
        linter = Linter(profile)
        a = assess(linter, Path(case), meeting=meeting.date() if meeting else None, now=now,
                   agenda=_agenda(agenda), lang=lang)
    except (ProfileError, RegistryError, ValueError) as exc:
        click.echo(f"vumrules: {redact_text(str(exc))}", err=True)
        sys.exit(EXIT_ERROR)
    r = a.result
    names = r.personal_names

    def red(s: str) -> str:
        return redact_text(s, names=names)

    click.echo(f"{t['title']} {red(r.file)} (sag {red(r.case_id or '-')}, profil {r.profile}@{r.profile_version})")
    click.echo("")
    click.echo(t["check"])
    for line in a.checklist:
        mark = "✔" if line.ok else ("?" if line.ok is None else "✘")
        click.echo(f"  {mark} {line.label}")
        if line.ok is None:
            click.echo(f"      {t['unknown']}")
        for f in line.findings:
            click.echo(f"      {f.line}:{f.column} {f.code} {red(f.text(lang))}")
    click.echo("")
    click.echo(t["other"])
    listed = {id(f) for line in a.checklist for f in line.findings}
    others = [f for f in a.gate if id(f) not in listed]
    if not others:
        click.echo(f"  ✔ {t['none']}")
    for f in others:
        mark = "✘" if f.severity is Severity.ERROR else "!"
        click.echo(f"  {mark} {f.line}:{f.column} {f.code} [{f.severity.value}] {red(f.text(lang))} "
                   f"({', '.join(f.requirements)})")
    if a.deadline is not None or a.deadline_error:
        click.echo("")
        if a.deadline_error:
            click.echo(f"{t['deadline']}: {a.deadline_error}")
        else:
            rule_text = a.deadline.rule_en if lang == "en" else a.deadline.rule
            click.echo(f"{t['deadline']}: {a.deadline.deadline:%Y-%m-%d %H:%M} ({rule_text})")
            click.echo(f"  {a.deadline_status.text(lang)}")
    if a.agenda:
        click.echo("")
        click.echo(t["agenda"])
        for item in a.agenda:
            click.echo(f"  {'✘' if item.severity is Severity.ERROR else '!'} {item.text(lang)}")
    click.echo("")
    if not a.ready:
        click.echo(t["not_ready"])
        click.echo(t["not_signed"])
        sys.exit(EXIT_FINDINGS)
    click.echo(t["ready"])
    if dry_run:
        sys.exit(EXIT_OK)
    try:
        record = sign(Path(case), r.case, role=role, name=name, when=now, profile=r.profile,  # type: ignore[arg-type]
                      version=r.profile_version)
    except SignoffError as exc:
        click.echo(f"vumrules: {exc}", err=True)
        sys.exit(EXIT_FINDINGS)
    click.echo(f"{t['signed']}: {record['rolle']}, {record['tidspunkt']}, sha256 {record['indhold_sha256'][:12]}…")
    sys.exit(EXIT_OK)


commands = [signoff_cmd]
