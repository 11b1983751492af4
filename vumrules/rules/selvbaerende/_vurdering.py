"""The analysis shared by the SBV rules: three rules read one analysis of the same text, so
it is computed once (memoised on the text: the analyzer is a pure function)."""

from __future__ import annotations

from functools import lru_cache

from ...model import Case
from ...text.selvbaerende import VurderingAnalysis, analyse_vurdering


def has_vurdering(case: Case, ctx=None) -> bool:  # noqa: ANN001
    v = case.vurdering
    if v is None:
        return False
    parts = v.dele.model_dump() if v.dele else {}
    return bool((v.samlet_faglig_vurdering or "").strip() or any((t or "").strip() for t in parts.values()))


def analyse(case: Case, min_ord: int) -> tuple[VurderingAnalysis, tuple]:
    v = case.vurdering
    assert v is not None
    dele = tuple(sorted(v.dele.model_dump().items())) if v.dele else None
    path = ("vurdering", "dele") if dele and not v.samlet_faglig_vurdering else ("vurdering", "samlet_faglig_vurdering")
    return _analysed(v.samlet_faglig_vurdering, dele, min_ord), path


@lru_cache(maxsize=64)
def _analysed(tekst: str | None, dele: tuple | None, min_ord: int) -> VurderingAnalysis:
    return analyse_vurdering(tekst, dict(dele) if dele is not None else None, min_ord=min_ord)
