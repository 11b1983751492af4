"""The registry: one plugin manager per run, holding what the plugins contributed.

Built-in features are plugins listed in :data:`BUILTIN_PLUGINS` and registered exactly like
third-party plugins (found through the ``vumrules`` entry-point group). Each external plugin
is loaded on its own: a broken one is recorded in :attr:`Registry.broken` and the rest run.
Nothing here is global: create a registry, use it, drop it.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

import pluggy

from .hookspec import PROJECT, VumrulesSpec
from .rule import Rule

if TYPE_CHECKING:
    from .loader import InputLoader
    from .report import Formatter

#: Modules that make up vumrules' own features, registered through the public hooks.
BUILTIN_PLUGINS: tuple[str, ...] = (
    "vumrules.plugins.builtin_io",
    "vumrules.plugins.builtin_profiles",
    "vumrules.rules.schema",
    "vumrules.rules.vum",
    "vumrules.rules.suppressions",
    "vumrules.plugins.builtin_formats",
    "vumrules.rules.rksk2015",
    "vumrules.rules.hjoerring",
    "vumrules.rules.rksk2022",
    "vumrules.rules.hedensted",
    "vumrules.rules.templates",
    "vumrules.rules.smart",
    "vumrules.rules.selvbaerende",
    "vumrules.rules.signoff",
    "vumrules.rules.udtraek",
    "vumrules.fhir.plugin",
    "vumrules.rules.kl",
)


class RegistryError(Exception):
    """Plugins contradict each other (duplicate code or prefix)."""


@dataclass(frozen=True)
class PluginInfo:
    name: str
    version: str
    prefixes: tuple[str, ...]
    rules: int
    builtin: bool
    #: the distribution (pip package) that declared the entry point, "" for built-ins/extras
    distribution: str = ""
    #: which hooks the plugin implements (vumrules_rules, vumrules_profile_dirs, ...)
    hooks: tuple[str, ...] = ()


@dataclass(frozen=True)
class BrokenPlugin:
    name: str
    error: str
    distribution: str = ""


@dataclass
class Registry:
    pm: pluggy.PluginManager
    rules: dict[str, Rule] = field(default_factory=dict)
    broken: list[BrokenPlugin] = field(default_factory=list)
    plugins: list[PluginInfo] = field(default_factory=list)

    # -- construction ---------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        *,
        entry_points: bool = True,
        extra_plugins: Iterable[object] = (),
        builtin: Sequence[str] = BUILTIN_PLUGINS,
    ) -> "Registry":
        """Built-ins, then every ``vumrules`` entry point (each on its own: a plugin that
        fails to import, implements an unknown hook or returns something that is not a rule
        is recorded in :attr:`broken` and left out), then ``extra_plugins`` (modules or
        objects, for tests and embedding programs). Two plugins claiming the same rule code
        or prefix raise :class:`RegistryError` naming both."""
        pm = pluggy.PluginManager(PROJECT)
        pm.add_hookspecs(VumrulesSpec)
        reg = cls(pm)
        versions: dict[str, tuple[str, bool, str]] = {}
        contributed: dict[str, list[Rule]] = {}
        for modname in builtin:
            mod = importlib.import_module(modname)
            pm.register(mod, name=modname)
            versions[modname] = (_own_version(), True, "")
        if entry_points:
            for ep in _entry_points():
                dist = getattr(ep, "dist", None)
                dist_name = dist.metadata["Name"] if dist is not None else ""
                if pm.has_plugin(ep.name):
                    reg.broken.append(BrokenPlugin(
                        ep.name, f"navnet '{ep.name}' bruges allerede af et andet plugin", dist_name))
                    continue
                try:
                    plugin = ep.load()
                    _check_hooks(plugin)
                    pm.register(plugin, name=ep.name)
                    # call its hooks once now, so a plugin that fails in them is caught here
                    contributed[ep.name] = _probe(plugin)
                except Exception as exc:  # one broken plugin must not stop the run
                    if pm.has_plugin(ep.name):
                        pm.unregister(name=ep.name)
                    reg.broken.append(BrokenPlugin(ep.name, f"{type(exc).__name__}: {exc}", dist_name))
                    continue
                versions[ep.name] = (dist.version if dist else "?", False, dist_name)
        for i, plugin in enumerate(extra_plugins):
            name = getattr(plugin, "__name__", None) or f"plugin-{i}"
            _check_hooks(plugin)
            pm.register(plugin, name=name)
            versions[name] = ("-", False, "")
        reg._collect_rules(versions, contributed)
        return reg

    def _collect_rules(self, versions: Mapping[str, tuple], contributed: Mapping[str, list[Rule]] = {}) -> None:
        code_owner: dict[str, str] = {}
        prefix_owner: dict[str, str] = {}
        per_plugin: dict[str, list[Rule]] = {}
        for name, plugin in self.pm.list_name_plugin():
            if name in contributed:
                per_plugin[name] = contributed[name]
                continue
            impl = getattr(plugin, "vumrules_rules", None)
            per_plugin[name] = _as_rules(impl() if impl is not None else ())
        builtin_first = sorted(per_plugin, key=lambda n: (not _info(versions, n)[1], n))
        for name in builtin_first:
            for r in per_plugin[name]:
                if r.code in self.rules:
                    raise RegistryError(
                        f"regelkoden {r.code} findes i både {code_owner[r.code]} og {name}; "
                        "en kode må kun høre til ét plugin (afinstallér det ene eller omdøb reglen)")
                owner = prefix_owner.setdefault(r.prefix, name)
                if owner != name:
                    raise RegistryError(
                        f"præfikset {r.prefix} ({r.code}) bruges af både {owner} og {name}; et "
                        "præfiks hører til ét plugin (vælg et andet præfiks, fx kommunens forkortelse)")
                code_owner[r.code] = name
                self.rules[r.code] = r.with_plugin(name)
        for name in sorted(per_plugin):
            rules = per_plugin[name]
            version, builtin, dist = _info(versions, name)
            plugin = self.pm.get_plugin(name)
            hooks = tuple(h for h in _HOOKS if callable(getattr(plugin, h, None)))
            self.plugins.append(PluginInfo(
                name, version, tuple(sorted({r.prefix for r in rules})), len(rules), builtin,
                dist, hooks))
        self.rules = dict(sorted(self.rules.items()))

    # -- what the plugins contributed ---------------------------------------------------
    def rule(self, code: str) -> Rule:
        try:
            return self.rules[code.upper()]
        except KeyError:
            raise KeyError(f"ukendt regel {code!r}") from None

    def rules_matching(self, selector: str) -> list[Rule]:
        """Rules whose code equals or starts with ``selector`` (a code or a prefix)."""
        sel = selector.upper()
        return [r for c, r in self.rules.items() if c == sel or c.startswith(sel)]

    def profile_dirs(self) -> list[Path]:
        dirs: list[Path] = []
        for result in self.pm.hook.vumrules_profile_dirs():
            dirs.extend(Path(d) for d in result or ())
        return dirs

    def loaders(self) -> list["InputLoader"]:
        out: list[InputLoader] = []
        for result in reversed(self.pm.hook.vumrules_loaders()):  # registration order
            out.extend(result or ())
        return out

    def formatters(self) -> dict[str, "Formatter"]:
        out: dict[str, Formatter] = {}
        for result in reversed(self.pm.hook.vumrules_formatters()):
            for f in result or ():
                out.setdefault(f.name, f)
        return out

    def configure(self, settings: Mapping[str, Any]) -> None:
        from types import MappingProxyType

        self.pm.hook.vumrules_configure(settings=MappingProxyType(dict(settings)))


_HOOKS = tuple(n for n in dir(VumrulesSpec) if n.startswith("vumrules_"))


def _info(versions: Mapping[str, tuple], name: str) -> tuple[str, bool, str]:
    v = versions.get(name, ("-", False, ""))
    return (v[0], v[1], v[2] if len(v) > 2 else "")


def _search_path() -> list[str]:
    """``sys.path`` without the working directory: a ``*.dist-info`` lying in the directory
    the command runs in must not turn into a plugin (plugins are installed, never picked up
    implicitly)."""
    import os
    import sys

    cwd = os.path.realpath(os.getcwd())
    out = []
    for p in sys.path:
        if p in ("", "."):
            continue
        try:
            # the working directory, unless it is an installation directory itself
            if os.path.realpath(p) == cwd and os.path.basename(cwd) not in ("site-packages", "dist-packages"):
                continue
        except OSError:  # pragma: no cover - unreadable path entry
            continue
        out.append(p)
    return out


def _entry_points() -> list[metadata.EntryPoint]:
    """Entry points of the ``vumrules`` group, one per name (the first distribution on the
    path wins, like Python's own lookup), sorted by name."""
    seen: set[str] = set()
    dists: set[str] = set()
    out: list[metadata.EntryPoint] = []
    for dist in metadata.distributions(path=_search_path()):
        key = (dist.metadata["Name"] or "").lower().replace("_", "-")
        if key in dists:
            continue
        dists.add(key)
        for ep in dist.entry_points:
            if ep.group == PROJECT and ep.name not in seen:
                seen.add(ep.name)
                out.append(ep)
    return sorted(out, key=lambda e: e.name)


def _check_hooks(plugin: object) -> None:
    """A function named like a hook but not one (``vumrules_rule``) is a typo that would make
    the plugin silently do nothing: refuse it."""
    for attr in dir(plugin):
        if attr.startswith("vumrules_") and attr not in _HOOKS and callable(getattr(plugin, attr, None)):
            raise TypeError(f"ukendt hook '{attr}' (kendte: {', '.join(_HOOKS)})")


def _as_rules(items: Iterable[object] | None) -> list[Rule]:
    out = list(items or ())
    for r in out:
        if not isinstance(r, Rule):
            raise TypeError(f"vumrules_rules skal returnere Rule-objekter, ikke {type(r).__name__}")
    return out


def _probe(plugin: object) -> list[Rule]:
    rules: list[Rule] = []
    for hook in _HOOKS:
        impl = getattr(plugin, hook, None)
        if impl is None or hook == "vumrules_configure":
            continue
        result = list(impl() or ())
        if hook == "vumrules_rules":
            rules = _as_rules(result)
        elif hook == "vumrules_profile_dirs":
            for d in result:
                if not Path(d).is_dir():
                    raise FileNotFoundError(f"profilmappen {d} findes ikke")
    return rules


def _own_version() -> str:
    try:
        return metadata.version("vumrules")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0+unknown"


def module_dir(mod: ModuleType) -> Path:
    return Path(mod.__file__ or ".").parent
