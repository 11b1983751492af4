"""Reading case files into plain data while keeping where every field came from.

Two fast routes, one result shape (:class:`RawDocument`):

* **JSON** is parsed by orjson; a single regex pass over the text then records the line and
  column of every key and value (the *source map*) and notices duplicate keys, which orjson
  would silently drop.
* **YAML** is composed by libyaml (``CSafeLoader``: no Python objects, no code) into nodes
  with marks; our own small constructor turns nodes into data with YAML 1.2 scalar rules, so
  ``12:00`` stays the text "12:00" and ``no`` stays "no" (YAML 1.1 would give 720 and False).
  It reports duplicate keys, refuses tags that would build objects, and caps alias expansion
  (a "billion laughs" document stops at :data:`MAX_NODES`).

Problems are returned as :class:`LoadProblem` with a rule code (``SCH…``); the engine turns
them into findings using the rule's messages.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

import orjson
import yaml

from .findings import Path

try:  # libyaml is the fast route; the pure-Python loader gives identical nodes
    from yaml import CSafeLoader as _YamlLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _YamlLoader  # type: ignore[assignment]

#: Largest number of nodes one YAML document may expand to (aliases counted each time).
MAX_NODES = 200_000
#: Files larger than this are reported, not read.
MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class LoadProblem:
    """A problem found while reading or validating a document."""

    code: str
    path: Path = ()
    args: dict[str, Any] = field(default_factory=dict)
    line: int | None = None  # explicit position when there is no field to point at
    column: int | None = None


class SourceMap:
    """Where each field of one document is: field path → (line, column), 1-based.

    A path that does not exist resolves to its nearest existing parent. The positions may be
    given, or computed on first use by ``build`` (JSON: most documents in a sweep are located
    only if a finding needs it, so the scan is paid once, lazily, per document).
    """

    __slots__ = ("_pos", "_root", "_build")

    def __init__(self, positions: dict[Path, tuple[int, int]] | None, root: tuple[int, int],
                 build: "Callable[[], dict[Path, tuple[int, int]]] | None" = None):
        self._pos = positions
        self._root = root
        self._build = build

    def _positions(self) -> dict[Path, tuple[int, int]]:
        if self._pos is None:
            self._pos = self._build() if self._build else {}
            self._build = None
        return self._pos

    def locate(self, path: Path) -> tuple[int, int, Path]:
        """(line, column, path actually located) for ``path``."""
        positions = self._positions()
        p = tuple(path)
        while p:
            hit = positions.get(p)
            if hit is not None:
                return hit[0], hit[1], p
            p = p[:-1]
        return self._root[0], self._root[1], ()

    def __contains__(self, path: Path) -> bool:
        return tuple(path) in self._positions()


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One case document as plain data, with its source map and any load problems."""

    file: str
    index: int
    data: Any
    source_map: SourceMap
    problems: tuple[LoadProblem, ...] = ()
    text: str | None = None  # the document's own text (kept for tools that need comments)


# ---------------------------------------------------------------------------- JSON


# every token but ":" (a member's colon carries no position we need)
_JSON_TOKEN = re.compile(
    r'"[^"\\]*(?:\\.[^"\\]*)*"|[{}\[\],]|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null'
)


class _LineIndex:
    """Offsets → (line, column), 1-based, by bisecting the newline offsets."""

    __slots__ = ("_starts", "_line_offset")

    def __init__(self, text: str, line_offset: int = 0):
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self._line_offset = line_offset

    def __call__(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._starts, offset) - 1
        return i + 1 + self._line_offset, offset - self._starts[i] + 1


def json_source_map(
    text: str, line_offset: int = 0
) -> tuple[dict[Path, tuple[int, int]], list[tuple[Path, int, int, str]]]:
    """Positions of every key/value in a JSON text that is already known to be valid, and
    the duplicate keys found (path, line, column, key).

    A member is located at its key; an array item at its first character.
    """
    where = _LineIndex(text, line_offset)
    positions: dict[Path, tuple[int, int]] = {}
    duplicates: list[tuple[Path, int, int, str]] = []
    # stack entries: [container_path, kind, next_index_or_pending_key, seen_keys]
    stack: list[list[Any]] = []
    expect_key = False
    pending: Path | None = ()  # path of the next value (root first)
    for m in _JSON_TOKEN.finditer(text):
        tok = m.group()
        c = tok[0]
        if c == ",":
            top = stack[-1]
            if top[1] == "a":
                top[2] += 1
                pending = top[0] + (top[2],)
            else:
                expect_key = True
            continue
        if c in "}]":
            stack.pop()
            expect_key = False
            continue
        if expect_key:  # a member name
            key = tok[1:-1] if "\\" not in tok else orjson.loads(tok)
            top = stack[-1]
            path = top[0] + (key,)
            pos = where(m.start())
            if key in top[3]:
                duplicates.append((path, pos[0], pos[1], key))
            top[3].add(key)
            positions[path] = pos
            pending = path
            expect_key = False
            continue
        # a value
        path = pending if pending is not None else ()
        if path not in positions:
            positions[path] = where(m.start())
        if c == "{":
            stack.append([path, "o", 0, set()])
            expect_key = True
        elif c == "[":
            stack.append([path, "a", 0, None])
            pending = path + (0,)
            # an empty array's first index must not be recorded: handled by "]" popping
            continue
        pending = None
    # drop positions recorded for index 0 of empty arrays is unnecessary: they are only
    # recorded when a value token follows.
    return positions, duplicates


