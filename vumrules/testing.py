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

EXPECT_RE = re.compile(r"(?:#|<!--)\s*expect:\s*([A-Z][A-Z0-9]*\d{3}(?:\s*,\s*[A-Z][A-Z0-9]*\d{3})*)")
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
    if rule.kind == "template":
        from .templates.testing import check_template_rule_examples

        return check_template_rule_examples(rule, linter)
    if rule.kind == "extract":
        from .udtraek import check_extract
        from .loader import documents_from_text

        base = linter or Linter("vum2", today=TEST_TODAY)
        for text, exact in ((fail, True), (ok, False)):
            (doc,) = documents_from_text(text, file="<test>")
            result = check_extract(doc, [rule], base.registry, today=TEST_TODAY)
            if exact:
                mismatch = compare(text, result.findings, codes)
                assert not mismatch, f"{rule.code}: {mismatch}"
            else:
                assert not [f for f in result.findings if f.code in codes], f"{rule.code}: example_pass gav fund"
        return None
    assert expectations(fail), f"{rule.code}: example_fail har ingen '# expect: {rule.code}'-kommentar"
    lint = rule_linter([rule.code], method=_method_of(fail), linter=linter) if rule.kind in ("check", "post") \
        else rule_linter([], method=_method_of(fail), linter=linter)
    assert_expected_findings(fail, lint, codes)
    lint_ok = rule_linter([rule.code], method=_method_of(ok), linter=linter) if rule.kind in ("check", "post") \
        else lint
    got = [f for f in findings_for(ok, lint_ok) if f.code in codes]
    assert not got, f"{rule.code}: example_pass gav fund: " + "; ".join(
        f"{f.line}:{f.column} {f.message}" for f in got)


# --------------------------------------------------------------------------- kit for plugins
# (profiles with declarative rules, checking dicts/text/files, rule coverage of fixture cases)

import os as _os
from pathlib import Path as _Path
from typing import Any as _Any, Mapping as _Mapping


def profile_linter(profile: str, *, linter: Linter | None = None,
                   profile_dirs: Sequence[str | _os.PathLike[str]] = (), today: date | None = None,
                   extra_plugins: Iterable[object] = ()) -> Linter:
    """A linter for ``profile`` (a name or a ``.yaml`` path), sharing ``linter``'s registry."""
    registry = linter.registry if linter is not None else None
    return Linter(profile, registry=registry, today=today or TEST_TODAY, profile_dirs=profile_dirs,
                  extra_plugins=extra_plugins)


def declarative_rules(linter: Linter) -> list[Rule]:
    """The declarative (CEL) rules of the linter's profile, all versions."""
    from .declarative import profile_rules

    return profile_rules(linter.store, linter.profile)


def _as_text(source: "str | _os.PathLike[str] | _Mapping[str, _Any]") -> tuple[str | None, _Any]:
    if isinstance(source, _Mapping):
        return None, dict(source)
    if isinstance(source, _os.PathLike) or (isinstance(source, str) and "\n" not in source
                                            and _Path(source).suffix in (".yaml", ".yml", ".json")):
        return _Path(source).read_text(encoding="utf-8"), None
    return str(source), None


def check(source: "str | _os.PathLike[str] | _Mapping[str, _Any]", *, rules: Iterable[str] | None = None,
          profile: str | None = None, linter: Linter | None = None) -> list[Finding]:
    """Findings for a case given as a dict, YAML text or a file path: against ``rules`` (codes
    or prefixes, plus the SCH format checks), or a whole ``profile``, or ``linter``."""
    if rules is not None:
        lint = rule_linter(list(rules), linter=linter)
    elif profile is not None:
        lint = profile_linter(profile, linter=linter)
    else:
        lint = linter or Linter("vum2", today=TEST_TODAY)
    text, data = _as_text(source)
    if data is not None:
        return list(lint.check_dict(data, file="<test>").findings)
    fmt = "json" if text.lstrip().startswith(("{", "[")) else "yaml"
    return findings_for(text, lint, format=fmt)


