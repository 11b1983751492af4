"""SIG: sign-off records written by ``vumrules signoff`` still match the case."""

from __future__ import annotations

import sys

from ...hookspec import hookimpl
from ..packs import collect


@hookimpl
def vumrules_rules():
    return collect(sys.modules[__name__])
