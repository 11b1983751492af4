"""Every rule's documented examples are tests: the failing example gives exactly the
annotated findings (code and line), the passing example none of the rule's findings."""

from __future__ import annotations

import pytest

from vumrules.registry import Registry
from vumrules.testing import check_rule_examples

REGISTRY = Registry.create(entry_points=False)
# SCH900 is only reported when a rule crashes (tests/test_engine.py covers it), SCH901 only
# when a profile's declarative rule fails on a case (tests/plugins/test_declarative.py)
RULES = [r for r in REGISTRY.rules.values() if r.code not in ("SCH900", "SCH901")]


@pytest.fixture(scope="module")
def linter():
    from vumrules import Linter
    from vumrules.testing import TEST_TODAY

    return Linter("vum2", registry=REGISTRY, today=TEST_TODAY)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_examples(rule, linter):
    check_rule_examples(rule, linter)


@pytest.mark.parametrize("rule", list(REGISTRY.rules.values()), ids=lambda r: r.code)
def test_rule_is_documented_in_both_languages(rule):
    for text in (rule.what_da, rule.what_en, rule.why_da, rule.why_en, rule.message_da, rule.message_en):
        assert text.strip()
    assert rule.message_da != rule.message_en
