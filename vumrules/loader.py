"""Load: files, text or dicts → typed cases, with located load problems.

``iter_documents`` walks paths and yields :class:`~vumrules.sources.RawDocument` objects
through the input loaders registered by plugins (YAML, JSON, JSON Lines built in).
``build_case`` validates one document against the pydantic model; every validation error
becomes a located ``SCH`` problem, the offending value is pruned and validation runs again,
so the rest of the case is still checked.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path as FsPath
from typing import Any, Callable, Iterable, Iterator, Protocol, Sequence

from pydantic import ValidationError

from .findings import Path
from .model import FORMAT_VERSION, SUPPORTED_FORMAT_VERSIONS, Case
from .sources import (
    MAX_FILE_BYTES,
    LoadProblem,
    RawDocument,
    SourceMap,
    read_json,
    read_json_lines,
    read_yaml,
)


class InputLoader(Protocol):
    """An input format. Plugins add their own through the ``vumrules_loaders`` hook."""

    name: str
    extensions: tuple[str, ...]  # lower-case, with the dot: (".yaml", ".yml")

    def read(self, file: str, text: str) -> Iterable[RawDocument]: ...


@dataclass(frozen=True)
class FunctionLoader:
    """An :class:`InputLoader` made from a function ``(file, text) -> documents``."""

    name: str
    extensions: tuple[str, ...]
    reader: Callable[[str, str], Iterable[RawDocument]]
    description: str = ""

    def read(self, file: str, text: str) -> Iterable[RawDocument]:
        return self.reader(file, text)


BUILTIN_LOADERS: tuple[FunctionLoader, ...] = (
    FunctionLoader("yaml", (".yaml", ".yml"), read_yaml, "YAML, et eller flere dokumenter pr. fil"),
    FunctionLoader("json", (".json",), read_json, "JSON: et objekt eller en liste af objekter"),
    FunctionLoader("jsonl", (".jsonl", ".ndjson"), read_json_lines, "JSON Lines: én sag pr. linje"),
)


def _problem_doc(file: str, problem: LoadProblem) -> RawDocument:
    return RawDocument(file, 0, None, SourceMap({}, (problem.line or 1, problem.column or 1)), (problem,))


def decode(file: str, raw: bytes) -> str | RawDocument:
    """Bytes → text, or a document carrying the problem (encoding, emptiness)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        return _problem_doc(
            file,
            LoadProblem("SCH001", (), {"fejl": f"filen er ikke UTF-8 (byte 0x{raw[exc.start]:02x})",
                                       "format": "tekst"}, line, col),
        )
    if not text.strip():
        return _problem_doc(file, LoadProblem("SCH001", (), {"fejl": "filen er tom", "format": "tekst"}, 1, 1))
    return text


def read_file(file: str, path: FsPath, loader: InputLoader) -> Iterator[RawDocument]:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            yield _problem_doc(file, LoadProblem(
                "SCH001", (), {"fejl": f"filen er større end {MAX_FILE_BYTES // (1024 * 1024)} MB "
                               "(store eksporter: brug vumrules sweep, der læser dem i bidder)",
                               "format": loader.name}, 1, 1))
            return
        raw = path.read_bytes()
    except OSError as exc:
        yield _problem_doc(file, LoadProblem("SCH001", (), {"fejl": exc.strerror or str(exc), "format": loader.name}, 0, 0))
        return
    text = decode(file, raw)
    if isinstance(text, RawDocument):
        yield text
        return
    try:
        yield from loader.read(file, text)
    except Exception as exc:  # a loader plugin's bug must not stop a sweep
        yield _problem_doc(file, LoadProblem(
            "SCH001", (), {"fejl": f"indlæseren '{loader.name}' fejlede: {type(exc).__name__}",
                           "format": loader.name}, 1, 1))


def _display(path: FsPath) -> str:
    return path.as_posix()


#: files that live beside cases but are not cases (vumrules' own configuration)
NOT_CASES = frozenset({"vumrules.yaml", "vumrules.yml"})


def iter_files(paths: Sequence[str | os.PathLike[str]], extensions: Iterable[str]) -> Iterator[tuple[str, FsPath]]:
    """Files to check, in a deterministic order. Directories are walked (hidden entries and
    vumrules.yaml skipped) for files with a known extension; a file named explicitly is always
    included."""
    exts = tuple(extensions)
    for p in paths:
        path = FsPath(p)
        if path.is_dir():
            found = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in files:
                    if not f.startswith(".") and f.lower().endswith(exts) and f not in NOT_CASES:
                        found.append(FsPath(root) / f)
            for f in sorted(found, key=lambda x: x.as_posix()):
                yield _display(f), f
        else:
            yield _display(path), path


