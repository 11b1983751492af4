"""Declarative rules: rules written as data in a profile, with conditions in CEL.

A profile's ``regler`` become real :class:`~vumrules.rule.Rule` objects (code, requirement
IDs, severity, messages da/en, what/why, examples), so they are listed by ``vumrules rules``,
documented by ``vumrules rule CODE`` and reported like any Python rule. Conditions are
`CEL <https://cel.dev>`_ expressions (the language Kubernetes uses for validation rules in
YAML), evaluated by the ``common-expression-language`` package: an expression can read the
case and call a fixed set of pure functions; it cannot run code, import or touch files.

The shape follows Spectral's ``given``/``then``::

    vaerdier:                                   # named derived values, any order
      er_botilbudssag: 'indstilling != null && normaliser(indstilling.tilbudstype) == "botilbud"'
    regler:
      - kode: DEM001
        navn: for-faa-alternativer
        krav: [RK15-13]
        alvor: error
        besked: {da: "... {antal} ...", en: "... {antal} ..."}
        hvad: {da: ..., en: ...}
        hvorfor: {da: ..., en: ...}
        kilde: "001 §4.3.2"
        naar: vaerdier.er_botilbudssag          # precondition: else "not applicable"
        for_hver: /indstilling/alternativer/*   # given: pointer(s), * = every list item
        hvor: punkt.takst != null               # optional filter per item
        skal: size(indstilling.alternativer) >= 2   # then: must hold, else a finding
        felt: /indstilling/alternativer         # where the finding points (default: the item)
        argumenter: {antal: size(indstilling.alternativer)}
        eksempler: {fejl: "...# expect: DEM001...", ok: "..."}

Work per run: every expression is compiled once per profile version (when the engine first
needs that version); a case is turned into CEL data once, lazily, by the first declarative
rule that runs on it, and the derived values are computed once per case in dependency order
(a cycle is a profile error). Load-time errors (YAML shape, CEL syntax, unknown variables,
functions or case fields, cycles) raise :class:`~vumrules.profiles.ProfileError` with the
profile file's line and the expression's column. A run-time error on one case (a null
dereferenced, a type mismatch) becomes finding ``SCH901`` on that case, never a crash.
See docs/declarative-rules.md.
"""

from __future__ import annotations

import re
import threading
import types
import typing
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any, Callable, Iterator, Mapping, Sequence
from zoneinfo import ZoneInfo

import cel
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .findings import Severity, Violation, parse_pointer, pointer
from .model import Case
from .profiles import ProfileError
from .rule import CODE_RE, Rule, RuleContext, _dedent, _placeholders

if TYPE_CHECKING:
    from .profiles import ProfileStore, ResolvedProfile
    from .registry import Registry

#: finding code for a declarative rule that could not be evaluated on a case
RUNTIME_ERROR = "SCH901"

_TZ = ZoneInfo("Europe/Copenhagen")

#: names every expression may use besides the case's top-level fields
EXTRA_VARIABLES = ("vaerdier", "punkt", "indeks", "sti", "idag", "referencedato", "metode", "profil")

#: CEL functions and macros the installed CEL implementation provides
CEL_FUNCTIONS = frozenset({
    "size", "has", "all", "exists", "exists_one", "map", "filter", "int", "uint", "double",
    "string", "bytes", "dyn", "type", "duration", "timestamp", "matches", "contains",
    "startsWith", "endsWith", "getDayOfWeek", "getDayOfMonth", "getDayOfYear", "getFullYear",
    "getMonth", "getDate", "getHours", "getMinutes", "getSeconds", "getMilliseconds",
})
#: our own pure functions (documented in docs/declarative-rules.md)
OWN_FUNCTIONS = ("hent", "normaliser", "ugedag", "dage_mellem", "dato")
_MACROS = ("all", "exists", "exists_one", "map", "filter")

_CEL_POS = re.compile(r"<input>:(\d+):(\d+):\s*(.*)")
_STRING_LIT = re.compile(r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|'''.*?'''|\"\"\".*?\"\"\"""", re.S)
_IDENT_CHAIN = re.compile(r"(?<![\w.])([A-Za-z_]\w*)((?:\s*\.\s*[A-Za-z_]\w*)+)")
_MACRO_BIND = re.compile(r"\.\s*(?:all|exists|exists_one|map|filter)\s*\(\s*([A-Za-z_]\w*)\s*,")
_VALUE_REF = re.compile(r"(?<![\w.])vaerdier\s*\.\s*([A-Za-z_]\w*)")
_HYPHEN_SPACING = re.compile(r"\s*-\s*")


