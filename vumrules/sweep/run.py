"""The parent side of a sweep: find the work, feed the processes, add up what comes back.

Memory stays bounded whatever the size of the export: files are listed (not read) up
front, read by the workers in small groups, and only a few units are ever in flight
(``jobs * IN_FLIGHT_PER_JOB``); a large file (a JSON Lines export, a multi-document YAML
file) is read here as a stream of documents and sent on in chunks. What comes back is one
compact row per case plus counters, added up as it arrives.

Ctrl-C stops submitting, lets the units already running finish, and returns what was done
with ``partial=True``. A case that cannot be read, or that crashes the checking, is one
unreadable case in the result, never the end of the sweep.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import sys
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Iterator, Sequence

from ..api import Linter
from ..loader import iter_documents, iter_files
from .work import CaseRow, Counts, Evaluator, Unit, UnitResult, WorkerConfig, init_worker, run_unit

#: files at least this big are read by the parent and sent on as chunks of documents
LARGE_FILE_BYTES = 512 * 1024
#: small files per unit, documents per unit
FILES_PER_UNIT = 16
DOCS_PER_UNIT = 64
IN_FLIGHT_PER_JOB = 4


@dataclass
class SweepRun:
    """What the processes produced: rows (one per case) and the summed counters."""

    profile: str
    today: date
    inputs: tuple[str, ...]
    rows: list[CaseRow] = field(default_factory=list)
    counts: Counts = field(default_factory=Counts)
    partial: bool = False
    duration: float = 0.0
    jobs: int = 1
    files: int = 0
    #: the largest peak memory of any process that checked cases (KiB; 0 if unknown)
    worker_peak_rss_kb: int = 0

    def sorted_rows(self) -> list[CaseRow]:
        """Rows by file and document; the documents of a file read in slices are numbered
        through the whole file again."""
        rows = sorted(self.rows, key=lambda r: (r.file, r.part, r.document))
        split = {r.file for r in rows if r.part}
        if not split:
            return rows
        out, counter, current = [], 0, None
        for r in rows:
            if r.file in split:
                if r.file != current:
                    current, counter = r.file, 0
                r = r._replace(document=counter, part=0)
                counter += 1
            out.append(r)
        return out


ProgressHook = Callable[[int, int, int], None]  # (weight done, weight total, cases done)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def plan(paths: Sequence[str | os.PathLike[str]], linter: Linter) -> tuple[list[tuple[str, int]], int]:
    """The files to sweep (display name, size), in the loader's deterministic order."""
    exts: dict[str, object] = {}
    for ld in linter.registry.loaders():
        for ext in ld.extensions:
            exts.setdefault(ext.lower(), ld)
    out = []
    total = 0
    for display, path in iter_files(paths, exts):
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        out.append((display, size))
        total += max(size, 1)
    return out, total


def units(files: list[tuple[str, int]], linter: Linter) -> Iterator[Unit]:
    """Small files in groups; large files in slices (JSON Lines, multi-document YAML: the
    workers parse them) or, for other formats, as chunks of documents read here."""
    loaders = linter.registry.loaders()
    by_ext: dict[str, object] = {}
    for ld in loaders:
        for ext in ld.extensions:
            by_ext.setdefault(ext.lower(), ld)
    seq = 0
    batch: list[str] = []
    batch_weight = 0
    for display, size in files:
        if size < LARGE_FILE_BYTES:
            batch.append(display)
            batch_weight += max(size, 1)
            if len(batch) >= FILES_PER_UNIT:
                yield Unit(seq, files=tuple(batch), weight=batch_weight)
                seq += 1
                batch, batch_weight = [], 0
            continue
        if batch:
            yield Unit(seq, files=tuple(batch), weight=batch_weight)
            seq += 1
            batch, batch_weight = [], 0
        loader = next((ld for ext, ld in by_ext.items() if display.lower().endswith(ext)), None)
        slices = _slices(display, size, loader) if loader is not None else None
        if slices is not None:
            for part, (text, weight) in enumerate(slices):
                yield Unit(seq, file=display, loader=loader.name, text=text, part=part, weight=weight)
                seq += 1
            continue
        for chunk, weight in _chunks(display, size, loaders):
            yield Unit(seq, documents=tuple(chunk), weight=weight)
            seq += 1
    if batch:
        yield Unit(seq, files=tuple(batch), weight=batch_weight)


