"""The sweep's figures, its robustness and its determinism (no timing assertions here)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sweep_helpers import CASES, PLUGIN, write_cases

import sweep_plugin
from vumrules import Linter
from vumrules.sweep import run as run_mod
from vumrules.sweep.aggregate import summarise_run
from vumrules.sweep.output import csv_files, to_json, write_all
from vumrules.sweep.run import sweep

TODAY = date(2026, 11, 26)


def _summary(paths, profile, jobs=1, **kw):
    linter = Linter(profile, today=TODAY, extra_plugins=[sweep_plugin])
    run = sweep(paths, profile, jobs=jobs, today=TODAY, linter=linter, plugins=(PLUGIN,), **kw)
    return run, summarise_run(run, linter, "test")


def _by(rows, key):
    return {r[key]: r for r in rows}


@pytest.mark.parametrize("jobs", [1, 2])
def test_exact_figures(cases_dir, profile_file, jobs):
    run, s = _summary([cases_dir], profile_file, jobs=jobs)
    assert not run.partial
    assert s["summary"]["cases"] == 5
    assert s["summary"]["unreadable"] == 1
    assert s["summary"]["loaded"] == 4

    rules = _by(s["rules"], "code")
    # ZZT001 applies where there is an udredning (a, b, d); b fails
    assert {k: rules["ZZT001"][k] for k in ("applied", "held", "failed", "not_applicable", "compliance_pct")} == \
        {"applied": 3, "held": 2, "failed": 1, "not_applicable": 1, "compliance_pct": 66.7}
    assert (rules["ZZT002"]["applied"], rules["ZZT002"]["held"], rules["ZZT002"]["compliance_pct"]) == (4, 3, 75.0)
    # ZZT003 crashes on d: counted as an error, not in the percentage
    assert (rules["ZZT003"]["applied"], rules["ZZT003"]["errors"], rules["ZZT003"]["compliance_pct"]) == (3, 1, 100.0)
    assert rules["SCH900"]["findings"] == 1

    reqs = _by(s["requirements"], "id")
    assert (reqs["VUM-08"]["applied"], reqs["VUM-08"]["held"]) == (3, 2)
    # HE-04 = ZZT002 and ZZT003: b failed, d unknown (ZZT003 crashed), a and c held
    assert (reqs["HE-04"]["applied"], reqs["HE-04"]["held"], reqs["HE-04"]["errors"]) == (3, 2, 1)
    assert reqs["HE-04"]["rules"] == ["ZZT002", "ZZT003"]
    assert reqs["HE-04"]["text"]  # from the requirement catalogue (English)
    assert reqs["HE-04"]["titel"] == "Afgørelsen er bevilling, delvis bevilling eller afslag og har altid klagevejledning"
    # worst first; equal percentages by id
    assert [r["id"] for r in s["requirements"]] == ["HE-04", "VUM-08"]
    assert s["rules"][0]["code"] == "ZZT001"

    assert s["errors_per_case"] == [{"errors": 0, "cases": 2}, {"errors": 1, "cases": 1},
                                    {"errors": 2, "cases": 1}]

    teams = s["organisation"]["team"]
    assert [(t["kommune"], t["team"], t["compliance_pct"]) for t in teams] == [
        ("Kommune1", "T1", 66.7), ("Kommune1", "T2", 100.0), ("Kommune2", "T3", 100.0)]
    t1 = teams[0]
    assert (t1["cases"], t1["cases_with_errors"], t1["errors"], t1["checks_applied"], t1["checks_held"]) == \
        (2, 1, 2, 6, 4)
    assert _by(t1["requirements"], "id")["VUM-08"] == {"id": "VUM-08", "applied": 2, "held": 1,
                                                      "compliance_pct": 50.0}
    kommuner = s["organisation"]["kommune"]
    assert [k["kommune"] for k in kommuner] == ["Kommune1", "Kommune2"]
    sb = _by(s["organisation"]["sagsbehandler"], "sagsbehandler_id")
    assert sb["SB2"]["compliance_pct"] == 33.3 and sb["SB2"]["cases"] == 1

    (bad,) = s["unreadable"]
    assert bad["file"].endswith("zz_bad.yaml") and bad["code"] == "SCH001" and bad["line"] == 5
    cases = _by(s["cases"], "case_id")
    assert cases["S-2"]["failed_rules"] == ["ZZT001", "ZZT002"]
    assert cases["S-4-BOOM"]["errors"] == 1


def test_jobs_do_not_change_output(corpus, tmp_path):
    """jobs=1 and jobs=2 give byte-identical JSON and CSV (and so does a different chunking)."""
    outs = []
    for jobs in (1, 2):
        linter = Linter("vum2", today=TODAY)
        run = sweep([corpus], "vum2", jobs=jobs, today=TODAY, linter=linter)
        s = summarise_run(run, linter, "test")
        outs.append((to_json(s), csv_files(s)))
    assert outs[0][0] == outs[1][0]
    assert outs[0][1] == outs[1][1]
    s = json.loads(outs[0][0])
    assert s["summary"]["cases"] >= 150 and s["summary"]["unreadable"] == 4
    assert s["summary"]["files"] > 10


def test_large_files_are_streamed_in_chunks(corpus, monkeypatch):
    """Files above the size limit are read by the parent and sent on as chunks of documents;
    the figures are the same as when every file goes whole to a worker."""
    linter = Linter("vum2", today=TODAY)
    whole = summarise_run(sweep([corpus], "vum2", jobs=1, today=TODAY, linter=linter), linter)
    monkeypatch.setattr(run_mod, "LARGE_FILE_BYTES", 1)
    monkeypatch.setattr(run_mod, "DOCS_PER_UNIT", 7)
    seen = []
    chunked_run = sweep([corpus], "vum2", jobs=2, today=TODAY, linter=linter,
                        on_unit=lambda u: seen.append(len(u.rows)))
    chunked = summarise_run(chunked_run, linter)
    assert to_json(whole) == to_json(chunked)
    assert max(seen) <= 7


def test_every_input_format_and_loader_plugins(tmp_path, profile_file):
    d = write_cases(tmp_path / "in", {"a.yaml": CASES["a.yaml"]})
    (d / "multi.yml").write_text("---\n" + CASES["b.yaml"] + "---\n" + CASES["c.yaml"], encoding="utf-8")
    (d / "list.json").write_text(json.dumps([{"format_version": "1.0", "sag_id": "J-1"},
                                             {"format_version": "1.0", "sag_id": "J-2"}]), encoding="utf-8")
    (d / "lines.jsonl").write_text('{"format_version": "1.0", "sag_id": "L-1"}\n\n'
                                   '{"format_version": "1.0", "sag_id": "L-2"}\n', encoding="utf-8")
    (d / "fra_fagsystem.sagliste").write_text("P-1;Kommune9;T9;SB9\nP-2;Kommune9;T9;SB9\n", encoding="utf-8")
    (d / "ignoreret.txt").write_text("not a case", encoding="utf-8")
    single = tmp_path / "enkelt.json"
    single.write_text('{"format_version": "1.0", "sag_id": "E-1"}', encoding="utf-8")
    for jobs in (1, 2):
        _, s = _summary([d, single], profile_file, jobs=jobs)
        ids = [c["case_id"] for c in s["cases"]]
        assert sorted(ids) == sorted(["S-1", "S-2", "S-3", "J-1", "J-2", "L-1", "L-2", "P-1", "P-2", "E-1"])
        assert s["summary"]["unreadable"] == 0
        assert _by(s["organisation"]["team"], "team")["T9"]["cases"] == 2


@pytest.mark.parametrize("jobs", [1, 2])
def test_ctrl_c_reports_what_was_done(corpus, jobs, monkeypatch):
    # small units, so that most of the work is still queued when Ctrl-C comes
    monkeypatch.setattr(run_mod, "FILES_PER_UNIT", 1)
    monkeypatch.setattr(run_mod, "DOCS_PER_UNIT", 2)
    linter = Linter("vum2", today=TODAY)
    done = []

    def interrupt(unit):
        done.append(len(unit.rows))
        if len(done) == 2:
            raise KeyboardInterrupt

    run = sweep([corpus], "vum2", jobs=jobs, today=TODAY, linter=linter, on_unit=interrupt)
    assert run.partial
    s = summarise_run(run, linter)
    assert s["partial"] is True
    assert 0 < s["summary"]["cases"] < 154
    assert s["summary"]["cases"] >= sum(done[:2])


def test_a_case_that_breaks_checking_is_counted_not_fatal(cases_dir, profile_file, monkeypatch):
    from vumrules.engine import Engine

    original = Engine.check_document

    def flaky(self, doc):
        if doc.file.endswith("c.yaml"):
            raise RuntimeError("boom")
        return original(self, doc)

    monkeypatch.setattr(Engine, "check_document", flaky)
    run, s = _summary([cases_dir], profile_file, jobs=1)
    assert s["summary"]["cases"] == 5 and s["summary"]["unreadable"] == 2
    broken = [u for u in s["unreadable"] if u["file"].endswith("c.yaml")]
    assert broken and "RuntimeError" in broken[0]["message"]


def test_missing_path_is_an_unreadable_case(tmp_path, profile_file):
    _, s = _summary([tmp_path / "findes-ikke.yaml"], profile_file)
    assert s["summary"]["unreadable"] == 1
    assert "findes ikke" in s["unreadable"][0]["message"]


def test_progress_hook_reaches_the_total(corpus):
    calls = []
    sweep([corpus], "vum2", jobs=2, today=TODAY, progress=lambda d, t, c: calls.append((d, t, c)))
    assert calls[0][0] == 0
    done, total, cases = calls[-1]
    assert done == total and cases >= 150
    assert all(a[0] <= b[0] for a, b in zip(calls, calls[1:]))


def test_no_personal_data_in_any_output(tmp_path, profile_file):
    """FK-04: names and CPR numbers in file names, case ids and organisation fields never
    reach the report files."""
    d = tmp_path / "eksport"
    write_cases(d, {
        "Ninna Fiktivsen.yaml": HEAD_PERSONAL,
        "ok.yaml": CASES["a.yaml"],
    })
    _, s = _summary([d], profile_file, jobs=2)
    out = tmp_path / "rapport"
    write_all(s, out)
    for f in out.iterdir():
        if f.suffix == ".xlsx":
            import zipfile

            text = "".join(zipfile.ZipFile(f).read(n).decode("utf-8", "replace")
                           for n in zipfile.ZipFile(f).namelist())
        else:
            text = f.read_text(encoding="utf-8")
        for secret in ("Ninna", "Fiktivsen", "0102031234", "010203-1234"):
            assert secret not in text, (f.name, secret)
    assert any(c["case_id"] == "S-[CPR]" for c in s["cases"])


HEAD_PERSONAL = """format_version: "1.0"
sag_id: S-0102031234
borger: {navn: Ninna Fiktivsen, cpr: 010203-1234}
organisation: {kommune: Kommune1, team: Ninnas team, sagsbehandler_id: "010203-1234"}
afgoerelse: {type: bevilling, klagevejledning: true}
"""


SIGINT_SCRIPT = """
import json, os, signal, sys
from datetime import date
from vumrules import Linter
from vumrules.sweep import run as run_mod, summarise_run, sweep

