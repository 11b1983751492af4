"""Output formats beyond text and json: SARIF 2.1.0, JUnit XML, GitHub Actions annotations
and CSV. Each is a formatter (``name``, ``description``, ``render(report, stream)``)
registered through the ``vumrules_formatters`` hook by
:mod:`vumrules.plugins.builtin_formats`, exactly like a third-party format would be.

Every string shown to a person goes through :meth:`vumrules.report.Report.redact` (FK-04).
"""

from __future__ import annotations

from .csv import CsvFormatter
from .github import GithubFormatter
from .junit import JunitFormatter
from .sarif import SarifFormatter

FORMATTERS = (SarifFormatter(), JunitFormatter(), GithubFormatter(), CsvFormatter())

__all__ = ["FORMATTERS", "CsvFormatter", "GithubFormatter", "JunitFormatter", "SarifFormatter"]
