"""What a rule is: a small pure unit with code, requirement IDs, severity, messages (Danish
and English), documentation with a failing and a passing example case, and a check.

Write one with the :func:`rule` decorator::

    @rule(
        code="VUM008",
        name="score-uden-beskrivelse",
        requirements=("VUM-08",),
        severity="error",
        message=('Temaet "{tema}" har en score men ingen beskrivelse',
                 'The theme "{tema}" has a score but no description'),
        what=("...", "..."), why=("...", "..."), source="001 §4.2.2",
        example_fail="...yaml with a `# expect: VUM008` comment...",
        example_pass="...yaml...",
    )
    def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
        ...

The check reads the typed case and yields :class:`~vumrules.findings.Violation` objects
(field path + message arguments). It never changes the case (the model is frozen) and never
puts the citizen's personal data into message arguments.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping

from .findings import Severity, Violation

if TYPE_CHECKING:
    from .model import Case
    from .vocabulary import Vocabulary

CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{1,5}\d{3}$")

Check = Callable[["Case", "RuleContext"], Iterable[Violation]]
Applies = Callable[["Case", "RuleContext"], bool]


@dataclass(frozen=True)
class RuleContext:
    """What a check may know besides the case: its options (defaults merged with the
    profile's), the dates that matter, and the profile in force."""

    options: Mapping[str, Any]
    reference_date: date
    today: date
    method: str  # "vum1" or "vum2": the case's udredning method, else the profile's
    profile: str = ""
    profile_version: str = ""
    #: sub-themes the profile adds to the national vocabulary, per theme (e.g. RK15-06)
    local_subthemes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: the profile's named values (``vaerdier``)
    values: Mapping[str, Any] = field(default_factory=dict)

    @cached_property
    def vocabulary(self) -> "Vocabulary":
        from .vocabulary import vocabulary

        return vocabulary(self.method)


def _placeholders(template: str) -> set[str]:
    # an English placeholder may take a translated argument: {x_en} stands for {x}
    return {f.removesuffix("_en") for _, f, _, _ in string.Formatter().parse(template) if f}


class _SafeArgs(dict):  # a missing placeholder renders visibly instead of raising
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass(frozen=True)
class Rule:
    """A registered rule. ``kind="load"`` rules are reported by the loader (schema problems);
    their metadata and docs live here like any other rule's."""

    code: str
    name: str
    requirements: tuple[str, ...]
    severity: Severity
    message_da: str
    message_en: str
    what_da: str
    what_en: str
    why_da: str
    why_en: str
    example_fail: str
    example_pass: str
    check: Check | None = None
    applies: Applies | None = None
    source: str = ""  # where the requirement stands in the source documents
    options: Mapping[str, Any] = field(default_factory=dict)
    methods: tuple[str, ...] = ()  # only cases of these udredning methods; () = all
    kind: str = "check"
    plugin: str = ""  # filled in by the registry: which plugin contributed it

    def __post_init__(self) -> None:
        if not CODE_RE.match(self.code):
            raise ValueError(f"regelkode {self.code!r} skal være præfiks + tre cifre, fx VUM008")
        if _placeholders(self.message_da) != _placeholders(self.message_en):
            raise ValueError(f"{self.code}: dansk og engelsk besked har forskellige pladsholdere")
        if self.kind == "check" and self.check is None:
            raise ValueError(f"{self.code}: en regel skal have en check-funktion")
        for text, what in ((self.example_fail, "example_fail"), (self.example_pass, "example_pass")):
            if not text.strip():
                raise ValueError(f"{self.code}: {what} mangler (hver regel har et fejlende og et "
                                 "bestående eksempel)")

    @property
    def prefix(self) -> str:
        return self.code.rstrip("0123456789")

    def message(self, args: Mapping[str, Any], lang: str = "da") -> str:
        template = self.message_en if lang == "en" else self.message_da
        return template.format_map(_SafeArgs(args))

    def with_plugin(self, plugin: str) -> "Rule":
        from dataclasses import replace

        return replace(self, plugin=plugin)


def rule(
    *,
    code: str,
    name: str,
    requirements: Iterable[str],
    severity: str | Severity,
    message: tuple[str, str],
    what: tuple[str, str],
    why: tuple[str, str],
    example_fail: str,
    example_pass: str,
    source: str = "",
    options: Mapping[str, Any] | None = None,
    methods: Iterable[str] = (),
    applies: Applies | None = None,
) -> Callable[[Check], Rule]:
    """Decorator turning a check function into a :class:`Rule`."""

    def wrap(fn: Check) -> Rule:
        return Rule(
            code=code,
            name=name,
            requirements=tuple(requirements),
            severity=Severity.parse(severity),
            message_da=message[0],
            message_en=message[1],
            what_da=_dedent(what[0]),
            what_en=_dedent(what[1]),
            why_da=_dedent(why[0]),
            why_en=_dedent(why[1]),
            example_fail=_dedent(example_fail),
            example_pass=_dedent(example_pass),
            check=fn,
            applies=applies,
            source=source,
            options=MappingProxyType(dict(options or {})),
            methods=tuple(methods),
        )

    return wrap


def _dedent(text: str) -> str:
    import textwrap

    return textwrap.dedent(text).strip("\n") + ("\n" if text.strip() else "")


def violation(*path: str | int, **args: Any) -> Violation:
    """Shorthand for ``Violation(path, args)``: ``violation("udredning", "temaer", 2, tema="X")``."""
    return Violation(tuple(path), args)
