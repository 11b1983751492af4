from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
# the test plugin and the helpers must be importable by name (the plugin in worker processes too)
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from sweep_helpers import PROFILE, ROOT, write_cases  # noqa: E402

@pytest.fixture()
def profile_file(tmp_path: Path) -> str:
    p = tmp_path / "sweeptest.yaml"
    p.write_text(PROFILE, encoding="utf-8")
    return str(p)


@pytest.fixture()
def cases_dir(tmp_path: Path) -> Path:
    return write_cases(tmp_path / "eksport")


def _generator():
    spec = importlib.util.spec_from_file_location("generate_corpus", ROOT / "bench" / "generate_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    """A generated export of 150 fictional cases in every format (plus unreadable files)."""
    out = tmp_path_factory.mktemp("corpus")
    _generator().generate(out, 150, seed=11)
    return out
