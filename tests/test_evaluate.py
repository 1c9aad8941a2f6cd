"""fruspipe.evaluate: the gold scores 100% against itself, wrong fields come back
as misses, and the numbers are those of the corpus scorer (`corpus/score.py`).

Tests that need the evaluation corpus (dev split and `score.py`) read it from
$FRUSPIPE_CORPUS (default /work/shared/corpus) and are skipped when it is absent;
the synthetic gold records below keep everything else running anywhere.
"""
from __future__ import annotations

import copy
import importlib.util
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

try:
    import fruspipe  # noqa: F401
except ImportError:  # a checkout without `pip install -e .`: use the source tree
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from fruspipe.evaluate import (
    FIELDS,
    LIST_FIELDS,
    SCALAR_FIELDS,
    Evaluation,
    ListResult,
    Miss,
    ScalarResult,
    date_in_range,
    day_range,
    evaluate,
    normalise,
    per_volume,
)
from fruspipe.exceptions import UsageError

CORPUS = Path(os.environ.get("FRUSPIPE_CORPUS", "/work/shared/corpus"))
DEV = CORPUS / "dev"
SCORE_PY = CORPUS / "score.py"
needs_dev = pytest.mark.skipif(
    not DEV.is_dir(), reason=f"evaluation corpus not found at {DEV} (set FRUSPIPE_CORPUS to its folder)")
needs_score_py = pytest.mark.skipif(
    not SCORE_PY.is_file(), reason=f"corpus scorer not found at {SCORE_PY} (set FRUSPIPE_CORPUS to its folder)")


# --- synthetic gold ---------------------------------------------------------------------
MEMO = {
    "volume_id": "frus1958-60v19",
    "doc_id": "d1",
    "number": "1",
    "title": "Memorandum From the Assistant Secretary (Parsons) to Secretary of State Herter",
    "doc_type": "Memorandum",
    "date_min": "1959-12-01T00:00:00",
    "date_max": "1959-12-01T23:59:59",
    "dateline_date_when": ["1959-12-01", "1959-12-01"],
    "dateline_text": "Washington, December 1, 1959.",
    "place": "Washington",
    "source_note": "Source: Department of State, Central Files, 661.93/12–159. Secret; Priority. Drafted by Parsons.",
    "archival_citation": "Department of State, Central Files, 661.93/12–159",
    "classification": "Secret",
    "handling": ["Priority"],
    "drafted_by": "Parsons",
    "footnotes": [{"n": "1", "text": "Document 316."},
                  {"n": "2", "text": "The tabs are “not attached” to the source text."}],
    "page_breaks": ["638", "639"],
    "head_from": ["Parsons"],
    "head_to": ["Herter"],
    "subject": ["The Tactic of ‘Partial Responsibility’"],
    "signed": "J. Graham Parsons",
    "body_paragraph_count": 3,
    "number_printed": True,
    "rendering": {"layout": "history.state.gov page copy", "dateline_in_text": True},
}
MEMO_OCR = {**copy.deepcopy(MEMO), "degraded": True, "artifacts": [], "fields_altered_by_noise": []}
DESPATCH = {
    "volume_id": "frus1870",
    "doc_id": "d2",
    "number": "2",
    "title": "Mr. Low to Mr. Fish.",
    "doc_type": None,
    "date_min": "1870-05-30T00:00:00",
    "date_max": "1870-06-02T23:59:59",
    "dateline_date_when": ["1870-05-30", "1870-06-02"],
    "dateline_text": "Legation of the United States, Pekin, May 30, 1870.",
    "place": "Legation of the United States, Pekin",
    "source_note": "No. 232.",
    "archival_citation": None,
    "classification": None,
    "handling": [],
    "drafted_by": None,
    "footnotes": [],
    "page_breaks": ["301"],
    "head_from": [],
    "head_to": [],
    "subject": [],
    "signed": "FREDERICK F. LOW.",
    "body_paragraph_count": 5,
    "number_printed": False,
    "rendering": {"layout": "history.state.gov page copy", "dateline_in_text": False},
}
EDITORIAL_NOTE = {
    "volume_id": "frus1964-68v30",
    "doc_id": "d3",
    "number": "3",
    "title": "Editorial Note",
    "doc_type": "Editorial Note",
    "date_min": None,
    "date_max": None,
    "dateline_date_when": None,
    "dateline_text": None,
    "place": None,
    "source_note": None,
    "archival_citation": None,
    "classification": None,
    "handling": [],
    "drafted_by": None,
    "footnotes": [{"n": "1", "text": "Document 12."}],
    "page_breaks": [],
    "head_from": [],
    "head_to": [],
    "subject": [],
    "signed": None,
    "body_paragraph_count": 2,
    "number_printed": True,
    "rendering": {"layout": "history.state.gov page copy", "dateline_in_text": True},
}
SYNTHETIC = {
    "frus1958-60v19_d1": MEMO,
    "frus1958-60v19_d1.ocr": MEMO_OCR,
    "frus1870_d2": DESPATCH,
    "frus1964-68v30_d3": EDITORIAL_NOTE,
}


