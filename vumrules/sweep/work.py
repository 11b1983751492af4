"""The worker side of a sweep: turn a unit of work into compact per-case summaries.

A *unit* is either a handful of small files (the worker reads and parses them itself, so
parsing is spread over the processes too) or a chunk of documents already read from one
large file by the parent. A worker builds its own :class:`~vumrules.api.Linter` once, when
the process starts (:func:`init_worker`), and sends back only a :class:`UnitResult`: one
small :class:`CaseRow` per case plus additive counters. Nothing the worker returns carries
a case object, free text, a name or a CPR number: every string is redacted here with the
names found in that very case, and again in the parent (FK-04).
"""

from __future__ import annotations

import signal
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, NamedTuple

from ..api import Linter
from ..engine import CaseResult, Outcome
from ..findings import Severity
from ..loader import iter_documents
from ..report import Report
from ..sources import RawDocument

#: the breakdowns of the compliance figures; a group key is a tuple of organisation values
DIMENSIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("kommune", ("kommune",)),
    ("team", ("kommune", "team")),
    ("sagsbehandler", ("kommune", "sagsbehandler_id")),
)

#: indices into an outcome counter [held/passed, failed, error, not_applicable]
HELD, FAILED, ERROR, NOT_APPLICABLE = range(4)
_OUTCOME_INDEX = {Outcome.PASSED: HELD, Outcome.FAILED: FAILED, Outcome.ERROR: ERROR,
                  Outcome.NOT_APPLICABLE: NOT_APPLICABLE}


class CaseRow(NamedTuple):
    """One case, as compact as the report needs it (already redacted)."""

    file: str
    document: int
    case_id: str | None
    kommune: str | None
    team: str | None
    sagsbehandler_id: str | None
    loaded: bool
    errors: int
    warnings: int
    infos: int
    failed_rules: tuple[str, ...]
    #: for a case that could not be read: (code, line, message) of the first finding
    problem: tuple[str, int, str] | None = None
    #: which slice of a large file the case came from (``document`` counts within it until
    #: :meth:`SweepRun.sorted_rows` renumbers the documents of the whole file)
    part: int = 0


@dataclass
class Counts:
    """Additive counters; merging two is adding them, so the order of units never matters."""

    #: rule code -> [passed, failed, error, not_applicable]
    rules: dict[str, list[int]] = field(default_factory=dict)
    #: requirement id -> [held, failed, error, not_applicable]
    requirements: dict[str, list[int]] = field(default_factory=dict)
    #: rule code -> [findings, cases with the finding]
    findings: dict[str, list[int]] = field(default_factory=dict)
    #: (dimension, group, "regel"|"krav", key) -> [held, failed, error, not_applicable]
    org: dict[tuple[str, tuple[str | None, ...], str, str], list[int]] = field(default_factory=dict)

    def merge(self, other: "Counts") -> None:
        for mine, theirs in ((self.rules, other.rules), (self.requirements, other.requirements),
                             (self.findings, other.findings), (self.org, other.org)):
            for key, values in theirs.items():
                have = mine.get(key)
                if have is None:
                    mine[key] = list(values)
                else:
                    for i, v in enumerate(values):
                        have[i] += v


@dataclass
class UnitResult:
    seq: int
    rows: list[CaseRow]
    counts: Counts
    weight: int = 0  # progress units (bytes) this unit stands for
    peak_rss_kb: int = 0  # the worker process's peak memory so far (for benchmarks)


@dataclass(frozen=True)
class Unit:
    """What a worker gets: files to read, documents already read, or a slice of a large file
    (``text``: whole documents or lines of it, preceded by as many empty lines as came
    before them, so line numbers stay those of the file)."""

    seq: int
    files: tuple[str, ...] = ()
    documents: tuple[RawDocument, ...] = ()
    weight: int = 0
    file: str = ""
    loader: str = ""
    text: str | None = None
    part: int = 0


@dataclass(frozen=True)
class WorkerConfig:
    profile: str
    today: date
    profile_dirs: tuple[str, ...] = ()
    entry_points: bool = True
    #: importable module names of extra plugins (rules, loaders) each worker registers
    plugins: tuple[str, ...] = ()


class Evaluator:
    """Owns one Linter and the rule → requirement map; evaluates units."""

    def __init__(self, config: WorkerConfig, linter: Linter | None = None) -> None:
        if linter is None:
            import importlib

            linter = Linter(config.profile, today=config.today, profile_dirs=config.profile_dirs,
                            entry_points=config.entry_points,
                            extra_plugins=[importlib.import_module(m) for m in config.plugins])
        self.linter = linter
        self.loaders = self.linter.registry.loaders()
        self._reqs: dict[str, tuple[str, ...]] = {
            code: r.requirements for code, r in self.linter.registry.rules.items()}
        # only for its redaction helpers, the one place FK-04 is decided
        self.report = Report(results=(), registry=self.linter.registry, profile=config.profile)

    def requirements_of(self, code: str) -> tuple[str, ...]:
        reqs = self._reqs.get(code)
        if reqs is None:  # e.g. a declarative rule of the profile
            rule = next((r for r in self.linter.engine.declarative_rules() if r.code == code), None)
            reqs = self._reqs[code] = rule.requirements if rule else ()
        return reqs

    def documents(self, unit: Unit) -> Iterable[RawDocument]:
        if unit.text is not None:
            loader = next(ld for ld in self.loaders if ld.name == unit.loader)
            try:
                yield from loader.read(unit.file, unit.text)
            except Exception as exc:
                yield _broken_document(unit.file, exc)
        if unit.documents:
            yield from unit.documents
        for f in unit.files:
            try:
                yield from iter_documents([f], self.loaders)
            except Exception as exc:  # a file that breaks the reader is one unreadable case
                yield _broken_document(f, exc)

    def run(self, unit: Unit) -> UnitResult:
        counts = Counts()
        rows = []
        for doc in self.documents(unit):
            row = self.evaluate(doc, counts)
            rows.append(row._replace(part=unit.part) if unit.part else row)
        return UnitResult(unit.seq, rows, counts, unit.weight, _peak_rss_kb())

    def evaluate(self, doc: RawDocument, counts: Counts) -> CaseRow:
        try:
            result = self.linter.engine.check_document(doc)
        except Exception as exc:  # never let one case stop the sweep
            return CaseRow(self.report.redact(doc.file), doc.index, None, None, None, None, False, 1, 0, 0,
                           (), ("SCH900", 0, f"Sagen kunne ikke kontrolleres: intern fejl ({type(exc).__name__})"))
        return summarise(result, counts, self.requirements_of, self.report)


