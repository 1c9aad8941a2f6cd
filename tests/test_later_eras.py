"""Web copies in the shape of the 1977–1988 volumes, which the dev corpus does not sample.

Their datelines carry no final period and give Zulu times, telegram source notes cite electronic
telegrams (`D830116-0571`), presidential-library source notes lead, and papers may be "undated".
"""
from __future__ import annotations

from fruspipe.options import Options
from fruspipe.pipeline import convert

TELEGRAM_1983 = """123. Telegram From the Embassy in the Soviet Union to the Department of State1

Moscow, March 3, 1983, 1423Z

2834. Subject: Shultz–Dobrynin Meeting. Ref: State 56789.2

1. S—Entire text.

2. Foreign Ministry officials told us today that Dobrynin would return to Washington next week.

[Page 312]

3. Comment: We believe the timing is deliberate.

Hartman

  1. Source: Department of State, Central Foreign Policy File, Electronic Telegrams, D830116-0571. Secret; Immediate; Nodis.
  2. In telegram 56789 to Moscow, February 28, the Department instructed the Embassy to seek a meeting.
"""

LETTER_1983 = """200. Letter From President Reagan to Soviet General Secretary Andropov1

Washington, July 11, 1983

Dear Mr. General Secretary:

I appreciated your letter of July 4.2 Let me assure you that the United States is committed to peace.

Sincerely,

Ronald Reagan

  1. Source: Reagan Library, Head of State File, U.S.S.R.: General Secretary Andropov (8391049). No classification marking.
  2. See Document 199.
"""

UNDATED_PAPER = """92. Paper Prepared in the Bureau of Intelligence and Research1

Washington, undated

Andropov’s succession was swift.

  1. Source: Department of State, INR Files, Lot 86D123. Confidential. Drafted by Smith on November 20.
"""


def _record(tmp_path, text):
    p = tmp_path / "doc.txt"
    p.write_text(text, encoding="utf-8")
    return convert(p, Options()).record


def test_electronic_telegram_of_the_1980s(tmp_path):
    rec = _record(tmp_path, TELEGRAM_1983)
    assert (rec.number, rec.doc_type, rec.place, rec.date.iso, rec.date.source) == (
        "123", "Telegram", "Moscow", "1983-03-03", "dateline")
    assert (rec.classification.level, rec.classification.handling) == ("Secret", ["Immediate", "Nodis"])
    assert rec.source_note.citation.endswith("Electronic Telegrams, D830116-0571")
    assert [p.name for p in rec.from_] == ["Embassy in the Soviet Union"]
    assert rec.signed == "Hartman"
    assert [pb.n for pb in rec.page_breaks] == ["312"]
    assert [(f.n, f.text[:12]) for f in rec.footnotes] == [("2", "In telegram ")]


def test_presidential_letter_without_a_final_period_in_its_dateline(tmp_path):
    rec = _record(tmp_path, LETTER_1983)
    assert (rec.doc_type, rec.date.iso, rec.place, rec.signed) == ("Letter", "1983-07-11", "Washington", "Ronald Reagan")
    assert rec.classification.level == "No classification marking"
    assert [(p.name, p.role) for p in rec.to] == [("Andropov", "Soviet General Secretary")]


def test_undated_paper_says_so(tmp_path):
    rec = _record(tmp_path, UNDATED_PAPER)
    assert (rec.doc_type, rec.place, rec.date) == ("Paper", "Washington", None)
    assert "undated" in [w.code for w in rec.warnings]
