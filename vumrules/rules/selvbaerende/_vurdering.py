"""Running the analyzer once per case and rule (it is pure and fast on one text)."""

from __future__ import annotations

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
    dele = v.dele.model_dump() if v.dele else None
    path = ("vurdering", "dele") if dele and not v.samlet_faglig_vurdering else ("vurdering", "samlet_faglig_vurdering")
    return analyse_vurdering(v.samlet_faglig_vurdering, dele, min_ord=min_ord), path
