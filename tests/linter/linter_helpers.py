"""Constants and helpers shared by tests/linter (a uniquely named module: several test
folders have a conftest.py, so `from conftest import` would be ambiguous)."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# the official schema, from ../shared when the clone sits beside it (as in CI), else the copy
# kept in tests/data (same file, unchanged)
_SHARED_SARIF = REPO / ".." / "shared" / "reference" / "sarif" / "sarif-schema-2.1.0.json"
SARIF_SCHEMA = _SHARED_SARIF if _SHARED_SARIF.exists() else REPO / "tests" / "data" / "sarif" / "sarif-schema-2.1.0.json"
PERSONAL = REPO / "tests" / "data" / "personal"

CASE = """\
# Fiktiv sag til linter-tests
format_version: "1.0"
sag_id: S-4001  # sagsnummer fra fagsystemet
henvendelse:
  dato: 2025-01-06
  fra: [borger]
udredning:
  metode: vum2
  temaer:
    - navn: Egenomsorg
      score: 2
"""



def assert_valid_sarif(validator, doc) -> None:
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])