def to_record(gold: dict) -> dict:
    """The gold values written as a fruspipe record (the layout of `fruspipe.models.Record`)."""
    day = (gold.get("date_min") or "")[:10] or None
    span = day_range(gold)
    body = [{"type": "title", "n": None, "text": gold.get("title") or ""}]
    if gold.get("dateline_text"):
        body.append({"type": "dateline", "n": None, "text": gold["dateline_text"]})
    body += [{"type": "p", "n": None, "text": "…"}] * (gold.get("body_paragraph_count") or 0)
    if gold.get("signed"):
        body.append({"type": "signed", "n": None, "text": gold["signed"]})
    return {
        "schema_version": "1.0",
        "id": f"{gold['volume_id']}_{gold['doc_id']}",
        "number": gold.get("number"),
        "title": gold.get("title"),
        "doc_type": gold.get("doc_type"),
        "from": [{"name": n, "role": None} for n in gold.get("head_from") or []],
        "to": [{"name": n, "role": None} for n in gold.get("head_to") or []],
        "subject": gold.get("subject") or [],
        "dateline": gold.get("dateline_text"),
        "place": gold.get("place"),
        "date": None if day is None else {"iso": day, "min": span[0], "max": span[1], "text": None,
                                           "source": "dateline", "certainty": "stated"},
        "classification": {"level": gold.get("classification"), "handling": gold.get("handling") or [],
                           "declassified": False, "source": None},
        "source_note": None if gold.get("source_note") is None else {
            "text": gold["source_note"], "citation": gold.get("archival_citation"), "placement": "footnote"},
        "drafted_by": gold.get("drafted_by"),
        "signed": gold.get("signed"),
        "footnotes": [{"n": f["n"], "text": f["text"], "anchor": None} for f in gold.get("footnotes") or []],
        "page_breaks": [{"n": p, "anchor": None} for p in gold.get("page_breaks") or []],
        "body": body,
    }


def write_json(path: Path, value) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value, ensure_ascii=False, indent=1), encoding="utf-8")


def write_corpus(root: Path, golds: dict[str, dict], records: dict[str, dict] | None = None) -> tuple[Path, Path]:
    """Gold records in root/gold, records (default: the gold written as records) in root/out."""
    gold_dir, pred_dir = root / "gold", root / "out"
    pred_dir.mkdir(parents=True, exist_ok=True)
    for stem, gold in golds.items():
        write_json(gold_dir / f"{stem}.gold.json", gold)
    records = {stem: to_record(gold) for stem, gold in golds.items()} if records is None else records
    for stem, record in records.items():
        write_json(pred_dir / f"{stem}.json", record)
    return gold_dir, pred_dir


def assert_perfect(result: Evaluation) -> None:
    assert result.coverage == 1.0
    assert result.macro == 1.0
    assert result.misses == [] and result.missing == []
    assert list(result.fields) == list(FIELDS)
    for name, r in result.fields.items():
        if isinstance(r, ScalarResult):
            assert r.correct == r.n, name
            assert r.accuracy in (None, 1.0) and r.precision in (None, 1.0), name
        else:
            assert (r.precision, r.recall, r.f1) == (1.0, 1.0, 1.0), name
            assert r.exact_list_rate in (None, 1.0) and r.fp == r.fn == 0, name


@pytest.fixture
def synthetic(tmp_path):
    return write_corpus(tmp_path, SYNTHETIC)


