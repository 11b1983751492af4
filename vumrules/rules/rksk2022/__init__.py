"""RKB: Ringkøbing-Skjern Kommune, "Drejebog for VUM i Handicap og Psykiatri", October 2022,
approved in FagMED January 2023 (seed 003; requirements RK22-01 … RK22-16).

Selected by the ``ringkobing-skjern`` profile's version "2022" (in force from 2023-01-01);
cases dated before that are checked by the 2015 drejebog's pack (RKA).

Codes: ``RKB0NN`` is the main check of requirement RK22-NN; ``RKB1NN`` a second, separate
check of the same requirement (e.g. RKB102, værgemål, is the second half of RK22-02). RK22-05
(selvbærende vurdering) and RK22-11 (SMART delmål), and the "no metodeanvisninger in
indsatsmål" half of RK22-09, are checked by the cross-cutting packs, not here.
"""

from __future__ import annotations

import sys

from ...hookspec import hookimpl
from ..packs import collect


@hookimpl
def vumrules_rules():
    return collect(sys.modules[__name__])
