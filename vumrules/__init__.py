"""vumrules: rules, validation and a linter for Danish adult social-case work (VUM 2.0).

Load → evaluate → report:

* :mod:`vumrules.sources`, :mod:`vumrules.loader`: files/text/dicts → typed :class:`Case`
  with source locations;
* :mod:`vumrules.engine`: the rules a profile selects, run over each case;
* :mod:`vumrules.report`: formatters.

The public API is what this module exports; see docs/api.md.
"""

from __future__ import annotations

from .api import Linter, load_cases
from .authoring import case_rule
from .engine import CaseResult, Outcome
from .findings import Finding, Location, Severity, Violation
from .hookspec import hookimpl
from .model import Case
from .profiles import ProfileError
from .rule import Rule, RuleContext, rule, violation

__all__ = [
    "Case",
    "CaseResult",
    "Finding",
    "Linter",
    "Location",
    "Outcome",
    "ProfileError",
    "Rule",
    "RuleContext",
    "Severity",
    "Violation",
    "__version__",
    "case_rule",
    "hookimpl",
    "load_cases",
    "rule",
    "violation",
]


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("vumrules")
    except PackageNotFoundError:  # pragma: no cover - source tree without install
        return "0+unknown"


__version__ = _version()