def _json_error_problem(exc: Exception, text: str, line_offset: int = 0) -> LoadProblem:
    # orjson's messages carry "line L column C (char N)" like the stdlib's
    msg = str(exc)
    m = re.search(r"line (\d+) column (\d+)", msg)
    line, col = (int(m.group(1)), int(m.group(2))) if m else (1, 1)
    reason = re.sub(r":\s*line \d+ column \d+ \(char \d+\)", "", msg).strip()
    return LoadProblem("SCH001", (), {"fejl": reason, "format": "JSON"}, line + line_offset, col)


_SPACED_COLON = re.compile(r'"\s+:')


def _count_keys(data: Any) -> int:
    if isinstance(data, dict):
        return len(data) + sum(_count_keys(v) for v in data.values())
    if isinstance(data, list):
        return sum(_count_keys(v) for v in data)
    return 0


def _json_documents(file: str, text: str, data: Any, line_offset: int = 0,
                    root: tuple[int, int] = (1, 1)) -> tuple[Callable[[], dict], tuple[LoadProblem, ...]]:
    """(lazy positions, duplicate-key problems) for a parsed JSON text.

    orjson keeps the last of two equal keys silently. Every key in the text ends in ``":``
    unless whitespace stands before its colon; so when no ``"`` is followed by whitespace and a
    colon, ``text.count('":')`` is at least the number of key tokens (a value may contain
    ``":`` too), and it equals the number of keys orjson kept only if there is no duplicate.
    Only otherwise is the text scanned at once (to find the duplicates, or to be sure);
    positions are computed when a finding needs one.
    """
    if not _SPACED_COLON.search(text) and text.count('":') == _count_keys(data):
        return (lambda: json_source_map(text, line_offset)[0]), ()
    positions, dups = json_source_map(text, line_offset)
    problems = tuple(LoadProblem("SCH005", p, {"noegle": k}, line, col) for p, line, col, k in dups)
    return (lambda: positions), problems


def read_json(file: str, text: str) -> Iterator[RawDocument]:
    """A JSON file holds one case (an object) or several (an array of objects)."""
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        yield RawDocument(file, 0, None, SourceMap({}, (1, 1)), (_json_error_problem(exc, text),))
        return
    build, problems = _json_documents(file, text, data)
    if isinstance(data, list):
        whole = SourceMap(None, (1, 1), build)  # scanned once for all items, if at all
        for i, item in enumerate(data):
            probs = tuple(
                LoadProblem(pr.code, pr.path[1:], pr.args, pr.line, pr.column)
                for pr in problems
                if pr.path and pr.path[0] == i
            )
            yield RawDocument(file, i, item, _ItemMap(whole, i), probs)
    else:
        yield RawDocument(file, 0, data, SourceMap(None, (1, 1), build), problems)


class _ItemMap(SourceMap):
    """The source map of one item of a JSON array: the array's map, below index ``i``."""

    __slots__ = ("_whole", "_index")

    def __init__(self, whole: SourceMap, index: int):
        super().__init__(None, (1, 1), None)
        self._whole, self._index = whole, index

    def _positions(self) -> dict[Path, tuple[int, int]]:
        if self._pos is None:
            whole = self._whole._positions()
            self._pos = {p[1:]: v for p, v in whole.items() if p and p[0] == self._index}
            self._root = whole.get((self._index,), (1, 1))
        return self._pos


def read_json_lines(file: str, text: str) -> Iterator[RawDocument]:
    """JSON Lines: one case per non-empty line."""
    index = 0
    for lineno, line in enumerate(text.split("\n")):
        if not line.strip():
            continue
        try:
            data = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            yield RawDocument(
                file, index, None, SourceMap({}, (lineno + 1, 1)),
                (_json_error_problem(exc, line, lineno),),
            )
        else:
            build, problems = _json_documents(file, line, data, lineno)
            yield RawDocument(file, index, data, SourceMap(None, (lineno + 1, 1), build), problems)
        index += 1


