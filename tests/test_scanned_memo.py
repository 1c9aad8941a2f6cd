"""One CREST-style scanned memorandum read end to end: release lines (one garbled), spaced markings, a
`MEMORANDUM FOR:` block of two addressees, THROUGH/FROM/SUBJECT/REF lines, a margin redaction code, a
signature block, an attachment line and a cc list typed one name per line."""
from __future__ import annotations

import pytest

from lxml import etree

from fruspipe.options import Options
from fruspipe.pipeline import convert

MEMO = """Approved For Release 2003/07/29 : CIA-RDP80B01676R000100010001-1

S E C R E T

3 December 1968

MEMORANDUM FOR: Director of Central Intelligence
                Deputy Director for Plans

THROUGH: Executive Director

FROM: Chief, Western Hemisphere Division

SUBJECT: Cuban Exile Activities in
         Florida

REF: DIR 12345

1. This memorandum responds to your request of 27 November 1968 for a sum-
mary of exile activities. 25X1

2. The exiles met in Miami on 11 DEC 1968 and agreed on a joint program.

                                    JOHN A. SMITH
                                    Chief, WH Division

Attachment: Report

cc: DDCI
    DDP

- 2 -

S E C R E T

Approved For ease 2003/07/29 :CIA-RDP80B01676R000100010001-1
"""


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    p = tmp_path_factory.mktemp("memo") / "memo.txt"
    p.write_text(MEMO, encoding="utf-8")
    return convert(p, Options())


@pytest.fixture(scope="module")
def record(converted):
    return converted.record


def test_header_fields(record):
    assert record.doc_type == "Memorandum"
    assert record.title == "Cuban Exile Activities in Florida"
    assert record.subject == ["Cuban Exile Activities in Florida"]
    assert [p.name for p in record.to] == ["Director of Central Intelligence", "Deputy Director for Plans"]
    assert [p.name for p in record.from_] == ["Chief, Western Hemisphere Division"]
    assert (record.date.iso, record.date.text) == ("1968-12-03", "3 December 1968")
    headers = {b.n: b.text for b in record.body if b.type == "memo-header"}
    assert headers["THROUGH"] == "Executive Director"
    assert headers["REF"] == "DIR 12345"  # a reference, not a second subject


def test_closing(record):
    assert record.signed == "JOHN A. SMITH Chief, WH Division"
    assert record.cc == ["DDCI", "DDP"]


def test_furniture_out_of_the_text(record):
    kinds = [(f.kind, f.text) for f in record.furniture]
    assert ("redaction", "25X1") in kinds
    assert [t for k, t in kinds if k == "release-line"] == [
        "Approved For Release 2003/07/29 : CIA-RDP80B01676R000100010001-1",
        "Approved For ease 2003/07/29 :CIA-RDP80B01676R000100010001-1"]
    text = "\n".join(b.text for b in record.body)
    assert "25X1" not in text and "CIA-RDP" not in text and "S E C R E T" not in text
    assert "a summary of exile activities." in text
    assert (record.classification.level, record.declassification.date) == ("Secret", "2003-07-29")


RECORD_MEMO = """T0P SECRET

                                        7/14/61

MEMORANDUM FOR THE RECORD

SUBJECT: Meeting with the Attorney General

1. On 13 July the group met in the Attorney General's office.

                                        R. M. Bissell, Jr.
                                        DD/P

Distribution:
  Orig - File
  1 - DCI

T0P SECRET
"""


def test_memorandum_for_the_record_with_a_date_in_figures_and_a_distribution_list(tmp_path):
    p = tmp_path / "mfr.txt"
    p.write_text(RECORD_MEMO, encoding="utf-8")
    rec = convert(p, Options()).record
    assert (rec.doc_type, rec.title) == ("Memorandum for the Record", "Meeting with the Attorney General")
    assert (rec.date.iso, rec.date.text, rec.date.source) == ("1961-07-14", "7/14/61", "dateline")
    assert rec.classification.level == "Top Secret"  # from the damaged marking T0P SECRET
    assert rec.signed == "R. M. Bissell, Jr. DD/P"
    assert rec.cc == ["Orig - File", "1 - DCI"]


def test_tei_opener_is_one_and_typed_lines_are_line_breaks(converted):
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    tei = etree.fromstring(converted.tei_text)
    first_opener = tei.find(".//t:div/t:opener", ns)
    assert [c.get("subtype") or etree.QName(c).localname for c in first_opener] == [
        "dateline", "memorandum-for", "through", "from"]
    addressees = first_opener.find("t:seg[@subtype='memorandum-for']", ns)
    assert etree.tostring(addressees, encoding=str, with_tail=False).endswith(
        ">Director of Central Intelligence<lb/>Deputy Director for Plans</seg>")
    signed = tei.find(".//t:closer/t:signed", ns)
    assert (signed.text, [lb.tail for lb in signed]) == ("JOHN A. SMITH", ["Chief, WH Division"])


AIRTEL = """SECRFT

AIRTEL

TO:      DIRECTOR, FBI (105-82555)

FROM:    SAC, NEW ORLEANS (100-16601) (P)

RE:      LEE HARVEY OSWALD
         IS - R - CUBA

Enclosed for the Bureau are five copies of a letterhead memorandum dated 11/25/63.

SECRFT
"""


def test_airtel_form_name_and_file_numbered_offices(tmp_path):
    p = tmp_path / "airtel.txt"
    p.write_text(AIRTEL, encoding="utf-8")
    rec = convert(p, Options()).record
    assert rec.doc_type == "Airtel"
    assert [b.text for b in rec.body if b.type == "opener"] == ["AIRTEL"]
    assert ([p.name for p in rec.from_], [p.name for p in rec.to]) == (["SAC, New Orleans"], ["Director, FBI"])
    assert rec.subject == ["LEE HARVEY OSWALD IS - R - CUBA"]
    assert rec.classification.level == "Secret"  # from the damaged marking SECRFT
    assert rec.date is None  # the only date is another paper's
