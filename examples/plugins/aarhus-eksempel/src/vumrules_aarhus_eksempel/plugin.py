"""The plugin module vumrules loads (entry point ``vumrules`` → ``vumrules_aarhus_eksempel.plugin``).

Each function marked ``@hookimpl`` is one hook (see vumrules' docs/plugins.md)."""

from __future__ import annotations

from pathlib import Path

from vumrules import hookimpl

from .rules import RULES


@hookimpl
def vumrules_rules():
    """The Python rules (codes AAR001, ...)."""
    return RULES


@hookimpl
def vumrules_profile_dirs():
    """The profile ``aarhus-eksempel`` (with the declarative rules AAR101, ...)."""
    return [Path(__file__).parent / "profiles"]
