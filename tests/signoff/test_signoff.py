from __future__ import annotations

import shutil

from click.testing import CliRunner

from vumrules import Linter
from vumrules.cli import main
from vumrules.testing import TEST_TODAY

READY = "examples/hjoerring/01_sparringssag_klar.yaml"
NOT_READY = "examples/hjoerring/06_ikke_klar_til_dagsorden.yaml"


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_ready_case_is_signed_and_layout_kept(tmp_path):
    case = tmp_path / "sag.yaml"
    shutil.copy(READY, case)
    before = case.read_text(encoding="utf-8")
    r = run("signoff", str(case), "--meeting", "2025-04-24", "--as", "teamleder", "--name", "Tove Teamleder",
            "--now", "2025-04-14T09:00")
    assert r.exit_code == 0, r.output
    assert "✔ Indhente oplysninger fra borgeren." in r.output
    assert "Frist for indsendelse: 2025-04-16 12:00" in r.output  # moved for Easter 2025
    after = case.read_text(encoding="utf-8")
    assert after.startswith(before.split("godkendelser:")[0])  # everything before is untouched, comments too
    assert "indhold_sha256:" in after and "Tove Teamleder" not in r.output
    # check verifies the record: unchanged case has no SIG001, a changed one has
    lint = Linter("hjoerring", today=TEST_TODAY)
    assert "SIG001" not in [f.code for r_ in lint.check_paths([case]) for f in r_.findings]
    case.write_text(after.replace("Borger fortæller, at han har det bedst", "Borger siger, at han har det bedst"),
                    encoding="utf-8")
    assert "SIG001" in [f.code for r_ in lint.check_paths([case]) for f in r_.findings]


def test_not_ready_case_is_not_signed(tmp_path):
    case = tmp_path / "sag.yaml"
    shutil.copy(NOT_READY, case)
    before = case.read_text(encoding="utf-8")
    r = run("signoff", str(case), "--meeting", "2025-04-24", "--as", "teamleder", "--name", "T", "--now",
            "2025-04-14T09:00")
    assert r.exit_code == 1
    assert "IKKE KLAR" in r.output and "✘" in r.output
    assert case.read_text(encoding="utf-8") == before


def test_deadline_passed_means_not_ready(tmp_path):
    case = tmp_path / "sag.yaml"
    shutil.copy(READY, case)
    r = run("signoff", str(case), "--meeting", "2025-04-24", "--as", "teamleder", "--name", "T",
            "--now", "2025-04-16T12:01", "--dry-run")
    assert r.exit_code == 1 and "overskredet" in r.output


def test_same_person_cannot_sign_both_roles(tmp_path):
    case = tmp_path / "sag.yaml"
    shutil.copy(READY, case)
    for role, code in (("sagsbehandler", 0), ("teamleder", 1)):
        r = run("signoff", str(case), "--meeting", "2025-04-24", "--as", role, "--name", "Sam Samme",
                "--now", "2025-04-14T09:00")
        assert r.exit_code == code, r.output


def test_agenda_with_two_cases_already(tmp_path):
    case = tmp_path / "sag.yaml"
    shutil.copy(READY, case)
    agenda = tmp_path / "dagsorden.yaml"
    agenda.write_text("moede: 2025-04-24\nsager: [HJ-2025-0001, HJ-2025-0002]\n", encoding="utf-8")
    r = run("signoff", str(case), "--meeting", "2025-04-24", "--as", "teamleder", "--name", "T",
            "--now", "2025-04-14T09:00", "--agenda", str(agenda), "--dry-run")
    assert r.exit_code == 1 and "3 sager" in r.output
