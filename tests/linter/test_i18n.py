"""Danish by default, English with --lang en: rule texts in both languages, UI catalogues with
the same keys and placeholders."""

from __future__ import annotations

import pytest

from vumrules.i18n import LANGUAGES, catalogue, placeholders, t
from vumrules.registry import Registry
from vumrules.ruledoc import rule_markdown

REGISTRY = Registry.create(entry_points=False)


def test_catalogues_have_the_same_keys_and_placeholders():
    da, en = catalogue("da"), catalogue("en")
    assert set(da) == set(en), set(da) ^ set(en)
    for key in da:
        assert placeholders(da[key]) == placeholders(en[key]), key
        assert da[key].strip() and en[key].strip(), key


def test_unknown_key_and_language():
    with pytest.raises(KeyError):
        t("da", "findes.ikke")
    assert t("xx", "summary.error", n=2) == t("da", "summary.error", n=2)
    assert set(LANGUAGES) == {"da", "en"}


@pytest.mark.parametrize("rule", list(REGISTRY.rules.values()), ids=lambda r: r.code)
def test_every_rule_has_both_languages(rule):
    for da, en in ((rule.message_da, rule.message_en), (rule.what_da, rule.what_en), (rule.why_da, rule.why_en)):
        assert da.strip() and en.strip()
    assert rule_markdown(rule, "da") != rule_markdown(rule, "en")


def test_rule_docs_in_english_on_request(cli):
    da = cli("rule", "VUM008")
    en = cli("rule", "VUM008", "--lang", "en")
    assert "Hvad reglen gør" in da.output and "What it does" in en.output
