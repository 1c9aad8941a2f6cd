"""Shared fixtures: paths to the seeds and to the team's corpus (when present)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = Path(os.environ.get("FRUSPIPE_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
REALOCR = SHARED / "realocr"

FRUS_SEED = SEEDS / "frus1958-60v19_d319_parsons_memo.txt"
OCR_SEED = SEEDS / "ocr_kissinger_memo_1961-07-14.txt"


@pytest.fixture(scope="session")
def seed_records():
    """The two seeds converted once: {name: Validated}."""
    from fruspipe.options import Options
    from fruspipe.pipeline import convert

    return {p.stem: convert(p, Options(), doc_id=p.stem) for p in (FRUS_SEED, OCR_SEED)}
