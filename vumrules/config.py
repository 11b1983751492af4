"""Run settings: ``vumrules.yaml`` or ``[tool.vumrules]`` in ``pyproject.toml``, then flags.

The configuration file is found from the checked path upwards (the first directory holding
``vumrules.yaml``, ``.vumrules.yaml`` or a ``pyproject.toml`` with a ``[tool.vumrules]``
table wins); ``--config FILE`` names one explicitly. Command-line flags override it.
Every effective value remembers where it came from, which ``vumrules check --show-settings``
prints.

Keys (YAML spelling; in ``pyproject.toml`` the same names)::

    profile: ringkobing-skjern        # name or path (relative to this file)
    select: [SCH, VUM]                # replaces the profile's selection (codes or prefixes)
    extend-select: [RK22]             # adds to it
    ignore: [VUM011]                  # removes from it
    per-path-ignores:                 # glob (relative to this file) → codes or prefixes
      "arkiv/**": [HJ]
    severity: {VUM008: warning}       # per code or prefix
    fail-level: warning               # error | warning | info | none
    output: [text, "sarif:vumrules.sarif"]   # FORMAT[:FILE], several allowed
    lang: da                          # da | en
    baseline: .vumrules-baseline.json

Selection is applied on top of the profile in force for each case (see
:class:`ConfiguredProfileStore`), so profile versions (``gaeldende_fra``) keep working.
``--show-personal-data`` cannot be set in a file: it must be asked for on the command line
(FK-04).
"""

from __future__ import annotations

import fnmatch
import tomllib
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path, PurePosixPath
from types import MappingProxyType
from typing import Any, Iterable, Mapping, Sequence

from .findings import Severity
from .profiles import ProfileError, ProfileStore, ResolvedProfile
from .registry import Registry

CONFIG_FILES = ("vumrules.yaml", ".vumrules.yaml", "pyproject.toml")
FAIL_LEVELS = ("error", "warning", "info", "none")
DEFAULT_SOURCE = "standard"

#: the keys a config file may hold, with their canonical (underscore) names
_KEYS = {
    "profile": "profile",
    "select": "select",
    "extend-select": "extend_select",
    "extend_select": "extend_select",
    "ignore": "ignore",
    "per-path-ignores": "per_path_ignores",
    "per_path_ignores": "per_path_ignores",
    "severity": "severity",
    "fail-level": "fail_level",
    "fail_level": "fail_level",
    "output": "output",
    "lang": "lang",
    "language": "lang",
    "baseline": "baseline",
}


class ConfigError(Exception):
    """A configuration that cannot be used; the message names the file (and line).

    The text comes from the UI catalogue (``config.<key>``); ``str()`` is Danish,
    :meth:`text` gives it in another language."""

    def __init__(self, message: str, where: str = "", /, **args: Any):
        self.key, self.where, self.values = message, where, args
        super().__init__(self.text("da"))

    def text(self, lang: str = "da") -> str:
        from .i18n import t

        return (f"{self.where}: " if self.where else "") + t(lang, f"config.{self.key}", **self.values)


@dataclass(frozen=True)
class OutputSpec:
    """One output of a run: a format, written to a file or (``file is None``) to stdout."""

    format: str
    file: str | None = None

    @classmethod
    def parse(cls, text: str, base: Path | None = None) -> "OutputSpec":
        fmt, sep, file = str(text).partition(":")
        fmt = fmt.strip()
        if not fmt:
            raise ConfigError("output_format", value=text)
        if not sep or not file.strip() or file.strip() == "-":
            return cls(fmt)
        path = Path(file.strip())
        if base is not None and not path.is_absolute():
            path = base / path
        return cls(fmt, str(path))

    def __str__(self) -> str:
        return self.format + (f":{self.file}" if self.file else "")


