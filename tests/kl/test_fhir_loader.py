"""The FHIR input loader (vumrules.fhir): detection, mapping onto the case, locations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vumrules import Linter
from vumrules.engine import Outcome
from vumrules.fhir import BundleView, read_fhir
from vumrules.loader import build_case, iter_documents
from vumrules.testing import TEST_TODAY

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "fhir"
VALID = EXAMPLES / "01-gyldig.fhir.json"


@pytest.fixture(scope="module")
def ffb() -> Linter:
    return Linter("ffb", today=TEST_TODAY)


def _line_of(text: str, needle: str, after: str | None = None) -> int:
    start = text.index(after) if after else 0
    return text[: text.index(needle, start)].count("\n") + 1


def _doc(path: Path = VALID):
    (doc,) = read_fhir(path.as_posix(), path.read_text(encoding="utf-8"))
    return doc


def test_fhir_json_files_go_to_the_fhir_loader_not_to_json(ffb, tmp_path):
    (tmp_path / "a.fhir.json").write_text(VALID.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.json").write_text('{"format_version": "1.0", "sag_id": "S-1"}', encoding="utf-8")
    docs = {Path(d.file).name: d for d in iter_documents([tmp_path], ffb.registry.loaders())}
    assert docs["a.fhir.json"].data["fhir"]["bundle"]["resourceType"] == "Bundle"
    assert docs["b.json"].data == {"format_version": "1.0", "sag_id": "S-1"}


def test_plain_json_bundle_is_still_read_as_an_ordinary_case_file(ffb, tmp_path):
    """Only the .fhir.json extension selects the FHIR loader: a bundle in a plain .json file
    is an ordinary (invalid) case file, exactly as before."""
    (tmp_path / "rapport.json").write_text(VALID.read_text(encoding="utf-8"), encoding="utf-8")
    (result,) = ffb.check_paths([tmp_path])
    assert {f.code for f in result.findings} == {"SCH003", "SCH004"}  # unknown fields, no sag_id
    assert result.outcomes.get("KL001") == Outcome.NOT_APPLICABLE


def test_mapping_of_the_valid_example():
    doc = _doc()
    built = build_case(doc)
    assert built.problems == []
    case = built.case
    assert case.sag_id == "SAG-2025-0417"  # municipalityCaseNumber, not the bundle id
    assert case.borger.cpr == "1503914172"
    assert case.udredning.metode == "vum2"
    assert str(case.udredning.startet) == "2025-02-20"
    temaer = {t.navn: t for t in case.udredning.temaer}
    assert set(temaer) == {"Mentale funktioner", "Praktiske opgaver", "Omgivelser"}
    praktisk = temaer["Praktiske opgaver"]
    assert praktisk.kategori == "aktivitet_og_deltagelse"
    assert [(u.navn, u.score) for u in praktisk.undertemaer] == [("Købe ind", 2.0), ("Lave mad", 3.0)]
    assert [u.score for u in temaer["Mentale funktioner"].undertemaer] == [None]
    (indsats,) = case.bestilling.indsatser
    assert indsats.id == "forloeb-1" and str(indsats.startdato) == "2025-03-01"
    assert indsats.navn == "Støtte til daglige opgaver i hjemmet"
    maal = {m.id: m for m in indsats.indsatsmaal}
    assert maal["maal-koebe-ind"].tema == "Praktiske opgaver"
    assert (maal["maal-koebe-ind"].fko_status, maal["maal-koebe-ind"].maalsaetning_score) == (2.0, 1.0)
    assert maal["maal-koebe-ind"].maalsaetning == "Udvikle funktionsevne"
    assert str(maal["maal-lave-mad"].opfoelgningsdato) == "2025-09-15"
    assert str(case.bestilling.opfoelgningsdato) == "2025-09-15"
    assert [str(o.dato) for o in case.opfoelgninger] == ["2025-06-02"]
    assert case.fhir.bundle["id"] == "leverance-2025-09-20-0417"


def test_mapped_fields_are_located_at_the_fhir_elements():
    text = VALID.read_text(encoding="utf-8")
    sm = _doc().source_map
    # the care plan's case number (KL requires it there, 1..1) wins over the service request's
    assert sm.locate(("sag_id",))[0] == _line_of(text, '"value": "SAG-2025-0417"', after='"id": "forloeb-1"')
    assert sm.locate(("borger", "cpr"))[0] == _line_of(text, '"value": "1503914172"')
    # Købe ind is the first sub-theme of Praktiske opgaver: its score is the Condition's severity
    line, _, _ = sm.locate(("udredning", "temaer", 1, "undertemaer", 0, "score"))
    assert line == _line_of(text, '"severity"', after='"id": "koebe-ind"')
    line, _, _ = sm.locate(("bestilling", "indsatser", 0, "indsatsmaal", 0, "maalsaetning"))
    assert line == _line_of(text, '"detailCodeableConcept"', after='"90c48f03')
    assert sm.locate(("fhir", "bundle", "timestamp"))[0] == _line_of(text, '"timestamp"')


def test_a_resource_that_is_not_a_bundle_is_a_load_problem(ffb):
    (result,) = ffb.check_text('{\n  "resourceType": "Patient",\n  "id": "x"\n}\n', format="fhir")
    (f,) = result.findings
    assert f.code == "SCH001" and "Bundle" in f.message and "Patient" in f.message


def test_broken_json_is_a_located_load_problem(ffb):
    (result,) = ffb.check_text('{\n  "resourceType": "Bundle",\n  "entry": [\n}\n', format="fhir")
    (f,) = result.findings
    assert f.code == "SCH001" and f.line == 4


def test_duplicate_keys_are_reported_inside_the_bundle(ffb):
    text = '{\n  "resourceType": "Bundle",\n  "type": "collection",\n  "type": "batch"\n}\n'
    (result,) = ffb.check_text(text, format="fhir")
    assert [(f.code, f.line, f.path) for f in result.findings] == [("SCH005", 4, "/fhir/bundle/type")]


def test_an_array_of_bundles_is_several_cases(ffb):
    one = json.loads(VALID.read_text(encoding="utf-8"))
    two = json.loads((EXAMPLES / "02-indsatsforloeb-fejl.fhir.json").read_text(encoding="utf-8"))
    results = ffb.check_text(json.dumps([one, two], indent=1), format="fhir")
    assert [r.findings == () or not r.findings for r in results] == [True, False]
    assert {f.code for f in results[1].findings} >= {"KL001", "KL010"}


def test_empty_bundle_maps_to_an_empty_case_without_errors(ffb):
    (result,) = ffb.check_text('{"resourceType": "Bundle", "id": "tom", "type": "collection"}', format="fhir")
    assert result.case_id == "tom"
    assert list(result.findings) == []


def test_kl_rules_do_not_apply_to_ordinary_cases(ffb, good_case_text):
    (result,) = ffb.check_text(good_case_text)
    kl = {c: o for c, o in result.outcomes.items() if c.startswith("KL")}
    assert kl and set(kl.values()) == {Outcome.NOT_APPLICABLE}


def test_reference_resolution_by_full_url_and_type_id():
    view = BundleView({"entry": [
        {"fullUrl": "https://nordby.dk/fhir/Goal/g1", "resource": {"resourceType": "Goal", "id": "g1"}},
        {"fullUrl": "urn:uuid:5b0c5c9e-8a51-4d7e-9a3e-2f8c1d3e4b5a", "resource": {"resourceType": "Condition"}},
    ]})
    assert view.resolve("Goal/g1").index == 0
    assert view.resolve("https://nordby.dk/fhir/Goal/g1").index == 0
    assert view.resolve("https://andet.dk/fhir/Goal/g1").index == 0  # same type and id
    assert view.resolve("Goal/g1/_history/2").index == 0
    assert view.resolve("urn:uuid:5b0c5c9e-8a51-4d7e-9a3e-2f8c1d3e4b5a").index == 1
    assert view.resolve("Goal/g2") is None and view.resolve("#g1") is None
