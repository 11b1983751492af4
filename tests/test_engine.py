"""Engine and profiles: selection, versions by date, severity/options overrides, errors with
file and line, and a crashing rule that becomes a finding instead of a crash."""

from __future__ import annotations

from datetime import date

import pytest

from vumrules import Linter, ProfileError, Severity, hookimpl, rule
from vumrules.engine import Outcome
from vumrules.profiles import parse_profile
from vumrules.registry import Registry, RegistryError
from vumrules.testing import TEST_TODAY

SCORE_ONLY = ('format_version: "1.0"\nsag_id: S-1\n{ref}udredning:\n  metode: vum2\n  temaer:\n'
              '    - navn: Egenomsorg\n      score: 2\n')


def _crash(case, ctx):
    raise RuntimeError("boom")
    yield  # pragma: no cover


CRASH = rule(code="TST001", name="crash", requirements=(), severity="error", message=("x", "x en"),
             what=("w", "w"), why=("y", "y"), example_fail="a: 1  # expect: TST001\n",
             example_pass="a: 1\n")(_crash)


class CrashPlugin:
    __name__ = "crash-plugin"

    @hookimpl
    def vumrules_rules(self):
        return [CRASH]


def test_crashing_rule_becomes_finding_and_others_still_run(tmp_path):
    linter = Linter("vum2", today=TEST_TODAY, entry_points=False, extra_plugins=[CrashPlugin()])
    linter.store.register_text("crashy", "navn: crashy\nextends: vum2\nextend_select: [TST]\n")
    lint = Linter("crashy", registry=linter.registry, today=TEST_TODAY, _store=linter.store)
    (result,) = lint.check_text(SCORE_ONLY.format(ref=""))
    codes = [f.code for f in result.findings]
    assert "SCH900" in codes and "VUM008" in codes
    assert result.outcomes["TST001"] is Outcome.ERROR
    assert "TST001" in [f for f in result.findings if f.code == "SCH900"][0].message


def test_duplicate_code_between_plugins_is_an_error():
    class Dup:
        __name__ = "dup"

        @hookimpl
        def vumrules_rules(self):
            from vumrules.rules.vum.VUM008 import RULE
            return [RULE]

    with pytest.raises(RegistryError, match="VUM008"):
        Registry.create(entry_points=False, extra_plugins=[Dup()])


def test_versions_by_reference_date(linter):
    store = linter.store
    store.register_text("versioneret", """\
navn: versioneret
versioner:
  - version: "gammel"
    gaeldende_fra: 2015-01-01
    extends: vum2
    ignore: [VUM008]
  - version: "ny"
    gaeldende_fra: 2023-01-01
    extends: vum2
    severity: {VUM008: warning}
""")
    lint = Linter("versioneret", registry=linter.registry, today=TEST_TODAY, _store=store)
    old, = lint.check_text(SCORE_ONLY.format(ref="sag:\n  referencedato: 2016-05-01\n"))
    new, = lint.check_text(SCORE_ONLY.format(ref="henvendelse:\n  dato: 2023-06-01\n"))
    assert (old.profile_version, new.profile_version) == ("gammel", "ny")
    assert "VUM008" not in [f.code for f in old.findings]
    assert [f.severity for f in new.findings if f.code == "VUM008"] == [Severity.WARNING]


def test_options_override_and_type_check(linter):
    store = linter.store
    store.register_text("strengere", "navn: strengere\nextends: vum2\noptions: {VUM008: {min_ord: 1}}\n")
    lint = Linter("strengere", registry=linter.registry, today=TEST_TODAY, _store=store)
    text = SCORE_ONLY.format(ref="") + "      beskrivelse: Kort.\n"
    assert "VUM008" not in [f.code for r in lint.check_text(text) for f in r.findings]
    store.register_text("forkert", "navn: forkert\nextends: vum2\noptions: {VUM008: {min_ord: mange}}\n")
    with pytest.raises(ProfileError, match="min_ord"):
        store.resolve("forkert", TEST_TODAY)


def test_broken_profile_names_file_and_line():
    with pytest.raises(ProfileError) as err:
        parse_profile("navn: x\nselect: [VUM]\nukendt_noegle: 1\n", "<x>")
    assert err.value.line == 3
    with pytest.raises(ProfileError) as err:
        parse_profile("navn: x\nselect: [VUM\n", "<x>")
    assert err.value.line >= 2


def test_unknown_selector_and_extends_cycle(linter):
    store = linter.store
    store.register_text("ukendt", "navn: ukendt\nextends: vum2\nextend_select: [ZZZ]\n")
    with pytest.raises(ProfileError, match="ZZZ"):
        store.resolve("ukendt", TEST_TODAY)
    store.register_text("ring-a", "navn: ring-a\nextends: ring-b\n")
    store.register_text("ring-b", "navn: ring-b\nextends: ring-a\n")
    with pytest.raises(ProfileError, match="ring"):
        store.resolve("ring-a", TEST_TODAY)


def test_profile_yaml_never_runs_code():
    with pytest.raises(ProfileError):
        parse_profile("navn: x\nselect: !!python/object/apply:os.system ['echo pwned']\n", "<x>")


def test_outcomes_record_applicability(linter):
    (r,) = linter.check_text('format_version: "1.0"\nsag_id: S-2\n')
    assert r.outcomes["VUM008"] is Outcome.PASSED
    assert r.outcomes["VUM002"] is Outcome.NOT_APPLICABLE


def test_output_is_deterministic(linter):
    a = [f.sort_key() for r in linter.check_paths(["examples/cases"]) for f in r.findings]
    b = [f.sort_key() for r in linter.check_paths(["examples/cases"]) for f in r.findings]
    assert a == b and a == sorted(a, key=lambda k: (k[0],)) or a == b


def test_rules_do_not_mutate_the_case(linter):
    from pydantic import ValidationError

    (r,) = linter.check_text(SCORE_ONLY.format(ref=""))
    with pytest.raises(ValidationError):
        r.case.sag_id = "andet"  # frozen model


def test_unversioned_profile_extending_a_versioned_one_follows_the_date(linter):
    store = linter.store
    store.register_text("lokal", "navn: lokal\nextends: ringkobing-skjern\n")
    old = store.resolve("lokal", date(2016, 5, 1))
    new = store.resolve("lokal", date(2024, 5, 1))
    assert old.chain[0].startswith("vum1") and new.chain[0].startswith("vum2")
    assert any(c.startswith("RKA") for c in old.rules) and any(c.startswith("RKB") for c in new.rules)
