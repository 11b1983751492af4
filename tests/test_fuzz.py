"""Bad input is normal input: whatever a file holds, checking it gives findings, never an
exception, and every rule of every profile survives the typed case that comes out."""

from __future__ import annotations

import json

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vumrules import Linter
from vumrules.model import Case
from vumrules.testing import TEST_TODAY

# field names the model knows, so generated documents reach deep into the case, mixed with junk
_NAMES: list[str] = []


def _collect(model, seen=set()):  # noqa: B006 - a walk-once set
    from pydantic import BaseModel
    import typing

    if model in seen:
        return
    seen.add(model)
    for name, f in model.model_fields.items():
        _NAMES.append(name)
        stack = [f.annotation]
        while stack:
            a = stack.pop()
            if isinstance(a, type) and issubclass(a, BaseModel):
                _collect(a)
            stack.extend(typing.get_args(a))


_collect(Case)
KEYS = st.sampled_from(sorted(set(_NAMES))) | st.text(min_size=1, max_size=8)
SCALARS = (st.none() | st.booleans() | st.integers(-5, 3000) | st.floats(allow_nan=False, allow_infinity=False)
           | st.text(max_size=20) | st.sampled_from(["2025-02-03", "2025-13-45", "12:00", "no", "vum2", "vum1",
                                                     "afslag", "Godkendt", "SEL § 107", "010190-1234"]))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=6),
                      max_leaves=40)
DOCS = st.dictionaries(KEYS, VALUES, max_size=12).map(lambda d: {"format_version": "1.0", "sag_id": "F-1", **d})

LINTERS = {p: Linter(p, today=TEST_TODAY) for p in ("vum2", "hjoerring", "ringkobing-skjern", "hedensted", "ffb")}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCS, st.sampled_from(sorted(LINTERS)))
def test_any_document_gives_findings_not_exceptions(doc, profile):
    linter = LINTERS[profile]
    text = json.dumps(doc, ensure_ascii=False, default=str)
    (result,) = linter.check_text(text, format="json")
    assert result.case_id is not None
    # a rule that crashed would show up as SCH900 on the case
    assert not [f for f in result.findings if f.code == "SCH900"], [f.message for f in result.findings]
    ytext = yaml.safe_dump(doc, allow_unicode=True)
    (yresult,) = linter.check_text(ytext, format="yaml")
    assert not [f for f in yresult.findings if f.code == "SCH900"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_a_finding_or_a_case(text):
    linter = LINTERS["vum2"]
    for fmt in ("yaml", "json", "jsonl"):
        for r in linter.check_text(text, format=fmt):
            for f in r.findings:
                assert f.line >= 0 and f.column >= 0 and f.code


EXTRACT_KEYS = st.sampled_from(["udtraek", "borgere", "ydelser", "flag", "status", "navn", "paragraf",
                                "sagsbehandler", "maal", "borger_id", "afgoerelse"]) | st.text(max_size=6)
EXTRACT_VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                              | st.dictionaries(EXTRACT_KEYS, inner, max_size=6), max_leaves=30)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(EXTRACT_KEYS, EXTRACT_VALUES, max_size=6))
def test_any_extract_gives_findings_not_exceptions(doc):
    from vumrules.loader import documents_from_text
    from vumrules.udtraek import check_extract, extract_rules

    linter = LINTERS["vum2"]
    (raw,) = documents_from_text(json.dumps(doc, default=str), format="json")
    result = check_extract(raw, extract_rules(linter.registry), linter.registry, today=TEST_TODAY)
    assert all(f.code.startswith(("FK", "SCH")) for f in result.findings)
    assert "SCH900" not in [f.code for f in result.findings]


@settings(max_examples=150, deadline=None)
@given(VALUES)
def test_any_json_as_a_fhir_bundle_gives_findings_not_exceptions(value):
    linter = LINTERS["ffb"]
    bundle = {"resourceType": "Bundle", "entry": value} if not isinstance(value, dict) else {"resourceType": "Bundle", **value}
    for r in linter.check_text(json.dumps(bundle, default=str), format="fhir"):
        assert not [f for f in r.findings if f.code == "SCH900"], [f.message for f in r.findings]
