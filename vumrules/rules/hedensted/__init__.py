"""HE: Hedensted Kommune, the citizen's path through the case (requirements HE-01 … HE-09,
seed 002: development plan for case handling in the handicap area)."""

from __future__ import annotations

import sys

from ...hookspec import hookimpl
from ..packs import collect


@hookimpl
def vumrules_rules():
    return collect(sys.modules[__name__])
