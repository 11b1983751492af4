"""Checking municipal letter and decision templates (``vumrules templates``).

Templates are read by :mod:`vumrules.templates.reader`; the checks are rules of kind
``"template"`` (pack ``vumrules/rules/templates``, prefix TPL) whose check receives a
:class:`~vumrules.templates.reader.Template` and yields :class:`Hit` objects (line, column,
message arguments). Results are ordinary :class:`~vumrules.engine.CaseResult` objects, so every
output format (text, json, SARIF, JUnit, GitHub ...) works for templates too.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Any, Iterable, Mapping

from pydantic import BaseModel

from ..engine import CaseResult, Outcome, rule_options, rule_severity
from ..findings import Finding, Location
from ..model import Case
from ..profiles import ResolvedProfile
from ..registry import Registry
from ..rule import Rule, RuleContext
from .reader import Template, iter_template_files, read_template

__all__ = ["Hit", "Template", "check_template", "check_template_paths", "model_path_exists"]


@dataclass(frozen=True)
class Hit:
    """Where a template rule found a problem (line 0 = the template as a whole)."""

    line: int = 1
    column: int = 1
    args: Mapping[str, Any] = field(default_factory=dict)


def template_rules(registry: Registry, resolved: ResolvedProfile | None = None) -> list[Rule]:
    rules = [r for r in registry.rules.values() if r.kind == "template"]
    if resolved is not None:
        rules = [r for r in rules if r.code in resolved.rules]
    return rules


def check_template(template: Template, rules: Iterable[Rule], *, today: date,
                   resolved: ResolvedProfile | None = None) -> CaseResult:
    findings: list[Finding] = []
    outcomes: dict[str, Outcome] = {}
    for rule in rules:
        severity = rule_severity(rule, resolved)
        ctx = RuleContext(options=rule_options(rule, resolved), reference_date=today, today=today,
                          method=resolved.method if resolved else "vum2",
                          profile=resolved.name if resolved else "", profile_version=resolved.version if resolved else "")
        if rule.applies is not None and not rule.applies(template, ctx):  # type: ignore[arg-type]
            outcomes[rule.code] = Outcome.NOT_APPLICABLE
            continue
        hits = list(rule.check(template, ctx) or ())  # type: ignore[arg-type,misc]
        outcomes[rule.code] = Outcome.FAILED if hits else Outcome.PASSED
        for h in hits:
            findings.append(Finding(
                code=rule.code, severity=severity,
                message=rule.message(h.args, "da"), message_en=rule.message(h.args, "en"),
                requirements=rule.requirements, location=Location(template.file, h.line, h.column, 0),
                path="", case_id=None, rule_name=rule.name,
            ))
    findings.sort(key=Finding.sort_key)
    return CaseResult(file=template.file, document=0, case_id=None, findings=tuple(findings),
                      outcomes=MappingProxyType(outcomes),
                      profile=resolved.name if resolved else "", profile_version=resolved.version if resolved else "",
                      loaded=template.problem is None)


def check_template_paths(paths, registry: Registry, resolved: ResolvedProfile | None, today: date) -> list[CaseResult]:
    rules = template_rules(registry, resolved)
    return [check_template(read_template(path, display), rules, today=today, resolved=resolved)
            for display, path in iter_template_files(paths)]


# ---------------------------------------------------------------------------- placeholders


def _inner_model(ann: Any) -> Any:
    if isinstance(ann, type) and issubclass(ann, BaseModel):
        return ann
    for a in typing.get_args(ann):
        inner = _inner_model(a)
        if inner is not None:
            return inner
    return None


def _is_list(ann: Any) -> bool:
    if typing.get_origin(ann) is list:
        return True
    return any(_is_list(a) for a in typing.get_args(ann))


def model_path_exists(path: list[str], model: type[BaseModel] = Case) -> tuple[bool, Any]:
    """Does a dotted path (``borger.navn``, ``bestilling.indsatser[0].navn``) name a field of
    the case model? Returns (exists, the model/annotation reached)."""
    current: Any = model
    for part in path:
        name = part.split("[", 1)[0]
        fields = getattr(current, "model_fields", None)
        if not fields or name not in fields:
            return False, None
        ann = fields[name].annotation
        inner = _inner_model(ann)
        if "[" in part and not _is_list(ann):
            return False, None
        current = inner if inner is not None else ann
    return True, current
