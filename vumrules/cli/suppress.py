"""`vumrules suppress`: write a suppression with its reason into a YAML case file.

The file is edited with ruamel.yaml's round-trip mode, so comments, key order, quoting and
the layout of the rest of the file stay as they were; the new entry is appended to
``undertrykkelser`` (created at the end of the case if missing)::

    vumrules suppress --code VUM008 --field /udredning/temaer/2 \\
        --reason "Temaet er beskrevet i lægeerklæringen" --by SB-117 sag-004.yaml
"""

from __future__ import annotations

import getpass
import io
import re
import sys
from datetime import date
from pathlib import Path

import click

from ..i18n import t
from ..redact import redact_text
from ..report import redact_output
from ..registry import Registry
from . import EXIT_OK
from .check import fail

_INDENT_RE = re.compile(r"^( *)(- |[^\s#-][^:#]*:\s*$)")


def detect_indent(text: str) -> tuple[int, int, int]:
    """(mapping, sequence, offset) indentation as the file writes block sequences:
    ``key:\\n  - x`` (offset 2) or ``key:\\n- x`` (offset 0)."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    mapping = 2
    for prev, cur in zip(lines, lines[1:]):
        if prev.rstrip().endswith(":") and not prev.lstrip().startswith("- "):
            p = len(prev) - len(prev.lstrip())
            c = len(cur) - len(cur.lstrip())
            if cur.lstrip().startswith("- "):
                offset = max(0, c - p)
                return mapping, offset + 2, offset
            if c > p:
                mapping = c - p
    return mapping, mapping + 2, mapping


def names_in(text: str) -> tuple[str, ...]:
    """The people's names in a YAML case (for redacting the file name in messages)."""
    from ..sources import load_yaml_text

    data, _, _ = load_yaml_text(text)
    borger = data.get("borger") if isinstance(data, dict) else None
    if not isinstance(borger, dict):
        return ()
    people = [borger] + [borger.get(k) for k in ("vaerge", "partsrepraesentant")]
    people += list(borger.get("paaroerende") or []) if isinstance(borger.get("paaroerende"), list) else []
    return tuple(p["navn"] for p in people if isinstance(p, dict) and isinstance(p.get("navn"), str))


def add_suppression(text: str, codes: list[str], reason: str, by: str, field: str | None,
                    when: date) -> str:
    """``text`` (a YAML case) with one more entry in ``undertrykkelser``."""
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    m, s, o = detect_indent(text)
    yaml.indent(mapping=m, sequence=s, offset=o)
    docs = list(yaml.load_all(text))
    if len(docs) != 1 or not isinstance(docs[0], dict):
        raise ValueError("filen skal indeholde præcis én sag (et YAML-objekt)")
    data = docs[0]
    entry = CommentedMap()
    koder = CommentedSeq(codes)
    koder.fa.set_flow_style()
    entry["koder"] = koder
    if field:
        entry["felt"] = field
    entry["begrundelse"] = reason
    entry["af"] = by
    entry["dato"] = when
    existing = data.get("undertrykkelser")
    if existing is None or (isinstance(existing, list) and not existing):  # absent or `[]`
        data["undertrykkelser"] = CommentedSeq([entry])
    elif isinstance(existing, list):
        existing.append(entry)
    else:
        raise ValueError("'undertrykkelser' skal være en liste")
    buf = io.StringIO()
    yaml.dump(data, buf)
    out = buf.getvalue()
    if text.startswith("---") and not out.startswith("---"):
        out = "---\n" + out
    return out


@click.command("suppress")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--code", "codes", multiple=True, required=True, help="Regelkode eller præfiks (kan gentages).")
@click.option("--reason", required=True, help="Begrundelse (påkrævet; skrives i sagen).")
@click.option("--field", "field", default=None, help="JSON-pointer til feltet, fx /udredning/temaer/2.")
@click.option("--by", default=None, help="Hvem der undertrykker (medarbejder-id); standard: brugernavnet.")
@click.option("--date", "when", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Dato (standard: i dag).")
@click.option("--lang", type=click.Choice(["da", "en"]), default="da")
def suppress_cmd(file, codes, reason, field, by, when, lang):
    """Skriv en begrundet undertrykkelse i en YAML-sag (kommentarer og layout bevares)."""
    shown = redact_text(file)
    if not reason.strip():
        fail(t(lang, "cli.suppress_no_reason"))
    path = Path(file)
    if path.suffix.lower() not in (".yaml", ".yml"):
        fail(t(lang, "cli.suppress_not_yaml", file=shown))
    registry = Registry.create()
    wanted = [c.strip().upper() for c in codes if c.strip()]
    for c in wanted:
        if not registry.rules_matching(c):
            fail(t(lang, "cli.unknown_rule", code=c))
    if field is not None and field and not field.startswith("/"):
        field = "/" + field
    try:
        text = path.read_text(encoding="utf-8")
        new = add_suppression(text, wanted, reason.strip(), (by or getpass.getuser()).strip(), field,
                              when.date() if when else date.today())
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        # the parser's message may quote the file's content: never print it (FK-04)
        error = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        if isinstance(exc, ValueError) and not type(exc).__module__.startswith("ruamel"):
            error = str(exc)
        fail(t(lang, "cli.suppress_bad_file", file=shown, error=error))
    except Exception as exc:  # ruamel's parser errors
        fail(t(lang, "cli.suppress_bad_file", file=shown, error=type(exc).__name__))
    path.write_text(new, encoding="utf-8")
    try:
        shown = redact_output(file, names_in(new))
    except Exception:  # the names only make the message safer; the file is written
        pass
    click.echo(t(lang, "cli.suppress_written", codes=", ".join(wanted), file=shown), err=True)
    sys.exit(EXIT_OK)


commands = [suppress_cmd]
