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


@dataclass(frozen=True)
class BrokenPlugin:
    name: str
    error: str


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
        pm = pluggy.PluginManager(PROJECT)
        pm.add_hookspecs(VumrulesSpec)
        reg = cls(pm)
        versions: dict[str, tuple[str, bool]] = {}
        for modname in builtin:
            mod = importlib.import_module(modname)
            pm.register(mod, name=modname)
            versions[modname] = (_own_version(), True)
        if entry_points:
            for ep in sorted(_entry_points(), key=lambda e: e.name):
                if pm.has_plugin(ep.name):
                    continue
                try:
                    plugin = ep.load()
                    pm.register(plugin, name=ep.name)
                    # call its hooks once now so a plugin that fails in them is caught here
                    _probe(pm, plugin)
                except Exception as exc:  # one broken plugin must not stop the run
                    if pm.has_plugin(ep.name):
                        pm.unregister(name=ep.name)
                    reg.broken.append(BrokenPlugin(ep.name, f"{type(exc).__name__}: {exc}"))
                    continue
                dist = getattr(ep, "dist", None)
                versions[ep.name] = (dist.version if dist else "?", False)
        for i, plugin in enumerate(extra_plugins):
            name = getattr(plugin, "__name__", None) or f"plugin-{i}"
            pm.register(plugin, name=name)
            versions[name] = ("-", False)
        reg._collect_rules(versions)
        return reg

    def _collect_rules(self, versions: Mapping[str, tuple[str, bool]]) -> None:
        prefix_owner: dict[str, str] = {}
        per_plugin: dict[str, list[Rule]] = {}
        for name, plugin in self.pm.list_name_plugin():
            impl = getattr(plugin, "vumrules_rules", None)
            if impl is None:
                per_plugin[name] = []
                continue
            rules = list(impl() or ())
            per_plugin[name] = rules
        for name in sorted(per_plugin, key=lambda n: (not versions.get(n, ("", False))[1], n)):
            for r in per_plugin[name]:
                if r.code in self.rules:
                    raise RegistryError(
                        f"regelkoden {r.code} findes i både {self.rules[r.code].plugin} og {name}"
                    )
                owner = prefix_owner.setdefault(r.prefix, name)
                if owner != name:
                    raise RegistryError(
                        f"præfikset {r.prefix} bruges af både {owner} og {name}"
                    )
                self.rules[r.code] = r.with_plugin(name)
        for name in sorted(per_plugin):
            rules = per_plugin[name]
            version, builtin = versions.get(name, ("-", False))
            self.plugins.append(PluginInfo(
                name, version, tuple(sorted({r.prefix for r in rules})), len(rules), builtin))
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


def _entry_points() -> list[metadata.EntryPoint]:
    return list(metadata.entry_points(group=PROJECT))


def _probe(pm: pluggy.PluginManager, plugin: object) -> None:
    for hook in ("vumrules_rules", "vumrules_profile_dirs", "vumrules_loaders", "vumrules_formatters"):
        impl = getattr(plugin, hook, None)
        if impl is not None:
            list(impl() or ())


def _own_version() -> str:
    try:
        return metadata.version("vumrules")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0+unknown"


def module_dir(mod: ModuleType) -> Path:
    return Path(mod.__file__ or ".").parent
