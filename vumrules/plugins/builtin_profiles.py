"""The profiles shipped with vumrules (``municipal_profiles/``)."""

from __future__ import annotations

from pathlib import Path

import municipal_profiles

from ..hookspec import hookimpl


@hookimpl
def vumrules_profile_dirs():
    return [Path(municipal_profiles.__file__).parent]
