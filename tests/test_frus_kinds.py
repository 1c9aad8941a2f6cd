"""Web copies of the kinds of FRUS documents the dev corpus samples thinly, one realistic text per kind.

Each text is laid out as history.state.gov prints it (numbered title with the footnote marker glued
to the last word, blank-line separated blocks, `  • ` bullets, `[Page N]` markers, the footnote list
at the end). The values asserted are those the gold definitions of the evaluation corpus give.
"""
from __future__ import annotations

import pytest

from fruspipe.extract.heading import doc_type_from_title, persons
from fruspipe.options import Options
from fruspipe.pipeline import convert


def _convert(tmp_path, text):
    p = tmp_path / "doc.txt"
    p.write_text(text, encoding="utf-8")
    return convert(p, Options())


def _record(tmp_path, text):
    return _convert(tmp_path, text).record


def _paragraphs(rec) -> int:
    return sum(1 for b in rec.body if b.type == "p")


# --- editorial insertions ------------------------------------------------------------------------

NIE_1959 = """12. National Intelligence Estimate0

NIE 13–59

Washington, July 28, 1959.

The Problem

To estimate the political, economic, and military development of Communist China through 1964.

1. The Chinese Communist regime is firmly in control of mainland China.1

[Here follows the Discussion section.]

  1. Source: Department of State, INR–NIE Files. Secret. A note on the cover sheet reads: “Submitted by the Director of Central Intelligence.”
  2. For text of NIE 13–58, see Foreign Relations, 1958–1960, vol. XIX, Document 17.
"""


def test_an_editors_bracketed_insertion_is_a_paragraph_not_a_marking(tmp_path):
    rec = _record(tmp_path, NIE_1959)
    assert (rec.number, rec.doc_type, rec.place, rec.date.iso) == ("12", "National Intelligence Estimate", "Washington", "1959-07-28")
    assert rec.source_note.citation == "Department of State, INR–NIE Files"
    assert rec.classification.level == "Secret"
    assert [(f.n, f.text[:11]) for f in rec.footnotes] == [("1", "For text of")]
    last = [b for b in rec.body if b.type == "p"][-1]
    assert last.text == "[Here follows the Discussion section.]"
    assert _paragraphs(rec) == 5


# --- 19th-century despatches -----------------------------------------------------------------------

NOTE_DATED_BELOW_SIGNATURE = """No. 247.

Mr. Fish to Sir Edward Thornton.

Sir: I have the honor to acknowledge the receipt of your note of the 3d instant.

The matter has been referred to the Secretary of the Treasury.

I have the honor to be, with high consideration, sir, your obedient servant,

HAMILTON FISH.

Department of State, Washington, December 8, 1870."""


def test_a_closing_dateline_under_the_signature_leaves_the_signature(tmp_path):
    rec = _record(tmp_path, NOTE_DATED_BELOW_SIGNATURE)
    assert rec.signed == "HAMILTON FISH."
    assert (rec.dateline, rec.place, rec.date.iso) == (
        "Department of State, Washington, December 8, 1870.", "Department of State, Washington", "1870-12-08")
    assert (rec.source_note.text, rec.source_note.citation, rec.number) == ("No. 247.", None, None)
    assert [p.name for p in rec.from_] == ["Mr. Fish"] and [p.name for p in rec.to] == ["Sir Edward Thornton"]
    assert _paragraphs(rec) == 3


# --- source notes above the title that are not central-file numbers --------------------------------

NSC_STATEMENT_1952 = """S/S–NSC files, lot 63 D 351, NSC 125 Series

No. 588
Statement of Policy by the National Security Council

top secret

[Washington,] August 7, 1952.

United States Objectives and Courses of Action With Respect to Japan

1. The United States objectives are a Japan that is stable and friendly."""

MEMO_1949_LOT_FILE = """Executive Secretariat Files

Memorandum by the Secretary of State to the President

secret

[Washington,] October 14, 1949.

I attach a summary of the views of the Departments concerned.

Dean Acheson"""


def test_a_lot_file_note_above_a_numbered_1952_title(tmp_path):
    rec = _record(tmp_path, NSC_STATEMENT_1952)
    assert (rec.number, rec.title) == ("588", "Statement of Policy by the National Security Council")
    assert (rec.source_note.text, rec.source_note.placement, rec.source_note.citation) == (
        "S/S–NSC files, lot 63 D 351, NSC 125 Series", "inline", "S/S–NSC files, lot 63 D 351, NSC 125 Series")
    assert (rec.classification.level, rec.classification.source) == ("Top Secret", "opener-marking")
    assert (rec.place, rec.date.iso) == ("Washington", "1952-08-07")
    assert _paragraphs(rec) == 2


