"""Tests for vumrules.redact (FK-04). All CPR numbers and names here are invented."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vumrules.redact import CPR_RE, Redactor, contains_cpr, find_cpr, redact_text

# --------------------------------------------------------------------------------------
# CPR numbers
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cpr",
    [
        "010203-1234",
        "0102031234",
        "010203 1234",
        "321399-1234",  # not a date: day 32, month 13
        "000000-0000",
        "310295-0001",  # no modulus-11 check digit
    ],
)
def test_cpr_shapes_are_found_and_redacted(cpr: str) -> None:
    text = f"Borgerens CPR-nr. er {cpr}, jf. henvendelsen."
    assert contains_cpr(text)
    start = text.index(cpr)
    assert find_cpr(text) == [(start, start + len(cpr))]
    assert redact_text(text) == "Borgerens CPR-nr. er [CPR], jf. henvendelsen."


def test_cpr_at_text_edges_and_between_punctuation() -> None:
    assert redact_text("010203-1234") == "[CPR]"
    assert redact_text("(0102031234)") == "([CPR])"
    assert redact_text("cpr:010203-1234;") == "cpr:[CPR];"
    assert redact_text("a\n010203 1234\nb") == "a\n[CPR]\nb"


def test_several_cpr_numbers() -> None:
    text = "Mor 010203-1234 og far 0405061234."
    assert len(find_cpr(text)) == 2
    assert redact_text(text) == "Mor [CPR] og far [CPR]."


@pytest.mark.parametrize(
    "text",
    [
        "123456789012",  # 12 digits
        "12345678901",  # 11 digits
        "ref 1010203-1234",  # 7 digits before the dash
        "ref 010203-12345",  # 5 digits after the dash
        "123456789",  # 9 digits
        "01020-31234",  # dash in the wrong place
        "010203--1234",  # two separators
        "2025-04-07",  # a date
        "tlf. 12 34 56 78",
    ],
)
def test_not_cpr(text: str) -> None:
    assert not contains_cpr(text)
    assert find_cpr(text) == []
    assert redact_text(text) == text


def test_over_redaction_of_other_ten_digit_tokens_is_accepted() -> None:
    # The documented trade-off: any standalone 10-digit token is treated as a CPR number.
    assert redact_text("kontonr. 1234567890") == "kontonr. [CPR]"


# Text around an embedded CPR number: anything, as long as it does not extend the CPR
# number's digit run (then it is by definition not a standalone CPR-shaped token).
_surrounding = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40
)


@given(
    day=st.integers(0, 99),
    month=st.integers(0, 99),
    year=st.integers(0, 99),
    serial=st.integers(0, 9999),
    sep=st.sampled_from(["-", " ", ""]),
    before=_surrounding.filter(lambda s: not s[-1:].isdigit()),
    after=_surrounding.filter(lambda s: not s[:1].isdigit()),
)
def test_any_cpr_shape_embedded_in_text_is_redacted(
    day: int, month: int, year: int, serial: int, sep: str, before: str, after: str
) -> None:
    cpr = f"{day:02d}{month:02d}{year:02d}{sep}{serial:04d}"
    text = before + cpr + after
    assert contains_cpr(text)
    redacted = redact_text(text)
    assert "[CPR]" in redacted
    assert not contains_cpr(redacted)
    # The CPR digits themselves are gone (compared without the separator, too).
    assert cpr not in unicodedata.normalize("NFC", redacted)


@given(st.text(max_size=200))
def test_redacted_text_never_contains_cpr(text: str) -> None:
    assert not contains_cpr(redact_text(text))


def test_cpr_re_is_exposed() -> None:
    assert CPR_RE.fullmatch("010203-1234")
    assert not CPR_RE.fullmatch("010203-123")


# --------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------


def test_full_name_and_parts() -> None:
    names = ["Søren Ærø Åberg"]
    text = "Søren Ærø Åberg kom. Senere sagde søren, at ÅBERG og Ærø var enige."
    assert redact_text(text, names=names) == (
        "[NAVN] kom. Senere sagde [NAVN], at [NAVN] og [NAVN] var enige."
    )


def test_hyphenated_name() -> None:
    names = ["Anne-Marie Holm-Sørensen"]
    assert redact_text("Anne-Marie Holm-Sørensen", names=names) == "[NAVN]"
    assert redact_text("Anne-Marie ringede", names=names) == "[NAVN] ringede"
    assert redact_text("Marie og fru Holm-Sørensen", names=names) == "[NAVN] og fru [NAVN]"
    assert redact_text("Sørensen", names=names) == "[NAVN]"


def test_full_name_across_line_break() -> None:
    assert redact_text("Bo\nJensen", names=["Bo Jensen"]) == "[NAVN]"


def test_name_inside_other_words_is_kept() -> None:
    names = ["Bo Ib Andersen"]
    text = "Bo har Bolig i Boligselskabet; Ib og Ibsen; BO; Andersens bil; Bobo."
    assert redact_text(text, names=names) == (
        "[NAVN] har Bolig i Boligselskabet; [NAVN] og Ibsen; [NAVN]; [NAVN]s bil; Bobo."
    )


def test_name_with_æøå_is_word_bounded() -> None:
    # "Ø" is a word character, so "Øst" is not redacted inside "Østergade".
    assert redact_text("Øst bor på Østergade", names=["Øst"]) == "[NAVN] bor på Østergade"
    assert redact_text("Åse og Åsegade", names=["Åse"]) == "[NAVN] og Åsegade"


def test_genitive_forms() -> None:
    assert redact_text("Jens' mor og Annes far", names=["Jens", "Anne"]) == (
        "[NAVN]' mor og [NAVN]s far"
    )


def test_decomposed_unicode_is_matched() -> None:
    decomposed = unicodedata.normalize("NFD", "Åse Ærø")
    assert decomposed != "Åse Ærø"
    assert redact_text(f"Hej {decomposed}", names=["Åse"]) == "Hej [NAVN] Ærø"


def test_initials_and_empty_names_are_ignored() -> None:
    # The full name "A. Bo" is redacted as a whole; the initial "A" on its own is not.
    text = "A. Bo skrev. Bo, A og B."
    assert redact_text(text, names=["A. Bo", "", "  ", "B"]) == "[NAVN] skrev. [NAVN], A og B."


def test_single_string_is_one_name_not_letters() -> None:
    assert redact_text("Bo Jensen", names="Bo Jensen") == "[NAVN]"


def test_regex_characters_in_names_are_literal() -> None:
    assert redact_text("O'Brien (x) og OBrien", names=["O'Brien"]) == "[NAVN] (x) og OBrien"


def test_cpr_and_names_together() -> None:
    text = "Bo Jensen, 010203-1234, bor i Bolig."
    assert redact_text(text, names=["Bo Jensen"]) == "[NAVN], [CPR], bor i Bolig."


# --------------------------------------------------------------------------------------
# Redactor
# --------------------------------------------------------------------------------------


def test_redactor_text_and_value() -> None:
    r = Redactor(frozenset({"Bo Jensen", "Anne-Marie Holm"}))
    case = {
        "borger": {"navn": "Bo Jensen", "cpr": "010203-1234", "alder": 41},
        "paaroerende": [{"navn": "Anne-Marie Holm", "note": "Holm ringede 2025-04-07"}],
        "tags": ("Bo", "Bolig"),
        "ids": {"0405061234"},
        "tom": None,
    }
    assert r.value(case) == {
        "borger": {"navn": "[NAVN]", "cpr": "[CPR]", "alder": 41},
        "paaroerende": [{"navn": "[NAVN]", "note": "[NAVN] ringede 2025-04-07"}],
        "tags": ("[NAVN]", "Bolig"),
        "ids": {"[CPR]"},
        "tom": None,
    }
    assert r.text("Jensen") == "[NAVN]"
    # The input is not modified.
    assert case["borger"]["navn"] == "Bo Jensen"  # type: ignore[index]


def test_redactor_redacts_dict_keys_without_losing_values() -> None:
    r = Redactor()
    assert r.value({"010203-1234": 1, "0405061234": 2, "x": 3}) == {
        "[CPR]": 1,
        "[CPR] #2": 2,
        "x": 3,
    }


def test_redactor_accepts_any_iterable_and_is_frozen() -> None:
    r = Redactor(["Bo", "Ib"])  # type: ignore[arg-type]
    assert r.names == frozenset({"Bo", "Ib"})
    assert Redactor("Bo Jensen").names == frozenset({"Bo Jensen"})  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        r.names = frozenset()  # type: ignore[misc]
    assert r == Redactor(frozenset({"Ib", "Bo"}))
    more = r.with_names(["Anne"])
    assert more.text("Anne og Bo") == "[NAVN] og [NAVN]"
    assert r.text("Anne og Bo") == "Anne og [NAVN]"


def test_redactor_without_names_only_redacts_cpr() -> None:
    assert Redactor().text("Bo, 010203-1234") == "Bo, [CPR]"
