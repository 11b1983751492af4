"""Derive ``ffb.json`` from KL's FFB FHIR CodeSystem.

KL publishes Fælles Faglige Begreber (FFB), the terminology behind VUM 2.0, as a FHIR
CodeSystem (``urn:oid:1.2.208.176.2.22``). The full resource is about 100 kB, mostly long
Danish definitions that no rule needs. This script flattens the concept tree into a small
table the package ships: per concept its code, display, parent code and the path of displays
from the top-level branch down to the concept itself. Definitions are left out on purpose (the
CodeSystem is the place to read them); everything else is copied unchanged.

The output is deterministic (concepts in the CodeSystem's own depth-first order, one per line),
so a rerun on the same CodeSystem gives a byte-identical file and a new KL release shows up as a
readable diff. ``tests/test_vocabulary.py`` rebuilds the file and compares.

Usage (from the repository root)::

    python -m vumrules.vocabulary.build_ffb                   # rewrite the packaged ffb.json
    python -m vumrules.vocabulary.build_ffb --source CS.json  # from another copy of the source
    python -m vumrules.vocabulary.build_ffb --check           # exit 1 if ffb.json is stale
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

#: Where the project keeps the unchanged copy of KL's CodeSystem (see its README): in
#: ``shared/`` beside the repository checkout.
DEFAULT_SOURCE = Path(__file__).resolve().parents[2].parent / "shared" / "reference" / "ffb" / "CodeSystem-FFB.json"
#: The packaged, derived table.
DEFAULT_OUTPUT = Path(__file__).with_name("ffb.json")

# The CodeSystem resource has no ``publisher`` element; the reference README names KL, and the
# header of ffb.json must say where the data comes from.
_DEFAULT_PUBLISHER = "KL"


def _dumps(obj: Any) -> str:
    # ensure_ascii=False keeps the Danish letters readable in the shipped file.
    return json.dumps(obj, ensure_ascii=False)


def _walk(
    concepts: Sequence[Mapping[str, Any]],
    parent: str | None,
    path: tuple[str, ...],
) -> Iterator[dict[str, Any]]:
    for concept in concepts:
        code = concept["code"]
        display = concept["display"]
        here = (*path, display)
        yield {"code": code, "display": display, "parent": parent, "path": list(here)}
        yield from _walk(concept.get("concept", ()), code, here)


def flatten(codesystem: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The concepts of ``codesystem`` as flat rows, parents before children."""
    if codesystem.get("resourceType") != "CodeSystem":
        raise ValueError("not a FHIR CodeSystem resource")
    rows = list(_walk(codesystem.get("concept", ()), None, ()))
    seen: set[str] = set()
    for row in rows:
        # Codes are the keys of ffb.json; a duplicate would silently shadow a concept.
        if row["code"] in seen:
            raise ValueError(f"duplicate code in CodeSystem: {row['code']}")
        seen.add(row["code"])
    return rows


def build(codesystem: Mapping[str, Any]) -> str:
    """The text of ffb.json for ``codesystem``."""
    header = {
        "note": (
            "Derived from KL's FFB CodeSystem by vumrules/vocabulary/build_ffb.py; "
            "do not edit by hand. Definitions are omitted: read them in the CodeSystem."
        ),
        "publisher": codesystem.get("publisher", _DEFAULT_PUBLISHER),
        "system": codesystem.get("url"),
        "version": codesystem.get("version"),
        "name": codesystem.get("name"),
        "content": codesystem.get("content"),
    }
    lines = ["{"]
    lines += [f" {_dumps(key)}: {_dumps(value)}," for key, value in header.items()]
    lines.append(' "concepts": [')
    rows = flatten(codesystem)
    lines += [f"  {_dumps(row)}{',' if i < len(rows) - 1 else ''}" for i, row in enumerate(rows)]
    lines += [" ]", "}"]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="CodeSystem-FFB.json")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="ffb.json to write")
    parser.add_argument(
        "--check", action="store_true", help="do not write; exit 1 if the output differs"
    )
    args = parser.parse_args(argv)

    text = build(json.loads(args.source.read_text(encoding="utf-8")))
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else None
        if current != text:
            print(f"{args.output} is out of date with {args.source}", file=sys.stderr)
            return 1
        return 0
    # newline="\n": the same bytes on every platform, so the regeneration test is exact.
    args.output.write_text(text, encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
