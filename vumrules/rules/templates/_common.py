"""Shared patterns and the decorator for template rules."""

from __future__ import annotations

import re
from typing import Callable, Iterable

from ...rule import Rule, rule

# Danish phrases, case-insensitive; compiled once
PROCESS = re.compile(r"\b(sagsbehandling(?:en|stid)?|forløb(?:et)?|hvad sker der nu|det videre forløb|"
                     r"vi (?:vil|skal) (?:nu )?(?:behandle|undersøge|indhente)|udredning|partshøring|afgørelse)\b", re.I)
GDPR = re.compile(r"\b(gdpr|databeskyttelse\w*|persondata\w*|personoplysninger\w*|oplysningspligt\w*|"
                  r"behandling af (?:dine )?oplysninger|dine rettigheder|registrerede oplysninger)\b", re.I)
RESULT = re.compile(r"\b(du (?:får|kan få|har fået|bevilges)|(?:er|bliver) bevilget|bevilling|bevilger|"
                    r"afslag|giver (?:dig )?afslag|har (?:derfor )?(?:besluttet|truffet afgørelse)|"
                    r"delvis(?:t)? bevilling|imødekommer|kan ikke (?:bevilge|imødekomme))\b", re.I)
CONSIDERATIONS = re.compile(r"\b(lagt vægt på|lægger vægt på|hovedhensyn|afgørende (?:for|betydning)|"
                            r"begrundelse(?:n)?|fordi|idet|da (?:du|vi|din|dit|det))\b", re.I)
ANKESTYRELSEN = re.compile(r"\bankestyrelsen\b", re.I)
FOUR_WEEKS = re.compile(r"\b(4|fire)\s+uger\b", re.I)
RECONSIDER = re.compile(r"\b(genvurder\w*|revurder\w*|vurdere(?:r)? (?:sagen|afgørelsen) (?:igen|på ny)|"
                        r"ser på sagen igen|kommunen (?:skal|vil) (?:først )?(?:genvurdere|se på))\b", re.I)
PLACEHOLDER = re.compile(r"\{\{\s*(.*?)\s*\}\}|\{%\s*(.*?)\s*%\}")
FRIST = re.compile(r"\bfrist(?:en)?\b|\bsenest\b|\binden\b", re.I)
DAYS = re.compile(r"\b(\d{1,3})\s+(?:dage|dages|kalenderdage|arbejdsdage)\b", re.I)
LAW = re.compile(r"\b(servicelov\w*|sel|almenboliglov\w*|abl|barnets lov|forvaltningslov\w*)\b", re.I)


def is_type(*types: str) -> Callable:
    def applies(template, ctx) -> bool:  # noqa: ANN001
        return template.problem is None and template.type in types
    return applies


def template_rule(**kwargs) -> Callable[[Callable], Rule]:
    """@rule for templates: kind "template", examples are Markdown templates."""
    def wrap(fn: Callable) -> Rule:
        from dataclasses import replace

        return replace(rule(**kwargs)(fn), kind="template")
    return wrap


def first_line(template) -> tuple[int, int]:  # noqa: ANN001
    return template.first_line, 1


def missing(template, pattern) -> bool:  # noqa: ANN001
    return template.find(pattern) is None


def section_of(template, heading: re.Pattern) -> Iterable[str]:  # noqa: ANN001
    return [l for l in template.lines if heading.search(l)]
