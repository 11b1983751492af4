"""A read-only view of one FFB delivery report (a FHIR R4 ``Bundle`` as plain JSON data).

Both the mapping (bundle → case) and the KL rules read bundles through :class:`BundleView`:
entries with their index, the KL role of each resource (condition, målgruppe, indsatsforløb,
indsats, indsatsmål, støttebehovsvurdering, opfølgning ...), reference resolution inside
the bundle, and the case paths of the bundle's fields (``("fhir", "bundle", "entry", 3,
"resource", "severity")``) so findings land on the FHIR resource's line.

Nothing here raises on malformed data: a bundle is an export from another system, so a
missing or mistyped element is simply absent (and, where KL requires it, a rule's finding).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any, Iterator, Mapping

from ..findings import Path
from ..vocabulary import ffb
from . import kl

#: Where the bundle sits in the case (see :class:`vumrules.model.FhirKilde`).
BUNDLE_PATH: Path = ("fhir", "bundle")


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def as_dict(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}


def text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


@dataclass(frozen=True)
class Coding:
    """One ``Coding`` of a ``CodeableConcept`` and its index in ``coding``."""

    index: int
    system: str | None
    code: str | None
    display: str | None


def codings(concept: Any) -> list[Coding]:
    """The codings of a CodeableConcept (an empty list for anything else)."""
    out = []
    for i, c in enumerate(as_list(as_dict(concept).get("coding"))):
        c = as_dict(c)
        out.append(Coding(i, text(c.get("system")), text(c.get("code")), text(c.get("display"))))
    return out


def ffb_coding(concept: Any, systems: tuple[str, ...] = ()) -> Coding | None:
    """The first coding of ``concept`` from the FFB code system (``systems``; default: the
    system of the shipped FFB terminology)."""
    wanted = systems or (ffb.system,)
    return next((c for c in codings(concept) if c.system in wanted and c.code), None)


def date_part(value: Any) -> str | None:
    """``2024-03-01T10:00:00+01:00`` → ``2024-03-01``; None unless it starts with a full date."""
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return value[:10]
    return None


@dataclass(frozen=True)
class Entry:
    """One bundle entry whose ``resource`` is an object."""

    index: int
    full_url: str | None
    resource: Mapping[str, Any]

    @property
    def type(self) -> str:
        return str(self.resource.get("resourceType") or "")

    @property
    def id(self) -> str | None:
        return text(self.resource.get("id"))

    @property
    def label(self) -> str:
        """``Condition/<id>``, or ``Condition entry[3]`` without an id (technical ids only:
        no personal data)."""
        return f"{self.type or '?'}/{self.id}" if self.id else f"{self.type or '?'} entry[{self.index}]"

    @cached_property
    def profiles(self) -> tuple[str, ...]:
        """The canonical URLs in ``meta.profile``."""
        return tuple(p for p in as_list(as_dict(self.resource.get("meta")).get("profile"))
                     if isinstance(p, str))

    @cached_property
    def profile_ids(self) -> frozenset[str]:
        return frozenset(kl.profile_id(p) for p in self.profiles)

    def path(self, *rest: str | int) -> Path:
        """The case path of a field of this entry's resource."""
        return (*BUNDLE_PATH, "entry", self.index, "resource", *rest)

    def extensions(self, name: str) -> list[tuple[int, Mapping[str, Any]]]:
        """(index, extension) of the resource's extensions named ``name`` (last URL segment)."""
        return [(i, as_dict(e)) for i, e in enumerate(as_list(self.resource.get("extension")))
                if kl.url_is(as_dict(e).get("url"), name)]

    @cached_property
    def kind(self) -> str:
        """The resource's role in an FFB report: ``condition``, ``targetGroup``, ``carePlan``,
        ``intervention``, ``interventionGoal``, ``careEvaluation``, ``followUp``,
        ``followUpEncounter``, ``citizen``, … or ``""``.

        The claimed profile decides; without one the content does (an FFB theme code is a
        condition, a Målgruppe code a target group; a CarePlan with ``basedOn`` an
        intervention; the follow-up's SNOMED code a follow-up ...), so the mapping and the
        content rules still work on an export whose meta.profile is wrong (KL011 reports that).
        """
        for pid, kind in _KIND_BY_PROFILE.items():
            if pid in self.profile_ids:
                return kind
        t, r = self.type, self.resource
        if t == "Condition":
            c = ffb_coding(r.get("code"))
            concept = ffb.concept(c.code) if c and c.code else None
            if concept is not None and concept.path[:2] == _MAALGRUPPE:
                return "targetGroup"
            return "condition"
        if t == "CarePlan":
            return "intervention" if as_list(r.get("basedOn")) else "carePlan"
        if t == "Observation":
            codes = {(c.system, c.code) for c in codings(r.get("code"))}
            if (kl.SNOMED, kl.FOLLOW_UP_CODE) in codes:
                return "followUp"
            if any(code == kl.CARE_EVALUATION_CODE for _, code in codes):
                return "careEvaluation"
            return ""
        return _KIND_BY_TYPE.get(t, "")


#: FFB's branch of målgrupper (Social indsats > Målgruppe).
_MAALGRUPPE = ("Social indsats", "Målgruppe")

