"""What must hold on the two seed documents (issue: foundation)."""
from __future__ import annotations

import json

from conftest import FRUS_SEED, OCR_SEED


def test_frus_seed_heading(seed_records):
    r = seed_records[FRUS_SEED.stem].record
    assert r.number == "319"
    assert r.doc_type == "Memorandum"
    assert [(p.name, p.role) for p in r.from_] == [("Parsons", "Assistant Secretary of State for Far Eastern Affairs")]
    assert [(p.name, p.role) for p in r.to] == [("Herter", "Secretary of State")]
    assert r.subject == ["S/P Memorandum of November 17 entitled “The Tactic of ‘Partial Responsibility’”"]
    assert r.source.kind == "frus-web"


def test_frus_seed_date_inferred_from_file_number(seed_records):
    r = seed_records[FRUS_SEED.stem].record
    assert r.dateline is None
    assert (r.date.iso, r.date.certainty, r.date.source) == ("1959-12-01", "inferred", "file-number")


def test_frus_seed_source_note(seed_records):
    r = seed_records[FRUS_SEED.stem].record
    assert r.classification.level == "Confidential"
    assert r.drafted_by == "Parsons"
    assert r.source_note.citation == "Department of State, Central Files, 661.93/12–159"
    assert r.source_note.placement == "footnote"


def test_frus_seed_footnotes_anchored(seed_records):
    r = seed_records[FRUS_SEED.stem].record
    assert [(f.n, f.text) for f in r.footnotes][0] == ("1", "Document 316.")
    assert [f.n for f in r.footnotes] == ["1", "2"]
    first, second = r.footnotes
    assert r.body[first.anchor.block].text[: first.anchor.offset].endswith("Partial Responsibility’”")
    assert r.body[second.anchor.block].text[: second.anchor.offset].endswith("(Tab A)")
    assert r.cross_references == ["Document 316", "Document 308", "Document 312"]


def test_frus_seed_page_break_and_paragraphs(seed_records):
    r = seed_records[FRUS_SEED.stem].record
    (pb,) = r.page_breaks
    text = r.body[pb.anchor.block].text
    assert pb.n == "638"
    assert text[: pb.anchor.offset].endswith("the ") and text[pb.anchor.offset:].startswith("Russians")
    paragraphs = [b for b in r.body if b.type == "p"]
    assert len(paragraphs) == 4
    assert "1) we hold the USSR publicly responsible and 2) in its own good time" in paragraphs[2].text


def test_ocr_seed_header(seed_records):
    r = seed_records[OCR_SEED.stem].record
    assert [p.name for p in r.to] == ["Mr. Bundy"]
    assert r.subject == ["Negotiations"]
    assert (r.date.iso, r.date.certainty) == ("1961-07-14", "stated")
    assert r.source.kind == "archival-ocr"


def test_ocr_seed_markings_and_stamp(seed_records):
    r = seed_records[OCR_SEED.stem].record
    assert r.classification.level == "Secret" and r.classification.declassified
    d = r.declassification
    assert (d.authority, d.reference, d.by, d.agency, d.date) == ("US ARCHIVIST", "NLK-77-393", "mm", "NARS", "1983-03-11")
    assert r.signed == "Henry A. Kissinger"
    assert r.cc == ["Mr. Rostow"]


def test_ocr_seed_furniture_out_of_body(seed_records):
    r = seed_records[OCR_SEED.stem].record
    body = "\n".join(b.text for b in r.body)
    assert "~~" not in body and "- 2 -" not in body and "|" not in body and "DECLASSIFIED" not in body
    kinds = [f.kind for f in r.furniture]
    assert kinds.count("classification-marking") == 4
    assert kinds.count("page-header") == 1 and kinds.count("stamp") == 1


def test_ocr_seed_page_break_inside_paragraph_four(seed_records):
    r = seed_records[OCR_SEED.stem].record
    paragraphs = [b for b in r.body if b.type == "p"]
    assert len(paragraphs) == 8
    assert [p.n for p in paragraphs] == [str(i) for i in range(1, 9)]
    (pb,) = r.page_breaks
    block = r.body[pb.anchor.block]
    assert pb.n == "2" and block is paragraphs[3]
    assert block.text[pb.anchor.offset:].startswith("relate to a general European settlement")


def test_seed_outputs_are_json_serialisable(seed_records):
    for v in seed_records.values():
        assert json.loads(v.json_text)["id"] == v.record.id
