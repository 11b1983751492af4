"""An external plugin installed as a distribution shows up in `vumrules plugins`, its rules
run in `vumrules check`, a broken one is reported without stopping the run, and conflicts
(same code or prefix) are a clear error. Plugins are never picked up from the working
directory."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from vumrules import Linter
from vumrules.cli import main
from vumrules.registry import Registry, RegistryError
from vumrules.testing import TEST_TODAY, check_rule_examples

from _fake_dist import forget, install

PLUGIN = '''
    from pathlib import Path

    from vumrules import case_rule, hookimpl, rule, violation

    CONFIGURED = []


    @case_rule(
        code="TAA001", name="henvendelse-uden-dato", requirements=("TAA-01",), severity="warning",
        message=("Henvendelsen har ingen dato{detalje}", "The request has no date{detalje}"),
        what=("Henvendelsen skal have en dato.", "The request must have a date."),
        why=("Fristerne regnes fra henvendelsen.", "Deadlines count from the request."),
        felt="/henvendelse/dato",
        example_fail="""
            format_version: "1.0"
            sag_id: TAA-1
            henvendelse:  # expect: TAA001
              fra: [borger]
        """,
        example_pass="""
            format_version: "1.0"
            sag_id: TAA-1
            henvendelse:
              dato: 2025-02-03
        """,
    )
    def henvendelse_har_dato(case, options):
        if case.henvendelse is None:
            return
        assert case.henvendelse.dato is not None


    @rule(
        code="TAA002", name="ingen-organisation", requirements=("TAA-02",), severity="info",
        message=("Sagen har ingen organisation", "The case has no organisation"),
        what=("Organisation skal udfyldes.", "Organisation must be filled in."),
        why=("Statistik pr. enhed.", "Statistics per unit."),
        example_fail="""
            format_version: "1.0"  # expect: TAA002
            sag_id: TAA-2
        """,
        example_pass="""
            format_version: "1.0"
            sag_id: TAA-2
            organisation: {kommune: Testrup}
        """,
    )
    def ingen_organisation(case, ctx):
        if case.organisation is None:
            yield violation()


    @hookimpl
    def vumrules_rules():
        return [henvendelse_har_dato, ingen_organisation]


    @hookimpl
    def vumrules_profile_dirs():
        return [Path(__file__).parent / "testrup_profiles"]


    @hookimpl
    def vumrules_configure(settings):
        CONFIGURED.append(dict(settings))
'''

PROFILE = '''
    navn: testrup
    titel: Testrup Kommune (testplugin)
    extends: vum2
    select: [SCH, TAA]
    regler:
      - kode: TAA101
        navn: afslag-uden-klagevejledning
        krav: [TAA-03]
        alvor: error
        besked: {da: "Afslaget har ingen klagevejledning", en: "The refusal has no appeal guidance"}
        hvad: {da: "Et afslag skal have klagevejledning.", en: "A refusal needs appeal guidance."}
        hvorfor: {da: "Borgeren skal kunne klage.", en: "The citizen must be able to appeal."}
        naar: afgoerelse != null && afgoerelse.type == 'afslag'
        skal: afgoerelse.klagevejledning == true
        felt: /afgoerelse
        eksempler:
          fejl: |
            format_version: "1.0"
            sag_id: T-101
            afgoerelse:  # expect: TAA101
              type: afslag
          ok: |
            format_version: "1.0"
            sag_id: T-101
            afgoerelse:
              type: afslag
              klagevejledning: true
'''

CASE = '''format_version: "1.0"
sag_id: T-1
henvendelse:
  fra: [borger]
'''

BROKEN = '''
    raise ImportError("modulet vumrules_broken_test mangler sin afhængighed 'fjernlager'")
'''

TYPO = '''
    from vumrules import hookimpl

    @hookimpl
    def vumrules_rule():   # stavefejl: hooket hedder vumrules_rules
        return []
'''

MODULES = ("vumrules_testrup", "vumrules_broken_test", "vumrules_typo_test", "vumrules_twin_test")


@pytest.fixture
def site(tmp_path, monkeypatch):
    forget(*MODULES)
    site = tmp_path / "site-packages"
    install(site, "vumrules-testrup", "1.2.3", {"vumrules_testrup": PLUGIN},
            {"testrup": "vumrules_testrup"}, {"testrup_profiles/testrup.yaml": PROFILE})
    install(site, "vumrules-broken-test", "0.1", {"vumrules_broken_test": BROKEN},
            {"broken": "vumrules_broken_test"})
    install(site, "vumrules-typo-test", "0.2", {"vumrules_typo_test": TYPO},
            {"typo": "vumrules_typo_test"})
    monkeypatch.syspath_prepend(str(site))
    yield site
    forget(*MODULES)


def test_installed_plugin_is_listed_with_version_prefix_and_rules(site):
    res = CliRunner().invoke(main, ["plugins", "--format", "json"])
    data = json.loads(res.stdout)
    ours = next(p for p in data["plugins"] if p["name"] == "testrup")
    assert ours["version"] == "1.2.3" and ours["distribution"] == "vumrules-testrup"
    assert ours["prefixes"] == ["TAA"] and ours["rules"] == 2
    assert set(ours["hooks"]) == {"vumrules_rules", "vumrules_profile_dirs", "vumrules_configure"}
    assert res.exit_code == 1  # broken plugins present


def test_broken_plugins_are_reported_and_the_rest_still_load(site):
    reg = Registry.create()
    broken = {b.name: b for b in reg.broken}
    assert set(broken) == {"broken", "typo"}
    assert "ImportError" in broken["broken"].error and "fjernlager" in broken["broken"].error
    assert broken["broken"].distribution == "vumrules-broken-test"
    assert "ukendt hook 'vumrules_rule'" in broken["typo"].error
    assert "TAA001" in reg.rules and reg.rules["TAA001"].plugin == "testrup"
    assert "VUM008" in reg.rules
    res = CliRunner().invoke(main, ["plugins"])
    assert "testrup" in res.stdout and "1.2.3" in res.stdout and "TAA" in res.stdout
    assert "FEJL: plugin broken (vumrules-broken-test)" in res.stderr


def test_plugin_rules_run_in_check_despite_a_broken_plugin(site, tmp_path):
    case = tmp_path / "sag.yaml"
    case.write_text(CASE, encoding="utf-8")
    res = CliRunner().invoke(main, ["check", "--profile", "testrup", "--fail-level", "warning", str(case)])
    assert res.exit_code == 1, res.output
    assert "TAA001" in res.stdout and "TAA002" in res.stdout
    assert f"{case}:3:" in res.stdout  # TAA001 at the henvendelse (dato is missing)
    assert "broken" in res.stderr


def test_plugin_rule_examples_pass_with_the_kit(site):
    reg = Registry.create()
    linter = Linter("vum2", registry=reg, today=TEST_TODAY)
    for code in ("TAA001", "TAA002"):
        check_rule_examples(reg.rules[code], linter)


def test_configure_hook_gets_the_run_settings(site):
    import importlib

    reg = Registry.create()
    reg.configure({"profile": "testrup"})
    mod = importlib.import_module("vumrules_testrup")
    assert mod.CONFIGURED[-1] == {"profile": "testrup"}


def test_two_plugins_with_the_same_prefix_is_a_clear_error(site):
    twin = PLUGIN.replace('"TAA002"', '"TAA009"').replace("testrup_profiles", "twin_profiles")
    install(site, "vumrules-twin-test", "9.9", {"vumrules_twin_test": twin}, {"twin": "vumrules_twin_test"},
            {"twin_profiles/twin.yaml": PROFILE.replace("testrup", "twin")})
    with pytest.raises(RegistryError) as exc:
        Registry.create()
    msg = str(exc.value)
    assert "TAA001" in msg and "testrup" in msg and "twin" in msg
    res = CliRunner().invoke(main, ["plugins"])
    assert res.exit_code == 2 and "konflikt" in res.stderr


def test_plugins_are_not_picked_up_from_the_working_directory(tmp_path, monkeypatch):
    forget(*MODULES)
    cwd = tmp_path / "arbejdsmappe"
    install(cwd, "vumrules-testrup", "1.2.3", {"vumrules_testrup": PLUGIN}, {"testrup": "vumrules_testrup"},
            {"testrup_profiles/testrup.yaml": PROFILE})
    monkeypatch.chdir(cwd)
    monkeypatch.syspath_prepend("")  # what `python -m vumrules` puts first on sys.path
    monkeypatch.syspath_prepend(str(cwd))
    reg = Registry.create()
    assert "TAA001" not in reg.rules and all(p.name != "testrup" for p in reg.plugins)
    forget(*MODULES)


def test_extra_plugins_register_like_entry_points():
    import types

    mod = types.ModuleType("vumrules_extra_test")
    exec(compile(__import__("textwrap").dedent(PLUGIN), "vumrules_extra_test", "exec"), mod.__dict__)
    mod.__file__ = __file__
    reg = Registry.create(entry_points=False, extra_plugins=[mod])
    assert reg.rules["TAA002"].plugin == "vumrules_extra_test"


def test_declarative_rules_of_a_plugins_profile_are_listed_and_run(site, tmp_path):
    res = CliRunner().invoke(main, ["rules"])
    assert "TAA101" in res.stdout and "TAA001" in res.stdout
    res = CliRunner().invoke(main, ["rule", "TAA101"])
    assert res.exit_code == 0 and "profil testrup" in res.stdout
    case = tmp_path / "afslag.yaml"
    case.write_text('format_version: "1.0"\nsag_id: T-2\nafgoerelse:\n  type: afslag\n', encoding="utf-8")
    res = CliRunner().invoke(main, ["check", "--profile", "testrup", str(case)])
    assert res.exit_code == 1 and f"{case}:3:1: TAA101 [error]" in res.stdout