_YAML_MARKER = re.compile(r"^---(?:[ \t]|$)")


def _utf8(path: str) -> bool:
    """Does the file decode as UTF-8? (streamed, nothing kept)"""
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                decoder.decode(block)
            decoder.decode(b"", final=True)
    except (OSError, UnicodeDecodeError):
        return False
    return True


def _slices(display: str, size: int, loader) -> Iterator[tuple[str, int]] | None:
    """A large JSON Lines or YAML file cut, while it is read, into slices of about
    DOCS_PER_UNIT documents at line boundaries (JSON Lines) or at ``---`` lines (YAML: such a
    line can only start a document). Each slice is preceded by as many newlines as there were
    lines before it, so the workers report the file's own line numbers. Slicing streams, so
    the per-file size limit of ``vumrules check`` (MAX_FILE_BYTES) does not apply to the file:
    a 200 MB JSON Lines export is swept slice by slice; a single slice larger than the limit
    (one enormous document) goes to a worker, which reports it. None when the file is not one
    of those formats or not UTF-8: it then goes whole to a worker, which reports the problem
    like for any file."""
    if loader.name not in ("jsonl", "yaml") or not _utf8(display):
        return None

    def starts_document(line: str, seen: int) -> bool:
        if loader.name == "jsonl":
            return bool(line.strip())
        return _YAML_MARKER.match(line) is not None

    def gen() -> Iterator[tuple[str, int]]:
        first_line, lineno, docs, given = 0, 0, 0, 0
        body: list[str] = []
        with open(display, "rb") as fh:
            for raw in fh:  # binary: split on b"\n" only, like the loaders
                line = raw.decode("utf-8")
                if lineno == 0:
                    line = line.lstrip("\ufeff")
                if starts_document(line, docs):
                    if docs and docs % DOCS_PER_UNIT == 0 and body:
                        text = "".join(body)
                        weight = min(size - given, len(text.encode("utf-8")))
                        given += weight
                        yield "\n" * first_line + text, weight
                        body, first_line = [], lineno
                    docs += 1
                body.append(line)
                lineno += 1
        yield "\n" * first_line + "".join(body), size - given

    return gen()


def _chunks(display: str, size: int, loaders) -> Iterator[tuple[list, int]]:
    """Documents of one large file in chunks, each weighted by the share of lines it covers."""
    try:
        with open(display, "rb") as fh:
            lines = max(1, sum(block.count(b"\n") for block in iter(lambda: fh.read(1 << 20), b"")))
    except OSError:
        lines = 1
    chunk: list = []
    reported = 0
    for doc in iter_documents([display], loaders):
        chunk.append(doc)
        if len(chunk) >= DOCS_PER_UNIT:
            line = min(lines, doc.source_map.locate(())[0])
            weight = size * line // lines - reported
            reported += weight
            yield chunk, weight
            chunk = []
    if chunk or reported < size:
        yield chunk, size - reported