def iter_documents(
    paths: Sequence[str | os.PathLike[str]], loaders: Sequence[InputLoader] = BUILTIN_LOADERS
) -> Iterator[RawDocument]:
    """Every document in ``paths``; unreadable files yield a document with its problem."""
    by_ext: dict[str, InputLoader] = {}
    for ld in loaders:
        for ext in ld.extensions:
            by_ext.setdefault(ext.lower(), ld)
    for display, path in iter_files(paths, by_ext):
        if not path.exists():
            yield _problem_doc(display, LoadProblem("SCH001", (), {"fejl": "filen findes ikke", "format": "-"}, 0, 0))
            continue
        # the longest matching extension wins, so ".fhir.json" goes to its own loader, not ".json"
        loader = next((ld for ext, ld in sorted(by_ext.items(), key=lambda e: -len(e[0]))
                       if path.name.lower().endswith(ext)), None)
        if loader is None:
            yield _problem_doc(display, LoadProblem(
                "SCH001", (), {"fejl": f"ukendt filtype '{path.suffix}'", "format": "-"}, 0, 0))
            continue
        yield from read_file(display, path, loader)


def documents_from_text(text: str, *, format: str = "yaml", file: str = "<tekst>",
                        loaders: Sequence[InputLoader] = BUILTIN_LOADERS) -> list[RawDocument]:
    """Documents from a string (``format`` is a loader name: yaml, json, jsonl...)."""
    loader = next((ld for ld in loaders if ld.name == format), None)
    if loader is None:
        raise ValueError(f"ukendt format {format!r}")
    return list(loader.read(file, text))


def document_from_dict(data: dict[str, Any], file: str = "<dict>") -> RawDocument:
    """A document from data already in memory (no source positions: findings get line 0)."""
    return RawDocument(file, 0, data, SourceMap({}, (0, 0)))


# ---------------------------------------------------------------------------- validation

_EXPECTED = {
    "int": "et heltal",
    "float": "et tal",
    "bool": "ja/nej (true/false)",
    "date": "en dato (ÅÅÅÅ-MM-DD)",
    "datetime": "dato og tid (ÅÅÅÅ-MM-DDTTT:MM)",
    "string": "en tekst",
    "list": "en liste",
    "dict": "et objekt med felter",
    "model": "et objekt med felter",
}
_EXPECTED_EN = {
    "int": "a whole number",
    "float": "a number",
    "bool": "yes/no (true/false)",
    "date": "a date (YYYY-MM-DD)",
    "datetime": "a date and time (YYYY-MM-DDTHH:MM)",
    "string": "a text",
    "list": "a list",
    "dict": "an object with fields",
    "model": "an object with fields",
}


def _expected(err: dict[str, Any]) -> tuple[str, str]:
    etype: str = err["type"]
    if etype in ("literal_error", "enum"):
        exp = str(err.get("ctx", {}).get("expected", ""))
        return f"en af {exp}", f"one of {exp}"
    for key in _EXPECTED:
        if etype.startswith(key):
            return _EXPECTED[key], _EXPECTED_EN[key]
    return "en gyldig værdi", "a valid value"


def _clean_loc(loc: tuple[Any, ...], data: Any) -> Path:
    """The field path of a pydantic error location. pydantic puts union-member tags ('date',
    'function-after[...]') into ``loc``; they are recognised by walking the document's own
    data alongside, so a real key that happens to look like a tag is kept."""
    out: list[str | int] = []
    current = data
    for part in loc:
        if isinstance(current, dict) and part in current:
            out.append(part)
            current = current[part]
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            out.append(part)
            current = current[part]
        elif isinstance(current, dict) and isinstance(part, str) and not out[-1:] == [part]:
            # a missing required key: part of the path (the engine locates its parent)
            if "[" not in part and part not in _UNION_TAGS:
                out.append(part)
                current = None
        # else: a union-member tag, or a position below a scalar: not part of the path
    return tuple(out)


_UNION_TAGS = frozenset({"date", "datetime", "str", "int", "float", "bool", "list", "dict", "none"})


def _parent(data: Any, path: Path) -> Any:
    """The container holding the value at ``path`` (None if the path does not lead there)."""
    parent = data
    for part in path[:-1]:
        try:
            parent = parent[part]
        except (KeyError, IndexError, TypeError):
            return None
    return parent


