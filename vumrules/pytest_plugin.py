"""pytest plugin (entry point ``pytest11``): check case files as test items, and fixtures
for rule authors.

Case files as tests::

    pytest --vumrules-profile hjoerring cases/
    pytest --vumrules-profile examples/declarative/profiles/demo-kommune.yaml examples/declarative/cases -k HJ
    pytest --vumrules-profile vum2 --vumrules-fail-level warning --junitxml=report.xml cases/

Each document of each case file (``.yaml``, ``.yml``, ``.json``, ``.jsonl``) is one item,
named by its ``sag_id``; it fails when it has findings at or above the fail level (default
``error``), and the failure lists them as ``file:line:col: CODE [severity] message (REQ)``.
With ``--vumrules-expect`` an item instead passes exactly when its findings are the
``# expect: CODE`` annotations in the document (for a plugin's fixture cases). Without
``--vumrules-profile`` the plugin collects nothing, so YAML data files in a test suite stay
data.

Fixtures for rule authors (see docs/plugins.md):

* ``vumrules_linter(profile="vum2", rules=None)`` — a linter (shared registry, fixed date);
* ``vumrules_check(case, rules=None, profile=None)`` — findings for a dict, YAML text or file;
* ``vumrules_assert(case, expected=None, rules=None, profile=None)`` — exact findings, or
  exactly the case's ``# expect:`` annotations;
* ``vumrules_coverage(codes, paths, profile=None)`` — every rule fires in one fixture case
  and stays silent in another.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

import pytest

if TYPE_CHECKING:
    from .api import Linter
    from .engine import CaseResult
    from .findings import Finding
    from .sources import RawDocument

CASE_SUFFIXES = (".yaml", ".yml", ".json", ".jsonl")
_LINTER_KEY = pytest.StashKey["Linter"]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("vumrules", "vumrules: case files as tests")
    group.addoption("--vumrules-profile", action="store", default=None, metavar="PROFIL",
                    help="Check case files (.yaml/.yml/.json/.jsonl) against this profile (name "
                         "or path); each case document becomes a test item. Off by default.")
    group.addoption("--vumrules-fail-level", action="store", default="error",
                    choices=("error", "warning", "info"),
                    help="Lowest severity that fails a case item (default: error).")
    group.addoption("--vumrules-today", action="store", default=None, metavar="YYYY-MM-DD",
                    help="The run date deadlines are measured against (default: today).")
    group.addoption("--vumrules-expect", action="store_true", default=False,
                    help="A case passes when its findings are exactly its '# expect: CODE' "
                         "annotations (for fixture cases of rule packs).")


def _linter(config: pytest.Config) -> "Linter":
    linter = config.stash.get(_LINTER_KEY, None)
    if linter is None:
        from datetime import date

        from .api import Linter
        from .profiles import ProfileError
        from .registry import RegistryError

        today = config.getoption("vumrules_today")
        try:
            linter = Linter(config.getoption("vumrules_profile"),
                            today=date.fromisoformat(today) if today else None)
        except (ProfileError, RegistryError, ValueError) as exc:
            raise pytest.UsageError(f"vumrules: {exc}") from None
        for b in linter.registry.broken:
            config.issue_config_time_warning(
                pytest.PytestConfigWarning(f"vumrules: plugin {b.name} kunne ikke indlæses: {b.error}"),
                stacklevel=2)
        config.stash[_LINTER_KEY] = linter
    return linter


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> "CaseFile | None":
    config = parent.config
    if not config.getoption("vumrules_profile"):
        return None
    if file_path.suffix.lower() not in CASE_SUFFIXES:
        return None
    return CaseFile.from_parent(parent, path=file_path)


def pytest_report_header(config: pytest.Config) -> str | None:
    profile = config.getoption("vumrules_profile")
    if not profile:
        return None
    return (f"vumrules: profil {profile}, fejlniveau {config.getoption('vumrules_fail_level')}"
            + (", forventninger fra '# expect:'" if config.getoption("vumrules_expect") else ""))


class CaseFile(pytest.File):
    """A case file: one item per document."""

    def collect(self) -> Iterator["CaseItem"]:
        linter = _linter(self.config)
        docs = list(linter.documents([self.path]))
        seen: dict[str, int] = {}
        for doc in docs:
            sag_id = doc.data.get("sag_id") if isinstance(doc.data, dict) else None
            name = str(sag_id) if sag_id not in (None, "") else f"dokument-{doc.index + 1}"
            if name in seen or len(docs) > 1 and sag_id in (None, ""):
                name = f"{name}[{doc.index + 1}]"
            seen[name] = doc.index
            yield CaseItem.from_parent(self, name=name, doc=doc)


class CaseFailure(Exception):
    def __init__(self, lines: list[str]):
        super().__init__("\n".join(lines))
        self.lines = lines


def _line(f: "Finding") -> str:
    reqs = f" ({', '.join(f.requirements)})" if f.requirements else ""
    return f"{f.file}:{f.line}:{f.column}: {f.code} [{f.severity.value}] {f.message}{reqs}"


class CaseItem(pytest.Item):
    def __init__(self, *, doc: "RawDocument", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.doc = doc
        self.result: "CaseResult | None" = None
        self.add_marker(pytest.mark.vumrules)

    def runtest(self) -> None:
        from .findings import Severity

        linter = _linter(self.config)
        self.result = result = linter.check_document(self.doc)
        findings = list(result.findings)
        redact = _redactor(result)
        if self.config.getoption("vumrules_expect"):
            self._compare_expectations(findings, redact)
            return
        level = Severity.parse(self.config.getoption("vumrules_fail_level"))
        failing = [f for f in findings if f.severity.rank >= level.rank]
        for f in findings:
            self.user_properties.append(("finding", redact(_line(f))))
        if failing:
            head = (f"{len(failing)} fund på eller over fejlniveauet '{level.value}' "
                    f"({len(findings)} i alt):")
            raise CaseFailure([head] + [redact(_line(f)) for f in findings])

    def _compare_expectations(self, findings: list["Finding"], redact: Any) -> None:
        from collections import Counter

        from .testing import expectations

        text = self.path.read_text(encoding="utf-8")
        start, end = _document_lines(self.doc, text)
        wanted = Counter({k: v for k, v in expectations(text).items() if start <= k[0] < end})
        got = Counter((f.line, f.code) for f in findings)
        missing, extra = sorted((wanted - got).elements()), sorted((got - wanted).elements())
        if missing or extra:
            lines = []
            lines += [f"forventet men ikke fundet: linje {ln}: {c}" for ln, c in missing]
            lines += [f"fundet men ikke forventet: {redact(_line(f))}" for f in findings
                      if (f.line, f.code) in dict.fromkeys(extra)]
            raise CaseFailure(lines)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, CaseFailure):
            return "\n".join(excinfo.value.lines)
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        line = None
        try:
            line = self.doc.source_map.locate(())[0] - 1
        except Exception:  # pragma: no cover - a document without a source map
            pass
        return self.path, line, f"vumrules: {self.name}"


def _redactor(result: "CaseResult") -> Any:
    """Person names and CPR numbers never reach the test report (FK-04)."""
    from .report import output_redactor

    return output_redactor(result.personal_names)


def _document_lines(doc: "RawDocument", text: str) -> tuple[int, int]:
    """The file lines [start, end) of a document in a multi-document YAML file."""
    lines = text.splitlines()
    separators = [i + 1 for i, ln in enumerate(lines) if ln.rstrip() == "---" or ln.startswith("--- ")]
    bounds = [1] + [s + 1 for s in separators] + [len(lines) + 2]
    if separators and separators[0] <= 2 and all(not ln.strip() or ln.lstrip().startswith("#")
                                                 for ln in lines[:separators[0] - 1]):
        bounds.pop(0)  # a file that starts with '---' has no document before it
    i = min(doc.index, len(bounds) - 2)
    return bounds[i], bounds[i + 1]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "vumrules: a case document checked by vumrules")
    if config.getoption("vumrules_profile", None):
        _linter(config)  # an unknown or broken profile is a usage error before collection


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def _vumrules_base() -> "Linter":
    from .api import Linter
    from .testing import TEST_TODAY

    return Linter("vum2", today=TEST_TODAY)


@pytest.fixture
def vumrules_linter(_vumrules_base: "Linter") -> Any:
    """Factory: ``vumrules_linter(profile="vum2", rules=None)`` → a Linter sharing the
    session's registry, with the kit's fixed run date."""
    from .testing import profile_linter, rule_linter

    def make(profile: str = "vum2", rules: Iterable[str] | None = None) -> "Linter":
        if rules is not None:
            return rule_linter(list(rules), linter=_vumrules_base)
        return profile_linter(profile, linter=_vumrules_base)

    return make


@pytest.fixture
def vumrules_check(vumrules_linter: Any) -> Any:
    """``vumrules_check(case, rules=None, profile=None)`` → findings for a dict, YAML text
    or a file path."""
    from .testing import check

    def run(case: Any, *, rules: Iterable[str] | None = None, profile: str | None = None) -> list:
        lint = vumrules_linter(profile or "vum2", rules=rules)
        return check(case, linter=lint)

    return run


@pytest.fixture
def vumrules_assert(vumrules_linter: Any) -> Any:
    """``vumrules_assert(case, expected=None, rules=None, profile=None)``: the findings are
    exactly ``expected`` ((line, code) pairs) or the case's ``# expect:`` annotations."""
    from .testing import assert_findings

    def run(case: Any, expected: Iterable[tuple[int, str]] | None = None, *,
            rules: Iterable[str] | None = None, profile: str | None = None,
            codes: Iterable[str] | None = None) -> list:
        lint = vumrules_linter(profile or "vum2", rules=rules)
        return assert_findings(case, expected, linter=lint, codes=codes)

    return run


@pytest.fixture
def vumrules_coverage(vumrules_linter: Any) -> Any:
    """``vumrules_coverage(codes, paths, profile=None)``: every rule has a fixture case where
    it fires and one where it applies without a finding."""
    from .testing import assert_rule_coverage

    def run(codes: Iterable[str], paths: Iterable[Any], *, profile: str | None = None) -> Any:
        return assert_rule_coverage(codes, paths, vumrules_linter(profile or "vum2"))

    return run
