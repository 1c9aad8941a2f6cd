"""Example-based tests of the segmenter on small hand-written documents."""
from __future__ import annotations

from fruspipe.clean import clean
from fruspipe.ingest import decode
from fruspipe.options import Options
from fruspipe.segment import segment


def seg(text: str):
    return segment(clean(decode(text.encode("utf-8"), "t.txt", "t"), Options()))


def kinds(s) -> list[tuple[str, str]]:
    return [(b.type, b.text) for b in s.blocks]


def notes(s) -> list[tuple[str, str, tuple[int, int] | None]]:
    return [(n.n, n.text, n.anchor) for n in s.notes]


def breaks(s) -> list[tuple[int, str, int]]:
    return [(i, n, off) for i, b in enumerate(s.blocks) for n, off in b.page_breaks]


# ----------------------------------------------------------------- headings and source notes


def test_numbered_heading_with_source_note_marker_0():
    s = seg("12. Memorandum From the Secretary of State to President Eisenhower0\n\nText of it.1\n\n"
            "  1. Source: Department of State, Central Files, 661.93/12–159. Secret.\n  2. Not printed.")
    title = s.blocks[0]
    assert (title.type, title.n, title.text) == ("title", "12", "Memorandum From the Secretary of State to President Eisenhower")
    assert s.source_note_placement == "footnote"
    assert (s.source_note.n, s.source_note.anchor) == ("0", (0, len(title.text)))
    assert s.source_note.text.startswith("Source: Department of State")
    assert notes(s) == [("1", "Not printed.", (1, 11))]
    assert s.blocks[1].text == "Text of it."


def test_numbered_heading_with_source_note_marker_1():
    s = seg("12. Memorandum From the Secretary of State to President Johnson1\n\nText of it.2\n\n"
            "  1. Source: Department of State, Central Files, 661.93/12–159. Secret.\n  2. Not printed.")
    assert s.blocks[0].text == "Memorandum From the Secretary of State to President Johnson"
    assert s.source_note.n == "1"
    assert notes(s) == [("2", "Not printed.", (1, 11))]


def test_inline_file_number_source_note():
    s = seg("740.00119 FEAC/10–449: Telegram\n\nThe Ambassador in China (Stuart) to the Secretary of State1\n\n"
            "top secret\n\nNanking, October 4, 1949—noon.\n\nText here.2\n\nStuart\n\n  1. Not printed.\n  2. Not found.")
    assert s.source_note_placement == "inline"
    assert s.source_note.text == "740.00119 FEAC/10–449: Telegram"
    assert [b.type for b in s.blocks[:4]] == ["title", "opener", "dateline", "p"]
    assert s.blocks[0].n is None
    assert s.blocks[0].text == "The Ambassador in China (Stuart) to the Secretary of State"
    # every list item is a footnote, from marker 1
    assert notes(s) == [("1", "Not printed.", (0, 58)), ("2", "Not found.", (3, 10))]


def test_no_line_above_the_title_gives_the_number():
    s = seg("794C.0221/1–753\n\nNo. 625\nMemorandum by the Director of the Office of Northeast Asian Affairs "
            "(Young) to the Assistant Secretary of State for Far Eastern Affairs (Allison)\n\nTop Secret\n\nThe text.")
    assert s.source_note.text == "794C.0221/1–753"
    assert (s.blocks[0].type, s.blocks[0].n) == ("title", "625")
    assert s.blocks[0].text.startswith("Memorandum by the Director")
    assert kinds(s)[1:] == [("opener", "Top Secret"), ("p", "The text.")]


def test_numbered_list_and_years_in_text_are_not_markers():
    text = "I have thought of a process: 1) we hold the USSR responsible in 1959 and 2) it reacts."
    s = seg(f"12. Memorandum From A to B0\n\n{text}\n\n  1. Source: x.")
    assert s.blocks[1].text == text
    assert s.blocks[1].markers == []
    assert s.notes == []


def test_marker_after_a_year():
    s = seg("12. Memorandum From A to B0\n\nHe arrived on August 12, 19691 and left.\n\n  1. Source: x.\n  2. Not printed.")
    assert s.blocks[1].text == "He arrived on August 12, 1969 and left."
    assert notes(s) == [("1", "Not printed.", (1, len("He arrived on August 12, 1969")))]


# ----------------------------------------------------------------- page markers


def test_page_marker_inside_a_paragraph():
    s = seg("12. Letter From A (B) to C1\n\nWe discussed the [Page 227] consultations.\n\n  1. Source: x.")
    assert s.blocks[1].text == "We discussed the consultations."
    assert s.blocks[1].page_breaks == [("227", len("We discussed the "))]


def test_page_marker_as_its_own_block_opens_the_next_paragraph():
    s = seg("12. Letter From A (B) to C1\n\nThe first paragraph.\n\n[Page 228]\n\nThe second paragraph.\n\n  1. Source: x.")
    assert kinds(s)[1:] == [("p", "The first paragraph."), ("p", "The second paragraph.")]
    assert breaks(s) == [(2, "228", 0)]