# --- (1) gold against itself ------------------------------------------------------------
def test_synthetic_gold_scores_100_percent_against_itself(synthetic):
    result = evaluate(*synthetic)
    assert_perfect(result)
    assert (result.documents, result.covered) == (4, 4)
    # counted only where the text shows them: the 1870 despatch has no dateline line
    # and no printed number; from/to/subject only where tagged
    assert result.fields["date"].n == 3 and result.fields["date_any"].n == 4
    assert result.fields["number"].n == 3
    assert result.fields["from"].n == 2 and result.fields["subject"].n == 2


@needs_dev
def test_dev_sample_scores_100_percent_against_itself(tmp_path):
    # the first document of each volume, with its OCR variant when there is one
    firsts: dict[str, Path] = {}
    for path in sorted(DEV.glob("*.gold.json")):
        volume = json.loads(path.read_text(encoding="utf-8"))["volume_id"]
        firsts.setdefault(volume, path)
    paths = list(firsts.values())
    paths += [p.with_name(p.name.replace(".gold.json", ".ocr.gold.json")) for p in firsts.values()]
    golds = {p.name[: -len(".gold.json")]: json.loads(p.read_text(encoding="utf-8")) for p in paths if p.exists()}
    assert len(golds) >= len(firsts) >= 2
    result = evaluate(*write_corpus(tmp_path, golds))
    assert result.documents == len(golds)
    assert_perfect(result)


@needs_dev
def test_whole_dev_split_scores_100_percent_against_itself(tmp_path):
    golds = {p.name[: -len(".gold.json")]: json.loads(p.read_text(encoding="utf-8"))
             for p in DEV.glob("*.gold.json")}
    pred_dir = tmp_path / "out"
    for stem, gold in golds.items():
        write_json(pred_dir / f"{stem}.json", to_record(gold))
    assert_perfect(evaluate(DEV, pred_dir))
    for volume, result in per_volume(DEV, pred_dir).items():
        assert_perfect(result)


# --- (2) misses -------------------------------------------------------------------------
def test_wrong_fields_are_reported_as_misses_with_normalised_values(tmp_path):
    records = {stem: to_record(gold) for stem, gold in SYNTHETIC.items()}
    memo = records["frus1958-60v19_d1"]
    memo["title"] = "Memorandum From Parsons to Herter."                      # wrong
    memo["date"]["iso"] = "1959-12-02"                                         # outside the day
    memo["doc_type"] = "MEMORANDUM"                                            # right: caseless
    memo["footnotes"][1]["text"] = 'The tabs are "not attached" to the source text.'  # right: quotes folded
    memo["footnotes"].pop(0)                                                   # one footnote lost
    memo["page_breaks"].reverse()                                              # same items, wrong order
    memo["classification"]["handling"] = ["PRIORITY", "Noforn"]                # one extra item
    memo["source_note"]["text"] = MEMO["source_note"][len("Source: "):]        # right: label ignored
    despatch = records["frus1870_d2"]
    despatch["number"] = "99"                                                  # not scored: not printed
    despatch["place"] = "Pekin"                                                # not scored: no dateline line
    despatch["body"].append({"type": "p", "n": None, "text": "P.S."})         # 6 paragraphs, gold 5
    note = records["frus1964-68v30_d3"]
    note["date"] = {"iso": "1965-01-01"}                                       # undated gold wants no date
    result = evaluate(*write_corpus(tmp_path, SYNTHETIC, records))

    assert result.misses == [
        Miss("frus1870_d2", "body_paragraph_count", "5", "6"),
        Miss("frus1958-60v19_d1", "title",
             "Memorandum From the Assistant Secretary (Parsons) to Secretary of State Herter",
             "Memorandum From Parsons to Herter"),
        Miss("frus1958-60v19_d1", "date", "1959-12-01", "1959-12-02"),
        Miss("frus1958-60v19_d1", "date_any", "1959-12-01", "1959-12-02"),
        Miss("frus1958-60v19_d1", "handling", ["priority"], ["priority", "noforn"]),
        Miss("frus1958-60v19_d1", "footnotes",
             ["1|Document 316.", '2|The tabs are "not attached" to the source text.'],
             ['2|The tabs are "not attached" to the source text.']),
        Miss("frus1958-60v19_d1", "page_breaks", ["638", "639"], ["639", "638"]),
        Miss("frus1964-68v30_d3", "date", None, "1965-01-01"),
        Miss("frus1964-68v30_d3", "date_any", None, "1965-01-01"),
    ]
    fields = result.fields
    assert (fields["title"].correct, fields["title"].n) == (3, 4)
    assert fields["date"].answered == 3 and fields["date"].precision == pytest.approx(1 / 3)
    handling = fields["handling"]
    assert (handling.tp, handling.fp, handling.fn, handling.exact) == (2, 1, 0, 3)
    footnotes = fields["footnotes"]
    assert (footnotes.tp, footnotes.fp, footnotes.fn) == (4, 0, 1)
    assert footnotes.recall == pytest.approx(0.8) and footnotes.precision == 1.0
    # misses agree with the counts: n - correct (scalars), n - exact (lists)
    for name, r in fields.items():
        wrong = r.n - (r.correct if isinstance(r, ScalarResult) else r.exact)
        assert sum(m.field == name for m in result.misses) == wrong, name


