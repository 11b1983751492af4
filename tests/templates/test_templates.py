from __future__ import annotations

import docx
from click.testing import CliRunner

from vumrules.cli import main
from vumrules.templates import model_path_exists
from vumrules.templates.reader import read_template


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_good_examples_pass_and_broken_fail():
    assert run("templates", "examples/templates", "--profile", "vum2").exit_code == 1
    good = [p for p in ("examples/templates/kvitteringsbrev.md", "examples/templates/afgoerelse_afslag_sel-100.md",
                        "examples/templates/partshoeringsbrev.md", "examples/templates/bevilling-sel-85.docx")]
    r = run("templates", *good)
    assert r.exit_code == 0, r.output


def test_broken_examples_give_exact_findings():
    r = run("templates", "examples/templates/defekte", "--format", "json")
    import json

    doc = json.loads(r.output)
    got = {(c["file"].rsplit("/", 1)[-1], f["code"], f["line"]) for c in doc["cases"] for f in c["findings"]}
    assert ("partshoeringsbrev.md", "TPL008", 7) in got
    assert ("afgoerelse_afslag_sel-41.md", "TPL009", 7) in got
    assert ("afgoerelse_afslag_sel-41.md", "TPL005", 7) in got
    assert ("kvitteringsbrev.docx", "TPL003", 1) in got


def test_declaration_from_word_keywords_and_file_name(tmp_path):
    d = docx.Document()
    d.core_properties.keywords = "vumrules: type=afgoerelse; afgoerelsestype=afslag; paragraf=SEL § 42"
    d.add_paragraph("Du får afslag efter servicelovens § 42.")
    p = tmp_path / "skabelon.docx"
    d.save(p)
    t = read_template(p)
    assert t.declared == {"type": "afgoerelse", "afgoerelsestype": "afslag", "paragraf": "SEL § 42"}
    assert t.declared_by == "dokumentegenskaber"
    q = tmp_path / "afgoerelse_delvis_bevilling_sel-85.md"
    q.write_text("Tekst\n", encoding="utf-8")
    assert read_template(q).declared == {"type": "afgoerelse", "afgoerelsestype": "delvis_bevilling",
                                         "paragraf": "SEL § 85"}


def test_undeclared_and_unreadable_templates(tmp_path):
    (tmp_path / "brev.md").write_text("Kære borger\n", encoding="utf-8")
    (tmp_path / "noget.docx").write_bytes(b"not a zip")
    r = run("templates", str(tmp_path), "--format", "json")
    import json

    codes = sorted((c["file"].rsplit("/", 1)[-1], f["code"]) for c in json.loads(r.output)["cases"] for f in c["findings"])
    assert codes == [("brev.md", "TPL001"), ("noget.docx", "TPL001")]


def test_placeholder_paths_against_the_model():
    assert model_path_exists(["borger", "navn"])[0]
    assert model_path_exists(["bestilling", "indsatser[0]", "indsatsmaal"])[0]
    assert not model_path_exists(["borger", "fornavn"])[0]
    assert not model_path_exists(["borger[0]"])[0]


def test_templates_read_vumrules_yaml(tmp_path):
    import shutil

    shutil.copy("examples/templates/defekte/partshoeringsbrev.md", tmp_path / "partshoeringsbrev.md")
    (tmp_path / "vumrules.yaml").write_text("profile: hedensted\nlang: en\nfail_level: none\n", encoding="utf-8")
    r = run("templates", str(tmp_path))
    assert r.exit_code == 0  # fail_level none from the config file
    assert "shorter than 14 days" in r.output and "templates checked" in r.output
    r = run("templates", str(tmp_path), "--lang", "da", "--fail-level", "error")  # flags win
    assert r.exit_code == 1 and "kortere end 14 dage" in r.output
