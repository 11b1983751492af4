"""Built-in input formats (YAML, JSON, JSON Lines) and output formats (text, json)."""

from __future__ import annotations

from ..hookspec import hookimpl
from ..loader import BUILTIN_LOADERS
from ..report import BUILTIN_FORMATTERS


@hookimpl
def vumrules_loaders():
    return BUILTIN_LOADERS


@hookimpl
def vumrules_formatters():
    return BUILTIN_FORMATTERS