def test_missing_record_is_wrong_everywhere_and_invalid_json_counts_as_empty(tmp_path):
    records = {stem: to_record(gold) for stem, gold in SYNTHETIC.items() if stem != "frus1870_d2"}
    gold_dir, pred_dir = write_corpus(tmp_path, SYNTHETIC, records)
    (pred_dir / "frus1964-68v30_d3.json").write_text("{not json", encoding="utf-8")
    result = evaluate(gold_dir, pred_dir)

    assert (result.documents, result.covered, result.coverage) == (4, 3, 0.75)
    assert result.missing == ["frus1870_d2"]
    missed = [m for m in result.misses if m.stem == "frus1870_d2"]
    assert [m.field for m in missed] == [
        "title", "doc_type", "date_any", "source_note", "archival_citation", "classification",
        "drafted_by", "signed", "body_paragraph_count", "handling", "footnotes", "page_breaks"]
    assert missed[0] == Miss("frus1870_d2", "title", "Mr. Low to Mr. Fish", None)
    assert missed[-1] == Miss("frus1870_d2", "page_breaks", ["301"], [])
    # the unreadable record is present but empty: its gold nulls and empty lists are right
    empty = {m.field for m in result.misses if m.stem == "frus1964-68v30_d3"}
    assert empty == {"number", "title", "doc_type", "body_paragraph_count", "footnotes"}


