from __future__ import annotations

from vumrules import Linter
from vumrules.testing import TEST_TODAY


def _codes(text):
    lint = Linter("hedensted", today=TEST_TODAY)
    return [(f.code, f.line) for r in lint.check_text(text) for f in r.findings]


def test_examples_show_what_the_profile_catches():
    lint = Linter("hedensted", today=TEST_TODAY)
    by_case = {r.case_id: sorted({f.code for f in r.findings}) for r in lint.check_paths(["examples/hedensted"])}
    assert by_case["HED-2025-0312"] == []
    assert by_case["HED-2025-0311"] == ["HE001", "HE002", "HE004", "HE005", "HE006", "HE007"]


def test_den_gode_overgang_not_due_before_17():
    text = ('format_version: "1.0"\nsag_id: X\nsag:\n  referencedato: 2026-01-01\nborger:\n'
            '  foedselsdato: 2015-06-01\n  boernesag: true\n')
    assert _codes(text) == []


def test_den_gode_overgang_message_has_no_birthdate():
    text = ('format_version: "1.0"\nsag_id: X\nsag:\n  referencedato: 2026-11-01\nborger:\n'
            '  foedselsdato: 2009-02-10\n  boernesag: true\n')
    lint = Linter("hedensted", today=TEST_TODAY)
    (f,) = [f for r in lint.check_text(text) for f in r.findings]
    assert f.code == "HE009" and "2009" not in f.message and "02-10" not in f.message


def test_refusal_on_monday_is_fine_and_friday_warns():
    base = ('format_version: "1.0"\nsag_id: X\nafgoerelse:\n  type: afslag\n  klagevejledning: true\n'
            '  dato: {d}\n')
    assert ("HE005", 6) in _codes(base.format(d="2025-05-02"))
    assert _codes(base.format(d="2025-05-05")) == []