@dataclass
class Settings:
    """The effective settings of one run, and where each came from (``sources``)."""

    profile: str = "vum2"
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    per_path_ignores: dict[str, list[str]] = field(default_factory=dict)
    severity: dict[str, str] = field(default_factory=dict)
    fail_level: str = "error"
    output: list[OutputSpec] = field(default_factory=lambda: [OutputSpec("text")])
    lang: str = "da"
    baseline: str | None = None
    config_file: str | None = None
    #: the directory relative paths in the config file (globs, profile, outputs) start from
    root: Path = field(default_factory=Path.cwd)
    sources: dict[str, str] = field(default_factory=dict)

    def source(self, key: str) -> str:
        return self.sources.get(key, DEFAULT_SOURCE)

    # -- what the run does with them ---------------------------------------------------
    def has_overlay(self) -> bool:
        return bool(self.select is not None or self.extend_select or self.ignore or self.severity)

    def fail_severity(self) -> Severity | None:
        return None if self.fail_level == "none" else Severity.parse(self.fail_level)

    def ignored_for(self, file: str) -> set[str]:
        """Selectors (codes or prefixes) that ``per_path_ignores`` switch off for ``file``."""
        out: set[str] = set()
        if not self.per_path_ignores:
            return out
        candidates = {PurePosixPath(Path(file).as_posix()).as_posix()}
        try:
            candidates.add(Path(file).resolve().relative_to(self.root.resolve()).as_posix())
        except (ValueError, OSError):
            pass
        for pattern, codes in self.per_path_ignores.items():
            if any(_glob_match(c, pattern) for c in candidates):
                out.update(c.upper() for c in codes)
        return out

    def as_dict(self) -> dict[str, Any]:
        return {
            "profile": self.profile,
            "select": self.select,
            "extend_select": list(self.extend_select),
            "ignore": list(self.ignore),
            "per_path_ignores": {k: list(v) for k, v in self.per_path_ignores.items()},
            "severity": dict(self.severity),
            "fail_level": self.fail_level,
            "output": [str(o) for o in self.output],
            "lang": self.lang,
            "baseline": self.baseline,
            "config_file": self.config_file,
        }


def _glob_match(path: str, pattern: str) -> bool:
    pattern = pattern.strip()
    if fnmatch.fnmatchcase(path, pattern):
        return True
    # "sager/**" also matches "sager" itself and anything below; a bare file-name pattern
    # ("*.json") matches in any directory, like .gitignore
    if pattern.endswith("/**") and (path == pattern[:-3] or path.startswith(pattern[:-2])):
        return True
    return "/" not in pattern and fnmatch.fnmatchcase(PurePosixPath(path).name, pattern)


# ---------------------------------------------------------------------------- finding files


def find_config(start: str | Path) -> Path | None:
    """The config file for ``start`` (a file or directory): the nearest one upwards."""
    p = Path(start).resolve()
    d = p if p.is_dir() else p.parent
    for directory in (d, *d.parents):
        for name in CONFIG_FILES:
            f = directory / name
            if not f.is_file():
                continue
            if name == "pyproject.toml":
                try:
                    data = tomllib.loads(f.read_text(encoding="utf-8"))
                except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
                    continue
                if "vumrules" not in data.get("tool", {}):
                    continue
            return f
    return None


def common_start(paths: Sequence[str]) -> Path:
    import os

    if not paths:
        return Path.cwd()
    resolved = [str(Path(p).resolve()) for p in paths]
    try:
        return Path(os.path.commonpath(resolved))
    except ValueError:  # different drives
        return Path(resolved[0])