if __name__ == "__main__":
    run_mod.FILES_PER_UNIT, run_mod.DOCS_PER_UNIT = 1, 2  # most work still queued at Ctrl-C
    linter = Linter("vum2", today=date(2026, 11, 26))
    seen = []

    def on_unit(unit):
        seen.append(unit)
        if len(seen) == 2:
            # what a terminal does on Ctrl-C: SIGINT to the whole process group (the workers too)
            os.killpg(os.getpgid(0), signal.SIGINT)

    run = sweep([sys.argv[1]], "vum2", jobs=int(sys.argv[2]), today=date(2026, 11, 26), linter=linter,
                on_unit=on_unit)
    s = summarise_run(run, linter)
    print(json.dumps({"partial": run.partial, "cases": s["summary"]["cases"]}))
"""


@pytest.mark.parametrize("jobs", [1, 2])
def test_real_sigint_to_the_process_group(corpus, tmp_path, jobs):
    """A real Ctrl-C (SIGINT to the process group, workers included) ends the sweep cleanly
    with the partial result; the workers ignore it and the parent reports."""
    import subprocess
    import sys

    script = tmp_path / "run_sweep.py"
    script.write_text(SIGINT_SCRIPT, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script), str(corpus), str(jobs)], capture_output=True,
                          text=True, timeout=300, start_new_session=True)
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["partial"] is True
    assert 0 < result["cases"] < 154
    assert "Traceback" not in proc.stderr


def test_a_large_json_lines_export_is_swept_in_slices(tmp_path, monkeypatch):
    """A JSON Lines export above check's per-file limit is still swept, slice by slice."""
    import json as _json

    import vumrules.loader as loader_mod
    from vumrules.sweep import run as run_mod

    monkeypatch.setattr(loader_mod, "MAX_FILE_BYTES", 2_000)   # `check` would refuse the file
    monkeypatch.setattr(run_mod, "LARGE_FILE_BYTES", 1_000)
    big = tmp_path / "eksport.jsonl"
    big.write_text("".join(_json.dumps({"format_version": "1.0", "sag_id": f"S-{i:03d}"}) + "\n"
                           for i in range(200)), encoding="utf-8")
    assert big.stat().st_size > 2_000
    from vumrules import Linter
    from vumrules.testing import TEST_TODAY

    linter = Linter("vum2", today=TEST_TODAY)
    run = run_mod.sweep([big], "vum2", jobs=1, today=TEST_TODAY, linter=linter)
    s = summarise_run(run, linter, "test")
    assert not run.partial
    assert s["summary"]["cases"] == 200 and s["summary"]["unreadable"] == 0
