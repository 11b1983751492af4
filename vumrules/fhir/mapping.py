"""Bundle → case: how an FFB delivery report becomes a vumrules case.

========================================  ==============================================
FHIR (kl.dk.fhir.ffbreporting 1.0.0)       case field
========================================  ==============================================
Bundle                                     ``fhir.bundle`` (kept whole, for the KL rules)
CarePlan extension municipalityCaseNumber  ``sag_id`` (else ``Bundle.id``)
Patient.identifier (CPR system)            ``borger.cpr`` (so reports can redact it)
Condition (FFB tilstand) theme code        ``udredning.temaer[]`` (``navn``, ``kategori``)
Condition sub-theme code                   ``udredning.temaer[].undertemaer[]``
Condition.severity (Funktionsevneniveau)   ``score`` of the tema / undertema
ClinicalImpression.effectiveDateTime       ``udredning.startet`` (earliest)
CarePlan (indsatsforløb)                   ``bestilling.indsatser[]`` (``id``, ``startdato``,
                                           ``slutdato``; ``navn`` from its indsatser)
Goal (indsatsmål)                          ``bestilling.indsatser[].indsatsmaal[]``: ``tema``
                                           and ``fko_status`` from the rank-1 condition,
                                           ``maalsaetning`` (måltype), ``maalsaetning_score``
                                           (target level), ``opfoelgningsdato``
follow-up-date extension → Encounter       ``opfoelgningsdato`` (indsatsmål, bestilling)
Observation (follow-up)                    ``opfoelgninger[]`` (``dato``)
========================================  ==============================================

Every mapped field is located at the FHIR element it came from, so a finding on
``udredning.temaer[2].score`` points at that Condition's ``severity`` line.
"""

from __future__ import annotations

from typing import Any

from ..findings import Path
from ..model import FORMAT_VERSION
from ..vocabulary import ffb, vocabulary
from . import kl
from .bundle import BUNDLE_PATH, BundleView, Entry, as_dict, as_list, date_part, ffb_coding, text

Positions = dict[Path, tuple[int, int]]


class _Located:
    """Builds the case dict and its positions side by side."""

    def __init__(self, bundle_positions: Positions):
        self.bundle_positions = bundle_positions
        self.positions: Positions = {}

    def at(self, case_path: Path, entry: Entry | None, *resource_path: str | int) -> None:
        """Locate ``case_path`` at the entry's element (or its nearest existing parent)."""
        if entry is None:
            return
        p: Path = ("entry", entry.index, "resource", *resource_path)
        while p:
            hit = self.bundle_positions.get(p)
            if hit is not None:
                self.positions[case_path] = hit
                return
            p = p[:-1]


def _score(concept: Any) -> float | None:
    c = ffb_coding(concept)
    return vocabulary("vum2").score_for_ffb_code(c.code) if c and c.code else None


def _severity_score(entry: Entry) -> float | None:
    return _score(entry.resource.get("severity"))


def _condition_code(entry: Entry) -> str | None:
    c = ffb_coding(entry.resource.get("code"))
    return c.code if c else None