def sweep(
    paths: Sequence[str | os.PathLike[str]],
    profile: str = "vum2",
    *,
    jobs: int | None = None,
    today: date | None = None,
    linter: Linter | None = None,
    progress: ProgressHook | None = None,
    on_unit: Callable[[UnitResult], None] | None = None,
    profile_dirs: Sequence[str] = (),
    plugins: Sequence[str] = (),
) -> SweepRun:
    """Check every case in ``paths`` and add the outcomes up.

    ``jobs=1`` checks in this process; more uses that many worker processes (default: all
    cores). ``progress`` is called after each unit; ``on_unit`` too (tests use it). A
    KeyboardInterrupt stops the sweep and returns the partial result. ``linter`` (built here
    when not given) is used in this process; each worker process builds its own from
    ``profile``, ``profile_dirs`` and ``plugins`` (module names of extra plugins; installed
    entry-point plugins are always loaded).
    """
    started = time.perf_counter()
    today = today or date.today()
    if linter is None:
        import importlib

        linter = Linter(profile, today=today, profile_dirs=profile_dirs,
                        extra_plugins=[importlib.import_module(m) for m in plugins])
    config = WorkerConfig(profile, today, tuple(str(d) for d in profile_dirs), plugins=tuple(plugins))
    jobs = max(1, jobs or default_jobs())
    files, total = plan(paths, linter)
    run = SweepRun(profile=profile, today=today, inputs=tuple(os.fspath(p) for p in paths),
                   jobs=jobs, files=len(files))
    done = 0

    def take(res: UnitResult) -> None:
        nonlocal done
        run.rows.extend(res.rows)
        run.counts.merge(res.counts)
        run.worker_peak_rss_kb = max(run.worker_peak_rss_kb, res.peak_rss_kb)
        done += res.weight
        if progress is not None:
            progress(done, total, len(run.rows))
        if on_unit is not None:
            on_unit(res)

    if progress is not None:
        progress(0, total, 0)
    try:
        if jobs == 1:
            evaluator = Evaluator(config, linter=linter)
            for unit in units(files, linter):
                take(evaluator.run(unit))
        else:
            _parallel(files, linter, jobs, config, take)
    except KeyboardInterrupt:
        run.partial = True
    run.duration = time.perf_counter() - started
    return run


def _context():
    methods = multiprocessing.get_all_start_methods()
    # never plain fork: the parent may have threads (the progress bar) by now
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["vumrules.sweep.work"])  # workers start with it imported
        return ctx
    return multiprocessing.get_context("spawn")


def _parallel(files, linter: Linter, jobs: int, config: WorkerConfig,
              take: Callable[[UnitResult], None]) -> None:
    limit = jobs * IN_FLIGHT_PER_JOB
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_context(),
                               initializer=init_worker, initargs=(config,))
    pending: set[Future] = set()
    local = _Local(config, linter)
    interrupted = False
    try:
        for unit in units(files, linter):
            while len(pending) >= limit:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for fut in finished:
                    _collect(fut, take, local)
            if local.broken:
                take(local.run(unit))
                continue
            try:
                fut = pool.submit(run_unit, unit)
            except BrokenProcessPool:
                local.broken = True
                take(local.run(unit))
                continue
            fut.unit = unit  # type: ignore[attr-defined]
            pending.add(fut)
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in finished:
                _collect(fut, take, local)
    except KeyboardInterrupt:
        interrupted = True
        for fut in pending:
            fut.cancel()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        if interrupted:
            # units that finished while shutting down are done work: report them too
            for fut in pending:
                if fut.done() and not fut.cancelled() and fut.exception() is None:
                    take(fut.result())


class _Local:
    """Checks units in this process when the pool cannot (a worker process died)."""

    def __init__(self, config: WorkerConfig, linter: Linter) -> None:
        self.config, self.linter = config, linter
        self.broken = False
        self._evaluator: Evaluator | None = None

    def run(self, unit: Unit) -> UnitResult:
        if self._evaluator is None:
            print("vumrules sweep: en arbejdsproces stoppede; resten kontrolleres i "
                  "hovedprocessen", file=sys.stderr)
            self._evaluator = Evaluator(self.config, linter=self.linter)
        return self._evaluator.run(unit)


def _collect(fut: Future, take: Callable[[UnitResult], None], local: _Local) -> None:
    exc = fut.exception()
    if exc is None:
        take(fut.result())
        return
    if isinstance(exc, BrokenProcessPool):
        local.broken = True
    # the unit is checked here, case by case, so its cases are still counted (and a case
    # that breaks the checking is listed as unreadable)
    take(local.run(fut.unit))  # type: ignore[attr-defined]
