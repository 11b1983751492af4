"""Constants and helpers of the sweep tests (a module of its own: several test folders have a
conftest.py, so `from conftest import` would be ambiguous)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
# the test plugin must be importable by name in the worker processes too
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

PLUGIN = "sweep_plugin"

PROFILE = """\
navn: sweeptest
titel: Profil til test af sweep
metode: vum2
select: [SCH, ZZT]
"""

HEAD = 'format_version: "1.0"\n'

# Four readable cases with known outcomes and one unreadable file; the expected figures
# are worked out in test_sweep_run.py.
CASES = {
    "a.yaml": HEAD + """sag_id: S-1
organisation: {kommune: Kommune1, team: T1, sagsbehandler_id: SB1}
udredning:
  temaer:
    - {navn: Egenomsorg, score: 2, beskrivelse: Borger klarer bad med guidning hver morgen.}
afgoerelse: {type: bevilling, klagevejledning: true}
""",
    "b.yaml": HEAD + """sag_id: S-2
organisation: {kommune: Kommune1, team: T1, sagsbehandler_id: SB2}
udredning:
  temaer:
    - {navn: Egenomsorg, score: 2}
afgoerelse: {type: afslag, klagevejledning: false}
""",
    "c.yaml": HEAD + """sag_id: S-3
organisation: {kommune: Kommune1, team: T2, sagsbehandler_id: SB3}
afgoerelse: {type: bevilling, klagevejledning: true}
""",
    "d.yaml": HEAD + """sag_id: S-4-BOOM
organisation: {kommune: Kommune2, team: T3, sagsbehandler_id: SB4}
udredning:
  temaer:
    - {navn: Egenomsorg, score: 1, beskrivelse: Klarer sig selv.}
afgoerelse: {type: bevilling, klagevejledning: true}
""",
    "zz_bad.yaml": HEAD + "sag_id: S-5\nhenvendelse:\n  dato: 2025-01-02\n   fra: [borger]\n",
}


def write_cases(directory: Path, cases: dict[str, str] = CASES) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in cases.items():
        p = directory / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return directory


