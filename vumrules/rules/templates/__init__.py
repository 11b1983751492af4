"""TPL: municipal letter and decision templates (``vumrules templates``). These rules read a
template (:class:`vumrules.templates.reader.Template`), not a case; they have kind
``"template"`` and their examples are Markdown templates."""

from __future__ import annotations

import sys

from ...hookspec import hookimpl
from ..packs import collect


@hookimpl
def vumrules_rules():
    return collect(sys.modules[__name__])
