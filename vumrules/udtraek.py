"""Checking extracts shared across departments without consent (``vumrules udtraek``).

An *udtræk* is a YAML/JSON document (docs/udtraek.md) read with the same loaders as cases, so
findings are located by line and column. The rules are of kind ``"extract"`` (pack
``vumrules/rules/udtraek``, prefix FK) and receive the document's plain data.
"""

from __future__ import annotations

from datetime import date
from types import MappingProxyType
from typing import Iterable

from .engine import CaseResult, Outcome, located_finding, rule_options, rule_severity
from .findings import Finding, Violation
from .loader import iter_documents
from .profiles import ResolvedProfile
from .registry import Registry
from .rule import Rule, RuleContext
from .sources import RawDocument


def extract_rules(registry: Registry, resolved: ResolvedProfile | None = None) -> list[Rule]:
    rules = [r for r in registry.rules.values() if r.kind == "extract"]
    return [r for r in rules if resolved is None or r.code in resolved.rules]


def check_extract(doc: RawDocument, rules: Iterable[Rule], registry: Registry, *, today: date,
                  resolved: ResolvedProfile | None = None) -> CaseResult:
    findings: list[Finding] = []
    outcomes: dict[str, Outcome] = {}

    def make(rule: Rule, path, args, line=None, col=None) -> Finding:
        return located_finding(rule, Violation(tuple(path), args), doc, rule_severity(rule, resolved),
                               explicit=(line, col) if line is not None else None)

    for p in doc.problems:  # unreadable file, duplicate keys ...
        sch = registry.rules[p.code]
        findings.append(make(sch, p.path, p.args, p.line, p.column))
    if doc.data is not None:
        for rule in rules:
            ctx = RuleContext(options=rule_options(rule, resolved), reference_date=today, today=today, method="vum2")
            try:
                hits = list(rule.check(doc.data, ctx) or ())  # type: ignore[arg-type,misc]
            except Exception as exc:  # a rule's bug is a finding on this document, not a crash
                outcomes[rule.code] = Outcome.ERROR
                findings.append(make(registry.rules["SCH900"], (), {"regel": rule.code, "fejl": type(exc).__name__}))
                continue
            outcomes[rule.code] = Outcome.FAILED if hits else Outcome.PASSED
            findings.extend(make(rule, v.path, v.args) for v in hits)
    findings.sort(key=Finding.sort_key)
    return CaseResult(doc.file, doc.index, None, tuple(findings), MappingProxyType(outcomes),
                      resolved.name if resolved else "", resolved.version if resolved else "",
                      loaded=doc.data is not None)


def check_extract_paths(paths, registry: Registry, resolved: ResolvedProfile | None, today: date) -> list[CaseResult]:
    rules = extract_rules(registry, resolved)
    return [check_extract(doc, rules, registry, today=today, resolved=resolved)
            for doc in iter_documents(paths, registry.loaders())]