def test_a_files_note_above_an_unnumbered_1949_title(tmp_path):
    rec = _record(tmp_path, MEMO_1949_LOT_FILE)
    assert (rec.title, rec.doc_type) == ("Memorandum by the Secretary of State to the President", "Memorandum")
    assert rec.source_note.text == "Executive Secretariat Files"
    assert rec.classification.level == "Secret"
    assert rec.signed == "Dean Acheson"
    assert _paragraphs(rec) == 1


# --- a source-note marker glued to a number that ends the title -------------------------------------

NIE_NUMBERED_1959 = """40. National Intelligence Estimate 13–590

Washington, July 28, 1959.

The Problem

1. The Chinese Communist regime is firmly in control.1

  1. Source: Department of State, INR–NIE Files. Secret. According to a note on the cover sheet, the Intelligence Advisory Committee concurred in this estimate on July 28, 1959.
  2. See Document 17.
"""

SNIE_NUMBERED_1965 = """75. Special National Intelligence Estimate 13–3–651

Washington, March 10, 1965.

To estimate the strength of the Chinese armed forces.

  1. Source: Central Intelligence Agency Files. Secret. According to a note on the cover sheet, the USIB concurred in this estimate on March 10.
"""


def test_the_marker_0_after_an_estimate_number_is_cut_from_the_title(tmp_path):
    rec = _record(tmp_path, NIE_NUMBERED_1959)
    assert (rec.title, rec.doc_type) == ("National Intelligence Estimate 13–59", "National Intelligence Estimate")
    assert [(f.n, f.text) for f in rec.footnotes] == [("1", "See Document 17.")]


def test_the_marker_1_after_an_estimate_number_is_cut_from_the_title(tmp_path):
    rec = _record(tmp_path, SNIE_NUMBERED_1965)
    assert (rec.title, rec.doc_type) == ("Special National Intelligence Estimate 13–3–65",
                                         "Special National Intelligence Estimate")
    assert (rec.source_note.citation, rec.classification.level, rec.footnotes) == (
        "Central Intelligence Agency Files", "Secret", [])


# --- senders and recipients in headings ---------------------------------------------------------------

HEADINGS = [
    # (title, from, to): offices whose names go on with "to", posts named one by one, bodies not persons
    ("Telegram From the Mission to the United Nations to the Department of State",
     ["Mission to the United Nations"], ["Department of State"]),
    ("Memorandum From the Ambassador to the Soviet Union (Thompson) to Secretary of State Rusk",
     ["Thompson"], ["Rusk"]),
    ("Telegram From the Delegation to the Geneva Conference on Laos to the Department of State",
     ["Delegation to the Geneva Conference on Laos"], ["Department of State"]),
    ("Backchannel Message From the Ambassador to Vietnam (Bunker) to the President’s Assistant for National "
     "Security Affairs (Kissinger)", ["Bunker"], ["Kissinger"]),
    ("Telegram From the Department of State to the Embassy in Poland and the Mission in Berlin",
     ["Department of State"], ["Embassy in Poland", "Mission in Berlin"]),
    ("Memorandum From the Joint Chiefs of Staff to Secretary of Defense McNamara",
     ["Joint Chiefs of Staff"], ["McNamara"]),
    ("Memorandum From Paula Dobriansky and Jack Matlock of the National Security Council Staff to the President’s "
     "Assistant for National Security Affairs (Clark)", ["Paula Dobriansky", "Jack Matlock"], ["Clark"]),
    ("Memorandum From the Director of the Bureau of Intelligence and Research (Cumming) to Secretary of State Herter",
     ["Cumming"], ["Herter"]),
    ("Prince Kung to Mr. Low.", ["Prince Kung"], ["Mr. Low"]),
    ("Mr. Seward to Mr. Adams.", ["Mr. Seward"], ["Mr. Adams"]),
]


@pytest.mark.parametrize("title, sender, recipient", HEADINGS)
def test_heading_persons(title, sender, recipient):
    f, t = persons(title, doc_type_from_title(title))
    assert ([p.name for p in f], [p.name for p in t]) == (sender, recipient)


# --- tables and source-note phrases -------------------------------------------------------------------

