"""HJ: Hjørring Kommune, Myndighed Handicap — "Arbejdsgang: VUM 2.0 taskforce (Botilbud i eget
hjem)", gældende fra 01.08.24, revideret 02.04.25 (seed 000; requirements HJ-01 … HJ-14).

The taskforce is the faglig sluse for botilbud cases: which cases must go there, what must be
done before agenda-setting (sagsåbning, sagsoplysning, foreløbig sagsvurdering, two sign-offs
against the Bilag 1 checklist), the Monday 12:00 deadline before the Thursday meeting, the
henvendelse/notat/sag/indstilling the caseworker creates in CURA (Bilag 2), the indstilling's
status workflow (Bilag 3), the referat, and the målgruppeafgrænsning that decides the next
step. Texts, organisations, statuses and transitions are data (``_faelles.py``) and rule
options, so ``municipal_profiles/hjoerring.yaml`` can change them.

Besides the rules the pack exposes, for the sign-off command:

* :data:`vumrules.rules.hjoerring.checklist.CHECKLIST` — Bilag 1 as data, item → rule codes;
* :func:`vumrules.rules.hjoerring.agenda.meeting_load` — the agenda-level part of HJ-07
  (at most two cases per meeting).
"""

from __future__ import annotations

import sys

from ...hookspec import hookimpl
from ..packs import collect


@hookimpl
def vumrules_rules():
    return collect(sys.modules[__name__])
