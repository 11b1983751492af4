"""The library API: what the CLI uses, and what a case system or script embeds.

>>> from vumrules import Linter
>>> linter = Linter(profile="vum2")
>>> result = linter.check_dict({"format_version": "1.0", "sag_id": "S-1"})
>>> [f.code for f in result.findings]            # doctest: +SKIP
"""

from __future__ import annotations

import os
from datetime import date
from typing import Any, Iterable, Iterator, Mapping, Sequence

from .engine import CaseResult, Engine
from .loader import (
    BuiltCase,
    build_case,
    document_from_dict,
    documents_from_text,
    iter_documents,
)
from .model import Case
from .profiles import ProfileStore, ResolvedProfile
from .registry import Registry
from .sources import RawDocument


class Linter:
    """Checks cases against one profile. Cheap to keep, not meant to be global: create one
    per run (or per thread); it holds its registry and parsed profiles."""

    def __init__(
        self,
        profile: str = "vum2",
        *,
        registry: Registry | None = None,
        today: date | None = None,
        entry_points: bool = True,
        extra_plugins: Iterable[object] = (),
        profile_dirs: Sequence[str | os.PathLike[str]] = (),
        _store: ProfileStore | None = None,
    ) -> None:
        from pathlib import Path

        self.registry = registry or Registry.create(entry_points=entry_points, extra_plugins=extra_plugins)
        self.store = _store or ProfileStore(self.registry, tuple(Path(p) for p in profile_dirs))
        self.profile = profile
        self.engine = Engine(self.registry, self.store, profile, today or date.today())
        # fail early on a broken or unknown profile (ProfileError names file and line)
        self.store.get(profile)

    # -- loading ---------------------------------------------------------------------------
    def documents(self, paths: Sequence[str | os.PathLike[str]]) -> Iterator[RawDocument]:
        return iter_documents(paths, self.registry.loaders())

    def resolved(self, when: date | None = None) -> ResolvedProfile:
        return self.store.resolve(self.profile, when or self.engine.today)

    # -- checking --------------------------------------------------------------------------
    def check_document(self, doc: RawDocument) -> CaseResult:
        return self.engine.check_document(doc)

    def check_paths(self, paths: Sequence[str | os.PathLike[str]]) -> Iterator[CaseResult]:
        """Every case in files and directories (walked, in a deterministic order)."""
        for doc in self.documents(paths):
            yield self.engine.check_document(doc)

    def check_text(self, text: str, *, format: str = "yaml", file: str = "<tekst>") -> list[CaseResult]:
        docs = documents_from_text(text, format=format, file=file, loaders=self.registry.loaders())
        return [self.engine.check_document(d) for d in docs]

    def check_dict(self, data: Mapping[str, Any], *, file: str = "<dict>") -> CaseResult:
        return self.engine.check_document(document_from_dict(dict(data), file))

    def check_case(self, case: Case, *, file: str = "<case>") -> CaseResult:
        return self.check_dict(case.model_dump(mode="json", exclude_none=True), file=file)


def load_cases(paths: Sequence[str | os.PathLike[str]]) -> Iterator[tuple[RawDocument, BuiltCase]]:
    """Read and validate cases without checking rules: (document, built case) pairs."""
    for doc in iter_documents(paths):
        yield doc, build_case(doc)
