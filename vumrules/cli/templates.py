"""`vumrules templates`: check letter and decision templates (Word, Markdown, text) in CI."""

from __future__ import annotations

import click

from ..templates import check_template_paths
from ._other_documents import run_and_report


@click.command("templates")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--profile", "-p", default=None, help="Profilnavn eller sti (standard: fra vumrules.yaml, ellers vum2).")
@click.option("--format", "fmt", default="text", show_default=True, help="Outputformat (text, json, sarif, ...).")
@click.option("--fail-level", type=click.Choice(["error", "warning", "info", "none"]), default=None,
              help="Standard: fra vumrules.yaml, ellers error.")
@click.option("--lang", type=click.Choice(["da", "en"]), default=None, help="Standard: fra vumrules.yaml, ellers da.")
def templates_cmd(paths, profile, fmt, fail_level, lang):
    """Kontrollér brev- og afgørelsesskabeloner (.docx, .md, .txt) mod profilens TPL-regler.

    En skabelon erklærer sin type i front matter, i Word-dokumentets nøgleord
    ('vumrules: type=afgoerelse; afgoerelsestype=afslag; paragraf=SEL § 41') eller i filnavnet
    (afgoerelse_afslag_sel-41.docx). Profil, sprog og fejlniveau kan stå i vumrules.yaml.
    Se docs/templates.md.
    """
    run_and_report(lambda linter, resolved, today: check_template_paths(paths, linter.registry, resolved, today),
                   paths, profile=profile, fmt=fmt, lang=lang, fail_level=fail_level, unit="templates")


commands = [templates_cmd]
