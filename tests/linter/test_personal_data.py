"""FK-04: no output of vumrules — any format, any log line, error messages included — carries
a CPR number, a citizen's name or quoted free text from the case, unless asked for with
--show-personal-data. The corpus in tests/data/personal/ plants them in every field, in the
file names and in sag_id."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from linter_helpers import PERSONAL

CPRS = ["0101901234", "2512841235", "1201855678", "3112999999"]  # the last fails modulus 11
NAMES = ["Anne", "Marie", "Holm", "Jens", "Ødegaard", "Oedegaard", "Søren", "Soeren", "Kierkegaard",
         "Nielsen", "Karen", "Bøgh", "Boegh", "Larsen", "Jensen", "Ida", "Kjærsgaard", "Kjær",
         "Kjaer", "Bo"]
MARKER = "HEMMELIGFRITEKST"
FORMATS = ["text", "json", "sarif", "junit", "github", "csv"]
_L = "A-Za-zÆØÅæøåÉé"


def leaks(text: str) -> list[str]:
    found = []
    for cpr in CPRS:
        for form in (cpr, f"{cpr[:6]}-{cpr[6:]}", f"{cpr[:6]} {cpr[6:]}"):
            if form in text:
                found.append(form)
    for name in NAMES:
        if re.search(rf"(?<![{_L}]){re.escape(name)}(?![{_L}])", text):
            found.append(name)
    if MARKER.lower() in text.lower():
        found.append(MARKER)
    return found


@pytest.fixture()
def corpus(tmp_path) -> Path:
    d = tmp_path / "personal"
    shutil.copytree(PERSONAL, d, ignore=shutil.ignore_patterns("*.md"))
    return d


def test_the_corpus_really_holds_personal_data(corpus, cli):
    """Guard: with --show-personal-data the same run shows what the other tests look for."""
    r = cli("check", corpus, "--show-personal-data", "--show-suppressed", "--today", "2026-11-26")
    assert set(leaks(r.output)) >= {"0101901234", "Anne", "Holm", "Bo", "Jensen", "Kjaer"}, r.output


@pytest.mark.parametrize("lang", ["da", "en"])
def test_no_format_leaks(corpus, tmp_path, cli, lang):
    outs = tmp_path / "out"
    args = ["check", corpus, "--show-suppressed", "--lang", lang, "--today", "2026-11-26"]
    for fmt in FORMATS:
        args += ["-o", f"{fmt}:{outs / ('r.' + fmt)}"]
    r = cli(*args, "-o", "text")
    assert r.exit_code == 1
    texts = {"stdout+stderr": r.output}
    for fmt in FORMATS:
        texts[fmt] = (outs / f"r.{fmt}").read_text(encoding="utf-8")
        assert texts[fmt].strip(), fmt
    assert "[CPR]" in texts["text"] and "[NAVN]" in texts["text"]
    for where, text in texts.items():
        assert not leaks(text), (where, leaks(text))


def test_each_format_on_stdout_leaks_nothing(corpus, cli):
    for fmt in FORMATS:
        r = cli("check", corpus, "--format", fmt, "--show-suppressed", "--today", "2026-11-26")
        assert not leaks(r.output), (fmt, leaks(r.output))


def test_baseline_file_and_baseline_run_leak_nothing(corpus, tmp_path, cli):
    base = tmp_path / "baseline.json"
    r = cli("baseline", "write", corpus, "-o", base, "--today", "2026-11-26")
    assert r.exit_code == 0, r.output
    assert not leaks(r.output) and not leaks(base.read_text(encoding="utf-8"))
    # fix one finding so the baseline has a gone entry, then report against it
    f = corpus / "Anne_Marie_Holm_0101901234.yaml"
    f.write_text(f.read_text(encoding="utf-8").replace("score: 9", "score: 3"), encoding="utf-8")
    for fmt in FORMATS:
        r = cli("check", corpus, "--baseline", base, "--format", fmt, "--today", "2026-11-26")
        assert not leaks(r.output), (fmt, leaks(r.output))
        if fmt == "text":
            assert "rettet" in r.output


def cpr_leaks(text: str) -> list[str]:
    return [x for x in leaks(text) if x[0].isdigit()]


def test_error_messages_leak_no_cpr(tmp_path, cli):
    """A file that cannot be read has no names to know, but a CPR number is caught by its shape."""
    missing = tmp_path / "Anne_Holm_0101901234.yaml"
    r = cli("check", missing)
    assert "[CPR]" in r.output and not cpr_leaks(r.output), r.output
    bad = tmp_path / "0101901234.yaml"
    bad.write_text("format_version: [Anne Holm 0101901234 HEMMELIGFRITEKST\n", encoding="utf-8")
    r = cli("check", bad)
    assert r.exit_code == 1 and not leaks(r.output), r.output
    r = cli("check", tmp_path, "--baseline", tmp_path / "0101901234-baseline.json")
    assert r.exit_code == 2 and not leaks(r.output), r.output
    r = cli("suppress", "--code", "VUM008", "--reason", "x", "--by", "SB-1", bad)
    assert r.exit_code == 2 and not leaks(r.output), r.output
    r = cli("check", tmp_path, "-o", f"sarif:{bad}/0101901234.sarif")
    assert r.exit_code == 2 and not leaks(r.output), r.output


def test_suppress_command_leaks_nothing(corpus, cli):
    f = corpus / "311299-9999 Ida Kjaer.yaml"
    r = cli("suppress", "--code", "VUM009", "--reason", "Kilderne står i journalen", "--by", "SB-1", f)
    assert r.exit_code == 0 and not leaks(r.output), r.output


def test_internal_error_message_has_no_cpr(case_dir, cli, monkeypatch):
    from vumrules.api import Linter

    def boom(self, paths):
        raise RuntimeError("kunne ikke læse sag for 010190-1234")

    monkeypatch.setattr(Linter, "check_paths", boom)
    r = cli("check", case_dir)
    assert r.exit_code == 2 and "intern fejl" in r.output
    assert "[CPR]" in r.output and not cpr_leaks(r.output)
