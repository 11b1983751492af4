"""VUM: the national method (requirements VUM-01 … VUM-12), for VUM 1.0 and VUM 2.0 cases.

Theme names, categories and scales come from :mod:`vumrules.vocabulary`, never from strings
in the rules."""

from __future__ import annotations

import sys

from ...hookspec import hookimpl
from ..packs import collect


@hookimpl
def vumrules_rules():
    return collect(sys.modules[__name__])