TABLE_WITH_EMPTY_CORNER = (
    "61. Memorandum From the Director of the Bureau of Intelligence and Research (Hughes) to Secretary of State Rusk1\n\n"
    "Washington, May 5, 1966.\n\nChinese trade rose sharply:\n\n\t1964\t1965\nJapan\t310\t470\nUnited Kingdom\t120\t150\n\n"
    "The figures are in millions.2\n\n"
    "  1. Source: Department of State, Central Files, FT CHICOM. Confidential. Drafted by Frederick E. Nolting, Jr.; "
    "cleared by Rice.\n  2. Estimates by INR.")


def test_a_table_whose_header_row_opens_with_an_empty_cell(tmp_path):
    rec = _record(tmp_path, TABLE_WITH_EMPTY_CORNER)
    assert [b.type for b in rec.body] == ["title", "dateline", "p", "table", "p"]
    assert rec.drafted_by == "Frederick E. Nolting, Jr."
    assert [(f.n, f.text) for f in rec.footnotes] == [("2", "Estimates by INR.")]


# --- datelines ----------------------------------------------------------------------------------------

MEMCON_ACROSS_MONTHS = """99. Memorandum of Conversation0

Washington, February 28–March 1, 1962.

SUBJECT

  • Berlin

PARTICIPANTS

  • The Secretary
  • Ambassador Dobrynin

The Ambassador opened the conversation.

  1. Source: Department of State, Central Files, 762.00/3–162. Secret. Drafted by Hillenbrand.
"""


def test_a_dateline_whose_range_runs_across_months(tmp_path):
    rec = _record(tmp_path, MEMCON_ACROSS_MONTHS)
    assert (rec.dateline, rec.place) == ("Washington, February 28–March 1, 1962.", "Washington")
    assert (rec.date.min, rec.date.max, rec.date.source) == ("1962-02-28", "1962-03-01", "dateline")
    assert rec.subject == ["Berlin"] and _paragraphs(rec) == 1


def test_a_weekday_before_the_date_is_not_part_of_the_place():
    from fruspipe.extract import extract_place
    assert extract_place("Washington, Monday, March 4, 1983") == "Washington"


DESPATCH_WITH_INCLOSURES = """No. 15.

Mr. Adams to Mr. Seward.

No. 866.]

Legation of the United States, London, February 10, 1865. (Received February 27.)

Sir: I have the honor to transmit a copy of a note from Lord Russell.

I have the honor to be, sir, your obedient servant,

CHARLES FRANCIS ADAMS.

[Inclosure No. 1.]

Earl Russell to Mr. Adams.

Foreign Office, February 8, 1865.

Sir: Her Majesty’s government have received your note.

I have the honor to be, &c.,

RUSSELL."""


def test_a_despatch_signed_before_its_inclosures(tmp_path):
    rec = _record(tmp_path, DESPATCH_WITH_INCLOSURES)
    assert (rec.signed, rec.place, rec.date.iso) == ("CHARLES FRANCIS ADAMS.", "Legation of the United States, London", "1865-02-10")
    assert rec.dateline == "Legation of the United States, London, February 10, 1865. (Received February 27.)"
    assert (rec.doc_type, rec.number, rec.source_note.citation) == (None, None, None)
    salutes = [b.text for b in rec.body if b.rend == "salute"]
    assert salutes == ["I have the honor to be, sir, your obedient servant,", "I have the honor to be, &c.,"]
    # "Earl Russell to Mr. Adams." under the bracketed label is the inclosure's head, not a paragraph
    # (the 1949 volume's annexes count that way in the gold: frus1949v07p2_d154)
    assert [b.text for b in rec.body if b.type == "head"] == ["[Inclosure No. 1.]", "Earl Russell to Mr. Adams."]
    assert _paragraphs(rec) == 4


# --- editorial notes ----------------------------------------------------------------------------------

EDITORIAL_NOTE_1949 = """Editorial Note

On October 3, 1949, the Far Eastern Commission met in Washington.1 The United States representative made a statement.

No decision was reached.

  1. For the statement, see Department of State Bulletin, October 10, 1949, p. 550."""

EDITORIAL_NOTE_1953 = """No. 590
Editorial Note

On January 15, 1953, Ambassador Murphy met Prime Minister Yoshida.1

  1. Telegram 2250 from Tokyo, Jan. 15. (794.00/1–1553)"""

