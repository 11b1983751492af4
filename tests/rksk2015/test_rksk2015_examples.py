"""The fictional Ringkøbing-Skjern 2015 cases in examples/ringkobing-skjern/2015 give exactly
their annotated RKA findings (the clean ones none) under a profile that extends vum1 with the
RKA pack, as the municipality's 2015 profile version does."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from vumrules import Linter
from vumrules.loader import build_case
from vumrules.testing import TEST_TODAY, assert_expected_findings, expectations

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "ringkobing-skjern" / "2015"
FILES = sorted(EXAMPLES.glob("*.yaml"))


@pytest.fixture(scope="module")
def linter() -> Linter:
    base = Linter("vum1", today=TEST_TODAY)
    base.store.register_text("test-rksk-2015", "navn: test-rksk-2015\nextends: vum1\nextend_select: [RKA]\n")
    return Linter("test-rksk-2015", registry=base.registry, today=TEST_TODAY, _store=base.store)


def test_there_are_clean_and_defective_examples():
    assert len(FILES) >= 4
    annotated = [f for f in FILES if expectations(f.read_text(encoding="utf-8"))]
    assert annotated and len(annotated) < len(FILES)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_example_gives_exactly_its_rka_findings(path, linter):
    text = path.read_text(encoding="utf-8")
    rka = sorted(c for c in linter.registry.rules if c.startswith("RKA"))
    assert_expected_findings(text, linter, rka)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_example_is_a_vum1_case_from_2015_to_2022(path, linter):
    (doc,) = list(linter.documents([path]))
    built = build_case(doc)
    assert built.case is not None and not built.problems
    when = built.case.reference_date()
    assert when is not None and date(2015, 1, 1) <= when <= date(2022, 12, 31)
    assert built.case.metode in (None, "vum1")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_example_under_the_municipal_profile(path):
    """The same through the real profile (its 2015 version selects RKA), as a user runs it."""
    try:
        linter = Linter("ringkobing-skjern", today=TEST_TODAY)
    except Exception as exc:  # the profile belongs to another pack; absent = nothing to test
        pytest.skip(f"profilen ringkobing-skjern kan ikke bruges: {exc}")
    text = path.read_text(encoding="utf-8")
    rka = sorted(c for c in linter.registry.rules if c.startswith("RKA"))
    assert_expected_findings(text, linter, rka)