def map_bundle(bundle: dict[str, Any], bundle_positions: Positions, fallback_id: str
               ) -> tuple[dict[str, Any], Positions]:
    """The case dict for one delivery report, and where each of its fields is."""
    view = BundleView(bundle)
    loc = _Located(bundle_positions)
    vocab = vocabulary("vum2")
    case: dict[str, Any] = {"format_version": FORMAT_VERSION}

    # sag_id: the municipality's case number on the care plan / service request
    case["sag_id"] = _case_number(view, loc) or text(bundle.get("id")) or fallback_id
    if ("sag_id",) not in loc.positions:
        loc.positions[("sag_id",)] = bundle_positions.get(("id",), (1, 1))

    for entry in view.of_kind("citizen"):
        for i, ident in enumerate(as_list(entry.resource.get("identifier"))):
            ident = as_dict(ident)
            if ident.get("system") == kl.CPR_SYSTEM and text(ident.get("value")):
                case["borger"] = {"cpr": ident["value"]}
                loc.at(("borger", "cpr"), entry, "identifier", i, "value")
                loc.at(("borger",), entry)
                break
        if "borger" in case:
            break

    # udredning: one tema per FFB theme; sub-theme conditions become its undertemaer
    temaer: list[dict[str, Any]] = []
    by_theme: dict[str, int] = {}
    for entry in view.of_kind("condition"):
        code = _condition_code(entry)
        theme = vocab.theme_for_code(code) if code else None
        if theme is None:
            continue  # not an FFB theme/sub-theme code: KL012's finding, nothing to map
        if theme.key not in by_theme:
            by_theme[theme.key] = len(temaer)
            temaer.append({"navn": theme.name, "kategori": theme.category})
            loc.at(("udredning", "temaer", by_theme[theme.key]), entry)
        ti = by_theme[theme.key]
        tema = temaer[ti]
        base: Path = ("udredning", "temaer", ti)
        score = _severity_score(entry)
        if code == theme.ffb_code:
            loc.at((*base, "navn"), entry, "code")
            if score is not None:
                tema["score"] = score
                loc.at((*base, "score"), entry, "severity")
            continue
        concept = ffb.concept(code)
        sub = {"navn": concept.display if concept else code}
        if score is not None:
            sub["score"] = score
        subs = tema.setdefault("undertemaer", [])
        j = len(subs)
        subs.append(sub)
        loc.at((*base, "undertemaer", j), entry)
        loc.at((*base, "undertemaer", j, "navn"), entry, "code")
        loc.at((*base, "undertemaer", j, "score"), entry, "severity")
    udredning: dict[str, Any] = {}
    if temaer:
        udredning["temaer"] = temaer
    started = sorted(d for e in view.of_kind("informationGathering")
                     if (d := date_part(e.resource.get("effectiveDateTime"))))
    if started:
        udredning["startet"] = started[0]
        first = next(e for e in view.of_kind("informationGathering")
                     if date_part(e.resource.get("effectiveDateTime")) == started[0])
        loc.at(("udredning", "startet"), first, "effectiveDateTime")
    if udredning or view.entries:
        udredning["metode"] = "vum2"
        case["udredning"] = udredning

    # bestilling: one indsats per indsatsforløb (CarePlan), its Goals as indsatsmål
    indsatser: list[dict[str, Any]] = []
    follow_ups: list[str] = []
    for entry in view.of_kind("carePlan"):
        k = len(indsatser)
        base = ("bestilling", "indsatser", k)
        r = entry.resource
        indsats: dict[str, Any] = {}
        if entry.id:
            indsats["id"] = entry.id
            loc.at((*base, "id"), entry, "id")
        navn = _intervention_names(view, entry)
        if navn:
            indsats["navn"] = navn
        period = as_dict(r.get("period"))
        for field, key in (("startdato", "start"), ("slutdato", "end")):
            d = date_part(period.get(key))
            if d:
                indsats[field] = d
                loc.at((*base, field), entry, "period", key)
        follow_up = _follow_up_date(view, entry)
        if follow_up and r.get("status") != "completed":
            follow_ups.append(follow_up)
        maal = []
        for g, ref in enumerate(as_list(r.get("goal"))):
            goal = view.resolve(text(as_dict(ref).get("reference")), entry)
            if goal is None or goal.kind != "interventionGoal":
                continue
            m = len(maal)
            maal.append(_indsatsmaal(view, goal, follow_up, loc, (*base, "indsatsmaal", m)))
        if maal:
            indsats["indsatsmaal"] = maal
        indsatser.append(indsats)
        loc.at(base, entry)
    if indsatser:
        case["bestilling"] = {"indsatser": indsatser}
        if follow_ups:
            case["bestilling"]["opfoelgningsdato"] = min(follow_ups)

    opfoelgninger = []
    for entry in view.of_kind("followUp"):
        n = len(opfoelgninger)
        item: dict[str, Any] = {}
        d = date_part(entry.resource.get("effectiveDateTime"))
        if d:
            item["dato"] = d
            loc.at(("opfoelgninger", n, "dato"), entry, "effectiveDateTime")
        opfoelgninger.append(item)
        loc.at(("opfoelgninger", n), entry)
    if opfoelgninger:
        case["opfoelgninger"] = opfoelgninger

    case["fhir"] = {"bundle": bundle}
    positions = dict(loc.positions)
    for p, pos in bundle_positions.items():
        positions[(*BUNDLE_PATH, *p)] = pos
    positions.setdefault(("fhir",), (1, 1))
    return case, positions