EDITORIAL_NOTE_1959 = """285. Editorial Note

On June 10, 1959, Secretary of State Herter met with Foreign Minister Gromyko in Geneva.1 The two men discussed Berlin.

[Page 564]

A memorandum of the conversation is in Department of State, Conference Files: Lot 64 D 559, CF 1398.2

  1. See Document 284.
  2. Not printed."""


def test_an_unnumbered_editorial_note_of_a_1949_volume(tmp_path):
    rec = _record(tmp_path, EDITORIAL_NOTE_1949)
    assert (rec.number, rec.title, rec.doc_type, rec.source_note, rec.date) == (
        None, "Editorial Note", "Editorial Note", None, None)
    assert [f.n for f in rec.footnotes] == ["1"] and _paragraphs(rec) == 2


def test_an_editorial_note_under_a_1953_number_line(tmp_path):
    rec = _record(tmp_path, EDITORIAL_NOTE_1953)
    assert (rec.number, rec.title, rec.doc_type, rec.date, rec.classification) == (
        "590", "Editorial Note", "Editorial Note", None, None)
    assert [(f.n, f.text) for f in rec.footnotes] == [("1", "Telegram 2250 from Tokyo, Jan. 15. (794.00/1–1553)")]


def test_an_editorial_note_has_footnotes_from_marker_1(tmp_path):
    rec = _record(tmp_path, EDITORIAL_NOTE_1959)
    assert (rec.number, rec.doc_type, rec.source_note, rec.date) == ("285", "Editorial Note", None, None)
    assert [(f.n, f.text) for f in rec.footnotes] == [("1", "See Document 284."), ("2", "Not printed.")]
    assert [pb.n for pb in rec.page_breaks] == ["564"] and _paragraphs(rec) == 2


# --- attachments and sign-offs ------------------------------------------------------------------------

MEMO_WITH_TAB_1 = """150. Memorandum From the President’s Assistant for National Security Affairs (Kissinger) to President Nixon1

Washington, March 3, 1970.

SUBJECT

  • Soviet Proposal on Berlin

Secretary Rogers has sent you the memorandum at Tab 1.2

H.A.K.

Tab 1

Memorandum From Secretary of State Rogers to President Nixon3

Washington, February 27, 1970.

SUBJECT

  • Berlin Talks

The Soviets have now proposed four-power talks.

William P. Rogers

  1. Source: National Archives, Nixon Presidential Materials, NSC Files, Box 689, Country Files, Europe, Germany, Berlin, Vol. I. Secret. Sent for action.
  2. Tab 1 is printed below.
  3. Secret."""


def test_dotted_initials_do_not_sign_and_a_numbered_tab_opens_an_attachment(tmp_path):
    rec = _record(tmp_path, MEMO_WITH_TAB_1)
    assert rec.signed is None  # initials are no signature; the attachment's signature is not the document's
    assert (rec.dateline, rec.subject) == ("Washington, March 3, 1970.", ["Soviet Proposal on Berlin"])
    assert [b.type for b in rec.body].count("head") == 1
    assert [(f.n, f.text) for f in rec.footnotes] == [("2", "Tab 1 is printed below."), ("3", "Secret.")]
    assert _paragraphs(rec) == 3


# --- opener markings ----------------------------------------------------------------------------------

TELEGRAM_1949_CAVEAT_ON_THE_MARKING_LINE = """740.00119 PW/10–2149: Telegram

The Secretary of State to the Acting Political Adviser in Japan (Sebald)

top secret—eyes only

Washington, October 21, 1949—3 p. m.

529. For Sebald from Butterworth. Please see MacArthur at once.

Acheson"""


def test_a_marking_with_a_caveat_on_its_line_gives_the_level(tmp_path):
    rec = _record(tmp_path, TELEGRAM_1949_CAVEAT_ON_THE_MARKING_LINE)
    assert (rec.classification.level, rec.classification.source) == ("Top Secret", "opener-marking")
    assert (rec.doc_type, rec.source_note.citation, rec.signed) == ("Telegram", "740.00119 PW/10–2149", "Acheson")
    assert (rec.place, rec.dateline) == ("Washington", "Washington, October 21, 1949—3 p. m.")
    assert _paragraphs(rec) == 1


CIRCULAR_1949 = """893.00/1–2049: Circular telegram

The Secretary of State to Certain Diplomatic and Consular Officers

secret

Washington, January 20, 1949—1 p. m.

For your information, the Chinese Government has moved to Canton.

Acheson"""