# --- (3) agreement with the corpus scorer -----------------------------------------------
def load_score_py():
    spec = importlib.util.spec_from_file_location("corpus_score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def perturbed_records(golds: dict[str, dict]) -> dict[str, str | None]:
    """Records with a deterministic mix of errors, harmless variations and odd layouts,
    as JSON text by stem (None: no record written)."""
    out: dict[str, str | None] = {}
    for i, (stem, gold) in enumerate(sorted(golds.items())):
        if i % 11 == 3:
            out[stem] = None
            continue
        if i % 13 == 5:
            out[stem] = "[not json"
            continue
        r = to_record(gold)
        if i % 3 == 0:
            r["title"] = (r["title"] or "") + " (draft)"
        if i % 10 == 7 and r["title"]:
            r["title"] = r["title"].replace("’", "'").replace("“", '"').replace("”", '"') + "."
        if r["date"] is not None:
            if i % 4 == 1:
                r["date"]["iso"] = "1900-01-01"
            elif i % 4 == 2:
                r["date"]["iso"] = r["date"]["iso"][:7]
            elif i % 8 == 3:
                r["date"] = r["date"]["iso"] + "T12:00:00"
        elif i % 4 == 3:
            r["date"] = {"iso": "1960-01-01"}
        if i % 5 == 0:
            r["footnotes"] = r["footnotes"][:-1]
        elif i % 5 == 1:
            r["footnotes"].reverse()
        elif i % 5 == 2:
            r["footnotes"] = [{"n": int(f["n"]) if f["n"].isdigit() else f["n"], "text": f["text"]}
                              for f in r["footnotes"]]
        if i % 6 == 0:
            r["classification"]["handling"] = [h.upper() for h in r["classification"]["handling"]]
        elif i % 6 == 3:
            r["classification"]["handling"] = r["classification"]["handling"] + ["Noforn"]
        elif i % 6 == 4:
            r["classification"] = (r["classification"]["level"] or "").upper() or None
        if i % 7 == 0:
            r["place"] = None
        elif i % 7 == 1 and r["place"]:
            r["place"] = r["place"].upper()
        elif i % 7 == 2:
            r["dateline"] = {"text": r["dateline"]}
        if i % 2 == 0:
            r["body"].append({"type": "p", "n": None, "text": "extra"})
        if i % 8 == 0:
            r["from"] = []
        elif i % 8 == 5:
            r["to"] = [{"name": None}, "Rusk"]
        if i % 9 == 0 and r["source_note"]:
            r["source_note"]["text"] = r["source_note"]["text"].removeprefix("Source: ")
        elif i % 9 == 4 and r["source_note"]:
            r["source_note"] = r["source_note"]["text"]
        if i % 12 == 6:
            r["signed"] = (r["signed"] or "Rusk").split()
            r["drafted_by"] = ["Parsons", "Rice"]
        if i % 10 == 2:
            r["number"] = int(r["number"]) if (r["number"] or "").isdigit() else None
        if i % 14 == 9:
            r["page_breaks"] = [int(p["n"]) if p["n"].isdigit() else p["n"] for p in r["page_breaks"]]
        if i % 15 == 10:
            r["subject"] = "A subject"
        out[stem] = json.dumps(r, ensure_ascii=False)
    return out


@needs_score_py
@pytest.mark.parametrize("only", [None, "clean", "ocr"])
def test_scores_agree_with_corpus_score_py(tmp_path, only):
    score_py = load_score_py()
    if DEV.is_dir():
        gold_dir = DEV
        golds = {p.name[: -len(".gold.json")]: json.loads(p.read_text(encoding="utf-8"))
                 for p in DEV.glob("*.gold.json")}
    else:
        gold_dir, _ = write_corpus(tmp_path, SYNTHETIC, {})
        golds = SYNTHETIC
    pred_dir = tmp_path / "out"
    pred_dir.mkdir(exist_ok=True)
    for stem, text in perturbed_records(golds).items():
        if text is not None:
            (pred_dir / f"{stem}.json").write_text(text, encoding="utf-8")

    reference_golds = score_py.load_gold(str(gold_dir), only)
    reference_preds = score_py.load_preds(str(pred_dir), reference_golds)
    reference = score_py.score(reference_golds, reference_preds)
    result = evaluate(gold_dir, pred_dir, only=only)
    ours = result.to_dict()

    for key in ("documents", "covered", "coverage", "macro"):
        assert ours[key] == reference[key], key
    assert list(ours["fields"]) == list(reference["fields"])
    for name, expected in reference["fields"].items():
        assert {k: ours["fields"][name][k] for k in expected} == expected, name
    assert 0 < result.macro < 1 and result.misses  # the perturbations did hit something

    volumes = per_volume(gold_dir, pred_dir, only=only)
    assert list(volumes) == sorted({g["volume_id"] for g in reference_golds.values()})
    for volume, ours_volume in volumes.items():
        expected = score_py.score({s: g for s, g in reference_golds.items() if g["volume_id"] == volume},
                                  reference_preds)
        assert ours_volume.to_dict()["macro"] == expected["macro"], volume
        for name, fields in expected["fields"].items():
            assert {k: ours_volume.to_dict()["fields"][name][k] for k in fields} == fields, (volume, name)


@needs_score_py
def test_normalisation_and_dates_agree_with_corpus_score_py():
    score_py = load_score_py()
    values = ["  Mr. Low to Mr. Fish. ", "Source: 661.93/12–159", "“quoted” ‘text’", "TOP SECRET",
              "a\u00a0b\tc", "ﬁle", "", None, 4, 4.5, True, "—", "Title..", "Source:"]
    for value in values:
        for name in (None, *FIELDS):
            assert normalise(value, name) == score_py.norm(value, name), (value, name)
    golds = [MEMO, DESPATCH, EDITORIAL_NOTE,
             {"date_min": "1965-09-23T10:45:00-05:00", "date_max": "1965-09-24T01:00:00-05:00"},
             {"date_min": None, "date_max": None, "dateline_date_when": ["1949-09-01", "1949-09-30"]}]
    dates = ["1959-12-01", " 1959-12-01 ", "1870-06-01", "1870-06-03", "1965-09-24T00:30", "1949-09-15",
             "1949-09", "", None, 19591201, {"iso": "1959-12-01"}]
    for gold in golds:
        assert day_range(gold) == score_py.day_range(gold)
        for date in dates:
            assert date_in_range(gold, date) == score_py.date_ok(gold, date), (gold, date)


# --- (4) date range logic ---------------------------------------------------------------
@pytest.mark.parametrize(("gold", "predicted", "ok"), [
    ({"date_min": "1959-12-01T00:00:00", "date_max": "1959-12-01T23:59:59"}, "1959-12-01", True),
    ({"date_min": "1959-12-01T00:00:00", "date_max": "1959-12-01T23:59:59"}, "1959-12-01T23:00:00", True),
    ({"date_min": "1959-12-01T00:00:00", "date_max": "1959-12-01T23:59:59"}, "1959-11-30", False),
    ({"date_min": "1959-12-01T00:00:00", "date_max": "1959-12-01T23:59:59"}, "1959-12", False),
    ({"date_min": "1959-12-01T00:00:00", "date_max": "1959-12-01T23:59:59"}, "December 1, 1959", False),
    ({"date_min": "1959-12-01T00:00:00", "date_max": "1959-12-01T23:59:59"}, None, False),
    # a range: either end and anything between
    ({"date_min": "1870-05-30T00:00:00", "date_max": "1870-06-02T23:59:59"}, "1870-05-30", True),
    ({"date_min": "1870-05-30T00:00:00", "date_max": "1870-06-02T23:59:59"}, "1870-06-02", True),
    ({"date_min": "1870-05-30T00:00:00", "date_max": "1870-06-02T23:59:59"}, "1870-06-03", False),
    # compared by day: the time-zone offset of frus:doc-dateTime values is not applied
    ({"date_min": "1965-09-23T22:45:00-05:00", "date_max": "1965-09-23T23:30:00-05:00"}, "1965-09-23", True),
    ({"date_min": "1965-09-23T22:45:00-05:00", "date_max": "1965-09-23T23:30:00-05:00"}, "1965-09-24", False),
    # the dateline date widens the range
    ({"date_min": "1959-12-01T00:00:00", "date_max": "1959-12-01T23:59:59",
      "dateline_date_when": ["1959-11-28", "1959-12-03"]}, "1959-11-28", True),
    ({"date_min": None, "date_max": None, "dateline_date_when": ["1949-09-01", "1949-09-30"]}, "1949-09-15", True),
    # undated: only no date is right
    ({"date_min": None, "date_max": None}, None, True),
    ({"date_min": None, "date_max": None}, "", True),
    ({"date_min": None, "date_max": None}, "1959-12-01", False),
])
def test_date_in_range(gold, predicted, ok):
    assert date_in_range(gold, predicted) is ok


def test_date_is_scored_on_dateline_texts_and_date_any_on_all(tmp_path):
    golds = {"frus1870_d2": DESPATCH, "frus1958-60v19_d1": MEMO}
    records = {stem: to_record(gold) for stem, gold in golds.items()}
    records["frus1870_d2"]["date"]["iso"] = "1870-06-01"        # inside May 30 – June 2
    records["frus1958-60v19_d1"]["date"] = {"iso": "1959-12-05", "min": "1959-12-01", "max": "1959-12-01"}
    result = evaluate(*write_corpus(tmp_path, golds, records))
    # the despatch text has no dateline line: `date` skips it, `date_any` counts it
    assert (result.fields["date"].n, result.fields["date"].correct) == (1, 0)
    assert (result.fields["date_any"].n, result.fields["date_any"].correct) == (2, 1)
    # the record's `iso` is what is scored, as in score.py, not its min/max
    assert Miss("frus1958-60v19_d1", "date", "1959-12-01", "1959-12-05") in result.misses
    assert not any(m.stem == "frus1870_d2" for m in result.misses)


# --- (5) output: dict and table ---------------------------------------------------------
def test_to_dict_is_json_ready_and_deterministic(tmp_path):
    records = {stem: to_record(gold) for stem, gold in SYNTHETIC.items()}
    records["frus1958-60v19_d1"]["title"] = "Wrong"
    records["frus1958-60v19_d1"]["page_breaks"] = []
    del records["frus1870_d2"]
    gold_dir, pred_dir = write_corpus(tmp_path / "a", SYNTHETIC, records)
    # the same files written in the opposite order
    reversed_golds = dict(reversed(list(SYNTHETIC.items())))
    gold_dir_2, pred_dir_2 = write_corpus(tmp_path / "b", reversed_golds, dict(reversed(list(records.items()))))

    first = json.dumps(evaluate(gold_dir, pred_dir).to_dict(), ensure_ascii=False, allow_nan=False)
    again = json.dumps(evaluate(gold_dir, pred_dir).to_dict(), ensure_ascii=False, allow_nan=False)
    other = json.dumps(evaluate(gold_dir_2, pred_dir_2).to_dict(), ensure_ascii=False, allow_nan=False)
    assert first == again == other
    data = json.loads(first)
    assert list(data) == ["documents", "covered", "coverage", "macro", "fields", "missing", "misses"]
    assert data["missing"] == ["frus1870_d2"]
    assert data["fields"]["title"] == {"kind": "scalar", "n": 4, "correct": 2, "accuracy": 0.5,
                                       "answered": 3, "answered_correct": 2, "precision": 2 / 3}
    assert {"stem": "frus1958-60v19_d1", "field": "page_breaks", "expected": ["638", "639"], "got": []} \
        in data["misses"]
    stems = [m["stem"] for m in data["misses"]]
    assert stems == sorted(stems)


def test_to_table_shows_scores_and_a_limited_list_of_misses(tmp_path):
    records = {stem: to_record(gold) for stem, gold in SYNTHETIC.items()}
    records["frus1958-60v19_d1"]["title"] = "Wrong"
    records["frus1958-60v19_d1"]["footnotes"].append({"n": "3", "text": "Extra."})
    records["frus1958-60v19_d1"]["page_breaks"].reverse()
    result = evaluate(*write_corpus(tmp_path, SYNTHETIC, records))

    table = result.to_table(title="dev")
    lines = table.splitlines()
    assert lines[0] == "dev"
    assert lines[1] == "documents 4, with prediction 4, coverage 100.0%"
    assert any(line.startswith("title") and "75.0%" in line for line in lines)
    assert any(line.startswith("MACRO") for line in lines)
    assert "misses (3):" in lines
    assert '      expected: "Memorandum From the Assistant Secretary (Parsons) to Secretary of State Herter"' in lines
    assert '      got:      "Wrong"' in lines
    assert '      + "3|Extra."' in lines
    assert '      same items, order differs: got ["639", "638"]' in lines

    assert "misses (3, first 1 shown):" in result.to_table(max_misses=1)
    assert "Extra" not in result.to_table(max_misses=1)
    assert "misses" not in result.to_table(max_misses=0)


# --- selection and errors ---------------------------------------------------------------
def test_only_selects_clean_or_ocr_texts(synthetic):
    assert evaluate(*synthetic, only="ocr").documents == 1
    assert evaluate(*synthetic, only="clean").documents == 3
    with pytest.raises(UsageError, match="only must be"):
        evaluate(*synthetic, only="OCR")


def test_per_volume_splits_by_volume_id(synthetic):
    volumes = per_volume(*synthetic)
    assert list(volumes) == ["frus1870", "frus1958-60v19", "frus1964-68v30"]
    assert [v.documents for v in volumes.values()] == [1, 2, 1]
    assert all(isinstance(r, (ScalarResult, ListResult)) for v in volumes.values() for r in v.fields.values())


def test_bad_folders_are_usage_errors(tmp_path, synthetic):
    gold_dir, pred_dir = synthetic
    with pytest.raises(UsageError, match="does not exist"):
        evaluate(tmp_path / "nowhere", pred_dir)
    with pytest.raises(UsageError, match="does not exist"):
        evaluate(gold_dir, tmp_path / "nowhere")
    with pytest.raises(UsageError, match="no \\*.gold.json"):
        evaluate(pred_dir, pred_dir)


def test_field_lists_cover_the_corpus_fields():
    assert FIELDS == SCALAR_FIELDS + LIST_FIELDS
    assert len(set(FIELDS)) == len(FIELDS) == 19


def test_evaluating_an_untouched_copy_of_a_folder_changes_nothing(synthetic, tmp_path):
    gold_dir, pred_dir = synthetic
    copy_dir = tmp_path / "copy"
    shutil.copytree(pred_dir, copy_dir)
    assert evaluate(gold_dir, pred_dir).to_dict() == evaluate(gold_dir, copy_dir).to_dict()
