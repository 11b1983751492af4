"""Testing kit for rule authors (ours and municipalities').

Fixture cases carry their expected findings as comments on the line where the finding must
land::

    udredning:
      temaer:
        - navn: Egenomsorg  # expect: VUM008
          score: 2

:func:`expectations` reads them; :func:`check_rule_examples` runs a rule's documented
failing example (exactly the annotated findings, codes and lines) and passing example (none
of the rule's findings).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Sequence

from .api import Linter
from .findings import Finding
from .rule import Rule

EXPECT_RE = re.compile(r"#\s*expect:\s*([A-Z][A-Z0-9]*\d{3}(?:\s*,\s*[A-Z][A-Z0-9]*\d{3})*)")
#: run date used by the kit, so tests do not change with the calendar
TEST_TODAY = date(2026, 11, 26)


def expectations(text: str) -> Counter[tuple[int, str]]:
    """(line, code) pairs annotated with ``# expect: CODE[, CODE]`` comments (a multiset)."""
    out: Counter[tuple[int, str]] = Counter()
    for lineno, line in enumerate(text.splitlines(), start=1):
        m = EXPECT_RE.search(line)
        if m:
            for code in re.split(r"\s*,\s*", m.group(1)):
                out[(lineno, code)] += 1
    return out


def rule_linter(codes: Iterable[str], *, method: str = "vum2", linter: Linter | None = None,
                extends: str | None = None) -> Linter:
    """A linter running only ``codes`` (plus the SCH format checks)."""
    base = linter or Linter("vum2", today=TEST_TODAY)
    selected = ["SCH", *codes]
    name = "test-" + "-".join(sorted(set(codes))).lower()
    lines = [f"navn: {name}", f"metode: {method}", f"select: [{', '.join(selected)}]"]
    if extends:
        lines.append(f"extends: {extends}")
    base.store.register_text(name, "\n".join(lines) + "\n")
    return Linter(name, registry=base.registry, today=base.engine.today, _store=base.store)


def findings_for(text: str, linter: Linter, *, format: str = "yaml") -> list[Finding]:
    return [f for r in linter.check_text(text, format=format, file="<test>") for f in r.findings]


@dataclass(frozen=True)
class Mismatch:
    missing: tuple[tuple[int, str], ...]
    unexpected: tuple[tuple[int, str], ...]

    def __bool__(self) -> bool:
        return bool(self.missing or self.unexpected)

    def __str__(self) -> str:
        return (f"forventede fund der ikke kom (linje, kode): {list(self.missing)}; "
                f"fund der ikke var forventet: {list(self.unexpected)}")


def compare(text: str, findings: Sequence[Finding], codes: Iterable[str] | None = None) -> Mismatch:
    """Annotated expectations vs actual findings (only ``codes`` if given)."""
    wanted = expectations(text)
    keep = set(codes) if codes is not None else None
    got: Counter[tuple[int, str]] = Counter(
        (f.line, f.code) for f in findings if keep is None or f.code in keep
    )
    if keep is not None:
        wanted = Counter({k: v for k, v in wanted.items() if k[1] in keep})
    return Mismatch(tuple(sorted((wanted - got).elements())), tuple(sorted((got - wanted).elements())))


def assert_expected_findings(text: str, linter: Linter, codes: Iterable[str] | None = None) -> None:
    """Fail (AssertionError) unless the findings are exactly the ``# expect:`` annotations."""
    findings = findings_for(text, linter)
    mismatch = compare(text, findings, codes)
    assert not mismatch, str(mismatch) + "\n" + "\n".join(
        f"  {f.line}:{f.column} {f.code} {f.message}" for f in findings)


def _method_of(text: str) -> str:
    m = re.search(r"^\s*metode:\s*(vum[12])\b", text, re.M)
    return m.group(1) if m else "vum2"


def check_rule_examples(rule: Rule, linter: Linter | None = None) -> None:
    """The rule's failing example gives exactly its annotated findings (code and line) and
    at least one; the passing example gives none of the rule's findings."""
    fail, ok = rule.example_fail, rule.example_pass
    codes = {rule.code}
    assert expectations(fail), f"{rule.code}: example_fail har ingen '# expect: {rule.code}'-kommentar"
    lint = rule_linter([rule.code], method=_method_of(fail), linter=linter) if rule.kind == "check" \
        else rule_linter([], method=_method_of(fail), linter=linter)
    assert_expected_findings(fail, lint, codes)
    lint_ok = rule_linter([rule.code], method=_method_of(ok), linter=linter) if rule.kind == "check" \
        else lint
    got = [f for f in findings_for(ok, lint_ok) if f.code in codes]
    assert not got, f"{rule.code}: example_pass gav fund: " + "; ".join(
        f"{f.line}:{f.column} {f.message}" for f in got)
