"""FK: extracts shared across departments without consent (registersamkørsel), requirements
FK-01 … FK-03 (seed 004). These rules read an *udtræk* document (``vumrules udtraek``), not a
case; their kind is ``"extract"``."""

from __future__ import annotations

import sys

from ...hookspec import hookimpl
from ..packs import collect


@hookimpl
def vumrules_rules():
    return collect(sys.modules[__name__])
