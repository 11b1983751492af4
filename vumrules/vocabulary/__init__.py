"""The VUM vocabulary as data: categories, themes, sub-themes, scales and goal words.

Rules never spell theme names themselves; they ask this module, so the national terminology
lives in one place (``vum1.yaml``, ``vum2.yaml``, ``ffb.json`` next to this file) and a
spelling variant is fixed once.

>>> v = vocabulary("vum2")
>>> v.theme("mentale funktioner").category
'funktioner_og_forhold'
>>> v.is_subtheme("Praktiske opgaver", "Koebe ind")
True
>>> v.maalsaetning_relation("Begraense tab af funktionsevne")
'higher'
>>> ffb.branch_of(v.theme("Mobilitet").ffb_code)
'FFB tilstande'

Everything is immutable (frozen dataclasses, tuples, read-only mappings) and loaded lazily,
once, through :func:`functools.cache`: there is no module-level mutable state, so concurrent
rule runs can share the objects.

Matching of names goes through :func:`fold`: Unicode NFC, case-insensitive, surrounding and
repeated whitespace ignored, æ/ø/å equal to ae/oe/aa (case files and exports often come
ASCII-folded), and typographic dashes equal to ``-`` (text converted from Word).
"""

from __future__ import annotations

import functools
import json
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from types import MappingProxyType
from typing import Any, Literal

import yaml

__all__ = [
    "METHODS",
    "Category",
    "FfbConcept",
    "FfbTerminology",
    "GoalType",
    "LocalSubthemes",
    "Relation",
    "ScaleStep",
    "Subtheme",
    "Theme",
    "Vocabulary",
    "ffb",
    "fold",
    "score_relation",
    "vocabulary",
]

#: The methods a vocabulary exists for (the YAML files of the same name).
METHODS: tuple[str, ...] = ("vum1", "vum2")

#: A goal score compared with the current score: lower = better (both scales run 0 = no problem).
Relation = Literal["lower", "equal", "higher"]

# --------------------------------------------------------------------------------------------
# Folding
# --------------------------------------------------------------------------------------------

_DANISH_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})
# Hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus sign.
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-"))
_WHITESPACE = re.compile(r"\s+")
_KEY = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")


def fold(s: str) -> str:
    """``s`` in the form used for matching: NFC, casefolded, stripped, æ→ae ø→oe å→aa.

    Runs of whitespace become one space and typographic dashes become ``-`` as well, because
    the source texts are converted from Word and PDF.
    """
    s = unicodedata.normalize("NFC", s).casefold()
    s = s.translate(_DANISH_LETTERS).translate(_DASHES)
    return _WHITESPACE.sub(" ", s).strip()


def _as_score(x: object) -> float | None:
    """A score as a float, or None if ``x`` is not a number.

    Strings are accepted ("3.5", and "3,5" with the Danish decimal comma) because scores often
    arrive as text from forms; booleans are not numbers here even though Python says so.
    """
    if isinstance(x, bool):
        return None
    if isinstance(x, (int, float)):
        value = float(x)
    elif isinstance(x, str):
        try:
            value = float(x.strip().replace(",", "."))
        except ValueError:
            return None
    else:
        return None
    return value if math.isfinite(value) else None


def score_relation(current: float, target: float) -> Relation:
    """How ``target`` compares with ``current``: "lower", "equal" or "higher".

    Pair it with :meth:`Vocabulary.maalsaetning_relation` to check that a målsætning / måltype
    word agrees with the numbers (RK15-23, KL-09).
    """
    if target < current:
        return "lower"
    if target > current:
        return "higher"
    return "equal"


