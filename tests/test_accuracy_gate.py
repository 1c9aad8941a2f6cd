"""Accuracy gate: the pipeline over the dev corpus must not fall below the pinned floors.

Runs only where the team's corpus is beside the project (`../shared/corpus`);
skipped with a message otherwise. Floors live in `accuracy_floors.json`: raise
them when a change raises a figure, never lower them to make a change pass.
Precision floors guard the rule that a null with a warning beats a wrong value.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import CORPUS, REALOCR
from fruspipe.evaluate import evaluate
from fruspipe.options import Options
from fruspipe.pipeline import run

FLOORS = json.loads((Path(__file__).parent / "accuracy_floors.json").read_text(encoding="utf-8"))
DEV = CORPUS / "dev"


@pytest.fixture(scope="module")
def dev_output(tmp_path_factory):
    if not DEV.is_dir():
        pytest.skip(f"the dev corpus is not at {DEV}: accuracy gate not run")
    out = tmp_path_factory.mktemp("dev-out")
    report = run(DEV, out, Options())
    assert report.errors == 0, [o for o in report.outcomes if o.status == "error"]
    return out


@pytest.mark.parametrize("split", ["clean", "ocr"])
def test_dev_corpus_accuracy_floors(dev_output, split):
    result = evaluate(DEV, dev_output, only=split)
    assert result.coverage == 1.0
    below = []
    for field, floor in FLOORS[split]["score"].items():
        got = result.fields[field].score
        if got is None or got + 1e-9 < floor:
            below.append(f"{field}: {got} < {floor}")
    for field, floor in FLOORS[split]["precision"].items():
        got = result.fields[field].precision
        if got is not None and got + 1e-9 < floor:
            below.append(f"{field} precision: {got} < {floor}")
    assert not below, f"{split} accuracy fell below its floors:\n" + "\n".join(below) + \
        "\n" + result.to_table(max_misses=30)


def test_realocr_floors(tmp_path):
    scorer = REALOCR / "score.py"
    if not (REALOCR / "dev").is_dir() or not scorer.exists():
        pytest.skip(f"the real-OCR set is not at {REALOCR}: gate not run")
    import importlib.util

    spec = importlib.util.spec_from_file_location("realocr_score", scorer)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    run(REALOCR / "dev", tmp_path, Options())
    metas = {p.name[: -len(".meta.json")]: json.loads(p.read_text()) for p in (REALOCR / "dev").glob("*.meta.json")}
    scores, answered = {}, {}
    for rid, meta in metas.items():
        path = tmp_path / f"{rid}.json"
        pred = json.loads(path.read_text()) if path.exists() else None
        row = module.score_one(meta, pred)
        for field, value in row.items():
            if field.startswith("_"):
                continue
            scores.setdefault(field, []).append(value)
            if row["_answered"].get(field):
                answered.setdefault(field, []).append(value)
    below = []
    for field, floor in FLOORS["realocr"]["score"].items():
        got = sum(scores[field]) / len(scores[field])
        if got + 1e-9 < floor:
            below.append(f"{field}: {got:.3f} < {floor}")
    # precision: among the values given, the share that agree with the archive
    for field, floor in FLOORS["realocr"].get("precision", {}).items():
        values = answered.get(field, [])
        got = sum(values) / len(values) if values else 1.0
        if got + 1e-9 < floor:
            below.append(f"{field} precision: {got:.3f} < {floor}")
    assert not below, "real-OCR accuracy fell below its floors:\n" + "\n".join(below)
