"""Bilag 1 of the Hjørring taskforce procedure ("Tjekliste inden sagen dagsorden sættes") as data.

Each item names the rule codes whose *absence of findings* on a case means the item is
satisfied. The sign-off command prints ✔/✘ per item from :func:`status`; the sagsbehandler and
the teamleder sign off against this list (HJ-04). Items that the national method already
checks point at the VUM rules (which run under the ``hjoerring`` profile, since it extends
``vum2``); the Hjørring-specific parts at HJ005 and HJ015.

The labels are Bilag 1's own words (the items under "Udrede borgeren, herunder:").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One line of Bilag 1."""

    key: str
    label_da: str
    label_en: str
    codes: tuple[str, ...]
    requirements: tuple[str, ...]

    def label(self, lang: str = "da") -> str:
        return self.label_en if lang == "en" else self.label_da


#: "Tjekliste til Sagsoplysning … Udrede borgeren, herunder:" (seed 000, Bilag 1)
CHECKLIST: tuple[ChecklistItem, ...] = (
    ChecklistItem(
        "relevante_temaer",
        "Løbende vurdere, hvilke udredningstemaer der er relevante at anvende.",
        "Continuously assess which udredning themes are relevant to use.",
        ("HJ005",),
        ("HJ-05",),
    ),
    ChecklistItem(
        "oplysninger_fra_borger",
        "Indhente oplysninger fra borgeren.",
        "Obtain information from the citizen.",
        ("VUM010",),
        ("HJ-05", "VUM-10"),
    ),
    ChecklistItem(
        "andre_parter",
        "Vurdere behov for indhentning af oplysninger fra andre parter og indhente disse, "
        "hvis relevant.",
        "Assess the need for information from other parties and obtain it where relevant.",
        ("VUM011",),
        ("HJ-05", "VUM-11"),
    ),
    ChecklistItem(
        "sagsbehandlers_bemaerkninger",
        "Registrere observationer, analyse og begrundelse for vurderingen af funktions- og "
        "funktionsevneniveau under sagsbehandlers bemærkninger.",
        "Record observations, analysis and reasoning for the assessment of functioning and "
        "functional ability in the caseworker's remarks.",
        ("VUM008", "HJ015"),
        ("HJ-05", "VUM-08"),
    ),
    ChecklistItem(
        "funktionsevneniveau",
        "Angive funktionsevneniveau for de relevante undertemaer i kategorien Aktivitet og "
        "deltagelse.",
        "Give the level of functional ability for the relevant sub-themes in the category "
        "Activity and participation.",
        ("VUM006",),
        ("HJ-05", "VUM-06"),
    ),
    ChecklistItem(
        "delanalyse",
        "Lave delanalyse for hver udredningskategori.",
        "Write a partial analysis for each udredning category.",
        ("VUM007",),
        ("HJ-05", "VUM-07"),
    ),
)

#: heading of the list, as in Bilag 1
TITLE_DA = "Bilag 1 – Tjekliste inden sagen dagsorden sættes (sagsoplysning)"
TITLE_EN = "Bilag 1 – Checklist before the case is put on the agenda (investigation)"


def codes() -> tuple[str, ...]:
    """Every rule code the checklist depends on, in order, without repeats."""
    return tuple(dict.fromkeys(c for item in CHECKLIST for c in item.codes))


def status(
    finding_codes: Iterable[str], ran: Iterable[str] | Mapping[str, object] | None = None
) -> list[tuple[ChecklistItem, bool | None]]:
    """✔/✘ per item: ``True`` when none of the item's rules gave a finding, ``False`` when
    one did. ``ran`` (the codes that were evaluated, e.g. ``CaseResult.outcomes``) makes an
    item whose rules did not all run ``None`` (unknown) instead of a silent ✔."""
    found = set(finding_codes)
    evaluated = set(ran) if ran is not None else None
    out: list[tuple[ChecklistItem, bool | None]] = []
    for item in CHECKLIST:
        if any(c in found for c in item.codes):
            out.append((item, False))
        elif evaluated is not None and not all(c in evaluated for c in item.codes):
            out.append((item, None))
        else:
            out.append((item, True))
    return out