# --------------------------------------------------------------------------------------------
# The vocabulary's parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Subtheme:
    """One undertema. ``aliases`` are other accepted spellings (e.g. the seed's vs FFB's)."""

    name: str
    ffb_code: str | None = None
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class Theme:
    """One tema. ``category`` is the key of its :class:`Category`.

    ``subthemes_exhaustive`` is False where the source says its list is not complete (VUM 1.0):
    an unknown sub-theme is then no evidence of an error.
    """

    name: str
    key: str
    category: str
    scored: bool
    subtheme_entries: tuple[Subtheme, ...] = ()
    ffb_code: str | None = None
    aliases: tuple[str, ...] = ()
    subthemes_exhaustive: bool = True

    @property
    def subthemes(self) -> tuple[str, ...]:
        """The canonical sub-theme names, in the source's order."""
        return tuple(s.name for s in self.subtheme_entries)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def subtheme(self, name: str) -> Subtheme | None:
        """The sub-theme called ``name`` (or one of its aliases), if it is a national one."""
        wanted = fold(name)
        for entry in self.subtheme_entries:
            if any(fold(n) == wanted for n in entry.names):
                return entry
        return None


@dataclass(frozen=True, slots=True)
class Category:
    """An udredningskategori (VUM 2.0) or colour group (VUM 1.0) of themes.

    - ``scored``: whether its themes get a score (Omgivelser does not, VUM-03).
    - ``level_name``: what the score is called ("funktionsniveau" / "funktionsevneniveau").
    - ``assessment_basis``: "uden hjælpemidler" or "med eksisterende hjælpemidler" (VUM-05).
    - ``ffb_severity``: whether FFB reporting requires a Funktionsevneniveau severity on its
      conditions, which it then forbids on every other category (KL-06).
    """

    key: str
    name: str
    themes: tuple[Theme, ...]
    scored: bool
    level_name: str | None = None
    assessment_basis: str | None = None
    ffb_code: str | None = None
    ffb_severity: bool = False
    colour: str | None = None
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class ScaleStep:
    """One value of the scoring scale: the short ``label``, the full ``name``, and for VUM 2.0
    the FFB Funktionsevneniveau code."""

    value: float
    label: str
    name: str
    ffb_code: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class GoalType:
    """A målsætning (VUM 1.0 FKO) or måltype (FFB) word and how the goal score must compare
    with the current score."""

    name: str
    relation: Relation
    aliases: tuple[str, ...] = ()
    ffb_code: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class LocalSubthemes:
    """A municipality's own sub-themes, in addition to the national ones (e.g. RK15-06).

    ``by_theme`` pairs a theme key with that theme's local sub-themes.
    """

    municipality: str
    name: str
    source: str
    by_theme: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True, slots=True)
