"""Shared data and helpers of the Hjørring pack (the taskforce "Botilbud i eget hjem", seed 000).

The texts the arbejdsgang prescribes (the henvendelse's "Henvendelse fra", the sagstype, the
kinds of taskforce case), the organisations, the indstilling statuses and their allowed
transitions, and the event types read from ``haendelser`` live here as data. The rules take
them as option defaults, so a profile can override them without touching code.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Iterable, Iterator

from ...model import Case, Haendelse
from ...vocabulary import fold

# --------------------------------------------------------------------------- texts of seed 000

#: "Henvendelse fra", the sagstype and the observation in the henvendelsesnotat (Bilag 2)
TASKFORCE_NAVN = "Taskforce - Botilbud i eget hjem"

#: the two kinds of taskforce case (Bilag 2), as written in "årsag for henvendelsen"
TASKFORCE_SAGSTYPER: tuple[str, ...] = ("Rådgivnings- og sparringssag", "Indstillingssag")

#: organisations where the taskforce can see indstillinger (Bilag 3, Bilag 4)
ORGANISATIONER: tuple[str, ...] = (
    "Myndighed Handicap Nord",
    "Myndighed Handicap Vest",
    "Myndighed Handicap Syd",
    "Myndighed Handicap TOT",
    "Myndighed Rusmidler",
)

#: drop-downs in the henvendelsesnotat that must be filled (Bilag 2)
NOTAT_FELTER: tuple[str, ...] = (
    "Baggrund for Taskforce skyldes en henvendelse fra",
    "Botilbud i eget HJEM - hvorfor ønskes sagen drøftet i taskforce",
)
#: free-text fields of the notat that may stay empty ("EVT. Yderligere beskrivelse ...")
NOTAT_VALGFRIE_FELTER: tuple[str, ...] = (
    "EVT. Yderligere beskrivelse af hvorfor sag ønskes i taskforce",
)

#: what sparring can be asked for (Bilag 2, "Mødeafholdelse")
SPARRING: tuple[str, ...] = ("sagsåbning", "sagsoplysning", "sagsvurdering")

# --------------------------------------------------------------------------- indstilling status

KLAR = "Klar til godkendelse"
MANGLER = "Mangler information"
GODKENDT = "Godkendt"
LUKKET = "Lukket"

#: the indstillingsstatusser of the taskforce workflow (Bilag 2, Bilag 3)
STATUSSER: tuple[str, ...] = (KLAR, MANGLER, GODKENDT, LUKKET)
#: the status the caseworker sets when the indstilling is written (Bilag 2)
START_STATUSSER: tuple[str, ...] = (KLAR,)
#: allowed transitions (Bilag 3 points 2-3); keeping the status after a meeting is no transition
OVERGANGE: dict[str, list[str]] = {
    KLAR: [MANGLER, GODKENDT],
    MANGLER: [KLAR],
    GODKENDT: [LUKKET],
    LUKKET: [],
}
#: statuses whose comment must carry "Svar fra visitationsudvalg d. xx/xx" (Bilag 3 point 2);
#: for Godkendt the reply stands in "visitationsudvalgets konklusion" (point 3), checked apart
STATUS_MED_SVAR: tuple[str, ...] = (MANGLER,)

#: "Svar fra visitationsudvalg d. xx/xx" (Bilag 3); also accepts "visitationsudvalget",
#: "d. 24/4", "d. 24.04" and "d. 24/04-25"
SVAR_RE = re.compile(
    r"svar\s+fra\s+visitationsudvalg(?:et)?\s+d\.?\s*(\d{1,2})\s*[/.]\s*(\d{1,2})"
    r"(?:\s*[-/.]\s*\d{2,4})?",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------- målgruppeafgrænsning

INGEN_BOTILBUDSRAMME = "ingen_botilbudsramme"
BOTILBUDSRAMME = "botilbudsramme"
TEAM_KOMPETENCEPLAN = "team_kompetenceplan"
VISITATIONSUDVALG = "visitationsudvalg"

#: result of the målgruppeafgrænsning → the next steps that match it ("Sagens videre forløb")
NAESTE_SKRIDT: dict[str, list[str]] = {
    INGEN_BOTILBUDSRAMME: [TEAM_KOMPETENCEPLAN],
    BOTILBUDSRAMME: [VISITATIONSUDVALG],
}

# --------------------------------------------------------------------------- haendelser

#: event types (``haendelser[].type``) this pack reads; the rest are ignored
H_TASKFORCE_MOEDE = "taskforce_moede"
H_MAALGRUPPEAFGRAENSNING = "maalgruppeafgraensning"
H_TILBUDSINDHENTNING = "tilbudsindhentning"
H_FORHANDLING = "forhandling"
H_INDSTILLING = "indstilling"
#: steps that require serviceydelser and målgruppeafgrænsning first ("Møderne", HJ-06)
SENERE_SKRIDT: tuple[str, ...] = (H_TILBUDSINDHENTNING, H_FORHANDLING, H_INDSTILLING)
#: decisions on målgruppe or tilbudstype, which must come after the taskforce (HJ-03)
AFGOERELSES_HAENDELSER: tuple[str, ...] = (
    "afgoerelse", "afgoerelse_maalgruppe", "afgoerelse_tilbudstype", "visitationsudvalg_moede",
)

#: Danish/English names of the later steps, for messages
SKRIDT_NAVNE: dict[str, tuple[str, str]] = {
    H_TILBUDSINDHENTNING: ("tilbudsindhentning", "obtaining offers"),
    H_FORHANDLING: ("forhandling", "negotiation"),
    H_INDSTILLING: ("indstilling", "recommendation"),
}

# --------------------------------------------------------------------------- helpers

_HYPHEN_SPACING = re.compile(r"\s*-\s*")


def norm(text: str | None) -> str:
    """``text`` folded for comparison: case, æøå, typographic dashes and the spacing around
    a hyphen do not matter ("Rådgivnings – og sparringssag" = "Rådgivnings- og sparringssag")."""
    return _HYPHEN_SPACING.sub("-", fold(text)) if text else ""


def same(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and norm(a) == norm(b)


def kinds_named(text: str | None, kinds: Iterable[str]) -> list[str]:
    """The taskforce case kinds (Rådgivnings- og sparringssag, Indstillingssag) that ``text``
    names, folded: "raadgivnings – og sparringssag" counts."""
    t = norm(text)
    return [k for k in kinds if norm(k) in t]


def in_list(value: str | None, allowed: Iterable[str]) -> bool:
    return any(same(value, a) for a in allowed)


def canonical(value: str | None, allowed: Iterable[str]) -> str | None:
    """The entry of ``allowed`` that ``value`` spells (folded), or None."""
    for a in allowed:
        if same(value, a):
            return a
    return None


def as_date(d: date | datetime | None) -> date | None:
    return d.date() if isinstance(d, datetime) else d


def events(case: Case, *types: str) -> Iterator[tuple[int, Haendelse]]:
    """(index, event) of the case's ``haendelser`` of the given types (folded)."""
    wanted = {norm(t) for t in types}
    for i, h in enumerate(case.haendelser):
        if norm(h.type) in wanted:
            yield i, h