_KIND_BY_PROFILE = {
    kl.CONDITION: "condition",
    kl.TARGET_GROUP: "targetGroup",
    kl.CARE_PLAN: "carePlan",
    kl.INTERVENTION: "intervention",
    kl.INTERVENTION_GOAL: "interventionGoal",
    kl.CARE_EVALUATION: "careEvaluation",
    kl.FOLLOW_UP: "followUp",
    kl.FOLLOW_UP_ENCOUNTER: "followUpEncounter",
    kl.CITIZEN: "citizen",
    kl.SERVICE_REQUEST: "serviceRequest",
    kl.INFORMATION_GATHERING: "informationGathering",
    kl.SERVICE_PERFORMER: "servicePerformer",
}
_KIND_BY_TYPE = {
    "Goal": "interventionGoal",
    "Patient": "citizen",
    "Encounter": "followUpEncounter",
    "ServiceRequest": "serviceRequest",
    "ClinicalImpression": "informationGathering",
    "CareTeam": "servicePerformer",
}


@dataclass(frozen=True)
class Reference:
    """A ``Reference.reference`` found somewhere in a resource."""

    entry: Entry
    path: Path  # inside the resource, ending with "reference"
    value: str


@dataclass(frozen=True)
class RankedReference:
    """An item of ``CarePlan.addresses`` / ``Goal.addresses`` with its ConditionRank."""

    index: int
    reference: str | None
    rank: int | None


class BundleView:
    """Entries, roles and reference resolution of one bundle."""

    def __init__(self, bundle: Mapping[str, Any]):
        self.bundle = bundle
        entries = []
        for i, e in enumerate(as_list(bundle.get("entry"))):
            e = as_dict(e)
            resource = e.get("resource")
            if isinstance(resource, dict):
                entries.append(Entry(i, text(e.get("fullUrl")), resource))
        self.entries: tuple[Entry, ...] = tuple(entries)
        index: dict[str, Entry] = {}
        for entry in self.entries:
            keys = []
            if entry.full_url:
                keys.append(entry.full_url)
                tail = entry.full_url.rstrip("/").split("/")
                if len(tail) >= 2:
                    keys.append("/".join(tail[-2:]))
            if entry.id:
                keys.append(f"{entry.type}/{entry.id}")
            for k in keys:
                index.setdefault(k, entry)
        self._index = index

    @property
    def profiles(self) -> tuple[str, ...]:
        return tuple(p for p in as_list(as_dict(self.bundle.get("meta")).get("profile"))
                     if isinstance(p, str))

    def of_kind(self, *kinds: str) -> Iterator[Entry]:
        return (e for e in self.entries if e.kind in kinds)

    def resolve(self, reference: str | None, source: Entry | None = None) -> Entry | None:
        """The entry a reference points at, or None. ``#id`` is a contained resource and
        never resolves to an entry (KL's profiles forbid contained resources)."""
        if not reference or reference.startswith("#"):
            return None
        ref = reference.split("/_history/", 1)[0]
        hit = self._index.get(ref)
        if hit is None and "://" in ref:
            tail = ref.rstrip("/").split("/")
            hit = self._index.get("/".join(tail[-2:])) if len(tail) >= 2 else None
        return hit

    def references(self) -> Iterator[Reference]:
        """Every ``reference`` string in every resource, in document order."""
        for entry in self.entries:
            yield from _walk_references(entry, entry.resource, ())

    @staticmethod
    def ranked(entry: Entry, element: str = "addresses") -> list[RankedReference]:
        """The ranked references of ``CarePlan.addresses`` or ``Goal.addresses``."""
        out = []
        for i, item in enumerate(as_list(entry.resource.get(element))):
            item = as_dict(item)
            rank = None
            for ext in as_list(item.get("extension")):
                ext = as_dict(ext)
                if kl.url_is(ext.get("url"), kl.EXT_CONDITION_RANK):
                    value = ext.get("valuePositiveInt")
                    if isinstance(value, str) and value.strip().isdigit():  # "'1'" in KL's FHIRPath
                        value = int(value)
                    rank = value if isinstance(value, int) and not isinstance(value, bool) else None
            out.append(RankedReference(i, text(item.get("reference")), rank))
        return out


def _walk_references(entry: Entry, node: Any, path: Path) -> Iterator[Reference]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "reference" and isinstance(value, str):
                yield Reference(entry, (*path, key), value)
            else:
                yield from _walk_references(entry, value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk_references(entry, value, (*path, i))


def is_ordered_open(entry: Entry) -> bool:
    """An indsatsforløb the KL invariants care-plan-1/3/4/5 apply to: ``intent`` order and
    ``status`` not completed."""
    return entry.resource.get("intent") == "order" and entry.resource.get("status") != "completed"


def view_of(case: Any) -> BundleView | None:
    """The bundle view of a case read from FHIR (``case.fhir``), else None."""
    fhir = getattr(case, "fhir", None)
    bundle = getattr(fhir, "bundle", None)
    return BundleView(bundle) if isinstance(bundle, dict) else None


def is_fhir_case(case: Any, ctx: Any = None) -> bool:
    """The ``applies`` of every KL rule: the case came from a FHIR bundle."""
    fhir = getattr(case, "fhir", None)
    return isinstance(getattr(fhir, "bundle", None), dict)