def summarise(result: CaseResult, counts: Counts, requirements_of, report: Report) -> CaseRow:
    """Add one case's outcomes to ``counts`` and return its compact row.

    ``report`` is only used for its redaction helpers (FK-04): every string in the row has
    been through ``Report.redact`` with the names found in this case."""
    org = {k: report.redact(v, result) or None for k, v in result.organisation.items()}
    errors = warnings = infos = 0
    per_code: dict[str, int] = {}
    for f in result.findings:
        if f.severity == Severity.ERROR:
            errors += 1
        elif f.severity == Severity.WARNING:
            warnings += 1
        else:
            infos += 1
        per_code[f.code] = per_code.get(f.code, 0) + 1
    for code, n in per_code.items():
        c = counts.findings.setdefault(code, [0, 0])
        c[0] += n
        c[1] += 1

    req_state: dict[str, int] = {}
    rule_idx: dict[str, int] = {}
    suppressed = {f.code for f in getattr(result, "suppressed", ())}
    for code, outcome in result.outcomes.items():
        idx = _OUTCOME_INDEX[Outcome(outcome)]
        if idx == FAILED and code in suppressed and code not in per_code:
            idx = HELD  # every finding of the rule is a documented, accepted deviation
        rule_idx[code] = idx
        for req in requirements_of(code):
            # a requirement is violated when any of its rules failed, unknown when one
            # crashed, held when all that applied passed, not applicable otherwise
            req_state[req] = _combine(req_state.get(req), idx)
    _add(counts.rules, rule_idx)
    _add(counts.requirements, req_state)
    if result.loaded:
        for dim, keys in DIMENSIONS:
            group = tuple(org.get(k) for k in keys)
            for code, idx in rule_idx.items():
                _bump(counts.org, (dim, group, "regel", code), idx)
            for req, idx in req_state.items():
                _bump(counts.org, (dim, group, "krav", req), idx)
            _bump(counts.org, (dim, group, "sager", ""), HELD if errors == 0 else FAILED)
            tally = counts.org.setdefault((dim, group, "fund", ""), [0, 0, 0, 0])
            tally[0] += errors
            tally[1] += warnings
            tally[2] += infos

    problem = None
    if not result.loaded:
        first = result.findings[0] if result.findings else None
        if first is not None:
            problem = (first.code, first.line, report.message(first, result))
        else:
            problem = ("SCH001", 0, "Dokumentet kunne ikke læses")
    failed = tuple(sorted(c for c, i in rule_idx.items() if i == FAILED))
    return CaseRow(
        file=report.file(result),
        document=result.document,
        case_id=report.case_id(result),
        kommune=org.get("kommune"),
        team=org.get("team"),
        sagsbehandler_id=org.get("sagsbehandler_id"),
        loaded=result.loaded,
        errors=errors,
        warnings=warnings,
        infos=infos,
        failed_rules=failed,
        problem=problem,
    )


_PRIORITY = {FAILED: 3, ERROR: 2, HELD: 1, NOT_APPLICABLE: 0}


def _combine(current: int | None, new: int) -> int:
    if current is None:
        return new
    return current if _PRIORITY[current] >= _PRIORITY[new] else new


def _add(target: dict[str, list[int]], idx_by_key: dict[str, int]) -> None:
    for key, idx in idx_by_key.items():
        _bump(target, key, idx)


def _bump(target: dict, key, idx: int) -> None:
    c = target.get(key)
    if c is None:
        c = target[key] = [0, 0, 0, 0]
    c[idx] += 1


def _peak_rss_kb() -> int:
    try:
        import resource
    except ImportError:  # pragma: no cover - not POSIX
        return 0
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _broken_document(file: str, exc: Exception) -> RawDocument:
    from ..sources import LoadProblem, SourceMap

    problem = LoadProblem("SCH001", (), {"fejl": f"filen kunne ikke læses ({type(exc).__name__})",
                                         "format": "-"}, 1, 1)
    return RawDocument(file, 0, None, SourceMap({}, (1, 1)), (problem,))


# ---------------------------------------------------------------------------- processes
# Each worker process builds its Evaluator once, in the pool's initializer, and keeps it in
# this module for the life of the process (one per process; nothing is shared between them).
_evaluator: Evaluator | None = None


def init_worker(config: WorkerConfig) -> None:
    global _evaluator
    # Ctrl-C is the parent's business: it stops submitting and reports what is done
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _evaluator = Evaluator(config)


def run_unit(unit: Unit) -> UnitResult:
    if _evaluator is None:  # pragma: no cover - the pool always runs init_worker first
        raise RuntimeError("init_worker was not called in this process")
    return _evaluator.run(unit)
