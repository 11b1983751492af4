"""Shared helpers of the KL pack: the ``applies`` predicate, FFB code questions asked of the
vocabulary, and the frame of the rules' YAML examples."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Any

from ...fhir import kl
from ...fhir.bundle import Entry, as_dict, as_list, codings, ffb_coding, is_fhir_case
from ...vocabulary import ffb, vocabulary

#: Every KL rule applies only to cases read from a FHIR bundle.
APPLIES = is_fhir_case

SOURCE = "KL, FFB uddatasæt (kl.dk.fhir.ffbreporting 1.0.0)"


def is_ad_code(code: str | None) -> bool | None:
    """Whether an FFB theme/sub-theme code belongs to the category whose conditions carry a
    Funktionsevneniveau (Aktivitet og deltagelse: the vocabulary's ``ffb_severity``); None
    for a code that is not a theme or sub-theme."""
    if not code:
        return None
    vocab = vocabulary("vum2")
    theme = vocab.theme_for_code(code)
    if theme is None:
        return None
    category = vocab.category(theme.category)
    return bool(category and category.ffb_severity)


def display(code: str | None) -> str:
    """The FFB display of a code (terminology, never case text); the code itself if unknown."""
    concept = ffb.concept(code) if code else None
    return concept.display if concept else (code or "?")


def severity_category() -> str:
    """The name of the category whose conditions carry a severity (for messages)."""
    vocab = vocabulary("vum2")
    return next(c.name for c in vocab.categories if c.ffb_severity)


_HEAD = """\
format_version: "1.0"
sag_id: FFB-2025-0417
udredning:
  metode: vum2
fhir:
  bundle:
    resourceType: Bundle
    type: collection
    timestamp: "2025-09-20T08:00:00+02:00"
    entry:
"""


def example(entries: str) -> str:
    """A YAML case with a ``fhir.bundle`` whose entries are ``entries`` (YAML list items
    written from column 0), for the rules' documented examples."""
    return _HEAD + textwrap.indent(textwrap.dedent(entries).strip("\n") + "\n", " " * 6)


# --------------------------------------------------------------------------- indsatsmål targets


@dataclass(frozen=True)
class GoalTarget:
    """One ``Goal.target`` with what it measures: ``level`` (målniveau, the
    Funktionsevneniveau slice) or ``maaltype`` (the changeValue slice), or ``""``."""

    index: int
    measure: str
    code: str | None  # the FFB code of detailCodeableConcept, if any


def goal_targets(goal: Entry) -> list[GoalTarget]:
    """The targets of an indsatsmål. The measure code (KL's målemetode) decides the slice;
    without one, the branch of the FFB code in ``detailCodeableConcept`` does."""
    out = []
    for i, target in enumerate(as_list(goal.resource.get("target"))):
        target = as_dict(target)
        measures = {c.code for c in codings(target.get("measure"))}
        coding = ffb_coding(target.get("detailCodeableConcept"))
        code = coding.code if coding else None
        if kl.MEASURE_FUNKTIONSEVNENIVEAU in measures:
            measure = "level"
        elif kl.MEASURE_MAALTYPE in measures:
            measure = "maaltype"
        elif code and ffb.is_funktionsevneniveau_code(code):
            measure = "level"
        elif code and ffb.is_maaltype_code(code):
            measure = "maaltype"
        else:
            measure = ""
        out.append(GoalTarget(i, measure, code))
    return out


def has_detail(goal: Entry, target: GoalTarget) -> bool:
    detail: Any = as_dict(as_list(goal.resource.get("target"))[target.index]).get("detailCodeableConcept")
    return bool(codings(detail))