def test_a_circular_telegram_above_a_1949_title(tmp_path):
    rec = _record(tmp_path, CIRCULAR_1949)
    assert (rec.doc_type, rec.source_note.text, rec.source_note.citation) == (
        "Circular Telegram", "893.00/1–2049: Circular telegram", "893.00/1–2049")
    assert (rec.classification.level, rec.signed, rec.place) == ("Secret", "Acheson", "Washington")
    assert [p.name for p in rec.to] == ["Certain Diplomatic and Consular Officers"]


MARKER_ON_THE_DATELINE = """92. Memorandum From Secretary of State Rusk to President Johnson1

Washington, December 1, 19652

The attached paper is for your information.

  1. Source: Johnson Library, National Security File, Memos to the President. Secret.
  2. The date is handwritten."""


def test_a_footnote_marker_glued_to_the_year_of_the_dateline(tmp_path):
    rec = _record(tmp_path, MARKER_ON_THE_DATELINE)
    assert (rec.dateline, rec.place, rec.date.iso) == ("Washington, December 1, 1965", "Washington", "1965-12-01")
    assert [(f.n, f.text) for f in rec.footnotes] == [("2", "The date is handwritten.")]
    assert _paragraphs(rec) == 1


NSC_DISCUSSION_WITHOUT_DATELINE = """5. Memorandum of Discussion at the 352d Meeting of the National Security Council, Washington, January 22, 19580

The following were present at the 352d NSC meeting: the President, presiding; the Vice President.

1. Significant World Developments Affecting U.S. Security

Mr. Dulles reported on the situation in Indonesia.

S. Everett Gleason

  1. Source: Eisenhower Library, Whitman File, NSC Records. Top Secret; Eyes Only. Prepared by Gleason on January 23."""


def test_the_meeting_date_in_a_discussion_heading_is_not_the_documents_date(tmp_path):
    rec = _record(tmp_path, NSC_DISCUSSION_WITHOUT_DATELINE)
    assert (rec.doc_type, rec.date) == ("Memorandum of Discussion", None)
    assert rec.title.endswith("Washington, January 22, 1958")
    assert "heading-date-is-meeting" in [w.code for w in rec.warnings]
    assert (rec.classification.level, rec.classification.handling, rec.signed) == ("Top Secret", ["Eyes Only"], "S. Everett Gleason")


LETTER_WITH_A_POSTSCRIPT = """111. Letter From the Deputy Assistant Secretary of State for Far Eastern Affairs (Berger) to the Ambassador to the Republic of China (Rice)1

Washington, November 24, 1965.

Dear Ed:

I have your letter of November 10.

Sincerely,

Samuel D. Berger

P.S. Please give my regards to Mrs. Rice.2

  1. Source: Department of State, ROC Files: Lot 75 D 76, Blue Lion Consultations. Secret; Eyes Only.
  2. The postscript is handwritten."""


def test_a_postscript_after_the_signature(tmp_path):
    rec = _record(tmp_path, LETTER_WITH_A_POSTSCRIPT)
    assert rec.signed == "Samuel D. Berger"
    assert [p.name for p in rec.to] == ["Rice"]
    assert (rec.classification.level, rec.classification.handling) == ("Secret", ["Eyes Only"])
    assert _paragraphs(rec) == 4  # salutation, text, closing phrase, postscript


MEMO_ENDING_IN_OPTIONS = """96. Memorandum From the President’s Assistant for National Security Affairs (Kissinger) to President Nixon1

Washington, October 21, 1969.

SUBJECT

  • Soviet Proposal

Recommendation

That you approve the approach outlined above.

Approve

Disapprove2

  1. Source: National Archives, Nixon Presidential Materials, NSC Files, Box 710, Country Files, Europe, USSR, Vol. V. Secret; Nodis.
  2. Nixon initialed the Approve option."""


def test_the_options_left_to_the_reader_are_no_signature(tmp_path):
    rec = _record(tmp_path, MEMO_ENDING_IN_OPTIONS)
    assert rec.signed is None
    assert [(f.n, f.text) for f in rec.footnotes] == [("2", "Nixon initialed the Approve option.")]
    assert (rec.classification.level, rec.classification.handling) == ("Secret", ["Nodis"])
    assert _paragraphs(rec) == 4


