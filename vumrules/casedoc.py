"""docs/case-format.md, generated from the case model so it cannot drift from it.

    python -m vumrules.casedoc     # rewrite docs/case-format.md
"""

from __future__ import annotations

import sys
import typing
from pathlib import Path

from pydantic import BaseModel

from .model import FORMAT_VERSION, Case

INTRO = f"""# The case format (format_version {FORMAT_VERSION})

A case document describes one citizen's case through the VUM phases. It is YAML or JSON; a file
holds one case, several (multi-document YAML with `---`, a JSON array, or JSON Lines with one case
per line). Field names are the domain's Danish words, ASCII-folded (æ→ae, ø→oe, å→aa), in
snake_case. Dates are `YYYY-MM-DD`; date-times `YYYY-MM-DDTHH:MM` (or with a space).

- Only `format_version` and `sag_id` are required. Everything else is optional so that a case is
  checked in whatever phase it is in: a missing part is a *finding* of the rule that needs it.
- Unknown fields are findings (SCH003), values of the wrong type are findings (SCH002); the rest of
  the case is still checked. `vumrules schema` prints the JSON Schema.
- YAML is read by YAML 1.2 rules: `12:00` is the text "12:00" and `no` is the text "no".
- `sag_id`, `organisation.team` and `organisation.sagsbehandler_id` identify cases, teams and
  caseworkers in reports; reports never show `borger.cpr` or names (FK-04).
- The profile version used for a case is chosen by its reference date: `sag.referencedato`, else
  `henvendelse.dato`, else `sag.oprettet`, else the earliest `haendelser` date, else the run date.

A minimal case:

```yaml
format_version: "1.0"
sag_id: HP-2025-0101
henvendelse:
  dato: 2025-02-03
  fra: [borger]
```

`examples/cases/sag-001.yaml` is a complete VUM 2.0 case; `sag-003.yaml` a VUM 1.0 case.

## Fields

Generated from `vumrules/model.py`.
"""


def _type_name(ann: typing.Any) -> str:
    origin = typing.get_origin(ann)
    args = typing.get_args(ann)
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        parts = [_type_name(a) for a in args if a is not type(None)]
        return " | ".join(parts)
    if origin is list:
        return f"list[{_type_name(args[0])}]"
    if origin is dict:
        return f"dict[{_type_name(args[0])}, {_type_name(args[1])}]"
    if origin is typing.Literal:
        return " / ".join(repr(a) for a in args)
    if isinstance(ann, type):
        return ann.__name__
    return str(ann)


def _models(model: type[BaseModel], seen: dict[str, type[BaseModel]]) -> None:
    if model.__name__ in seen:
        return
    seen[model.__name__] = model
    for f in model.model_fields.values():
        for inner in _inner(f.annotation):
            _models(inner, seen)


def _inner(ann: typing.Any) -> list[type[BaseModel]]:
    out = []
    if isinstance(ann, type) and issubclass(ann, BaseModel):
        out.append(ann)
    for a in typing.get_args(ann):
        out.extend(_inner(a))
    return out


def build() -> str:
    seen: dict[str, type[BaseModel]] = {}
    _models(Case, seen)
    lines = [INTRO]
    for name, model in seen.items():
        lines += [f"### {name}", ""]
        doc = (model.__doc__ or "").strip().split("\n\n")[0]
        if doc:
            lines += [" ".join(doc.split()), ""]
        lines += ["| field | type | required | description |", "|---|---|---|---|"]
        for fname, f in model.model_fields.items():
            desc = (f.description or "").replace("|", "\\|")
            lines.append(f"| `{fname}` | {_type_name(f.annotation).replace('|', 'or')} | "
                         f"{'yes' if f.is_required() else ''} | {desc} |")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def main() -> int:
    target = Path("docs/case-format.md")
    target.write_text(build(), encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
