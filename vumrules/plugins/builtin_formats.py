"""Built-in output formats SARIF, JUnit XML, GitHub Actions annotations and CSV
(see :mod:`vumrules.formats`), registered through the public hook."""

from __future__ import annotations

from ..formats import FORMATTERS
from ..hookspec import hookimpl


@hookimpl
def vumrules_formatters():
    return FORMATTERS