class _Index:
    """Lookup tables built once per vocabulary; keys are folded."""

    themes: Mapping[str, Theme]
    categories: Mapping[str, Category]
    themes_by_code: Mapping[str, Theme]
    steps: Mapping[float, ScaleStep]
    steps_by_code: Mapping[str, ScaleStep]
    goals: Mapping[str, GoalType]
    local: Mapping[str, LocalSubthemes]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The vocabulary of one method ("vum1" or "vum2"). Get it with :func:`vocabulary`."""

    method: str
    title: str
    categories: tuple[Category, ...]
    scale_steps: tuple[ScaleStep, ...]
    samlet_funktionsvurdering_labels: tuple[tuple[str, str], ...]
    maalsaetning_term: str
    goal_types: tuple[GoalType, ...]
    local_subtheme_sets: tuple[LocalSubthemes, ...] = ()
    #: FFB's Funktionsevneniveau "Ikke vurderet": a valid code in exports, but not a score.
    not_assessed_ffb_code: str | None = None
    _index: _Index = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        themes: dict[str, Theme] = {}
        by_code: dict[str, Theme] = {}
        categories: dict[str, Category] = {}
        for category in self.categories:
            _add_unique(categories, (category.key, *category.names), category, "category")
            for theme in category.themes:
                _add_unique(themes, (theme.key, *theme.names), theme, "theme")
                codes = [theme.ffb_code, *(s.ffb_code for s in theme.subtheme_entries)]
                for code in filter(None, codes):
                    if by_code.setdefault(code, theme) is not theme:
                        raise ValueError(f"{self.method}: FFB code {code} used twice")
        steps = {step.value: step for step in self.scale_steps}
        goals: dict[str, GoalType] = {}
        for goal in self.goal_types:
            _add_unique(goals, goal.names, goal, "målsætning word")
        index = _Index(
            themes=MappingProxyType(themes),
            categories=MappingProxyType(categories),
            themes_by_code=MappingProxyType(by_code),
            steps=MappingProxyType(steps),
            steps_by_code=MappingProxyType(
                {s.ffb_code: s for s in self.scale_steps if s.ffb_code is not None}
            ),
            goals=MappingProxyType(goals),
            local=MappingProxyType({s.municipality: s for s in self.local_subtheme_sets}),
        )
        # A frozen dataclass sets its own derived fields this way.
        object.__setattr__(self, "_index", index)

    # -- themes ---------------------------------------------------------------------------

    @property
    def themes(self) -> tuple[Theme, ...]:
        """All themes, category by category, in the source's order."""
        return tuple(theme for category in self.categories for theme in category.themes)

    def category(self, key: str) -> Category | None:
        """The category with this key (or name, or alias); None if there is none."""
        return self._index.categories.get(fold(key))

    def theme(self, name: str) -> Theme | None:
        """The theme with this name, alias or key; None if there is none."""
        return self._index.themes.get(fold(name))

    def theme_for_code(self, code: str) -> Theme | None:
        """The theme whose FFB code is ``code``, or which has a sub-theme with that code."""
        return self._index.themes_by_code.get(code.strip())

    def subtheme(self, theme_name: str, subtheme_name: str) -> Subtheme | None:
        """The national sub-theme ``subtheme_name`` of ``theme_name``; None if unknown."""
        theme = self.theme(theme_name)
        return None if theme is None else theme.subtheme(subtheme_name)

    def is_subtheme(
        self, theme_name: str, subtheme_name: str, extra: Iterable[str] = ()
    ) -> bool:
        """Whether ``subtheme_name`` is a sub-theme of ``theme_name``.

        ``extra`` are the sub-themes a municipal profile declares for that theme (VUM-02,
        RK15-06). False for an unknown theme. For a theme whose national list is not
        exhaustive (VUM 1.0) False means "not known", not "wrong": see
        :attr:`Theme.subthemes_exhaustive`.
        """
        theme = self.theme(theme_name)
        if theme is None:
            return False
        if theme.subtheme(subtheme_name) is not None:
            return True
        if isinstance(extra, str):  # one name passed bare would otherwise match letters
            extra = (extra,)
        wanted = fold(subtheme_name)
        return any(fold(name) == wanted for name in extra)

    def local_subthemes(self, municipality: str, theme_name: str) -> tuple[str, ...]:
        """A municipality's own sub-themes for a theme, from the vocabulary file.

        These are not national: a profile passes them to :meth:`is_subtheme` as ``extra``.
        Raises KeyError for a municipality the vocabulary has no block for.
        """
        block = self._index.local.get(fold(municipality).replace(" ", "_").replace("-", "_"))
        if block is None:  # ASCII spellings ("ringkobing-skjern") match folded ones too
            loose = _loose(municipality)
            block = next((b for k, b in self._index.local.items() if _loose(k) == loose), None)
        if block is None:
            raise KeyError(municipality)
        theme = self.theme(theme_name)
        if theme is None:
            return ()
        return dict(block.by_theme).get(theme.key, ())

    # -- scores ---------------------------------------------------------------------------

    @property
    def scale(self) -> tuple[float, ...]:
        """The valid scores, ascending (higher = more limited)."""
        return tuple(step.value for step in self.scale_steps)

    def scale_step(self, value: object) -> ScaleStep | None:
        score = _as_score(value)
        return None if score is None else self._index.steps.get(score)

    def scale_label(self, value: object) -> str:
        """The label of a score; ValueError if it is not on this method's scale."""
        step = self.scale_step(value)
        if step is None:
            raise ValueError(f"{value!r} is not on the {self.method} scale {self.scale}")
        return step.label

    def valid_score(self, x: object) -> bool:
        """Whether ``x`` is on this method's scale (VUM-04)."""
        return self.scale_step(x) is not None

    def score_for_ffb_code(self, code: str) -> float | None:
        """The score of an FFB Funktionsevneniveau code; None for "Ikke vurderet" and others."""
        step = self._index.steps_by_code.get(code.strip())
        return None if step is None else step.value

    @property
    def samlet_funktionsvurdering(self) -> dict[str, str]:
        """A-E with their labels (VUM-12). A fresh dict: changing it changes nothing here."""
        return dict(self.samlet_funktionsvurdering_labels)

    # -- goals ----------------------------------------------------------------------------

    def maalsaetning_relation(self, word: str) -> Relation | None:
        """How the goal score must compare with the current score for a målsætning/måltype.

        VUM 1.0: Forbedre → "lower", Fastholde → "equal", Begrænse forværring → "higher"
        (RK15-23). VUM 2.0: Udvikle / Fastholde / Begrænse tab af funktionsevne (KL-09).
        None if ``word`` is not one of this method's words.
        """
        goal = self._index.goals.get(fold(word))
        return None if goal is None else goal.relation

    def goal_type(self, word: str) -> GoalType | None:
        return self._index.goals.get(fold(word))


