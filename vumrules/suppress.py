"""Suppressions with reasons: ``undertrykkelser`` in the case file, applied after evaluation.

A case may accept a finding on purpose, with a reason and a name::

    undertrykkelser:
      - koder: [VUM008]                   # codes or prefixes
        felt: /udredning/temaer/2         # JSON pointer; without it the whole case
        begrundelse: Temaet er beskrevet i den vedhæftede lægeerklæring.
        af: SB-117
        dato: 2026-03-02

After the rules have run, :func:`apply_suppressions` moves every finding matched by a valid
suppression from ``findings`` to ``suppressed`` (counted in the summary, shown with
``--show-suppressed``). A suppression matches a finding when one of its codes equals the
finding's code or is a prefix of it, and (with ``felt``) the finding's field is that field or
lies below it.

Only a suppression with a reason (``begrundelse``) and a name (``af``) takes effect; the
``SUP`` rules report the rest:

* SUP001: a suppression without a reason (a normal rule over the case);
* SUP002: a suppression without who made it (a normal rule over the case);
* SUP003: a valid suppression that suppressed nothing (like ruff's RUF100) — produced here,
  after evaluation, when the profile selects it.

Findings of the ``SUP`` rules themselves cannot be suppressed.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from .findings import Finding, Severity, Violation
from .model import Case, Undertrykkelse
from .profiles import ResolvedProfile
from .registry import Registry
from .rule import Rule

PREFIX = "SUP"
UNUSED = "SUP003"
_CODE_RE = re.compile(r"^[A-Za-z][A-Za-z0-9]{0,8}$")

MakeFinding = Callable[[Rule, Violation, Severity], Finding]


def has_text(value: str | None) -> bool:
    return bool(value and value.strip())


def is_valid(u: Undertrykkelse) -> bool:
    """Takes effect: has a reason and who made it (without codes it matches nothing, and is
    then reported as unused)."""
    return has_text(u.begrundelse) and has_text(u.af)


def codes_text(u: Undertrykkelse) -> str:
    """The suppression's codes for a message: only code-shaped text, never free text (FK-04)."""
    shown = [k.strip().upper() if _CODE_RE.match(k.strip()) else "?" for k in u.koder]
    return ", ".join(shown) or "-"


def matches(u: Undertrykkelse, f: Finding) -> bool:
    if f.code.startswith(PREFIX):
        return False
    if not any(f.code == k.strip().upper() or f.code.startswith(k.strip().upper())
               for k in u.koder if k.strip()):
        return False
    if u.felt and u.felt.strip() not in ("", "/"):
        felt = u.felt.strip().rstrip("/")
        if not felt.startswith("/"):
            felt = "/" + felt
        return f.path == felt or f.path.startswith(felt + "/")
    return True


def apply_suppressions(
    case: Case | None,
    findings: Sequence[Finding],
    resolved: ResolvedProfile,
    registry: Registry,
    make_finding: MakeFinding,
) -> tuple[list[Finding], list[Finding]]:
    """``(kept, suppressed)``: the findings no valid suppression matches (plus SUP003 for each
    valid suppression that matched nothing, if selected) and the ones suppressed."""
    entries = list(case.undertrykkelser) if case is not None else []
    if not entries:
        return list(findings), []
    used = [False] * len(entries)
    kept: list[Finding] = []
    suppressed: list[Finding] = []
    for f in findings:
        hit = next((i for i, u in enumerate(entries) if is_valid(u) and matches(u, f)), None)
        if hit is None:
            kept.append(f)
        else:
            used[hit] = True
            suppressed.append(f)
    rule = registry.rules.get(UNUSED)
    if rule is not None and UNUSED in resolved.rules:
        severity = resolved.severity.get(UNUSED, rule.severity)
        for i, u in enumerate(entries):
            if is_valid(u) and not used[i]:
                kept.append(make_finding(rule, Violation(("undertrykkelser", i), {"koder": codes_text(u)}),
                                         severity))
        kept.sort(key=Finding.sort_key)
    return kept, suppressed
