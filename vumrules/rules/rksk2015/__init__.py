"""RKA: Ringkøbing-Skjern Kommune, "Drejebog for dialogbaseret BUM på baggrund af VUM",
Handicap og Psykiatri, approved 10.09.2014, revised April 2015 (VUM 1.0, KMD EKJ): seed 001,
requirements RK15-01 … RK15-29 (../shared/domain/requirements.md section 3).

The prefix ``RKA`` is "Ringkøbing-Skjern, drejebog A" (2015); the 2022 drejebog is ``RKB``.
Rule numbers follow the requirement numbers (RKA013 checks RK15-13). The municipal profile
``ringkobing-skjern`` (version 2015, in force from 2015-04-01, extends ``vum1``) selects the
pack. Numbers (14 days, 2 years, pakke thresholds) and lists (statuses, tilbudstyper) are
rule options, so a profile can change them. RK15-11/12 (samlet faglig vurdering, selvbærende)
and RK15-21/22 (SMART, metodeanvisninger) are covered by the cross-cutting text packs.
"""

from __future__ import annotations

import sys

from ...hookspec import hookimpl
from ..packs import collect


@hookimpl
def vumrules_rules():
    return collect(sys.modules[__name__])