def test_page_marker_after_the_signature_before_the_footnote_list_is_kept():
    s = seg("12. Letter From A (B) to C1\n\nWe discussed the [Page 227] consultations.\n\n[Page 228]\n\n"
            "The second paragraph.\n\nSamuel D. Berger2\n\n[Page 229]\n\n"
            "  1. Source: x.\n  2. Printed from a copy that bears this typed signature.")
    assert [n for _, n, _ in breaks(s)] == ["227", "228", "229"]
    signed = s.blocks[3]
    assert (signed.type, signed.text) == ("signed", "Samuel D. Berger")
    assert signed.page_breaks == [("229", len("Samuel D. Berger"))]
    assert notes(s) == [("2", "Printed from a copy that bears this typed signature.", (3, 16))]


def test_paragraph_continued_across_an_ocr_page_break_is_one_paragraph():
    s = seg("~~SECRET~~\n\nMEMORANDUM FOR MR. BUNDY\n\n1. Preferably, these should\n\n~~SECRET~~\n\n~~SECRET~~\n\n"
            "- 2 -\n\nrelate to a general European settlement.\n\n2. Next one.\n\n~~SECRET~~")
    paras = [b for b in s.blocks if b.type == "p"]
    assert [p.text for p in paras] == ["1. Preferably, these should relate to a general European settlement.",
                                       "2. Next one."]
    assert paras[0].page_breaks == [("2", len("1. Preferably, these should "))]
    assert [f.kind for f in s.furniture] == ["classification-marking"] * 3 + ["page-header", "classification-marking"]


def test_ocr_page_break_between_paragraphs_opens_the_next():
    s = seg("~~SECRET~~\n\nMEMORANDUM FOR MR. BUNDY\n\n1. The first point.\n\n~~SECRET~~\n\n~~SECRET~~\n\n"
            "- 2 -\n\n2. The second point.\n\n~~SECRET~~")
    assert [b.text for b in s.blocks if b.type == "p"] == ["1. The first point.", "2. The second point."]
    assert breaks(s) == [(2, "2", 0)]


# ----------------------------------------------------------------- header lists and closing


def test_subject_and_participants_lists():
    s = seg("5. Memorandum of Conversation0\n\nWashington, May 3, 1960.\n\nSUBJECT\n\n  • Berlin\n\nPARTICIPANTS\n\n"
            "  • The Secretary\n  • Ambassador Thompson\n\nThe Secretary opened.\n\n  1. Source: x.")
    assert kinds(s) == [("title", "Memorandum of Conversation"), ("dateline", "Washington, May 3, 1960."),
                        ("subject", "Berlin"), ("participants-head", "PARTICIPANTS"),
                        ("participant", "The Secretary"), ("participant", "Ambassador Thompson"),
                        ("p", "The Secretary opened.")]


def test_subject_item_with_a_marker():
    s = seg("319. Memorandum From A (B) to C0\n\nSUBJECT\n\n  • Memorandum entitled “The Tactic”1\n\nText.\n\n"
            "  1. Source: x.\n  2. Document 316.")
    assert kinds(s)[1] == ("subject", "Memorandum entitled “The Tactic”")
    assert notes(s) == [("1", "Document 316.", (1, len("Memorandum entitled “The Tactic”")))]


def test_memo_header_lines():
    s = seg("~~SECRET~~\n\nMEMORANDUM FOR MR. BUNDY\n\nFROM: Henry A. Kissinger\n\nJuly 14, 1961\n\n"
            "SUBJECT: Negotiations\n\n1. The text.\n\n~~SECRET~~")
    assert s.layout == "memo"
    assert [(b.type, b.n, b.text) for b in s.blocks[:4]] == [
        ("memo-header", "MEMORANDUM FOR", "MR. BUNDY"), ("memo-header", "FROM", "Henry A. Kissinger"),
        ("dateline", None, "July 14, 1961"), ("subject", None, "Negotiations")]


def test_memo_header_block_with_its_body_below_is_not_read_as_header():
    # a short scanned memo whose page is one block: the paragraphs are no continuation of the subject
    s = seg("SECRET\nMEMORANDUM FOR THE RECORD\nSUBJECT: Meeting with Mr. Scott\n"
            "1. On 15 October I met Mr. Scott at his office.\nJOHN M. WHITTEN\nChief, WH/3")
    assert not [b for b in s.blocks if b.type == "subject" and "1. On 15 October" in b.text]
    s = seg("~~SECRET~~\n\nMEMORANDUM FOR MR. BUNDY\n\nSUBJECT: Negotiations on the\nBerlin question\n\n1. The text.")
    assert ("subject", "Negotiations on the\nBerlin question") in [(b.type, b.text) for b in s.blocks]


def test_run_in_subject_line_of_a_frus_document_is_a_paragraph():
    s = seg("893.01/9–1749\n\nMemorandum of Conversation, by the Secretary of State\n\ntop secret\n\n"
            "[Washington,] September 17, 1949.\n\nSubject: Conversations with Mr. Bevin on Far East\n\nThe text.")
    subject = next(b for b in s.blocks if "Bevin" in b.text)
    assert (subject.type, subject.rend, subject.text) == ("p", "subject",
                                                          "Subject: Conversations with Mr. Bevin on Far East")