def _add_unique(table: dict[str, Any], names: Iterable[str], item: Any, what: str) -> None:
    # Two entries folding to the same string would make lookups depend on file order.
    for name in names:
        key = fold(name)
        if table.setdefault(key, item) is not item:
            raise ValueError(f"{what} name {name!r} is ambiguous")


# --------------------------------------------------------------------------------------------
# Loading the YAML files
# --------------------------------------------------------------------------------------------


def _strs(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}: expected a list of strings")
    return tuple(value)


def _key(value: Any, where: str) -> str:
    if not isinstance(value, str) or not _KEY.fullmatch(value):
        raise ValueError(f"{where}: key {value!r} is not ASCII snake_case")
    return value


def _subtheme(raw: Any, where: str) -> Subtheme:
    if isinstance(raw, str):
        return Subtheme(name=raw)
    return Subtheme(
        name=raw["name"], ffb_code=raw.get("ffb_code"), aliases=_strs(raw.get("aliases"), where)
    )


def _category(raw: Mapping[str, Any], where: str) -> Category:
    key = _key(raw["key"], where)
    scored = bool(raw["scored"])
    themes = []
    for t in raw["themes"]:
        here = f"{where}/{t.get('name')}"
        entries = tuple(_subtheme(s, here) for s in t.get("subthemes") or ())
        folded = [fold(n) for e in entries for n in e.names]
        if len(folded) != len(set(folded)):
            raise ValueError(f"{here}: a sub-theme is listed twice")
        themes.append(
            Theme(
                name=t["name"],
                key=_key(t["key"], here),
                category=key,
                scored=scored,
                subtheme_entries=entries,
                ffb_code=t.get("ffb_code"),
                aliases=_strs(t.get("aliases"), here),
                subthemes_exhaustive=bool(t.get("subthemes_exhaustive", True)),
            )
        )
    return Category(
        key=key,
        name=raw["name"],
        themes=tuple(themes),
        scored=scored,
        level_name=raw.get("level_name"),
        assessment_basis=raw.get("assessment_basis"),
        ffb_code=raw.get("ffb_code"),
        ffb_severity=bool(raw.get("ffb_severity", False)),
        colour=raw.get("colour"),
        aliases=_strs(raw.get("aliases"), where),
    )


def _step(raw: Mapping[str, Any]) -> ScaleStep:
    return ScaleStep(
        value=float(raw["value"]),
        label=raw["label"],
        name=raw["name"],
        ffb_code=raw.get("ffb_code"),
        note=raw.get("note"),
    )


