"""The paragraph parser shared by the rule packs (vumrules.rules._util)."""

from __future__ import annotations

import pytest

from vumrules.rules._util import Paragraf, paragraf, paragraf_i, paragraffer


@pytest.mark.parametrize("text, expected", [
    ("SEL § 107", [("SEL", "107")]),
    ("§107", [("SEL", "107")]),
    ("§ 85", [("SEL", "85")]),
    ("ABL § 105", [("ABL", "105")]),
    ("abl §105", [("ABL", "105")]),
    ("serviceloven § 85", [("SEL", "85")]),
    ("Servicelovens § 108", [("SEL", "108")]),
    ("§ 85 i serviceloven", [("SEL", "85")]),
    ("§ 105 ABL", [("ABL", "105")]),
    ("almenboligloven § 105", [("ABL", "105")]),
    ("Lov om almene boliger § 105", [("ABL", "105")]),
    ("lov om social service § 97", [("SEL", "97")]),
    ("§ 85, stk. 1", [("SEL", "85")]),
    ("SEL § 85 stk. 1 nr. 2", [("SEL", "85")]),
    ("§§ 97, 98 og 100", [("SEL", "97"), ("SEL", "98"), ("SEL", "100")]),
    ("SEL §§ 107 og 108", [("SEL", "107"), ("SEL", "108")]),
    ("retssikkerhedsloven § 9 b", [("RSL", "9b")]),
    ("§ 85a", [("SEL", "85a")]),
    ("servicelovens § 108 og ABL § 105", [("SEL", "108"), ("ABL", "105")]),
    ("ABL § 105, jf. SEL § 85", [("ABL", "105"), ("SEL", "85")]),
    ("§ 85, ABL § 105", [("SEL", "85"), ("ABL", "105")]),
    ("§ 85 og § 85", [("SEL", "85")]),
    ("Socialpædagogisk støtte", []),
    ("", []),
    (None, []),
])
def test_paragraffer(text, expected):
    assert paragraffer(text) == [Paragraf(*e) for e in expected]


def test_paragraf_first_and_str():
    assert paragraf("ABL § 105 og SEL § 85") == Paragraf("ABL", "105")
    assert str(paragraf("§107")) == "SEL § 107"
    assert paragraf("ingen") is None


def test_default_law_can_be_changed():
    assert paragraffer("§ 105", standard_lov="abl") == [Paragraf("ABL", "105")]


def test_paragraf_i_compares_citations_not_strings():
    options = ["SEL § 107", "SEL § 108", "ABL § 105"]
    assert paragraf_i("§108", options)
    assert paragraf_i("almenboligloven § 105", options)
    assert not paragraf_i("SEL § 105", options)  # the section number alone is not enough
    assert not paragraf_i("SEL § 1070", options)
    assert not paragraf_i(None, options)
