"""Findings: what a rule reports, located in the source document.

A rule yields :class:`Violation` objects (a field path and message arguments); the engine
turns each into a :class:`Finding` with code, severity, requirement IDs, both message
languages and the file/line/column of the field.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

#: A field path inside a case document: keys and list indices from the root.
Path = tuple[str | int, ...]


class Severity(str, enum.Enum):
    """How serious a finding is. ``error``: the case must not move on; ``warning``: a reviewer
    must look; ``info``: advice."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @classmethod
    def parse(cls, value: "str | Severity") -> "Severity":
        if isinstance(value, Severity):
            return value
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            raise ValueError(
                f"ukendt alvorlighed {value!r} (brug error, warning eller info)"
            ) from None


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


def pointer(path: Sequence[str | int]) -> str:
    """JSON Pointer (RFC 6901) for a field path: ``("udredning", "temaer", 3)`` →
    ``/udredning/temaer/3``."""
    if not path:
        return ""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def parse_pointer(text: str) -> Path:
    """Inverse of :func:`pointer`; numeric segments become ints."""
    if not text:
        return ()
    out: list[str | int] = []
    for raw in text.lstrip("/").split("/"):
        seg = raw.replace("~1", "/").replace("~0", "~")
        out.append(int(seg) if seg.isdigit() else seg)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Violation:
    """What a rule's check yields: where (``path``) and the values for the message template.

    ``args`` fill the rule's ``{placeholders}`` in both languages; they must never carry the
    citizen's personal data (FK-04): name fields and requirements, not free text.
    """

    path: Path = ()
    args: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Location:
    file: str
    line: int  # 1-based; 0 when the file could not be read at all
    column: int  # 1-based
    document: int = 0  # which document in a multi-document file (0-based)


@dataclass(frozen=True, slots=True)
class Finding:
    """One located finding, ready for any output format."""

    code: str
    severity: Severity
    message: str  # Danish
    message_en: str
    requirements: tuple[str, ...]
    location: Location
    path: str  # JSON pointer of the field the finding is about
    case_id: str | None = None
    rule_name: str = ""
    #: the pointer of the nearest field that exists when ``path`` itself is missing
    located_at: str | None = None

    @property
    def file(self) -> str:
        return self.location.file

    @property
    def line(self) -> int:
        return self.location.line

    @property
    def column(self) -> int:
        return self.location.column

    def text(self, lang: str = "da") -> str:
        return self.message_en if lang == "en" else self.message

    def sort_key(self) -> tuple[Any, ...]:
        loc = self.location
        return (loc.file, loc.document, loc.line, loc.column, self.code, self.path, self.message)

    def to_dict(self, lang: str = "da") -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "message": self.text(lang),
            "requirements": list(self.requirements),
            "file": self.location.file,
            "document": self.location.document,
            "line": self.location.line,
            "column": self.location.column,
            "path": self.path,
            "case_id": self.case_id,
            "rule": self.rule_name,
        }
