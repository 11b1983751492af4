"""SBV: the samlet faglig vurdering is selvbærende (RK15-11, RK15-12, RK22-05), usable by any
profile. The text heuristics live in :mod:`vumrules.text.selvbaerende`; measured precision and
recall are in docs/selvbaerende.md. Heuristic findings are warnings."""

from __future__ import annotations

import sys

from ...hookspec import hookimpl
from ..packs import collect


@hookimpl
def vumrules_rules():
    return collect(sys.modules[__name__])