# ---------------------------------------------------------------------------- YAML

_YAML12_INT = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
_YAML12_FLOAT = re.compile(
    r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
)
_STD_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:binary",
    "tag:yaml.org,2002:set",
    "tag:yaml.org,2002:omap",
    "tag:yaml.org,2002:pairs",
    "tag:yaml.org,2002:merge",
    "tag:yaml.org,2002:value",
}


def yaml12_scalar(value: str) -> Any:
    """Resolve a plain YAML scalar by the YAML 1.2 core schema (not 1.1)."""
    if value in ("", "~", "null", "Null", "NULL"):
        return None
    if value in ("true", "True", "TRUE"):
        return True
    if value in ("false", "False", "FALSE"):
        return False
    if _YAML12_INT.fullmatch(value):
        return int(value, 0) if value[:2] in ("0o", "0x") else int(value)
    if _YAML12_FLOAT.fullmatch(value):
        low = value.lower()
        if low.endswith("inf"):
            return float("-inf") if low.startswith("-") else float("inf")
        if low.endswith("nan"):
            return float("nan")
        return float(value)
    return value


class _Budget(Exception):
    pass


class _YamlBuilder:
    """Turns a composed node tree into data plus a source map."""

    def __init__(self) -> None:
        self.positions: dict[Path, tuple[int, int]] = {}
        self.problems: list[LoadProblem] = []
        self.nodes = 0

    def build(self, node: yaml.Node, path: Path) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _Budget
        if path not in self.positions:
            self.positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        tag = node.tag
        if tag and tag.startswith("!") or tag not in _STD_TAGS and tag is not None:
            self.problems.append(
                LoadProblem("SCH006", path, {"aarsag": f"ukendt YAML-tag {tag}"},
                            node.start_mark.line + 1, node.start_mark.column + 1)
            )
            return None
        if isinstance(node, yaml.ScalarNode):
            if not node.style:  # plain scalar (libyaml says "", PyYAML None): YAML 1.2 rules
                return yaml12_scalar(node.value)
            return node.value
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, path + (i,)) for i, item in enumerate(node.value)]
        # mapping
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.problems.append(
                    LoadProblem("SCH006", path, {"aarsag": "en nøgle skal være en simpel tekst"},
                                key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                )
                continue
            key = key_node.value
            if not key_node.style:
                resolved = yaml12_scalar(key)
                key = resolved if isinstance(resolved, (str, int)) else key
            child = path + (key,)
            pos = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if key in out:
                self.problems.append(LoadProblem("SCH005", child, {"noegle": str(key)}, *pos))
            self.positions[child] = pos
            out[key] = self.build(value_node, child)
        return out


def _yaml_error_problem(exc: yaml.YAMLError, line_offset: int = 0) -> LoadProblem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return LoadProblem("SCH001", (), {"fejl": str(reason), "format": "YAML"}, line, col)


def _compose_all(text: str) -> Iterator[yaml.Node | None]:
    loader = _YamlLoader(text)
    try:
        while loader.check_node():
            yield loader.get_node()
    finally:
        loader.dispose()


def read_yaml(file: str, text: str) -> Iterator[RawDocument]:
    """One or more YAML documents (``---`` separated), each a case."""
    index = 0
    nodes = _compose_all(text)
    while True:
        try:
            node = next(nodes)
        except StopIteration:
            return
        except yaml.YAMLError as exc:
            # libyaml cannot continue after a syntax error: the rest of the file is lost,
            # which the finding says
            yield RawDocument(file, index, None, SourceMap({}, (1, 1)), (_yaml_error_problem(exc),))
            return
        if node is None:
            continue
        builder = _YamlBuilder()
        root = (node.start_mark.line + 1, node.start_mark.column + 1)
        try:
            data = builder.build(node, ())
        except _Budget:
            yield RawDocument(
                file, index, None, SourceMap({}, root),
                (LoadProblem("SCH006", (), {"aarsag": f"dokumentet udfolder sig til mere end "
                             f"{MAX_NODES} elementer (YAML-aliaser?)"}, *root),),
            )
        else:
            yield RawDocument(
                file, index, data, SourceMap(builder.positions, root), tuple(builder.problems)
            )
        index += 1


def load_yaml_text(text: str, file: str = "<tekst>") -> tuple[Any, SourceMap, tuple[LoadProblem, ...]]:
    """Read a single YAML document safely (profiles and config use this too)."""
    docs = list(read_yaml(file, text))
    if not docs:
        return None, SourceMap({}, (1, 1)), ()
    first = docs[0]
    return first.data, first.source_map, first.problems