def read_config(path: Path) -> tuple[dict[str, Any], dict[str, str]]:
    """The raw key/values of a config file and, per key, its location ("file:line")."""
    shown = _display(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError("unreadable", shown, error=type(exc).__name__) from None
    if path.name == "pyproject.toml":
        try:
            data = tomllib.loads(text).get("tool", {}).get("vumrules", {})
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError("bad_toml", shown, error=str(exc)) from None
        where = {k: f"{shown} [tool.vumrules]" for k in data}
        return data, where
    from .sources import load_yaml_text

    data, smap, problems = load_yaml_text(text, shown)
    if problems:
        p = problems[0]
        line = p.line if p.line is not None else smap.locate(p.path)[0]
        raise ConfigError("bad_yaml", f"{shown}:{line}", code=p.code)
    if data is None:
        return {}, {}
    if not isinstance(data, dict):
        raise ConfigError("not_mapping", f"{shown}:1")
    where = {k: f"{shown}:{smap.locate((k,))[0]}" for k in data}
    return data, where


def _display(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


# ---------------------------------------------------------------------------- building


def _str_list(value: Any, key: str, where: str) -> list[str]:
    if isinstance(value, str):
        value = [v for v in value.replace(",", " ").split() if v]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError("code_list", where, key=key)
    return [v.strip() for v in value if v.strip()]


def apply_file(settings: Settings, data: Mapping[str, Any], where: Mapping[str, str], path: Path) -> None:
    base = path.resolve().parent
    settings.config_file = _display(path)
    settings.root = base
    for raw_key, value in data.items():
        key = _KEYS.get(str(raw_key))
        loc = where.get(raw_key, settings.config_file)
        if key is None:
            raise ConfigError("unknown_key", loc, key=raw_key,
                              known=", ".join(sorted(k for k in _KEYS if "_" not in k)))
        if key == "profile":
            if not isinstance(value, str) or not value.strip():
                raise ConfigError("profile", loc)
            p = Path(value)
            if p.suffix in (".yaml", ".yml") and not p.is_absolute():
                value = str(base / p)
            settings.profile = value
        elif key in ("select", "extend_select", "ignore"):
            setattr(settings, key, _str_list(value, raw_key, loc))
        elif key == "per_path_ignores":
            if not isinstance(value, dict):
                raise ConfigError("per_path", loc)
            settings.per_path_ignores = {str(g): _str_list(v, f"{raw_key}.{g}", loc) for g, v in value.items()}
        elif key == "severity":
            if not isinstance(value, dict):
                raise ConfigError("severity", loc)
            for code, level in value.items():
                try:
                    Severity.parse(level)
                except ValueError:
                    raise ConfigError("severity_value", loc, code=code, value=level) from None
            settings.severity = {str(k): str(v) for k, v in value.items()}
        elif key == "fail_level":
            if str(value) not in FAIL_LEVELS:
                raise ConfigError("fail_level", loc, levels=", ".join(FAIL_LEVELS))
            settings.fail_level = str(value)
        elif key == "output":
            items = [value] if isinstance(value, str) else value
            if not isinstance(items, list) or not items:
                raise ConfigError("output", loc)
            settings.output = [OutputSpec.parse(str(i), base) for i in items]
        elif key == "lang":
            if value not in ("da", "en"):
                raise ConfigError("lang", loc)
            settings.lang = value
        elif key == "baseline":
            settings.baseline = str(base / str(value)) if not Path(str(value)).is_absolute() else str(value)
        settings.sources[key] = loc


def load_settings(
    paths: Sequence[str] = (),
    *,
    config: str | None = None,
    no_config: bool = False,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Defaults, then the config file (``config`` or found from ``paths`` upwards), then
    ``overrides`` (the flags that were given; ``None`` values are ignored).

    ``overrides`` keys: profile, select, extend_select (added), ignore (added), severity
    (merged), fail_level, output (replaces), lang, baseline.
    """
    settings = Settings()
    path: Path | None = None
    if config:
        path = Path(config)
        if not path.is_file():
            raise ConfigError("not_found", file=config)
    elif not no_config:
        path = find_config(common_start(paths))
    if path is not None:
        data, where = read_config(path)
        apply_file(settings, data, where, path)
    for key, value in (overrides or {}).items():
        if value is None or value == () or value == []:
            continue
        flag = "--" + key.replace("_", "-")
        if key in ("extend_select", "ignore"):
            current = getattr(settings, key)
            setattr(settings, key, current + [v for v in _flags(value) if v not in current])
            settings.sources[key] = (settings.sources[key] + " + " + flag) if key in settings.sources else flag
            continue
        if key == "select":
            settings.select = _flags(value)
        elif key == "severity":
            settings.severity = {**settings.severity, **dict(value)}
            settings.sources[key] = (settings.sources[key] + " + " + flag) if key in settings.sources else flag
            continue
        elif key == "output":
            settings.output = [OutputSpec.parse(v) for v in value]
        elif key in ("profile", "fail_level", "lang", "baseline"):
            setattr(settings, key, str(value))
        else:  # pragma: no cover - programming error
            raise KeyError(key)
        settings.sources[key] = flag
    return settings


def _flags(value: Iterable[str]) -> list[str]:
    out: list[str] = []
    for v in value:
        out.extend(s for s in str(v).replace(",", " ").split() if s)
    return out


# ---------------------------------------------------------------------------- applying


class ConfiguredProfileStore(ProfileStore):
    """A profile store that applies the run's select/extend-select/ignore/severity on top of
    the resolved top-level profile — for every version, so ``gaeldende_fra`` still works."""

    def __init__(self, registry: Registry, settings: Settings, extra_dirs: tuple[Path, ...] = ()):
        super().__init__(registry, extra_dirs)
        self.settings = settings
        where = (settings.config_file or "kommandolinjen", 0)
        self._select = None if settings.select is None else self._expand(settings.select, where)
        self._extend = self._expand(settings.extend_select, where)
        self._ignore = self._expand(settings.ignore, where)
        self._severity: dict[str, Severity] = {}
        for sel, level in settings.severity.items():
            for code in self._expand([sel], where):
                self._severity[code] = Severity.parse(level)
        for globs in settings.per_path_ignores.values():
            self._expand(globs, where)
        self._overlaid: dict[tuple[str, str], ResolvedProfile] = {}

    def resolve(self, name: str, when: date, _seen: tuple[str, ...] = ()) -> ResolvedProfile:
        resolved = super().resolve(name, when, _seen)
        if _seen or name != self.settings.profile or not self.settings.has_overlay():
            return resolved
        key = (resolved.name, resolved.version)
        if key not in self._overlaid:
            rules = set(resolved.rules) if self._select is None else set(self._select)
            rules = (rules | self._extend) - self._ignore
            self._overlaid[key] = replace(
                resolved,
                rules=tuple(sorted(rules)),
                severity=MappingProxyType({**resolved.severity, **self._severity}),
            )
        return self._overlaid[key]


def validate(settings: Settings, registry: Registry) -> ConfiguredProfileStore:
    """The profile store for ``settings``; raises :class:`ConfigError` for unknown codes or
    formats and ProfileError for a broken profile."""
    try:
        store = ConfiguredProfileStore(registry, settings)
    except ProfileError as exc:
        raise ConfigError("profile_error", error=str(exc).replace(":0: ", ": ")) from None
    known = registry.formatters()
    for spec in settings.output:
        if spec.format not in known:
            raise ConfigError("unknown_format", fmt=spec.format, known=", ".join(sorted(known)))
    return store


def settings_text(settings: Settings, lang: str = "da") -> str:
    """What ``--show-settings`` prints: each effective value and where it came from."""
    from .i18n import t

    lines = [t(lang, "settings.heading"),
             t(lang, "settings.config_file", file=settings.config_file or t(lang, "settings.none"))]
    values = settings.as_dict()
    width = max(len(k) for k in values)
    shown = {k: _show(v) for k, v in values.items() if k != "config_file"}
    vwidth = min(40, max(len(v) for v in shown.values()))
    for key, value in shown.items():
        src = settings.source(key)
        src = t(lang, "settings.default") if src == DEFAULT_SOURCE else src
        lines.append(f"  {key.replace('_', '-'):<{width}}  {value:<{vwidth}}  # {src}")
    return "\n".join(lines) + "\n"


def _show(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, list):
        return "[" + ", ".join(map(str, value)) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_show(v)}" for k, v in value.items()) + "}"
    return str(value)