class DeclarativeRuntimeError(Exception):
    """A declarative rule could not be evaluated on one case. The engine reports it as
    finding :data:`RUNTIME_ERROR` at :attr:`finding_path` (see ``Engine._run_rule``)."""

    finding_code = RUNTIME_ERROR

    def __init__(self, rule: str, reason: str, path: tuple[str | int, ...] = ()):
        super().__init__(f"{rule}: {reason}")
        self.finding_path = path
        self.finding_args = {"regel": rule, "fejl": reason}


# --------------------------------------------------------------------------- rule spec


class _Texts(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    da: str
    en: str


class _Examples(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    fejl: str = Field(description="En sag med '# expect: KODE' på de linjer, hvor fundene lander")
    ok: str = Field(description="En sag uden fund fra reglen")


class _RuleSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    kode: str
    navn: str
    krav: list[str] = Field(min_length=1)
    alvor: str
    besked: _Texts
    hvad: _Texts
    hvorfor: _Texts
    kilde: str = ""
    metoder: list[str] = Field(default_factory=list)
    naar: str | None = None
    for_hver: str | list[str] | None = None
    hvor: str | None = None
    skal: str
    felt: str | None = None
    argumenter: dict[str, str] = Field(default_factory=dict)
    eksempler: _Examples


# --------------------------------------------------------------------------- compiling


@dataclass(frozen=True)
class _Where:
    """Where a piece of a profile stands: file, source map and data path."""

    file: str
    smap: Any
    path: tuple[str | int, ...]

    def at(self, *sub: str | int) -> tuple[int, int]:
        if self.smap is None:
            return 0, 0
        line, col, _ = self.smap.locate(self.path + sub)
        return line, col

    def error(self, message: str, *sub: str | int) -> ProfileError:
        line, col = self.at(*sub)
        return ProfileError(message, self.file, line, col)


@dataclass(frozen=True)
class _Expr:
    source: str
    program: Any
    values_used: frozenset[str]


def _expr_error(where: _Where, key: tuple[str | int, ...], expr: str, message: str,
                line: int, column: int) -> ProfileError:
    """A ProfileError at the file line of the expression's ``line`` and its ``column``."""
    key_line, _ = where.at(*key)
    # a block scalar (``|`` or ``>``) starts on the line after its key and keeps its newlines
    block = "\n" in expr
    file_line = key_line + line if block else key_line + line - 1
    label = "/".join(str(k) for k in key)
    return ProfileError(f"{label}: {message} (udtrykkets linje {line}, kolonne {column})",
                        where.file, file_line, column)


def _blank_strings(expr: str) -> str:
    return _STRING_LIT.sub(lambda m: " " * len(m.group(0)), expr)


def _line_col(expr: str, offset: int) -> tuple[int, int]:
    before = expr[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


def _unwrap(annotation: Any) -> Any:
    """Optional[X] → X; list[X] stays a list."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _unwrap(args[0]) if len(args) == 1 else annotation
    return annotation


def _is_model(t: Any) -> bool:
    return isinstance(t, type) and issubclass(t, BaseModel)


def _list_item(t: Any) -> Any:
    t = _unwrap(t)
    if typing.get_origin(t) is list:
        return _unwrap(typing.get_args(t)[0])
    return None


def _field_type(model: type[BaseModel], name: str) -> Any:
    return _unwrap(model.model_fields[name].annotation)


def _pattern_type(pattern: str) -> Any:
    """The model type a ``for_hver`` pattern points at (None when unknown)."""
    t: Any = Case
    for seg in parse_pointer(pattern):
        if seg == "*" or isinstance(seg, int):
            t = _list_item(t)
        elif _is_model(t) and seg in t.model_fields:
            t = _field_type(t, seg)
        else:
            return None
        if t is None:
            return None
    return t


class _Compiler:
    def __init__(self, where: _Where, value_names: set[str], item_type: Any = None):
        self.where = where
        self.value_names = value_names
        self.item_type = item_type

    def compile(self, expr: Any, *key: str | int) -> _Expr:
        if not isinstance(expr, str) or not expr.strip():
            raise self.where.error("skal være et CEL-udtryk (tekst)", *key)
        try:
            program = cel.compile(expr)
        except (ValueError, TypeError, RuntimeError) as exc:
            m = _CEL_POS.search(str(exc))
            line, col, msg = (int(m.group(1)), int(m.group(2)), m.group(3)) if m else (1, 1, str(exc))
            msg = msg.split(" expecting {")[0].split("\n")[0].strip()
            raise _expr_error(self.where, key, expr, f"CEL-syntaksfejl: {msg}", line, col) from None
        self._check_names(expr, program, key)
        self._check_fields(expr, key)
        used = frozenset(_VALUE_REF.findall(_blank_strings(expr)))
        return _Expr(expr, program, used)

    def _find(self, expr: str, name: str, call: bool) -> int:
        text = _blank_strings(expr)
        pat = rf"(?<![\w]){re.escape(name)}\s*\(" if call else rf"(?<![\w.]){re.escape(name)}(?!\w)"
        m = re.search(pat, text)
        return m.start() if m else 0

    def _check_names(self, expr: str, program: Any, key: tuple[str | int, ...]) -> None:
        refs = program.references()
        bound = set(_MACRO_BIND.findall(_blank_strings(expr)))
        allowed_vars = set(Case.model_fields) | set(EXTRA_VARIABLES) | bound
        for name in refs["variables"]:
            if name not in allowed_vars:
                line, col = _line_col(expr, self._find(expr, name, False))
                raise _expr_error(self.where, key, expr,
                                  f"ukendt navn '{name}' (brug sagens felter, fx henvendelse, "
                                  f"eller {', '.join(EXTRA_VARIABLES)})", line, col)
        for name in refs["functions"]:
            if not re.fullmatch(r"[A-Za-z_]\w*", name):
                continue  # operators: _+_, !_, @in, _[_] ...
            if name not in CEL_FUNCTIONS and name not in OWN_FUNCTIONS:
                line, col = _line_col(expr, self._find(expr, name, True))
                raise _expr_error(self.where, key, expr,
                                  f"ukendt funktion '{name}' (se docs/declarative-rules.md)", line, col)
        for name in _VALUE_REF.findall(_blank_strings(expr)):
            if name not in self.value_names:
                m = re.search(rf"vaerdier\s*\.\s*{re.escape(name)}(?!\w)", _blank_strings(expr))
                line, col = _line_col(expr, m.start() if m else 0)
                raise _expr_error(self.where, key, expr,
                                  f"ukendt værdi 'vaerdier.{name}' (kendte: "
                                  f"{', '.join(sorted(self.value_names)) or 'ingen'})", line, col)

    def _check_fields(self, expr: str, key: tuple[str | int, ...]) -> None:
        """Field names after a case variable must exist in the case model (a typo is a load
        error, not a silent ``false``)."""
        text = _blank_strings(expr)
        roots: dict[str, Any] = {name: _field_type(Case, name) for name in Case.model_fields}
        if self.item_type is not None:
            roots["punkt"] = self.item_type
        # variables bound by macros over a list of models: indstilling.alternativer.all(a, ...)
        for _ in range(2):
            for m in _IDENT_CHAIN.finditer(text):
                rest = text[m.end():]
                bind = re.match(r"\s*\.\s*(?:all|exists|exists_one|map|filter)\s*\(\s*([A-Za-z_]\w*)\s*,",
                                rest)
                if not bind:
                    continue
                t = self._walk(m.group(1), m.group(2), roots, None)
                item = _list_item(t) if t is not None else None
                if _is_model(item):
                    roots.setdefault(bind.group(1), item)
        for m in _IDENT_CHAIN.finditer(text):
            self._walk(m.group(1), m.group(2), roots, (expr, key, m))

    def _walk(self, root: str, chain: str, roots: Mapping[str, Any], report: Any) -> Any:
        if root not in roots:
            return None
        t = roots[root]
        for seg in re.finditer(r"[A-Za-z_]\w*", chain):
            name = seg.group(0)
            if not _is_model(t):
                return None  # a list, map, text, number: the rest are methods/keys CEL checks
            if name not in t.model_fields:
                if report is None:
                    return None
                expr, key, m = report
                line, col = _line_col(expr, m.start(2) + seg.start())
                raise _expr_error(self.where, key, expr,
                                  f"{t.__name__} har intet felt '{name}' (har: "
                                  f"{', '.join(t.model_fields)})", line, col)
            t = _field_type(t, name)
        return t


# --------------------------------------------------------------------------- CEL data


def _cel_value(v: Any) -> Any:
    if isinstance(v, datetime):
        local = v.astimezone(_TZ) if v.tzinfo else v
        # wall-clock time as the document states it, so getDayOfWeek() etc. give Danish days
        return local.replace(tzinfo=timezone.utc)
    if isinstance(v, date):
        return datetime(v.year, v.month, v.day, tzinfo=timezone.utc)
    if isinstance(v, dict):
        return {str(k): _cel_value(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_cel_value(x) for x in v]
    return v


def case_data(case: Case) -> dict[str, Any]:
    """The case as CEL data: every field present (absent → null, lists → []), dates and
    date-times as CEL timestamps (the document's wall-clock time, read as UTC)."""
    return _cel_value(case.model_dump(mode="python"))


def _normaliser(text: Any) -> Any:
    from .vocabulary import fold

    if text is None:
        return ""
    return _HYPHEN_SPACING.sub("-", fold(str(text)))


def _ugedag(t: Any) -> int:
    if not isinstance(t, datetime):
        raise TypeError("ugedag() skal have et tidspunkt")
    return t.isoweekday()


def _dage_mellem(a: Any, b: Any) -> int:
    if not isinstance(a, datetime) or not isinstance(b, datetime):
        raise TypeError("dage_mellem() skal have to tidspunkter")
    return (b.date() - a.date()).days


def _dato(text: Any) -> datetime:
    return _cel_value(date.fromisoformat(str(text)))


def _lookup(data: Any, ptr: str) -> Any:
    cur = data
    for seg in parse_pointer(str(ptr)):
        if isinstance(cur, dict):
            cur = cur.get(str(seg))
        elif isinstance(cur, list) and isinstance(seg, int) and 0 <= seg < len(cur):
            cur = cur[seg]
        else:
            return None
        if cur is None:
            return None
    return cur


def _matches(data: Any, segs: Sequence[str | int], at: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple, Any]]:
    """(path, value) of every node a ``for_hver`` pattern selects; ``*`` = each list item."""
    if not segs:
        yield at, data
        return
    seg, rest = segs[0], segs[1:]
    if seg == "*":
        if isinstance(data, list):
            for i, item in enumerate(data):
                yield from _matches(item, rest, at + (i,))
        return
    if isinstance(data, dict) and str(seg) in data:
        child = data[str(seg)]
        if rest and child is None:
            return
        yield from _matches(child, rest, at + (str(seg),))
    elif isinstance(data, list) and isinstance(seg, int) and 0 <= seg < len(data):
        yield from _matches(data[seg], rest, at + (seg,))


class _CaseState:
    """One case converted to CEL, with its derived values: built once per case, lazily."""

    __slots__ = ("case", "data", "context", "values", "value_errors")

    def __init__(self, case: Case, data: dict, context: Any, values: dict, errors: dict):
        self.case, self.data, self.context, self.values, self.value_errors = case, data, context, values, errors


@dataclass
class CompiledProfile:
    """A profile version's declarative part, compiled: the values in dependency order and the
    rules. Holds a per-thread, one-case cache (the engine runs a case's rules one after the
    other), so a case is converted once per run, not once per rule."""

    name: str
    version: str
    values: list[tuple[str, Any]]  # (name, _Expr or constant) in dependency order
    rules: list[Rule] = field(default_factory=list)
    _local: threading.local = field(default_factory=threading.local, repr=False)

    def state(self, case: Case, ctx: RuleContext) -> _CaseState:
        st = getattr(self._local, "state", None)
        if st is not None and st.case is case:
            return st
        data = case_data(case)
        variables = dict(data)
        variables.update({
            "vaerdier": {}, "punkt": None, "indeks": 0, "sti": "",
            "idag": _cel_value(ctx.today), "referencedato": _cel_value(ctx.reference_date),
            "metode": ctx.method, "profil": ctx.profile,
        })
        context = cel.Context(variables=variables, functions={
            "hent": lambda p: _lookup(data, p), "normaliser": _normaliser, "ugedag": _ugedag,
            "dage_mellem": _dage_mellem, "dato": _dato,
        })
        values: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for name, expr in self.values:
            if not isinstance(expr, _Expr):
                values[name] = _cel_value(expr)
                continue
            broken = [u for u in expr.values_used if u in errors]
            if broken:
                errors[name] = errors[broken[0]]
                values[name] = None
                continue
            context.update({"vaerdier": values})
            try:
                values[name] = expr.program.execute(context)
            except Exception as exc:  # noqa: BLE001 - any CEL failure is this case's problem
                errors[name] = f"værdien {name}: {_reason(exc)}"
                values[name] = None
        context.update({"vaerdier": values})
        st = _CaseState(case, data, context, values, errors)
        self._local.state = st
        return st


def _reason(exc: BaseException) -> str:
    """A short reason without case data (FK-04): the kind of error, and a field name."""
    if isinstance(exc, KeyError):
        return f"feltet {exc.args[0]!s} findes ikke" if exc.args else "et felt findes ikke"
    if isinstance(exc, IndexError):
        return "indeks uden for listen"
    if isinstance(exc, TypeError):
        return "typerne passer ikke (fx et felt der er null)"
    if isinstance(exc, ZeroDivisionError):
        return "division med nul"
    return type(exc).__name__


def _values_order(raw: Mapping[str, Any], origins: Mapping[str, tuple], compiled: dict[str, Any],
                  default_where: _Where) -> list[tuple[str, Any]]:
    deps = {n: (e.values_used if isinstance(e, _Expr) else frozenset()) for n, e in compiled.items()}
    order: list[str] = []
    state: dict[str, int] = {}

    def visit(n: str, trail: tuple[str, ...]) -> None:
        if state.get(n) == 2:
            return
        if state.get(n) == 1:
            cycle = trail[trail.index(n):] + (n,)
            file, smap, path = origins.get(n, (default_where.file, None, ()))
            raise _Where(file, smap, path).error(
                "værdierne afhænger af hinanden i ring: " + " → ".join(cycle))
        state[n] = 1
        for d in sorted(deps[n]):
            visit(d, trail + (n,))
        state[n] = 2
        order.append(n)

    for n in raw:
        visit(n, ())
    return [(n, compiled[n]) for n in order]


def compile_profile(resolved: "ResolvedProfile", registry: "Registry") -> CompiledProfile:
    """Compile a resolved profile version's ``vaerdier`` and ``regler``."""
    origins = resolved.value_origins
    first_file = resolved.files[-1] if resolved.files else f"<{resolved.name}>"
    value_names = set(resolved.values)
    compiled_values: dict[str, Any] = {}
    for name, raw in resolved.values.items():
        file, smap, path = origins.get(name, (first_file, None, ()))
        where = _Where(file, smap, path[:-1])
        if not re.fullmatch(r"[A-Za-z_]\w*", name):
            raise where.error(f"værdinavnet '{name}' skal være et navn (bogstaver, tal, _)", name)
        if isinstance(raw, str):
            compiled_values[name] = _Compiler(where, value_names).compile(raw, name)
        else:
            compiled_values[name] = raw
    ordered = _values_order(resolved.values, origins, compiled_values, _Where(first_file, None, ()))
    cp = CompiledProfile(resolved.name, resolved.version, ordered)
    seen: dict[str, _Where] = {}
    for raw in resolved.declarative:
        where = _Where(raw.get("__file__", first_file), raw.get("__source__"), tuple(raw.get("__path__", ())))
        spec_data = {k: v for k, v in raw.items() if not k.startswith("__")}
        rule = _compile_rule(spec_data, where, value_names, cp, resolved.name)
        if rule.code in registry.rules:
            raise where.error(f"regelkoden {rule.code} findes allerede (plugin "
                              f"{registry.rules[rule.code].plugin})", "kode")
        if rule.code in seen:
            line, _ = seen[rule.code].at()
            raise where.error(f"regelkoden {rule.code} står to gange (også linje {line})", "kode")
        seen[rule.code] = where
        cp.rules.append(rule)
    return cp


def compile_profile_rules(resolved: "ResolvedProfile", registry: "Registry") -> list[Rule]:
    """What the engine calls once per profile version it meets (see ``Engine.rules_for``)."""
    return compile_profile(resolved, registry).rules


def _compile_rule(data: Mapping[str, Any], where: _Where, value_names: set[str],
                  cp: CompiledProfile, profile: str) -> Rule:
    # YAML reads `skal: true` or `nr: 1` as a bool/number; as CEL they are the same literal
    data = {k: (_literal(v) if k in ("naar", "hvor", "skal") else v) for k, v in data.items()}
    if isinstance(data.get("argumenter"), dict):
        data["argumenter"] = {k: _literal(v) for k, v in data["argumenter"].items()}
    try:
        spec = _RuleSpec.model_validate(data)
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        loc = tuple(p for p in err["loc"] if isinstance(p, (str, int)))
        raise where.error(f"regler: {'/'.join(map(str, loc)) or 'reglen'}: {err['msg']}", *loc) from None
    code = spec.kode.upper()
    if not CODE_RE.match(code):
        raise where.error(f"regelkoden {spec.kode!r} skal være præfiks + tre cifre, fx AAR101", "kode")
    try:
        severity = Severity.parse(spec.alvor)
    except ValueError as exc:
        raise where.error(str(exc), "alvor") from None
    if _placeholders(spec.besked.da) != _placeholders(spec.besked.en):
        raise where.error("dansk og engelsk besked har forskellige pladsholdere", "besked")
    missing = _placeholders(spec.besked.da) - set(spec.argumenter)
    if missing:
        raise where.error(f"beskeden bruger {{{', '.join(sorted(missing))}}} men 'argumenter' "
                          "giver dem ikke", "besked")
    for m in spec.metoder:
        if m not in ("vum1", "vum2"):
            raise where.error(f"ukendt metode '{m}' (vum1 eller vum2)", "metoder")
    patterns = [spec.for_hver] if isinstance(spec.for_hver, str) else list(spec.for_hver or ())
    item_types = set()
    for i, p in enumerate(patterns):
        if not p.startswith("/"):
            raise where.error(f"for_hver '{p}' skal være en JSON-pointer, fx /indstilling/alternativer/*",
                              "for_hver", *((i,) if isinstance(spec.for_hver, list) else ()))
        t = _pattern_type(p)
        if t is None and not _pattern_known(p):
            raise where.error(f"for_hver '{p}' peger ikke på et felt i sagsformatet", "for_hver")
        item_types.add(t)
    item_type = item_types.pop() if len(item_types) == 1 else None
    comp = _Compiler(where, value_names, item_type if _is_model(item_type) else None)
    naar = comp.compile(spec.naar, "naar") if spec.naar is not None else None
    hvor = comp.compile(spec.hvor, "hvor") if spec.hvor is not None else None
    skal = comp.compile(spec.skal, "skal")
    args = {k: comp.compile(v, "argumenter", k) for k, v in spec.argumenter.items()}
    if spec.felt is not None and spec.felt.startswith("/") and not _pattern_known(spec.felt):
        raise where.error(f"felt '{spec.felt}' peger ikke på et felt i sagsformatet", "felt")
    segs = [parse_pointer(p) for p in patterns]
    felt = spec.felt

    def evaluate(expr: _Expr, st: _CaseState, at: tuple, what: str) -> Any:
        broken = [u for u in expr.values_used if u in st.value_errors]
        if broken:
            raise DeclarativeRuntimeError(code, st.value_errors[broken[0]], at)
        try:
            return expr.program.execute(st.context)
        except Exception as exc:  # noqa: BLE001 - reported as SCH901 on this case
            raise DeclarativeRuntimeError(code, f"{what}: {_reason(exc)}", at) from None

    def truth(expr: _Expr, st: _CaseState, at: tuple, what: str) -> bool:
        result = evaluate(expr, st, at, what)
        if not isinstance(result, bool):
            raise DeclarativeRuntimeError(code, f"{what} gav {type(result).__name__}, ikke sand/falsk", at)
        return result

    def bind(st: _CaseState, path: tuple, item: Any) -> None:
        idx = next((p for p in reversed(path) if isinstance(p, int)), 0)
        st.context.update({"punkt": item, "indeks": idx, "sti": pointer(path)})

    def applies(case: Case, ctx: RuleContext) -> bool:
        st = cp.state(case, ctx)
        if naar is not None:
            bind(st, (), None)
            if not truth(naar, st, (), "naar"):
                return False
        # a rule over list items or fields applies only where the pattern finds something
        return not segs or any(True for s in segs for _ in _matches(st.data, s))

    def target(path: tuple) -> tuple:
        if felt is None:
            return path
        if not felt.startswith("/"):
            return path + parse_pointer("/" + felt)
        indices = iter([p for p in path if isinstance(p, int)])
        return tuple(next(indices, 0) if s == "*" else s for s in parse_pointer(felt))

    def message_args(st: _CaseState, at: tuple) -> dict[str, Any]:
        return {k: _arg(evaluate(e, st, at, f"argumenter/{k}")) for k, e in args.items()}

    def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
        st = cp.state(case, ctx)
        items = [m for s in segs for m in _matches(st.data, s)] if segs else [((), None)]
        for path, item in items:
            bind(st, path, item)
            if hvor is not None and not truth(hvor, st, path, "hvor"):
                continue
            if not truth(skal, st, path, "skal"):
                yield Violation(target(path), message_args(st, path))
        bind(st, (), None)

    rule = Rule(
        code=code,
        name=spec.navn,
        requirements=tuple(spec.krav),
        severity=severity,
        message_da=spec.besked.da,
        message_en=spec.besked.en,
        what_da=_dedent(spec.hvad.da),
        what_en=_dedent(spec.hvad.en),
        why_da=_dedent(spec.hvorfor.da),
        why_en=_dedent(spec.hvorfor.en),
        example_fail=_dedent(spec.eksempler.fejl),
        example_pass=_dedent(spec.eksempler.ok),
        check=check,
        applies=applies if (naar is not None or segs) else None,
        source=spec.kilde,
        methods=tuple(spec.metoder),
    )
    return rule.with_plugin(f"profil {profile}")


def _literal(v: Any) -> Any:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    return v


def _pattern_known(p: str) -> bool:
    """The pointer's named segments exist in the case model (``*`` and indices skip lists)."""
    t: Any = Case
    for seg in parse_pointer(p):
        if seg == "*" or isinstance(seg, int):
            t = _list_item(t)
            if t is None:
                return False
            continue
        if not _is_model(t):
            return True  # inside a map (e.g. notat.felter): any key
        if seg not in t.model_fields:
            return False
        t = _field_type(t, seg)
    return True


def _arg(v: Any) -> Any:
    if isinstance(v, datetime):
        return v.date()  # a date is what a message names; the time of day adds nothing
    if isinstance(v, list):
        return ", ".join(str(_arg(x)) for x in v)
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


# --------------------------------------------------------------------------- catalogue


def profile_rules(store: "ProfileStore", name: str) -> list[Rule]:
    """Every declarative rule of every version of profile ``name`` (first definition wins)."""
    profile = store.get(name)
    out: dict[str, Rule] = {}
    for v in profile.versions:
        resolved = store.resolve(name, v.gaeldende_fra)
        for r in compile_profile_rules(resolved, store.registry):
            out.setdefault(r.code, r)
    return list(out.values())


def catalogue(store: "ProfileStore", on_error: Callable[[Exception], None] | None = None) -> dict[str, Rule]:
    """Declarative rules of all available profiles, by code (for ``vumrules rules``/``rule``).
    A broken profile is passed to ``on_error`` (or raised) and the rest are still listed."""
    out: dict[str, Rule] = {}
    names: set[str] = set()
    for d in store.dirs:
        from pathlib import Path

        names |= {f.stem for f in Path(d).glob("*.yaml")}
    for name in sorted(names):
        try:
            for r in profile_rules(store, name):
                out.setdefault(r.code, r)
        except ProfileError as exc:
            if on_error is None:
                raise
            on_error(exc)
    return dict(sorted(out.items()))


__all__ = [
    "RUNTIME_ERROR", "CompiledProfile", "DeclarativeRuntimeError", "case_data", "catalogue",
    "compile_profile", "compile_profile_rules", "profile_rules",
]

