"""SMT: SMART goals and no metodeanvisninger (RK15-21, RK15-22, RK22-09, RK22-11), usable by
any profile. The text heuristics live in :mod:`vumrules.text.smart`; their measured precision
and recall are in docs/smart.md. Findings are warnings: a heuristic on Danish text asks a
reviewer to look, it does not prove the goal wrong."""

from __future__ import annotations

import sys

from ...hookspec import hookimpl
from ..packs import collect


@hookimpl
def vumrules_rules():
    return collect(sys.modules[__name__])
