"""Evaluate: run the rules a profile selects over one case document.

The engine knows no municipality: it takes a registry (the rules) and a profile store (what
to run), and turns each document into a :class:`CaseResult` — located findings plus, per
rule, whether it applied and held (the raw material of compliance percentages).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Any, Iterable, Iterator, Mapping

from .findings import Finding, Location, Severity, Violation, pointer
from .loader import BuiltCase, build_case
from .model import Case
from .profiles import ProfileStore, ResolvedProfile
from .registry import Registry
from .rule import Rule, RuleContext
from .sources import LoadProblem, RawDocument
from .suppress import apply_suppressions

#: code of the finding reported when a rule itself crashes on a case
INTERNAL_ERROR = "SCH900"


class Outcome(str, enum.Enum):
    PASSED = "passed"
    FAILED = "failed"
    NOT_APPLICABLE = "not_applicable"
    ERROR = "error"


@dataclass(frozen=True)
class CaseResult:
    """Everything known about one checked document."""

    file: str
    document: int
    case_id: str | None
    findings: tuple[Finding, ...]
    outcomes: Mapping[str, Outcome]
    profile: str = ""
    profile_version: str = ""
    organisation: Mapping[str, str | None] = field(default_factory=dict)
    loaded: bool = True  # False when the document could not be turned into a case at all
    case: Case | None = field(default=None, compare=False, repr=False)
    #: names of people in the case, kept for redaction and never printed
    personal_names: tuple[str, ...] = field(default=(), compare=False, repr=False)
    #: findings a valid suppression in the case (``undertrykkelser``) took out of ``findings``
    suppressed: tuple[Finding, ...] = ()

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)


@dataclass
class Engine:
    registry: Registry
    store: ProfileStore
    profile: str
    today: date = field(default_factory=date.today)
    #: extra finding producers (declarative CEL rules), per resolved profile chain
    _extra: dict[tuple[str, ...], list[Rule]] = field(default_factory=dict)
    #: every case rule to run, per resolved profile chain
    _rules: dict[tuple[str, ...], list[Rule]] = field(default_factory=dict)

    def resolved_for(self, case: Case | None) -> ResolvedProfile:
        when = (case.reference_date() if case else None) or self.today
        return self.store.resolve(self.profile, when)

    def rules_for(self, resolved: ResolvedProfile) -> list[Rule]:
        """The case rules a profile version runs, worked out once per version and run."""
        key = resolved.chain  # a version's rules depend on its parents' versions too
        if key not in self._rules:
            declared: list[Rule] = []
            if resolved.declarative:
                from .declarative import compile_profile_rules  # lazy: only profiles that use it

                declared = compile_profile_rules(resolved, self.registry)
            self._extra[key] = declared
            selected = [self.registry.rules[c] for c in resolved.rules]
            self._rules[key] = [r for r in selected if r.kind == "check"] + declared
        return self._rules[key]

    def declarative_rules(self) -> Iterator[Rule]:
        """The profile-declared rules compiled so far in this run (all profile versions used)."""
        for rules in self._extra.values():
            yield from rules

    def check_document(self, doc: RawDocument) -> CaseResult:
        built = build_case(doc)
        return self.check_built(doc, built)

    def check_built(self, doc: RawDocument, built: BuiltCase) -> CaseResult:
        case = built.case
        resolved = self.resolved_for(case)
        findings: list[Finding] = []
        case_id = case.sag_id if case else None
        for problem in built.problems:
            f = self._load_finding(doc, problem, resolved, case_id)
            if f is not None:
                findings.append(f)
        outcomes: dict[str, Outcome] = {}
        if case is not None:
            method = case.metode or resolved.method
            when = case.reference_date() or self.today
            for rule in self.rules_for(resolved):
                ctx = RuleContext(
                    options=rule_options(rule, resolved),
                    reference_date=when,
                    today=self.today,
                    method=method,
                    profile=resolved.name,
                    profile_version=resolved.version,
                    local_subthemes=resolved.local_subthemes,
                    values=resolved.values,
                )
                outcome, produced = self._run_rule(rule, case, ctx, doc, resolved, built)
                outcomes[rule.code] = outcome
                findings.extend(produced)
        findings.sort(key=Finding.sort_key)
        findings, suppressed = apply_suppressions(
            case, findings, resolved, self.registry,
            lambda rule, v, severity: self._finding(rule, v, doc, severity, case_id))
        org = case.organisation if case and case.organisation else None
        return CaseResult(
            file=doc.file,
            document=doc.index,
            case_id=case_id,
            findings=tuple(findings),
            outcomes=MappingProxyType(outcomes),
            profile=resolved.name,
            profile_version=resolved.version,
            organisation=MappingProxyType({
                "kommune": org.kommune if org else None,
                "enhed": org.enhed if org else None,
                "team": org.team if org else None,
                "sagsbehandler_id": org.sagsbehandler_id if org else None,
            }),
            loaded=case is not None,
            case=case,
            personal_names=_names(case),
            suppressed=tuple(suppressed),
        )

    # -- internals -------------------------------------------------------------------------
    def _run_rule(self, rule: Rule, case: Case, ctx: RuleContext, doc: RawDocument,
                  resolved: ResolvedProfile, built: BuiltCase) -> tuple[Outcome, list[Finding]]:
        if rule.methods and ctx.method not in rule.methods:
            return Outcome.NOT_APPLICABLE, []
        try:
            if rule.applies is not None and not rule.applies(case, ctx):
                return Outcome.NOT_APPLICABLE, []
            violations = list(rule.check(case, ctx) or ()) if rule.check else []
        except Exception as exc:  # a rule's bug becomes a finding on this case, not a crash
            # an exception may name its own finding (e.g. SCH901 from a declarative rule)
            internal = self.registry.rules.get(getattr(exc, "finding_code", INTERNAL_ERROR)) \
                or self.registry.rules.get(INTERNAL_ERROR)
            if internal is None:
                raise
            args = {"regel": rule.code, "fejl": type(exc).__name__, **getattr(exc, "finding_args", {})}
            f = self._finding(internal, Violation(tuple(getattr(exc, "finding_path", ())), args),
                              doc, internal.severity, case.sag_id)
            return Outcome.ERROR, [f]
        produced = []
        severity = resolved.severity.get(rule.code, rule.severity)
        for v in violations:
            path = built.original_path(v.path)  # the field as it stands in the file
            if any(path[: len(p)] == p for p in built.pruned):
                continue  # the schema finding on that field already says it
            produced.append(self._finding(rule, Violation(path, v.args), doc, severity, case.sag_id))
        return (Outcome.FAILED if produced else Outcome.PASSED), produced

    def _load_finding(self, doc: RawDocument, problem: LoadProblem, resolved: ResolvedProfile,
                      case_id: str | None) -> Finding | None:
        rule = self.registry.rules.get(problem.code)
        if rule is None:  # pragma: no cover - schema rules are built in
            raise KeyError(problem.code)
        if problem.code not in resolved.rules and problem.code != "SCH001":
            return None  # a profile may ignore e.g. unknown fields; unreadable files always count
        severity = resolved.severity.get(rule.code, rule.severity)
        return self._finding(rule, Violation(problem.path, problem.args), doc, severity, case_id,
                             explicit=(problem.line, problem.column) if problem.line is not None else None)

    def _finding(self, rule: Rule, v: Violation, doc: RawDocument, severity: Severity,
                 case_id: str | None, explicit: tuple[int, int | None] | None = None) -> Finding:
        return located_finding(rule, v, doc, severity, case_id, explicit)


def located_finding(rule: Rule, v: Violation, doc: RawDocument, severity: Severity,
                    case_id: str | None = None, explicit: tuple[int, int | None] | None = None) -> Finding:
    """A rule's violation as a finding, located in ``doc`` (or at ``explicit`` line, column)."""
    if explicit is not None:
        line, col, at = explicit[0], explicit[1] or 1, v.path
    else:
        line, col, at = doc.source_map.locate(v.path)
    return Finding(
        code=rule.code,
        severity=severity,
        message=rule.message(v.args, "da"),
        message_en=rule.message(v.args, "en"),
        requirements=rule.requirements,
        location=Location(doc.file, line, col, doc.index),
        path=pointer(v.path),
        case_id=case_id,
        rule_name=rule.name,
        located_at=pointer(at) if tuple(at) != tuple(v.path) else None,
    )


def rule_severity(rule: Rule, resolved: ResolvedProfile | None) -> Severity:
    """The rule's severity under the profile (its own default without one)."""
    return resolved.severity.get(rule.code, rule.severity) if resolved is not None else rule.severity


def rule_options(rule: Rule, resolved: ResolvedProfile | None) -> Mapping[str, Any]:
    """The rule's options: its defaults, overridden by the profile's."""
    override = resolved.options.get(rule.code) if resolved is not None else None
    if not override:
        return rule.options
    return MappingProxyType({**rule.options, **override})


def _names(case: Case | None) -> tuple[str, ...]:
    if case is None or case.borger is None:
        return ()
    b = case.borger
    people = [b.navn] + [p.navn for p in (b.vaerge, b.partsrepraesentant) if p] + [p.navn for p in b.paaroerende]
    return tuple(n for n in people if n)


def check_documents(engine: Engine, docs: Iterable[RawDocument]) -> Iterator[CaseResult]:
    for doc in docs:
        yield engine.check_document(doc)
