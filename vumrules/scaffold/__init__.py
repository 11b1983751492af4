"""Templates for ``vumrules new-plugin`` (see :mod:`vumrules.cli.new_plugin`).

Each ``*.tmpl`` file here becomes one file of the new plugin package; the tokens
``__NAME__`` (plugin and profile name), ``__DIST__`` (pip name), ``__MODULE__`` (Python
package), ``__PREFIX__`` (rule-code prefix) and ``__TITLE__`` are replaced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent

#: template file → path in the new package (tokens allowed in the path)
FILES: dict[str, str] = {
    "pyproject.toml.tmpl": "pyproject.toml",
    "README.md.tmpl": "README.md",
    "__init__.py.tmpl": "src/__MODULE__/__init__.py",
    "plugin.py.tmpl": "src/__MODULE__/plugin.py",
    "rules.py.tmpl": "src/__MODULE__/rules.py",
    "profile.yaml.tmpl": "src/__MODULE__/profiles/__NAME__.yaml",
    "case_fejl.yaml.tmpl": "cases/fejl.yaml",
    "case_ok.yaml.tmpl": "cases/ok.yaml",
    "conftest.py.tmpl": "tests/conftest.py",
    "test_rules.py.tmpl": "tests/test_rules.py",
}

NAME_RE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
PREFIX_RE = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")
#: prefixes of vumrules itself and of its example profile; taken plugin prefixes are checked
#: against the registry by the command
RESERVED_PREFIXES = ("SCH", "VUM", "DEM")


class ScaffoldError(ValueError):
    pass


@dataclass(frozen=True)
class Plan:
    name: str
    prefix: str
    title: str

    @property
    def dist(self) -> str:
        return f"vumrules-{self.name}"

    @property
    def module(self) -> str:
        return "vumrules_" + self.name.replace("-", "_")

    def tokens(self) -> dict[str, str]:
        return {"__NAME__": self.name, "__DIST__": self.dist, "__MODULE__": self.module,
                "__PREFIX__": self.prefix, "__TITLE__": self.title}


def plan(name: str, prefix: str, title: str | None = None) -> Plan:
    if not NAME_RE.match(name):
        raise ScaffoldError(f"navnet '{name}' skal være små bogstaver, tal og bindestreger, fx aarhus-eksempel")
    prefix = prefix.upper()
    if not PREFIX_RE.match(prefix):
        raise ScaffoldError(f"præfikset '{prefix}' skal være 2-6 store bogstaver/tal og starte med et bogstav, fx AAR")
    if prefix in RESERVED_PREFIXES:
        raise ScaffoldError(f"præfikset {prefix} bruges af vumrules selv; vælg kommunens egen forkortelse")
    return Plan(name, prefix, title or f"{name.replace('-', ' ').title()} Kommune")


def render(p: Plan, target: Path) -> list[Path]:
    """Write the package into ``target`` (which must not exist or be empty)."""
    if target.exists() and any(target.iterdir()):
        raise ScaffoldError(f"mappen {target} findes allerede og er ikke tom")
    written = []
    tokens = p.tokens()
    for tmpl, rel in FILES.items():
        text = (HERE / tmpl).read_text(encoding="utf-8")
        for k, v in tokens.items():
            text = text.replace(k, v)
            rel = rel.replace(k, v)
        out = target / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
        written.append(out)
    return written
