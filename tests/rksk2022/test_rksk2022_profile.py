"""The versioned ringkobing-skjern profile and the example cases for the 2022 drejebog."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from vumrules import Linter
from vumrules.testing import TEST_TODAY, assert_expected_findings, findings_for

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples" / "ringkobing-skjern" / "2022").glob("*.yaml"))


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter("ringkobing-skjern", today=TEST_TODAY, entry_points=False)


def _case(reference: str) -> dict:
    return {"format_version": "1.0", "sag_id": f"T-{reference}",
            "sag": {"oprettet": reference}, "udredning": {"metode": "vum2"}}


def test_2023_case_is_checked_by_the_2022_drejebog(linter):
    result = linter.check_dict(_case("2023-02-15"))
    assert result.profile == "ringkobing-skjern"
    assert result.profile_version == "2022"
    resolved = linter.store.resolve("ringkobing-skjern", date(2023, 2, 15))
    assert resolved.chain == ("vum2@1", "ringkobing-skjern@2022")
    assert any(c.startswith("RKB") for c in resolved.rules)
    assert not any(c.startswith("RKA") for c in resolved.rules)


def test_2016_case_is_checked_by_the_2015_drejebog(linter):
    if not any(c.startswith("RKA") for c in linter.registry.rules):
        pytest.skip("RKA-pakken (drejebog 2015) er ikke registreret endnu; version 2015 kan ikke "
                    "opløses før den findes")
    result = linter.check_dict(_case("2016-06-01"))
    assert result.profile_version == "2015"
    resolved = linter.store.resolve("ringkobing-skjern", date(2016, 6, 1))
    assert resolved.chain == ("vum1@1", "ringkobing-skjern@2015")
    assert resolved.method == "vum1"
    assert not any(c.startswith("RKB") for c in resolved.rules)


def test_the_boundary_is_1_january_2023(linter):
    assert linter.store.get("ringkobing-skjern").version_for(date(2022, 12, 31)).version == "2015"
    assert linter.store.get("ringkobing-skjern").version_for(date(2023, 1, 1)).version == "2022"


def test_referencedato_overrides_the_henvendelse_date(linter):
    case = _case("2022-11-01")
    case["sag"]["referencedato"] = "2023-01-02"
    assert linter.check_dict(case).profile_version == "2022"


def test_there_are_at_least_four_examples_some_clean_some_not():
    assert len(EXAMPLES) >= 4
    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES]
    assert any("# expect: RKB" in t for t in texts)
    assert any("# expect: RKB" not in t for t in texts)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_gives_exactly_its_annotated_rkb_findings(path, linter):
    text = path.read_text(encoding="utf-8")
    rkb = [c for c in linter.registry.rules if c.startswith("RKB")]
    assert_expected_findings(text, linter, codes=rkb)
    found = findings_for(text, linter)
    assert not [f for f in found if f.code.startswith("SCH")], "eksemplet skal følge sagsformatet"
    [result] = linter.check_text(text)
    assert result.profile_version == "2022"