def _case_number(view: BundleView, loc: _Located) -> str | None:
    for entry in (*view.of_kind("carePlan"), *view.of_kind("serviceRequest")):
        for i, ext in entry.extensions(kl.EXT_MUNICIPALITY_CASE_NUMBER):
            for j, sub in enumerate(as_list(ext.get("extension"))):
                value = text(as_dict(as_dict(sub).get("valueIdentifier")).get("value"))
                if value:
                    loc.at(("sag_id",), entry, "extension", i, "extension", j, "valueIdentifier", "value")
                    return value
    return None


def _intervention_names(view: BundleView, care_plan: Entry) -> str | None:
    """The FFB displays of the indsatser (Intervention CarePlans) based on this forløb."""
    names = []
    for entry in view.of_kind("intervention"):
        based_on = [view.resolve(text(as_dict(b).get("reference"))) for b in as_list(entry.resource.get("basedOn"))]
        if care_plan not in based_on:
            continue
        for act in as_list(entry.resource.get("activity")):
            c = ffb_coding(as_dict(as_dict(act).get("detail")).get("code"))
            concept = ffb.concept(c.code) if c and c.code else None
            if concept is not None and concept.display not in names:
                names.append(concept.display)
    return ", ".join(names) or None


def _follow_up_date(view: BundleView, care_plan: Entry) -> str | None:
    for _, ext in care_plan.extensions(kl.EXT_FOLLOW_UP_DATE):
        enc = view.resolve(text(as_dict(ext.get("valueReference")).get("reference")), care_plan)
        if enc is not None:
            d = date_part(as_dict(enc.resource.get("period")).get("start"))
            if d:
                return d
    return None


def _indsatsmaal(view: BundleView, goal: Entry, follow_up: str | None, loc: _Located,
                 base: Path) -> dict[str, Any]:
    vocab = vocabulary("vum2")
    out: dict[str, Any] = {}
    loc.at(base, goal)
    if goal.id:
        out["id"] = goal.id
        loc.at((*base, "id"), goal, "id")
    primary = next((r for r in view.ranked(goal) if r.rank == 1), None)
    condition = view.resolve(primary.reference, goal) if primary else None
    if condition is not None and condition.kind == "condition":
        code = _condition_code(condition)
        theme = vocab.theme_for_code(code) if code else None
        if theme is not None:
            out["tema"] = theme.name
            loc.at((*base, "tema"), goal, "addresses", primary.index)
        current = _severity_score(condition)
        if current is not None:
            out["fko_status"] = current
            loc.at((*base, "fko_status"), condition, "severity")
    for t, target in enumerate(as_list(goal.resource.get("target"))):
        target = as_dict(target)
        detail = target.get("detailCodeableConcept")
        c = ffb_coding(detail)
        if c is None:
            continue
        if ffb.is_maaltype_code(c.code):
            concept = ffb.concept(c.code)
            out["maalsaetning"] = concept.display if concept else c.code
            loc.at((*base, "maalsaetning"), goal, "target", t, "detailCodeableConcept")
        elif ffb.is_funktionsevneniveau_code(c.code):
            score = vocab.score_for_ffb_code(c.code)
            if score is not None:
                out["maalsaetning_score"] = score
                loc.at((*base, "maalsaetning_score"), goal, "target", t, "detailCodeableConcept")
    if follow_up:
        out["opfoelgningsdato"] = follow_up
    return out
