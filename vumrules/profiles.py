"""Profiles: which rules apply, how severe, with which options — as data.

A profile is a YAML file ``<navn>.yaml`` (see docs/profiles.md)::

    navn: ringkobing-skjern
    titel: Ringkøbing-Skjern Kommune, Handicap og Psykiatri
    versioner:
      - version: "2015"
        gaeldende_fra: 2015-04-01
        extends: vum1
        extend_select: [RK15]
      - version: "2022"
        gaeldende_fra: 2023-01-01
        extends: vum2
        extend_select: [RK22]
        severity: {RK22006: warning}
        options: {RK22013: {maaneder_aarlig: 12}}

Without ``versioner`` the top-level keys form the one version (in force from the beginning
of time). A case is checked against the version in force on its reference date
(:meth:`vumrules.model.Case.reference_date`). ``extends`` names another profile; the
version of that profile in force on the same date is the starting point. ``select``
replaces the inherited selection, ``extend_select`` adds, ``ignore`` removes (codes or
prefixes). Loading reads YAML safely (no tags, no code) and reports errors with file and
line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .findings import Severity
from .registry import Registry
from .sources import load_yaml_text

EARLIEST = date(1, 1, 1)


class ProfileError(Exception):
    """A profile that cannot be used; the message names the file and line."""

    def __init__(self, message: str, file: str = "", line: int = 0, column: int = 0):
        self.file, self.line, self.column = file, line, column
        where = f"{file}:{line}:{column}: " if file else ""
        super().__init__(where + message)


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    extends: str | None = None
    metode: str | None = Field(None, pattern="^vum[12]$")
    select: list[str] | None = None
    extend_select: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    severity: dict[str, str] = Field(default_factory=dict)
    options: dict[str, dict[str, Any]] = Field(default_factory=dict)
    regler: list[dict[str, Any]] = Field(default_factory=list, description="Deklarative regler")
    vaerdier: dict[str, Any] = Field(default_factory=dict, description="Afledte værdier")
    lokale_undertemaer: dict[str, list[str]] = Field(default_factory=dict)


class _Version(_Spec):
    version: str
    gaeldende_fra: date
    beskrivelse: str | None = None


class _ProfileFile(_Spec):
    navn: str
    titel: str | None = None
    beskrivelse: str | None = None
    kilde: str | None = None
    versioner: list[_Version] | None = None


@dataclass(frozen=True)
class ProfileVersion:
    version: str
    gaeldende_fra: date
    spec: _Spec
    line: int  # where it stands in the file
    path: tuple[str | int, ...] = ()  # its place in the file's data, e.g. ("versioner", 1)


@dataclass(frozen=True)
class Profile:
    name: str
    title: str
    description: str
    file: str
    versions: tuple[ProfileVersion, ...]  # sorted by gaeldende_fra
    source_map: Any = None

    def version_for(self, when: date) -> ProfileVersion:
        """The version in force on ``when``; before the first version, the first one."""
        chosen = self.versions[0]
        for v in self.versions:
            if v.gaeldende_fra <= when:
                chosen = v
        return chosen


@dataclass(frozen=True)
class ResolvedProfile:
    """A profile version with its ``extends`` chain applied: what the engine runs."""

    name: str
    version: str
    gaeldende_fra: date
    chain: tuple[str, ...]  # "navn@version" from the base to this one
    method: str
    rules: tuple[str, ...]  # selected rule codes, sorted
    severity: Mapping[str, Severity]
    options: Mapping[str, Mapping[str, Any]]
    declarative: tuple[Mapping[str, Any], ...] = ()
    values: Mapping[str, Any] = field(default_factory=dict)
    local_subthemes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    files: tuple[str, ...] = ()
    #: where each named value is defined: name → (file, source map, path in the file)
    value_origins: Mapping[str, tuple[str, Any, tuple[str | int, ...]]] = field(default_factory=dict)


def parse_profile(text: str, file: str) -> Profile:
    data, smap, problems = load_yaml_text(text, file)
    if problems:
        p = problems[0]
        line, col, _ = smap.locate(p.path) if p.line is None else (p.line, p.column or 1, ())
        raise ProfileError(f"ugyldig YAML ({p.code}: {p.args})", file, line, col)
    if not isinstance(data, dict):
        raise ProfileError("en profil skal være et YAML-objekt med felter", file, 1, 1)
    try:
        pf = _ProfileFile.model_validate(data)
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        path = tuple(p for p in err["loc"] if isinstance(p, (str, int)))
        line, col, _ = smap.locate(path)
        raise ProfileError(f"{'/'.join(map(str, path)) or 'profilen'}: {err['msg']}", file, line, col) from None
    stem = Path(file).stem
    if pf.navn != stem and not file.startswith("<"):
        line, col, _ = smap.locate(("navn",))
        raise ProfileError(f"navn '{pf.navn}' skal svare til filnavnet '{stem}'", file, line, col)
    if pf.versioner:
        base_keys = set(_Spec.model_fields) & {k for k in data if data.get(k) not in (None, [], {})}
        if base_keys:
            line, col, _ = smap.locate((sorted(base_keys)[0],))
            raise ProfileError("med 'versioner' skal regelvalg stå i hver version", file, line, col)
        versions = []
        for i, v in enumerate(pf.versioner):
            line, _, _ = smap.locate(("versioner", i))
            versions.append(ProfileVersion(v.version, v.gaeldende_fra, v, line, ("versioner", i)))
        versions.sort(key=lambda v: v.gaeldende_fra)
        seen = set()
        for v in versions:
            if v.gaeldende_fra in seen:
                raise ProfileError(f"to versioner gælder fra {v.gaeldende_fra}", file, v.line, 1)
            seen.add(v.gaeldende_fra)
    else:
        spec = _Spec.model_validate({k: v for k, v in data.items() if k in _Spec.model_fields})
        versions = [ProfileVersion("1", EARLIEST, spec, 1)]
    return Profile(pf.navn, pf.titel or pf.navn, pf.beskrivelse or "", file, tuple(versions), smap)


class ProfileStore:
    """Finds profiles by name in the registry's profile directories (or by file path) and
    resolves them; caches parsed files per store (one store per run)."""

    def __init__(self, registry: Registry, extra_dirs: tuple[Path, ...] = ()):
        self.registry = registry
        self.dirs = tuple(extra_dirs) + tuple(registry.profile_dirs())
        self._cache: dict[str, Profile] = {}
        self._resolved: dict[tuple[str, str], ResolvedProfile] = {}

    def available(self) -> list[Profile]:
        names: dict[str, Path] = {}
        for d in self.dirs:
            for f in sorted(Path(d).glob("*.yaml")):
                names.setdefault(f.stem, f)
        return [self.get(n) for n in sorted(names)]

    def register_text(self, name: str, text: str) -> Profile:
        """Add a profile given as YAML text (tests, embedding programs)."""
        profile = parse_profile(text, f"<{name}>")
        self._cache[name] = profile
        self._resolved.clear()  # profiles extending this one change too
        return profile

    def _find(self, name: str) -> Path:
        p = Path(name)
        if p.suffix in (".yaml", ".yml") and p.exists():
            return p
        for d in self.dirs:
            f = Path(d) / f"{name}.yaml"
            if f.exists():
                return f
        known = ", ".join(sorted({f.stem for d in self.dirs for f in Path(d).glob("*.yaml")}))
        raise ProfileError(f"ukendt profil '{name}' (kendte: {known})")

    def get(self, name: str) -> Profile:
        if name not in self._cache:
            path = self._find(name)
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise ProfileError(f"kan ikke læse profilen: {exc}", path.as_posix()) from None
            self._cache[name] = parse_profile(text, path.as_posix())
        return self._cache[name]

    def resolve(self, name: str, when: date, _seen: tuple[str, ...] = ()) -> ResolvedProfile:
        profile = self.get(name)
        version = profile.version_for(when)
        if profile.name in _seen:
            raise ProfileError(f"'extends' danner en ring: {' → '.join(_seen + (profile.name,))}",
                               profile.file, version.line, 1)
        spec = version.spec
        parent = self.resolve(spec.extends, when, _seen + (profile.name,)) if spec.extends else None
        # the result depends on this version *and* on the parent version in force on `when`
        key = (profile.name, version.version, parent.chain if parent else ())
        if key in self._resolved:
            return self._resolved[key]
        if parent is not None:
            selected = set(parent.rules)
            severity = dict(parent.severity)
            options = {k: dict(v) for k, v in parent.options.items()}
            method = parent.method
            chain = parent.chain
            declarative = list(parent.declarative)
            values = dict(parent.values)
            value_origins = dict(parent.value_origins)
            local = dict(parent.local_subthemes)
            files = parent.files
        else:
            selected, severity, options, method = set(), {}, {}, "vum2"
            chain, declarative, values, local, files = (), [], {}, {}, ()
            value_origins = {}
        where = (profile.file, version.line)
        if spec.select is not None:
            selected = self._expand(spec.select, where)
        selected |= self._expand(spec.extend_select, where)
        selected -= self._expand(spec.ignore, where)
        for sel, level in spec.severity.items():
            try:
                sev = Severity.parse(level)
            except ValueError as exc:
                raise ProfileError(str(exc), *where) from None
            for code in self._expand([sel], where):
                severity[code] = sev
        for code, opts in spec.options.items():
            r = self.registry.rules.get(code.upper())
            if r is None:
                raise ProfileError(f"options for ukendt regel {code}", *where)
            for k, v in opts.items():
                if k not in r.options:
                    raise ProfileError(
                        f"{code} har ingen indstilling '{k}' (har: {', '.join(r.options) or 'ingen'})", *where)
                default = r.options[k]
                if default is not None and not _same_kind(default, v):
                    raise ProfileError(
                        f"{code}.{k} skal være {type(default).__name__}, ikke {type(v).__name__}", *where)
            options.setdefault(code.upper(), {}).update(
                {k: _as_kind(r.options[k], v) for k, v in opts.items()})
        for theme, subs in spec.lokale_undertemaer.items():
            local[theme] = tuple(local.get(theme, ())) + tuple(subs)
        declarative.extend(MappingProxyType({**rule, "__profile__": profile.name,
                                             "__file__": profile.file,
                                             "__source__": profile.source_map,
                                             "__path__": version.path + ("regler", j)})
                           for j, rule in enumerate(spec.regler))
        values.update(spec.vaerdier)
        value_origins.update({k: (profile.file, profile.source_map, version.path + ("vaerdier", k))
                              for k in spec.vaerdier})
        resolved = ResolvedProfile(
            name=profile.name,
            version=version.version,
            gaeldende_fra=version.gaeldende_fra,
            chain=chain + (f"{profile.name}@{version.version}",),
            method=spec.metode or method,
            rules=tuple(sorted(selected)),
            severity=MappingProxyType(severity),
            options=MappingProxyType({k: MappingProxyType(v) for k, v in options.items()}),
            declarative=tuple(declarative),
            values=MappingProxyType(values),
            local_subthemes=MappingProxyType(local),
            files=files + (profile.file,),
            value_origins=MappingProxyType(value_origins),
        )
        self._resolved[key] = resolved
        return resolved

    def _expand(self, selectors: list[str], where: tuple[str, int]) -> set[str]:
        out: set[str] = set()
        for sel in selectors:
            if sel.upper() == "ALL":
                out |= set(self.registry.rules)
                continue
            matches = self.registry.rules_matching(sel)
            if not matches:
                raise ProfileError(f"'{sel}' matcher ingen kendt regel (er plugin'et installeret?)", *where)
            out |= {r.code for r in matches}
        return out


def _same_kind(default: Any, value: Any) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, (int, float)):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if isinstance(default, (list, tuple)):
        return isinstance(value, list)
    if isinstance(default, date):
        return isinstance(value, (date, str))
    return isinstance(value, type(default))


def _as_kind(default: Any, value: Any) -> Any:
    """Option values from YAML arrive as text for dates; give the rule the type it declared."""
    if isinstance(default, date) and isinstance(value, str):
        return date.fromisoformat(value)
    if isinstance(default, tuple) and isinstance(value, list):
        return tuple(value)
    return value
