"""Tests of Aarhus Kommune (EKSEMPEL, fiktive lokale regler)'s rules with vumrules' testing kit."""

from __future__ import annotations

from vumrules.testing import (
    assert_case_files,
    assert_rule_coverage,
    check,
    check_declarative_examples,
    check_rule_examples,
    declarative_rules,
)

PREFIX = "AAR"


def python_rules(linter):
    return [r for r in linter.registry.rules.values() if r.prefix == PREFIX]


def test_plugin_contributes_rules(linter):
    assert python_rules(linter), "pluginnets Python-regler er ikke registreret"
    assert declarative_rules(linter), "profilen har ingen deklarative regler"


def test_python_rule_examples(linter):
    for rule in python_rules(linter):
        check_rule_examples(rule, linter)


def test_declarative_rule_examples(linter):
    for rule in declarative_rules(linter):
        check_declarative_examples(rule, linter)


def test_cases_give_exactly_the_annotated_findings(linter, cases):
    codes = [r.code for r in python_rules(linter) + declarative_rules(linter)]
    assert_case_files([cases], linter, codes)


def test_every_rule_fires_in_one_case_and_not_in_another(linter, cases):
    codes = [r.code for r in python_rules(linter) + declarative_rules(linter)]
    assert_rule_coverage(codes, [cases], linter)


def test_a_case_as_a_dict(linter):
    case = {"format_version": "1.0", "sag_id": "T-1",
            "henvendelse": {"dato": "2025-02-03", "fra": ["borger"]}}
    assert [f.code for f in check(case, linter=linter) if f.code.startswith(PREFIX)] == [f"{PREFIX}001"]


def test_a_profile_can_change_a_rules_option(linter):
    """A municipality's profile may lengthen the deadline of AAR003 (option min_dage)."""
    from vumrules import Linter

    linter.store.register_text("aarhus-streng", "navn: aarhus-streng\nextends: aarhus-eksempel\n"
                                                "options: {AAR003: {min_dage: 21}}\n")
    strict = Linter("aarhus-streng", registry=linter.registry, today=linter.engine.today,
                    _store=linter.store)
    case = {"format_version": "1.0", "sag_id": "T-3",
            "partshoering": {"sendt": "2025-03-03", "frist": "2025-03-17"}}
    assert [f.message for f in check(case, linter=linter) if f.code == "AAR003"] == []
    assert [f.message for f in check(case, linter=strict) if f.code == "AAR003"] == [
        "Partshøringens frist er 14 dage efter afsendelsen; den skal være mindst 21"]
