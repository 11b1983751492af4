from __future__ import annotations

import pytest

from vumrules import Linter
from vumrules.testing import TEST_TODAY

GOOD = """\
format_version: "1.0"
sag_id: S-GOOD
henvendelse:
  dato: 2025-01-06
  fra: [borger]
"""


@pytest.fixture(scope="session")
def linter() -> Linter:
    return Linter("vum2", today=TEST_TODAY)


@pytest.fixture()
def good_case_text() -> str:
    return GOOD
