"""Reading KL's FFB delivery reports (FHIR R4 bundles, IG kl.dk.fhir.ffbreporting 1.0.0).

Municipalities report VUM 2.0 / FFB documentation to KL's gateway as one ``Bundle`` per
citizen. vumrules reads such a bundle from a ``*.fhir.json`` file (or ``check_text(...,
format="fhir")``), maps it onto the case model (:mod:`.mapping`) so the ordinary rules and
reports work, and keeps the bundle in ``case.fhir.bundle`` for the KL rules (pack ``KL``,
requirements KL-01 .. KL-12), which read it through :class:`.bundle.BundleView`.

See docs/fhir.md for the mapping and for which invariants are checked how.
"""

from __future__ import annotations

from .bundle import BundleView, Entry, is_fhir_case, view_of
from .mapping import map_bundle
from .reader import EXTENSIONS, FHIR_LOADER, FORMAT, read_fhir

__all__ = [
    "EXTENSIONS",
    "FHIR_LOADER",
    "FORMAT",
    "BundleView",
    "Entry",
    "is_fhir_case",
    "map_bundle",
    "read_fhir",
    "view_of",
]
