"""Regenerating output/ from seeds/ reproduces the committed files byte for byte."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT, SEEDS
from fruspipe.options import Options
from fruspipe.pipeline import run

GOLDEN = ROOT / "output"


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_seed_output_matches_committed(tmp_path: Path, seed: str, monkeypatch):
    # `make run` runs `fruspipe run seeds/ output/` from the project root; records keep that path
    monkeypatch.chdir(ROOT)
    report = run(Path("seeds"), tmp_path, Options())
    assert report.errors == 0
    stem = Path(seed).stem
    for ext in (".json", ".xml"):
        fresh = (tmp_path / (stem + ext)).read_bytes()
        committed = (GOLDEN / (stem + ext)).read_bytes()
        assert fresh == committed, f"output/{stem}{ext} differs: run `make run` and review the diff"


def test_run_is_deterministic(tmp_path: Path):
    a, b = tmp_path / "a", tmp_path / "b"
    run(SEEDS, a, Options())
    run(SEEDS, b, Options(force=True))
    for f in sorted(a.glob("*.*")):
        if f.name in ("run.json",):
            continue
        assert f.read_bytes() == (b / f.name).read_bytes()
