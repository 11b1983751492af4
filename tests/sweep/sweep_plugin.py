"""A plugin used only by the sweep tests: three rules with known behaviour (one crashes on
purpose) and a tiny input format, so the sweep's figures can be checked exactly whatever the
real rule packs do. Registered in the worker processes by module name (``plugins=``)."""

from __future__ import annotations

from vumrules.hookspec import hookimpl
from vumrules.loader import FunctionLoader
from vumrules.rule import rule, violation
from vumrules.sources import RawDocument, SourceMap

_OK = 'format_version: "1.0"\nsag_id: S-1\n'


@rule(code="ZZT001", name="score-kraever-beskrivelse", requirements=("VUM-08",), severity="error",
      message=("Tema med score uden beskrivelse", "Theme with a score but no description"),
      what=("Test.", "Test."), why=("Test.", "Test."),
      example_fail=_OK + "udredning:\n  temaer:\n    - navn: Egenomsorg  # expect: ZZT001\n      score: 2\n",
      example_pass=_OK,
      applies=lambda case, ctx: case.udredning is not None)
def zzt001(case, ctx):
    for i, tema in enumerate(case.udredning.temaer):
        if tema.score is not None and not tema.beskrivelse:
            yield violation("udredning", "temaer", i)


@rule(code="ZZT002", name="klagevejledning", requirements=("HE-04",), severity="error",
      message=("Afgørelsen har ingen klagevejledning", "The decision has no klagevejledning"),
      what=("Test.", "Test."), why=("Test.", "Test."),
      example_fail=_OK + "afgoerelse:  # expect: ZZT002\n  type: afslag\n",
      example_pass=_OK,
      applies=lambda case, ctx: case.afgoerelse is not None)
def zzt002(case, ctx):
    if not case.afgoerelse.klagevejledning:
        yield violation("afgoerelse")


@rule(code="ZZT003", name="crasher", requirements=("HE-04",), severity="warning",
      message=("Aldrig", "Never"), what=("Test.", "Test."), why=("Test.", "Test."),
      example_fail=_OK, example_pass=_OK)
def zzt003(case, ctx):
    if case.sag_id.endswith("BOOM"):
        raise ValueError("on purpose")
    return iter(())


def _read_sagliste(file: str, text: str):
    """'.sagliste': one case per line, 'sag_id;kommune;team;sagsbehandler_id'."""
    for i, line in enumerate(l for l in text.splitlines() if l.strip()):
        sag_id, kommune, team, sb = line.split(";")
        yield RawDocument(file, i, {"format_version": "1.0", "sag_id": sag_id,
                                    "organisation": {"kommune": kommune, "team": team,
                                                     "sagsbehandler_id": sb}},
                          SourceMap({}, (i + 1, 1)))


@hookimpl
def vumrules_rules():
    return [zzt001, zzt002, zzt003]


@hookimpl
def vumrules_loaders():
    return [FunctionLoader("sagliste", (".sagliste",), _read_sagliste, "Testformat")]