def test_signature_and_cc_lines():
    s = seg("~~SECRET~~\n\nMEMORANDUM FOR MR. BUNDY\n\n1. The text.\n\nHenry A. Kissinger\n\ncc -- Mr. Rostow\n\n"
            "~~SECRET~~")
    assert kinds(s)[-2:] == [("signed", "Henry A. Kissinger"), ("cc", "cc -- Mr. Rostow")]


def test_salutation_before_the_signature_is_set_as_a_salute():
    s = seg("111. Letter From A (B) to C (D)1\n\nDear Ed:\n\nThe text of the letter.\n\nSincerely,\n\n"
            "Samuel D. Berger\n\n  1. Source: x.")
    assert [(b.type, b.rend) for b in s.blocks[-2:]][0] == ("p", "salute")
    assert s.blocks[-1].type == "signed"
    assert s.blocks[-1].text == "Samuel D. Berger"


def test_prose_ending_in_a_period_is_not_a_signature():
    s = seg("12. Memorandum From A to B0\n\nThe text.\n\nWe all should give more attention to Japan.\n\n  1. Source: x.")
    assert [b.type for b in s.blocks] == ["title", "p", "p"]


def test_page_marker_cut_by_a_scan_page_turn_is_one_break():
    text = ("~~SECRET~~\n\nThe JCS is currently studying the question of possible military measures [Page\n\n"
            "~~SECRET~~\n\n~~SECRET~~\n\n- 2 -\n\n261] taking into account the level of the present buildup.\n\n"
            "Another paragraph with [Page 262] a marker.\n\n~~SECRET~~")
    seg = segment(clean(decode(text.encode(), "x.txt", "x"), Options()))
    paragraphs = [b for b in seg.blocks if b.type == "p"]
    first = paragraphs[0]
    assert "[Page" not in first.text and "261]" not in first.text
    assert [n for b in seg.blocks for n, _ in b.page_breaks] == ["261", "262"]
    (n, off), = first.page_breaks
    assert first.text[off:].startswith("taking into account")


def test_attachment_subject_list_and_marking_are_not_paragraphs():
    text = ("5. Memorandum From A (B) to C (D)1\n\nSUBJECT\n\n  • Own subject\n\nText of the memo.\n\n"
            "Tab A\n\ntop secret\n\nSUBJECT\n\n  • Attached subject\n\nText of the attachment.\n\n"
            "For the Joint Chiefs of Staff:\nOmar N. Bradley\n\n  1. Source: X, 1/2. Secret.")
    s = seg(text)
    assert [b.type for b in s.blocks if b.type in ("p", "opener", "list-head", "signed")] == \
        ["p", "opener", "list-head", "p", "signed"]


# ----------------------------------------------------------------- enclosures of older volumes

def test_the_heading_under_a_bracketed_enclosure_label_is_a_head():
    s = seg("The Secretary of War to the Secretary of State.\n\nSir: I inclose the report.\n\nWM. W. BELKNAP.\n\n"
            "[Extract.]\n\nCaptain Heap to Major General Hancock.\n\nSir: The survey is done.\n\n[Annex 2]\n\n"
            "Memorandum by the Chairman, Joint Chiefs of Staff (Bradley) to the Under Secretary of the Army\n\n"
            "This memorandum is in response to yours.\n\n[Annex 3]\n\n"
            "Staff Study Prepared by Joint Army–Navy–Air Working Group\n\nThe problem is set out below.")
    heads = [t for k, t in kinds(s) if k == "head"]
    assert heads == ["[Extract.]", "Captain Heap to Major General Hancock.", "[Annex 2]",
                     "Memorandum by the Chairman, Joint Chiefs of Staff (Bradley) to the Under Secretary of the Army",
                     "[Annex 3]", "Staff Study Prepared by Joint Army–Navy–Air Working Group"]


def test_a_paragraph_under_an_unbracketed_tab_stays_a_paragraph():
    # modern volumes print `Tab A` and then the paper's heading as a paragraph of the attachment
    s = seg("Memorandum From Kissinger to President Nixon\n\nText.\n\nTab A\n\n"
            "Memorandum From Secretary of State Rogers to President Nixon\n\nMore text.")
    assert ("p", "Memorandum From Secretary of State Rogers to President Nixon") in kinds(s)


def test_a_subject_line_does_not_run_on_across_a_page_turn():
    s = seg("~~TOP SECRET~~\n\nSubject: Department of Defense Policy Towards Japanese Industry\n\n~~TOP SECRET~~\n\n"
            "- 5 -\n\nThis memorandum is in response to your memorandum to the Chief of Staff.\n\n~~TOP SECRET~~")
    texts = [t for _, t in kinds(s)]
    assert "This memorandum is in response to your memorandum to the Chief of Staff." in texts
    assert not any(t.startswith("Subject:") and "This memorandum" in t for t in texts)
