"""The pytest plugin (entry point pytest11), tested with pytester: case documents become
items, findings at/above the fail level fail them, -k/-x/--junitxml work, YAML is left alone
without --vumrules-profile, and the rule-author fixtures work."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import cel  # noqa: F401 - imported once here: pytester's in-process runs drop modules first
#             imported inside them, and the CEL extension cannot initialise its logger twice
import pytest

import vumrules.declarative  # noqa: F401 - same reason

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "examples" / "declarative" / "profiles" / "demo-kommune.yaml"
CASES = ROOT / "examples" / "declarative" / "cases"

FRIDAY = """\
format_version: "1.0"
sag_id: FRE-1
afgoerelse:
  type: afslag
  sendt: 2025-03-07  # expect: DEM007
"""
BAD_RESULT = """\
format_version: "1.0"
sag_id: VU-1
indstilling:
  visitationsudvalg:
    resultat: Udsat  # expect: DEM006
---
format_version: "1.0"
sag_id: VU-2
indstilling:
  visitationsudvalg:
    resultat: Godkendt
"""


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    """An in-process inner pytest run, without plugins that only slow it down here."""
    return pytester.runpytest("-p", "no:randomly", "-p", "no:hypothesispytest", *args)


@pytest.fixture(scope="module", autouse=True)
def _warm_imports() -> None:
    # everything the inner runs import is imported once out here (pytester would otherwise
    # drop and re-import vumrules' rule packs, vocabulary and holidays for every run)
    from vumrules import Linter

    Linter(str(DEMO)).check_text(FRIDAY)


@pytest.fixture(autouse=True)
def _own_rootdir(pytester: pytest.Pytester) -> None:
    # an ini file of its own, so the inner run never picks up this project's settings
    pytester.makeini("[pytest]\n")


@pytest.fixture
def cases(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makefile(".yaml", fredag=FRIDAY, visitation=BAD_RESULT)
    return pytester


def test_yaml_is_not_collected_without_the_option(pytester):
    pytester.makefile(".yaml", data="a: 1\n")
    pytester.makepyfile(test_x="def test_ok():\n    pass\n")
    res = run(pytester)
    res.assert_outcomes(passed=1)


def test_each_document_is_an_item_and_errors_fail_it(cases):
    res = run(cases, "--vumrules-profile", str(DEMO), "-v")
    res.assert_outcomes(passed=2, failed=1)  # FRE-1 is only a warning
    res.stdout.fnmatch_lines([
        "*fredag.yaml::FRE-1 PASSED*",
        "*visitation.yaml::VU-1 FAILED*",
        "*visitation.yaml::VU-2 PASSED*",
        "*visitation.yaml:5:5: DEM006 [[]error[]] Visitationsudvalget*(RK22-07)",
    ])


def test_fail_level_warning(cases):
    res = run(cases, "--vumrules-profile", str(DEMO),
                          "--vumrules-fail-level", "warning")
    res.assert_outcomes(passed=1, failed=2)
    res.stdout.fnmatch_lines(["*fredag.yaml:5:3: DEM007 [[]warning[]]*"])


def test_k_selects_by_sag_id_and_x_stops(cases):
    res = run(cases, "--vumrules-profile", str(DEMO), "-k", "VU-2")
    res.assert_outcomes(passed=1, deselected=2)
    res = run(cases, "--vumrules-profile", str(DEMO),
                          "--vumrules-fail-level", "info", "-x")
    res.assert_outcomes(failed=1)


def test_junitxml(cases):
    report = cases.path / "junit.xml"
    res = run(cases, "--vumrules-profile", str(DEMO), f"--junitxml={report}")
    res.assert_outcomes(passed=2, failed=1)
    root = ET.parse(report).getroot()
    testcases = root.findall(".//testcase")
    assert sorted(tc.get("name") for tc in testcases) == ["FRE-1", "VU-1", "VU-2"]
    failed = [tc for tc in testcases if tc.find("failure") is not None]
    assert [tc.get("name") for tc in failed] == ["VU-1"]
    assert "DEM006" in failed[0].find("failure").text


def test_expect_mode_compares_annotations(cases):
    res = run(cases, "--vumrules-profile", str(DEMO), "--vumrules-expect")
    res.assert_outcomes(passed=3)
    cases.makefile(".yaml", wrong=FRIDAY.replace("  # expect: DEM007", ""))
    res = run(cases, "--vumrules-profile", str(DEMO), "--vumrules-expect",
                          "wrong.yaml")
    res.assert_outcomes(failed=1)
    res.stdout.fnmatch_lines(["*fundet men ikke forventet*DEM007*"])


def test_the_shipped_example_cases_pass_in_expect_mode(pytester):
    res = run(pytester, "--vumrules-profile", str(DEMO),
                             "--vumrules-expect", str(CASES))
    res.assert_outcomes(passed=11)


def test_unknown_profile_is_a_usage_error(cases):
    res = run(cases, "--vumrules-profile", "findes-ikke")
    assert res.ret == pytest.ExitCode.USAGE_ERROR or res.ret == pytest.ExitCode.INTERRUPTED
    res.stderr.fnmatch_lines(["*ukendt profil 'findes-ikke'*"])


def test_personal_data_never_reaches_the_report(pytester):
    pytester.makefile(".yaml", cpr="""\
format_version: "1.0"
sag_id: CPR-1
borger:
  cpr: "010190-1234"
  navn: Mette Testesen
afgoerelse:
  type: afslag
  sendt: 2025-03-07
""")
    res = run(pytester, "--vumrules-profile", str(DEMO),
                             "--vumrules-fail-level", "info")
    res.assert_outcomes(failed=1)
    assert "010190-1234" not in res.stdout.str() and "Mette" not in res.stdout.str()


def test_rule_author_fixtures(pytester):
    pytester.makepyfile(test_kit=f'''
        DEMO = {str(DEMO)!r}

        def test_check(vumrules_check):
            found = vumrules_check({{"format_version": "1.0", "sag_id": "S-1",
                                    "afgoerelse": {{"type": "afslag", "sendt": "2025-03-07"}}}},
                                   profile=DEMO)
            assert [f.code for f in found] == ["DEM007"]

        def test_assert_annotations(vumrules_assert):
            vumrules_assert({FRIDAY!r}, profile=DEMO)

        def test_assert_explicit(vumrules_assert):
            vumrules_assert("format_version: '1.0'\\nsag_id: S-2\\nudredning:\\n  temaer:\\n    - navn: Egenomsorg\\n      score: 2\\n",
                            [(5, "VUM008")], rules=["VUM008"])

        def test_coverage(vumrules_coverage):
            vumrules_coverage(["DEM006"], [{str(CASES / "rk-visitationsudvalg.yaml")!r}], profile=DEMO)

        def test_coverage_gap_is_reported(vumrules_coverage):
            import pytest
            with pytest.raises(AssertionError, match="DEM007: ingen sag hvor reglen giver fund"):
                vumrules_coverage(["DEM007"], [{str(CASES / "rk-visitationsudvalg.yaml")!r}], profile=DEMO)
    ''')
    res = run(pytester)
    res.assert_outcomes(passed=5)