def assert_findings(source: "str | _os.PathLike[str] | _Mapping[str, _Any]",
                    expected: Iterable[tuple[int, str]] | None = None, *,
                    rules: Iterable[str] | None = None, profile: str | None = None,
                    linter: Linter | None = None, codes: Iterable[str] | None = None) -> list[Finding]:
    """Exactly the ``expected`` (line, code) findings, or, when ``expected`` is None, exactly
    the ``# expect:`` annotations of the text/file. Only ``codes`` are compared if given."""
    findings = check(source, rules=rules, profile=profile, linter=linter)
    keep = set(codes) if codes is not None else None
    got = Counter((f.line, f.code) for f in findings if keep is None or f.code in keep)
    if expected is None:
        text, _ = _as_text(source)
        assert text is not None, "uden expected skal sagen være YAML-tekst eller en fil med '# expect:'"
        wanted = Counter({k: v for k, v in expectations(text).items() if keep is None or k[1] in keep})
    else:
        wanted = Counter(tuple(e) for e in expected)
    missing, unexpected = sorted((wanted - got).elements()), sorted((got - wanted).elements())
    assert not (missing or unexpected), str(Mismatch(tuple(missing), tuple(unexpected))) + "\n" + \
        "\n".join(f"  {f.line}:{f.column} {f.code} {f.message}" for f in findings)
    return findings


def check_declarative_examples(rule: Rule, linter: Linter) -> None:
    """A declarative rule's examples, run through the profile that defines it (``linter``)."""
    fail, ok = rule.example_fail, rule.example_pass
    assert expectations(fail), f"{rule.code}: eksempler/fejl har ingen '# expect: {rule.code}'-kommentar"
    assert_expected_findings(fail, linter, {rule.code})
    got = [f for f in findings_for(ok, linter) if f.code == rule.code]
    assert not got, f"{rule.code}: eksempler/ok gav fund: " + "; ".join(
        f"{f.line}:{f.column} {f.message}" for f in got)


def case_files(paths: Iterable[str | _os.PathLike[str]]) -> list[_Path]:
    """Case files (.yaml/.yml/.json/.jsonl) under ``paths``, sorted."""
    out: list[_Path] = []
    for p in map(_Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.suffix in (".yaml", ".yml", ".json", ".jsonl")))
        else:
            out.append(p)
    return out


def assert_case_files(paths: Iterable[str | _os.PathLike[str]], linter: Linter,
                      codes: Iterable[str] | None = None) -> None:
    """Every case file's findings are exactly its ``# expect:`` annotations."""
    problems = []
    for f in case_files(paths):
        text = f.read_text(encoding="utf-8")
        fmt = "json" if f.suffix == ".json" else "yaml"
        findings = [x for r in linter.check_text(text, format=fmt, file=f.as_posix()) for x in r.findings]
        m = compare(text, findings, codes)
        if m:
            problems.append(f"{f}: {m}")
    assert not problems, "\n".join(problems)


@dataclass(frozen=True)
class Coverage:
    fired: tuple[str, ...]   # documents ("file#n") where the rule gave a finding
    silent: tuple[str, ...]  # documents where the rule ran and gave none


def rule_coverage(codes: Iterable[str], paths: Iterable[str | _os.PathLike[str]],
                  linter: Linter) -> dict[str, Coverage]:
    """For each rule code: in which fixture documents it fires and in which it stays silent
    (only documents where the rule applied count as silent)."""
    from .engine import Outcome

    wanted = list(codes)
    fired: dict[str, list[str]] = {c: [] for c in wanted}
    silent: dict[str, list[str]] = {c: [] for c in wanted}
    for result in linter.check_paths(list(paths)):
        doc = f"{result.file}#{result.document}"
        hit = {f.code for f in result.findings}
        for c in wanted:
            if c in hit:
                fired[c].append(doc)
            elif result.outcomes.get(c) == Outcome.PASSED:
                silent[c].append(doc)
    return {c: Coverage(tuple(fired[c]), tuple(silent[c])) for c in wanted}


def assert_rule_coverage(codes: Iterable[str], paths: Iterable[str | _os.PathLike[str]],
                         linter: Linter) -> dict[str, Coverage]:
    """Every rule has at least one fixture case where it fires and one where it applies and
    stays silent: the check a plugin runs over its ``cases/`` directory."""
    cov = rule_coverage(codes, paths, linter)
    gaps = [f"{c}: {'ingen sag hvor reglen giver fund' if not v.fired else ''}"
            f"{'; ' if not v.fired and not v.silent else ''}"
            f"{'ingen sag hvor reglen gælder uden fund' if not v.silent else ''}"
            for c, v in cov.items() if not v.fired or not v.silent]
    assert not gaps, "regler uden dækning i eksempelsagerne:\n  " + "\n  ".join(gaps)
    return cov