def _prune(data: Any, path: Path) -> bool:
    """Remove the field at ``path`` so validation can continue; False if impossible. (List
    items are removed by :meth:`BuiltCase._remove_item`, which keeps their locations.)"""
    parent = _parent(data, path) if path else None
    if isinstance(parent, dict) and path[-1] in parent:
        del parent[path[-1]]
        return True
    return False


def _copy(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _copy(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_copy(v) for v in data]
    return data


@dataclass
class BuiltCase:
    case: Case | None
    problems: list[LoadProblem] = field(default_factory=list)
    pruned: list[Path] = field(default_factory=list)
    #: list items removed while validating: list path → original index of each remaining item
    index_map: dict[Path, list[int]] = field(default_factory=dict)

    def original_path(self, path: Path) -> Path:
        """A path in the validated case → the same field in the document as written (list
        items after a removed one moved up by one)."""
        if not self.index_map:
            return tuple(path)
        pruned: Path = ()
        out: list[str | int] = []
        for part in path:
            mapping = self.index_map.get(pruned)
            if isinstance(part, int) and mapping is not None and 0 <= part < len(mapping):
                out.append(mapping[part])
            else:
                out.append(part)
            pruned += (part,)
        return tuple(out)

    def _remove_item(self, data: Any, path: Path) -> bool:
        """Remove a list item that cannot be valid (a required field missing)."""
        parent = _parent(data, path)
        index = path[-1]
        if not isinstance(parent, list) or not isinstance(index, int) or not 0 <= index < len(parent):
            return False
        mapping = self.index_map.setdefault(tuple(path[:-1]), list(range(len(parent))))
        del parent[index]
        del mapping[index]
        return True


def build_case(doc: RawDocument, max_rounds: int = 50) -> BuiltCase:
    """Validate a document into a :class:`Case`, turning every error into a problem."""
    out = BuiltCase(None, list(doc.problems))
    if doc.data is None:
        if not doc.problems:
            out.problems.append(LoadProblem("SCH001", (), {"fejl": "dokumentet er tomt", "format": "-"}))
        return out
    if not isinstance(doc.data, dict):
        out.problems.append(LoadProblem("SCH002", (), {"forventet": "et objekt med felter (en sag)",
                                                        "forventet_en": "an object with fields (a case)"}))
        return out
    data = doc.data
    copied = False
    for _ in range(max_rounds):
        try:
            out.case = Case.model_validate(data)
            break
        except ValidationError as exc:
            if not copied:  # the document's data is shared: never change it in place
                data, copied = _copy(data), True
            progressed = False
            for err in exc.errors(include_url=False, include_input=False):
                path = _clean_loc(err["loc"], data)
                where = out.original_path(path)  # problems are located in the file as written
                etype = err["type"]
                if etype == "extra_forbidden":
                    out.problems.append(LoadProblem("SCH003", where, {"felt": str(path[-1]) if path else "?"}))
                elif etype == "missing":
                    out.problems.append(LoadProblem("SCH004", where, {"felt": str(path[-1]) if path else "?"}))
                    if len(path) == 1 and path[0] in ("sag_id", "format_version"):
                        data[path[0]] = (
                            FORMAT_VERSION if path[0] == "format_version" else f"{doc.file}#{doc.index + 1}"
                        )
                        progressed = True
                        continue
                    # an item without a required field cannot be checked: it is removed (the
                    # items after it keep their locations through index_map)
                    if len(path) >= 2 and isinstance(path[-2], int) and out._remove_item(data, path[:-1]):
                        progressed = True
                        continue
                    path = path[:-1]
                    where = out.original_path(path)
                else:
                    da, en = _expected(err)
                    out.problems.append(LoadProblem("SCH002", where, {"forventet": da, "forventet_en": en}))
                    if path and isinstance(path[-1], int) and out._remove_item(data, path):
                        progressed = True  # a list item of the wrong kind is removed whole
                        continue
                if _prune(data, path):
                    out.pruned.append(where)
                    progressed = True
            if not progressed:
                break
    if out.case is not None and str(out.case.format_version) not in SUPPORTED_FORMAT_VERSIONS:
        out.problems.append(LoadProblem("SCH007", ("format_version",),
                                        {"version": str(out.case.format_version), "understoettede": ", ".join(SUPPORTED_FORMAT_VERSIONS)}))
    return out
