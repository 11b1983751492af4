"""Reading letter and decision templates: Word (.docx) and Markdown/plain text.

A template declares what it is, in this order of precedence:

1. **Front matter** (Markdown/text): a YAML block between ``---`` lines at the top::

       ---
       vumrules:
         type: afgoerelse
         afgoerelsestype: afslag
         paragraf: SEL § 41
       ---

2. **Document properties** (Word): the *Keywords* property (File → Info → Properties) holding
   ``vumrules: type=afgoerelse; afgoerelsestype=afslag; paragraf=SEL § 41``.
3. **File name**: ``<type>[_<afgoerelsestype>][_<paragraf>].ext``, e.g.
   ``afgoerelse_afslag_sel-41.docx`` or ``kvitteringsbrev.md``.

Lines: for text files, the line in the file; for Word files, the paragraph number (tables are
read after the body, row by row), which is what a reviewer can find with the navigation pane.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..sources import load_yaml_text

TYPES = ("kvitteringsbrev", "afgoerelse", "partshoeringsbrev", "skift_af_sagsbehandler",
         "invitation_opfoelgning")
DECISION_TYPES = ("bevilling", "delvis_bevilling", "afslag")
EXTENSIONS = (".docx", ".md", ".txt", ".markdown")


@dataclass(frozen=True)
class Template:
    file: str
    lines: tuple[str, ...]  # text lines (Word: one per paragraph/table row)
    declared: dict[str, str] = field(default_factory=dict)
    declared_by: str = ""  # "front matter", "dokumentegenskaber", "filnavn" or ""
    first_line: int = 1  # line of the first body line (after front matter)
    problem: str | None = None  # a reading problem (not a template, unreadable ...)

    @property
    def type(self) -> str | None:
        return self.declared.get("type")

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def find(self, pattern: re.Pattern[str]) -> tuple[int, int] | None:
        """(line, column) of the first match, 1-based, or None."""
        for i, line in enumerate(self.lines):
            m = pattern.search(line)
            if m:
                return self.first_line + i, m.start() + 1
        return None

    def finditer(self, pattern: re.Pattern[str]):
        for i, line in enumerate(self.lines):
            for m in pattern.finditer(line):
                yield self.first_line + i, m.start() + 1, m


def _from_name(path: Path) -> dict[str, str]:
    parts = path.stem.lower().split("_")
    out: dict[str, str] = {}
    if parts and parts[0] in TYPES:
        out["type"] = parts[0]
        rest = parts[1:]
    elif len(parts) > 1 and "_".join(parts[:2]) in TYPES:  # skift_af_sagsbehandler etc.
        joined = [t for t in TYPES if path.stem.lower().startswith(t)]
        out["type"] = joined[0] if joined else ""
        rest = path.stem.lower()[len(out["type"]):].strip("_").split("_") if out["type"] else []
    else:
        return out
    if rest and rest[0] == "delvis" and len(rest) > 1 and rest[1] == "bevilling":
        rest = ["delvis_bevilling"] + rest[2:]
    if rest and rest[0] in DECISION_TYPES:
        out["afgoerelsestype"] = rest.pop(0)
    if rest and rest[0]:
        m = re.match(r"(sel|abl)?-?(\d+)", rest[0])
        if m:
            out["paragraf"] = f"{(m.group(1) or 'sel').upper()} § {m.group(2)}"
    return out


def _parse_keywords(text: str) -> dict[str, str]:
    m = re.search(r"vumrules\s*:(.*)", text or "", re.I)
    if not m:
        return {}
    out = {}
    for part in m.group(1).split(";"):
        if "=" in part:
            k, v = part.split("=", 1)
            out[k.strip().lower()] = v.strip()
    return out


def read_template(path: Path, display: str | None = None) -> Template:
    display = display or path.as_posix()
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return _read_docx(path, display)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        return Template(display, (), problem="filen er ikke UTF-8")
    except OSError as exc:
        return Template(display, (), problem=exc.strerror or str(exc))
    lines = text.splitlines()
    declared: dict[str, str] = {}
    by = ""
    first = 1
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
        if end is not None:
            data, _, problems = load_yaml_text("\n".join(lines[1:end]), display)
            meta = data.get("vumrules") if isinstance(data, dict) else None
            if isinstance(meta, dict) and not problems:
                declared = {str(k): str(v) for k, v in meta.items() if v is not None}
                by = "front matter"
            lines = lines[end + 1:]
            first = end + 2
    if not declared:
        declared = _from_name(path)
        by = "filnavn" if declared else ""
    return Template(display, tuple(lines), declared, by, first)


def _read_docx(path: Path, display: str) -> Template:
    try:
        import docx  # python-docx
    except ImportError:  # pragma: no cover - a declared dependency
        return Template(display, (), problem="python-docx er ikke installeret")
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # a corrupt or non-Word file
        return Template(display, (), problem=f"kan ikke læses som Word-dokument ({type(exc).__name__})")
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    declared = _parse_keywords(document.core_properties.keywords or "")
    by = "dokumentegenskaber" if declared else ""
    if not declared:
        declared = _from_name(path)
        by = "filnavn" if declared else ""
    return Template(display, tuple(lines), declared, by, 1)


def iter_template_files(paths) -> list[tuple[str, Path]]:
    out = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            found = sorted(f for f in path.rglob("*") if f.suffix.lower() in EXTENSIONS
                           and not any(part.startswith(".") for part in f.relative_to(path).parts))
            out.extend((f.as_posix(), f) for f in found)
        else:
            out.append((path.as_posix(), path))
    return out