def _parse(method: str, raw: Mapping[str, Any]) -> Vocabulary:
    where = f"{method}.yaml"
    if raw.get("method") != method:
        raise ValueError(f"{where}: method is {raw.get('method')!r}")
    categories = tuple(_category(c, f"{where}/{c.get('key')}") for c in raw["categories"])
    steps = tuple(_step(s) for s in raw["scale"])
    values = [s.value for s in steps]
    if values != sorted(set(values)):
        raise ValueError(f"{where}: the scale must be distinct values in ascending order")
    goals = []
    for g in raw["maalsaetning"]["values"]:
        if g["relation"] not in ("lower", "equal", "higher"):
            raise ValueError(f"{where}: relation {g['relation']!r} of {g['name']!r}")
        goals.append(
            GoalType(
                name=g["name"],
                relation=g["relation"],
                aliases=_strs(g.get("aliases"), where),
                ffb_code=g.get("ffb_code"),
            )
        )
    vocab_themes = {fold(t.name): t for c in categories for t in c.themes}
    local = []
    for block in raw.get("lokale_undertemaer") or ():
        by_theme = []
        for theme_name, names in block["undertemaer"].items():
            # Resolve to the theme key now, so a misspelt theme fails at load, not silently.
            theme = vocab_themes.get(fold(theme_name))
            if theme is None:
                raise ValueError(f"{where}: lokale_undertemaer name unknown theme {theme_name!r}")
            by_theme.append((theme.key, _strs(names, where)))
        local.append(
            LocalSubthemes(
                municipality=_key(block["municipality"], where),
                name=block["name"],
                source=block["source"],
                by_theme=tuple(by_theme),
            )
        )
    samlet = raw["samlet_funktionsvurdering"]
    return Vocabulary(
        method=method,
        title=raw["title"],
        categories=categories,
        scale_steps=steps,
        samlet_funktionsvurdering_labels=tuple((str(k), str(v)) for k, v in samlet.items()),
        maalsaetning_term=raw["maalsaetning"]["term"],
        goal_types=tuple(goals),
        local_subtheme_sets=tuple(local),
        not_assessed_ffb_code=raw.get("not_assessed_ffb_code"),
    )


@functools.cache
def _load(method: str) -> Vocabulary:
    text = resources.files(__name__).joinpath(f"{method}.yaml").read_text(encoding="utf-8")
    return _parse(method, yaml.safe_load(text))


def vocabulary(method: str) -> Vocabulary:
    """The vocabulary of ``method`` ("vum1" or "vum2", any case); KeyError for others."""
    key = fold(method)
    if key not in METHODS:
        raise KeyError(method)
    return _load(key)


# --------------------------------------------------------------------------------------------
# FFB (KL's code system)
# --------------------------------------------------------------------------------------------

# Top-level branches of the FFB CodeSystem, by display.
_TILSTANDE = "FFB tilstande"
_FUNKTIONSEVNENIVEAU = "Funktionsevneniveau"
_MAALTYPE = "Måltype"
_STOETTEBEHOVSNIVEAU = "Støttebehovsniveau"
_STATUS_PAA_INDSATS = "Status på indsats"


@dataclass(frozen=True, slots=True)
class FfbConcept:
    """One FFB concept. ``path`` runs from the top-level branch down to the concept itself."""

    code: str
    display: str
    parent: str | None
    path: tuple[str, ...]

    @property
    def branch(self) -> str:
        return self.path[0]

    @property
    def depth(self) -> int:
        """0 for a top-level branch."""
        return len(self.path) - 1


@dataclass(frozen=True, slots=True)
class _FfbData:
    header: Mapping[str, Any]
    concepts: tuple[FfbConcept, ...]
    by_code: Mapping[str, FfbConcept]


@functools.cache
def _ffb_data() -> _FfbData:
    raw = json.loads(resources.files(__name__).joinpath("ffb.json").read_text(encoding="utf-8"))
    concepts = tuple(
        FfbConcept(code=c["code"], display=c["display"], parent=c["parent"], path=tuple(c["path"]))
        for c in raw["concepts"]
    )
    header = {k: v for k, v in raw.items() if k != "concepts"}
    return _FfbData(
        header=MappingProxyType(header),
        concepts=concepts,
        by_code=MappingProxyType({c.code: c for c in concepts}),
    )


