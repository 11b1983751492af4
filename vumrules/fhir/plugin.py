"""Built-in plugin: the FHIR input loader (``*.fhir.json``, format ``fhir``)."""

from __future__ import annotations

from ..hookspec import hookimpl
from .reader import FHIR_LOADER


@hookimpl
def vumrules_loaders():
    return [FHIR_LOADER]