@pytest.mark.parametrize("text, signs", [
    ("Rusk", True), ("Samuel D. Berger", True), ("Earle G. Wheeler\nChairman\nJoint Chiefs of Staff", True),
    ("HAMILTON FISH.", True), ("GP–3.", False), ("Disapprove", False), ("Approve ______", False), ("H.A.K.", False),
])
def test_what_signs_a_document(text, signs):
    from fruspipe.segment.closing import _is_signature
    assert _is_signature(text) is signs


NSC_MINUTES_1981 = """78. Minutes of a National Security Council Meeting1

Washington, December 22, 1981, 11 a.m.–12:15 p.m.

SUBJECT

  • Poland

The President opened the meeting.

  1. Source: Reagan Library, Executive Secretariat, NSC, NSC Meeting Files, NSC 00033. Top Secret."""


def test_a_heading_with_no_known_type_phrase_leaves_the_type_null_with_a_warning(tmp_path):
    rec = _record(tmp_path, NSC_MINUTES_1981)
    assert rec.doc_type is None
    assert "doc-type-unknown" in [w.code for w in rec.warnings]
    assert (rec.place, rec.date.iso, rec.classification.level, rec.subject) == ("Washington", "1981-12-22", "Top Secret", ["Poland"])


MARKING_OVER_TWO_LINES_1953 = """611.94/1–1253: Telegram

No. 601
The Ambassador in Japan (Murphy) to the Department of State

Tokyo, January 12, 1953—6 p.m.

Confidential
Security Information

2250. Yoshida told me today the Cabinet would approve the budget.

Murphy"""


def test_a_1953_marking_with_security_information_on_its_own_line(tmp_path):
    rec = _record(tmp_path, MARKING_OVER_TWO_LINES_1953)
    assert (rec.classification.level, rec.classification.handling, rec.classification.source) == (
        "Confidential", [], "opener-marking")
    assert (rec.number, rec.doc_type, rec.signed) == ("601", "Telegram", "Murphy")
    assert _paragraphs(rec) == 1


# --- the page a document starts on --------------------------------------------------------------------

START_PAGE_ON_THE_TITLE_LINE = """[Page 101] 40. Memorandum of Conversation1

Washington, February 15, 1983, 5:30–7:20 p.m.

The President welcomed Dobrynin to the White House.2

[Page 102]

  1. Source: Department of State, Executive Secretariat, S/S Records, Memoranda of Conversation, Lot 92D630. Secret; Sensitive.
  2. See Document 39."""


def test_the_start_page_printed_before_the_title_is_no_break(tmp_path):
    rec = _record(tmp_path, START_PAGE_ON_THE_TITLE_LINE)
    assert (rec.number, rec.title, rec.doc_type) == ("40", "Memorandum of Conversation", "Memorandum of Conversation")
    assert [pb.n for pb in rec.page_breaks] == ["102"]
    assert [(f.n, f.text) for f in rec.footnotes] == [("2", "See Document 39.")]
    assert (rec.classification.level, rec.classification.handling) == ("Secret", ["Sensitive"])


def test_the_start_page_on_its_own_line_glued_to_the_title_block(tmp_path):
    rec = _record(tmp_path, START_PAGE_ON_THE_TITLE_LINE.replace("[Page 101] 40.", "[Page 101]\n40."))
    assert (rec.number, rec.title) == ("40", "Memorandum of Conversation")
    assert [pb.n for pb in rec.page_breaks] == ["102"]


DESPATCH_WITH_A_TRANSLATION = """No. 246.

Mr. Low to Mr. Fish.

No. 45.]

Legation of the United States, Peking, October 10, 1870. (Received December 5.)

Sir: I have the honor to inclose herewith a translation of a note from Prince Kung.

I have the honor to be, sir, your obedient servant,

FREDERICK F. LOW.

[Inclosure.]

[Translation.]

Prince Kung to Mr. Low.

Prince Kung sends this communication in reply to the note of the United States minister.

Tung-chih, 9th year, 9th moon, 5th day."""


def test_an_inclosure_in_translation(tmp_path):
    rec = _record(tmp_path, DESPATCH_WITH_A_TRANSLATION)
    assert (rec.signed, rec.place, rec.date.iso) == ("FREDERICK F. LOW.", "Legation of the United States, Peking", "1870-10-10")
    assert (rec.source_note.text, rec.source_note.citation, rec.classification) == ("No. 246.", None, None)
    kinds = [(b.type, b.text) for b in rec.body if b.type in ("head", "opener")]
    assert kinds == [("opener", "No. 45.]"), ("head", "[Inclosure.]"), ("opener", "[Translation.]")]
    assert _paragraphs(rec) == 5