class FfbTerminology:
    """Lookups in the FFB code system as shipped in ``ffb.json``.

    Stateless: the data are loaded on first use through a cached loader, so the module-level
    :data:`ffb` instance is safe to share.
    """

    __slots__ = ()

    @property
    def system(self) -> str:
        return _ffb_data().header["system"]

    @property
    def version(self) -> str:
        return _ffb_data().header["version"]

    @property
    def publisher(self) -> str:
        return _ffb_data().header["publisher"]

    def concepts(self) -> tuple[FfbConcept, ...]:
        """All concepts, parents before children."""
        return _ffb_data().concepts

    def concept(self, code: str) -> FfbConcept | None:
        return _ffb_data().by_code.get(code.strip())

    def children(self, code: str) -> tuple[FfbConcept, ...]:
        return tuple(c for c in _ffb_data().concepts if c.parent == code)

    def ancestors(self, code: str) -> tuple[FfbConcept, ...]:
        """The concepts above ``code``, nearest first."""
        out = []
        concept = self.concept(code)
        while concept is not None and concept.parent is not None:
            concept = self.concept(concept.parent)
            if concept is not None:
                out.append(concept)
        return tuple(out)

    def find(self, display: str, under: str | None = None) -> tuple[FfbConcept, ...]:
        """Concepts whose display matches ``display`` (folded).

        The same display can occur in several branches ("Kriminalitet" is both a sub-theme and
        a målgruppe; "Ikke vurderet" both a level and a støttebehov): ``under`` (a code or a
        display of an ancestor) picks the branch.
        """
        wanted = fold(display)
        hits = [c for c in _ffb_data().concepts if fold(c.display) == wanted]
        if under is None:
            return tuple(hits)
        anchor = self.concept(under)
        if anchor is not None:
            return tuple(c for c in hits if anchor in self.ancestors(c.code))
        folded_under = fold(under)
        return tuple(c for c in hits if folded_under in (fold(p) for p in c.path[:-1]))

    def branch_of(self, code: str) -> str | None:
        """The display of the top-level branch ``code`` belongs to (e.g. "FFB tilstande",
        "Funktionsevneniveau", "Måltype"); None for an unknown code."""
        concept = self.concept(code)
        return None if concept is None else concept.branch

    def tilstand_category(self, code: str) -> str | None:
        """For a theme or sub-theme code, its FFB category display ("Funktioner og forhold",
        "Omgivelsesfaktorer", "Aktivitet og deltagelse"); None otherwise."""
        concept = self.concept(code)
        if concept is None or concept.branch != _TILSTANDE or concept.depth < 2:
            return None
        return concept.path[1]

    # KL-12: a code must come from the branch the field expects.

    def is_theme_code(self, code: str) -> bool:
        """A tema (e.g. Mobilitet): FFB tilstande > category > theme."""
        concept = self.concept(code)
        return concept is not None and concept.branch == _TILSTANDE and concept.depth == 2

    def is_subtheme_code(self, code: str) -> bool:
        """An undertema (e.g. Gå og bevæge sig): one level below a theme."""
        concept = self.concept(code)
        return concept is not None and concept.branch == _TILSTANDE and concept.depth == 3

    def is_funktionsevneniveau_code(self, code: str, *, allow_not_assessed: bool = True) -> bool:
        """A Funktionsevneniveau value; "Ikke vurderet" counts unless ``allow_not_assessed`` is
        False (it is a valid code, but not a score)."""
        concept = self.concept(code)
        if concept is None or concept.branch != _FUNKTIONSEVNENIVEAU or concept.depth != 1:
            return False
        return allow_not_assessed or fold(concept.display) != fold("Ikke vurderet")

    def is_maaltype_code(self, code: str) -> bool:
        return self._is_value_of(code, _MAALTYPE)

    def is_stoettebehovsniveau_code(self, code: str) -> bool:
        return self._is_value_of(code, _STOETTEBEHOVSNIVEAU)

    def is_status_paa_indsats_code(self, code: str) -> bool:
        return self._is_value_of(code, _STATUS_PAA_INDSATS)

    def _is_value_of(self, code: str, branch: str) -> bool:
        concept = self.concept(code)
        return concept is not None and concept.branch == branch and concept.depth == 1


#: The FFB code system (KL, urn:oid:1.2.208.176.2.22).
ffb = FfbTerminology()


def _loose(name: str) -> str:
    """A municipality key compared loosely: folded, æ/ø/å spelt either way, no separators."""
    f = fold(name)
    for a, b in (("oe", "o"), ("ae", "a"), ("aa", "a")):
        f = f.replace(a, b)
    return "".join(ch for ch in f if ch.isalnum())