_BOTILBUD_PARAGRAF = re.compile(r"§\s*10[78]\b|abl\s*§\s*105\b|almenboliglov\w*\s*§\s*105\b")


def is_botilbud(tilbudstype: str | None, paragraf: str | None = None) -> bool:
    """A botilbud or something botilbudslignende: § 107, § 108, ABL § 105, or a tilbudstype
    naming botilbud. "Botilbud i eget hjem" is the opposite (help in the citizen's own home
    without a botilbudsramme) and does not count."""
    t = norm(tilbudstype)
    if "botilbud" in t and "eget hjem" not in t:
        return True
    return bool(paragraf and _BOTILBUD_PARAGRAF.search(norm(paragraf)))


def is_taskforce_case(case: Case) -> bool:
    """The case concerns the taskforce: a taskforce part in the indstilling, the taskforce
    sagstype, a henvendelse from the taskforce, or an indstilling addressed to it."""
    ind = case.indstilling
    if ind is not None and (ind.taskforce is not None or same(ind.modtager, "taskforce")):
        return True
    if case.sag is not None and same(case.sag.sagstype, TASKFORCE_NAVN):
        return True
    return case.henvendelse is not None and in_list(TASKFORCE_NAVN, case.henvendelse.fra)


def applies_taskforce(case: Case, ctx: object) -> bool:
    return is_taskforce_case(case)


def meeting_date(case: Case) -> date | None:
    """The taskforce meeting the case was discussed at: ``indstilling.taskforce.moede_dato``,
    else the latest ``taskforce_moede`` event."""
    tf = case.indstilling.taskforce if case.indstilling else None
    if tf is not None and tf.moede_dato is not None:
        return tf.moede_dato
    dates = [as_date(h.dato) for _, h in events(case, H_TASKFORCE_MOEDE)]
    return max(dates) if dates else None


def first_meeting_date(case: Case) -> date | None:
    """The first taskforce discussion (the earliest of the meeting date and the events)."""
    tf = case.indstilling.taskforce if case.indstilling else None
    dates = [as_date(h.dato) for _, h in events(case, H_TASKFORCE_MOEDE)]
    if tf is not None and tf.moede_dato is not None:
        dates.append(tf.moede_dato)
    return min(dates) if dates else None


def agenda_date(case: Case) -> tuple[date | None, tuple[str | int, ...]]:
    """When the case was put forward for the agenda (dagsordenssætning), and the field that
    says so: ``taskforce.indsendt``, else the first status "Klar til godkendelse", else the
    meeting date (the latest possible moment)."""
    ind = case.indstilling
    if ind is None:
        return None, ()
    tf = ind.taskforce
    if tf is not None and tf.indsendt is not None:
        return as_date(tf.indsendt), ("indstilling", "taskforce", "indsendt")
    for i, s in enumerate(ind.status_historik):
        if same(s.status, KLAR) and s.dato is not None:
            return s.dato, ("indstilling", "status_historik", i)
    if tf is not None and tf.moede_dato is not None:
        return tf.moede_dato, ("indstilling", "taskforce", "moede_dato")
    return None, ()


def fmt(d: date | datetime | None) -> str:
    """A date (or date and time) for a message, ISO style."""
    if isinstance(d, datetime):
        return d.strftime("%Y-%m-%d %H:%M")
    return d.isoformat() if d else "-"
