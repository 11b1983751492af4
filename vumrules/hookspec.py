"""The plugin contract: every hook vumrules calls. Built-in rule packs, loaders, formatters
and profiles use exactly these hooks, like any municipality's plugin does.

A plugin is a module (or object) with functions marked ``@hookimpl``::

    from vumrules import hookimpl

    @hookimpl
    def vumrules_rules():
        return [MY_RULE]

and is found through the entry-point group ``vumrules`` (see docs/plugins.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

import pluggy

if TYPE_CHECKING:
    from .loader import InputLoader
    from .report import Formatter
    from .rule import Rule

PROJECT = "vumrules"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


class VumrulesSpec:
    @hookspec
    def vumrules_rules(self) -> "Sequence[Rule]":
        """Return the rules this plugin contributes. Called once when the registry is built.
        Codes must be unique across all plugins, and a rule-code prefix belongs to one plugin."""

    @hookspec
    def vumrules_profile_dirs(self) -> "Sequence[Path]":
        """Return directories holding profile YAML files (``<name>.yaml``) this plugin ships."""

    @hookspec
    def vumrules_loaders(self) -> "Sequence[InputLoader]":
        """Return input loaders (objects with ``name``, ``extensions`` and ``read(file, text)``
        yielding :class:`vumrules.sources.RawDocument`) for new export formats."""

    @hookspec
    def vumrules_formatters(self) -> "Sequence[Formatter]":
        """Return output formats (objects with ``name``, ``description`` and
        ``render(report, stream)``)."""

    @hookspec
    def vumrules_configure(self, settings: "dict[str, Any]") -> None:
        """Called once per run, before any case is checked, with the run's effective settings
        (a read-only mapping). For plugins that need to prepare something per run."""
