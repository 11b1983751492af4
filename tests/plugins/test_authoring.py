"""The pytest-like authoring API: a decorated (case, options) function that asserts or
yields; a failed assert becomes a finding at the field the rule names."""

from __future__ import annotations

import pytest

from vumrules import Linter, case_rule, hookimpl, violation
from vumrules.registry import Registry
from vumrules.testing import TEST_TODAY, assert_findings, check_rule_examples

FAIL = """\
format_version: "1.0"
sag_id: A-1
henvendelse:  # expect: TST101
  fra: [borger]
"""
PASS = """\
format_version: "1.0"
sag_id: A-1
henvendelse:
  dato: 2025-02-03
"""
DOCS = dict(what=("Hvad.", "What."), why=("Hvorfor.", "Why."), example_fail=FAIL, example_pass=PASS)


@case_rule(code="TST101", name="dato", requirements=("T-1",), severity="error",
           message=("Henvendelsen har ingen dato{detalje}", "The request has no date{detalje}"),
           felt="/henvendelse/dato", **DOCS)
def has_date(case, options):
    if case.henvendelse is None:
        return
    assert case.henvendelse.dato is not None


@case_rule(code="TST102", name="detalje", requirements=("T-1",), severity="error",
           message=("Fejl: {detalje}", "Error: {detalje}"), felt="henvendelse.fra",
           options={"dage": 3}, **DOCS)
def with_text(case, options):
    assert case.henvendelse and case.henvendelse.dato, f"mindst {options['dage']} dage"


@case_rule(code="TST103", name="args", requirements=("T-1",), severity="warning",
           message=("{antal} afsendere", "{antal} senders"), felt="/henvendelse",
           options={"maks": 0}, **DOCS)
def with_args(case, options):
    n = len(case.henvendelse.fra) if case.henvendelse else 0
    assert n <= options["maks"], {"antal": n}


@case_rule(code="TST104", name="violation", requirements=("T-1",), severity="warning",
           message=("Afsender {nr}", "Sender {nr}"), **DOCS)
def with_violation(case, options):
    assert not case.henvendelse, violation("henvendelse", "fra", 0, nr=1)


@case_rule(code="TST105", name="yield", requirements=("T-1",), severity="info",
           message=("Afsender {nr}", "Sender {nr}"), **DOCS)
def yielding(case, options, ctx):
    assert ctx.today == TEST_TODAY
    for i, _ in enumerate(case.henvendelse.fra if case.henvendelse else ()):
        yield violation("henvendelse", "fra", i, nr=i + 1)


class _Pack:
    """A plugin object (instead of a module) contributing the rules above."""

    __name__ = "test-authoring"

    @staticmethod
    @hookimpl
    def vumrules_rules():
        return [has_date, with_text, with_args, with_violation, yielding]


REGISTRY = Registry.create(entry_points=False, extra_plugins=[_Pack])


@pytest.fixture(scope="module")
def linter():
    return Linter("vum2", registry=REGISTRY, today=TEST_TODAY)


def test_failed_assert_is_a_finding_at_the_named_field(linter):
    check_rule_examples(REGISTRY.rules["TST101"], linter)
    f = assert_findings(FAIL, rules=["TST101"], linter=linter)[0]
    assert f.path == "/henvendelse/dato" and f.located_at == "/henvendelse"
    assert f.message == "Henvendelsen har ingen dato"


def test_assert_message_text_fills_detalje(linter):
    f = assert_findings(FAIL, [(4, "TST102")], rules=["TST102"], linter=linter)[0]
    assert f.message == "Fejl: mindst 3 dage" and f.path == "/henvendelse/fra"


def test_assert_message_dict_gives_message_arguments(linter):
    f = assert_findings(FAIL, [(3, "TST103")], rules=["TST103"], linter=linter)[0]
    assert f.message == "1 afsendere"


def test_assert_with_a_violation_points_where_it_says(linter):
    f = assert_findings(FAIL, [(4, "TST104")], rules=["TST104"], linter=linter)[0]
    assert f.path == "/henvendelse/fra/0" and f.message == "Afsender 1"


def test_yield_style_and_ctx_parameter(linter):
    text = FAIL.replace("fra: [borger]", "fra: [borger, læge]")
    found = assert_findings(text, [(4, "TST105"), (4, "TST105")], rules=["TST105"], linter=linter)
    assert [f.path for f in found] == ["/henvendelse/fra/0", "/henvendelse/fra/1"]


def test_passing_case_gives_nothing(linter):
    assert_findings(PASS, [], rules=["TST101", "TST105"], linter=linter)


def test_assert_rules_refuse_to_run_under_python_O(linter, monkeypatch):
    import sys

    class Flags:
        optimize = 1

    monkeypatch.setattr(sys, "flags", Flags)
    found = assert_findings(FAIL, [(1, "SCH900")], rules=["TST101"], linter=linter)
    assert "TST101" in found[0].message
