"""KL: KL's invariants for FFB delivery reports (FHIR R4, kl.dk.fhir.ffbreporting 1.0.0),
requirements KL-01 … KL-12.

The rules apply only to cases read from a FHIR bundle (``case.fhir``, set by the loader in
:mod:`vumrules.fhir`); they read the bundle through :class:`vumrules.fhir.BundleView` and ask
:data:`vumrules.vocabulary.ffb` and the VUM 2.0 vocabulary about codes, never spelling theme
names or code lists themselves. Profile ``ffb`` selects them (docs/fhir.md)."""

from __future__ import annotations

import sys

from ...hookspec import hookimpl
from ..packs import collect


@hookimpl
def vumrules_rules():
    return collect(sys.modules[__name__])
