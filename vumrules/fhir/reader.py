"""The FHIR input loader: ``*.fhir.json`` files holding one FFB delivery report each.

A file is read with the same JSON route as ordinary case files (orjson plus
:func:`vumrules.sources.json_source_map`, which also reports duplicate keys), then mapped to a
case by :func:`vumrules.fhir.mapping.map_bundle`. A JSON array of bundles is read as several
documents, like a JSON file of cases.

Only the extension ``.fhir.json`` (and the format name ``fhir`` for ``check_text``) select
this loader: a plain ``.json`` file is still an ordinary case file, whatever it holds.
"""

from __future__ import annotations

from typing import Any, Iterator

import orjson

from ..loader import FunctionLoader
from ..sources import LoadProblem, RawDocument, SourceMap, _json_error_problem, json_source_map
from .mapping import map_bundle

FORMAT = "fhir"
EXTENSIONS = (".fhir.json",)


def _not_a_bundle(file: str, index: int, root: tuple[int, int], what: str) -> RawDocument:
    return RawDocument(file, index, None, SourceMap({}, root), (LoadProblem(
        "SCH001", (), {"fejl": f"dokumentet er ikke et FHIR Bundle ({what})", "format": "FHIR"},
        root[0], root[1]),))


def _document(file: str, index: int, data: Any, positions: dict, root: tuple[int, int],
              problems: tuple[LoadProblem, ...]) -> RawDocument:
    if not isinstance(data, dict):
        return _not_a_bundle(file, index, root, "ikke et JSON-objekt")
    kind = data.get("resourceType")
    if kind != "Bundle":
        return _not_a_bundle(file, index, root, f"resourceType er {kind!r}" if kind else "resourceType mangler")
    case, located = map_bundle(data, positions, f"{file}#{index + 1}")
    # duplicate keys were found in the bundle: they live under fhir.bundle in the case
    moved = tuple(LoadProblem(p.code, ("fhir", "bundle", *p.path), p.args, p.line, p.column)
                  for p in problems)
    return RawDocument(file, index, case, SourceMap(located, root), moved)


def read_fhir(file: str, text: str) -> Iterator[RawDocument]:
    """FHIR R4 JSON: one Bundle (or a JSON array of Bundles) → case documents."""
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        problem = _json_error_problem(exc, text)
        yield RawDocument(file, 0, None, SourceMap({}, (1, 1)),
                          (LoadProblem("SCH001", (), {**problem.args, "format": "FHIR JSON"},
                                       problem.line, problem.column),))
        return
    positions, dups = json_source_map(text)
    problems = [LoadProblem("SCH005", p, {"noegle": k}, line, col) for p, line, col, k in dups]
    if isinstance(data, list):
        for i, item in enumerate(data):
            sub = {p[1:]: v for p, v in positions.items() if p and p[0] == i}
            probs = tuple(LoadProblem(pr.code, pr.path[1:], pr.args, pr.line, pr.column)
                          for pr in problems if pr.path and pr.path[0] == i)
            yield _document(file, i, item, sub, positions.get((i,), (1, 1)), probs)
    else:
        yield _document(file, 0, data, positions, (1, 1), tuple(problems))


FHIR_LOADER = FunctionLoader(FORMAT, EXTENSIONS, read_fhir,
                             "FHIR R4 JSON: KL's FFB-leverancerapport (Bundle), én borger pr. bundle")
