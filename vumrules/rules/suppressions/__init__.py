"""SUP: suppressions in the case file (``undertrykkelser``) — each needs a reason and a name,
and one that suppresses nothing is reported. See :mod:`vumrules.suppress` and
docs/suppressions.md."""

from __future__ import annotations

import sys

from ...hookspec import hookimpl
from ..packs import collect


@hookimpl
def vumrules_rules():
    return collect(sys.modules[__name__])
