"""Unit cases for the metadata extractors, one class of heading, note or date per case."""
from __future__ import annotations

import pytest

from fruspipe.options import Options
from fruspipe.pipeline import convert
from fruspipe.extract import _date_in_heading
from fruspipe.extract.dates import date_from_file_number, parse_date
from fruspipe.extract.file_date import file_date_doubt
from fruspipe.extract.heading import doc_type_from_title, persons
from fruspipe.extract.source_note import classification_sentence, drafted_by, parse_source_note

PERSONS = [
    # (title, doc_type, from [(name, role)], to [(name, role)])
    ("Memorandum From the Assistant Secretary of State for Far Eastern Affairs (Parsons) to Secretary of State Herter",
     "Memorandum", [("Parsons", "Assistant Secretary of State for Far Eastern Affairs")], [("Herter", "Secretary of State")]),
    ("Telegram From the Embassy in Poland to the Department of State", "Telegram",
     [("Embassy in Poland", None)], [("Department of State", None)]),
    ("The Acting Secretary of State to the Acting Political Adviser in Japan (Sebald)", None,
     [("Acting Secretary of State", None)], [("Sebald", "Acting Political Adviser in Japan")]),
    ("The Secretary of War to the Secretary of State.", None,
     [("The Secretary of War", None)], [("the Secretary of State", None)]),
    ("Mr. Fish to Mr. Motley.", None, [("Mr. Fish", None)], [("Mr. Motley", None)]),
    ("Memorandum From James C. Thomson, Jr., of the National Security Council Staff to the President’s Special "
     "Assistant for National Security Affairs (Bundy)", "Memorandum",
     [("James C. Thomson, Jr.", "National Security Council Staff")],
     [("Bundy", "President’s Special Assistant for National Security Affairs")]),
    ("Memorandum From the Director of the Bureau of Intelligence and Research (Cumming) to Secretary of State Herter",
     "Memorandum", [("Cumming", "Director of the Bureau of Intelligence and Research")], [("Herter", "Secretary of State")]),
    ("Letter From President Reagan to General Secretary Andropov", "Letter",
     [("Reagan", "President")], [("Andropov", "General Secretary")]),
    ("Telegram From the White House Situation Room to President Johnson in Texas", "Telegram",
     [("White House Situation Room", None)], [("Johnson", "President")]),
    ("Memorandum of Conversation", "Memorandum of Conversation", [], []),
]


@pytest.mark.parametrize("title, doc_type, sender, recipient", PERSONS)
def test_persons_in_heading(title, doc_type, sender, recipient):
    assert doc_type_from_title(title) == doc_type
    got_from, got_to = persons(title, doc_type)
    assert [(p.name, p.role) for p in got_from] == sender
    assert [(p.name, p.role) for p in got_to] == recipient


@pytest.mark.parametrize("text, iso, lo, hi", [
    ("Washington, December 1, 1959.", "1959-12-01", "1959-12-01", "1959-12-01"),
    ("Camp David, September 26 and 27, 1959.", "1959-09-26", "1959-09-26", "1959-09-27"),
    ("Washington, 21 October 1949.", "1949-10-21", "1949-10-21", "1949-10-21"),
    ("Tokyo, December 31, 1952—7 p.m.", "1952-12-31", "1952-12-31", "1952-12-31"),
    ("11 DEC 1975", "1975-12-11", "1975-12-11", "1975-12-11"),
    ("March 1959", "1959-03", "1959-03-01", "1959-03-31"),
])
def test_parse_date(text, iso, lo, hi):
    r = parse_date(text)
    assert (r.iso, r.min, r.max) == (iso, lo, hi)


@pytest.mark.parametrize("text", ["February 30, 1959", "Washington, undated.", "page 1959"])
def test_no_date(text):
    assert parse_date(text) is None


@pytest.mark.parametrize("text, iso", [
    ("Department of State, Central Files, 661.93/12–159", "1959-12-01"),
    ("740.0011 PW (Peace)/9–2349", "1949-09-23"),
    ("Central Files, 793.5–MSP/12–3159", "1959-12-31"),
    ("Department of State, Central Files, POL CHICOM-US", None),
])
def test_file_number_dates(text, iso):
    r = date_from_file_number(text)
    assert (r.iso if r else None) == iso


def test_heading_dates_only_after_a_comma():
    assert _date_in_heading("Notes of Meeting, Washington, May 6, 1975, 10 a.m.").iso == "1975-05-06"
    assert _date_in_heading("Memorandum on the May 6, 1975 Meeting") is None


@pytest.mark.parametrize("note, citation, level, handling, drafted", [
    ("Source: Department of State, Central Files, 661.93/12–159. Confidential. Drafted by Parsons.",
     "Department of State, Central Files, 661.93/12–159", "Confidential", [], "Parsons"),
    ("Source: Johnson Library, National Security File, Country File, China, Vol. V. Secret. A note.",
     "Johnson Library, National Security File, Country File, China, Vol. V", "Secret", [], None),
    ("Source: Department of State, FE Files: Lot 61 D 6, Burke, Adm. Arleigh A. Confidential.",
     "Department of State, FE Files: Lot 61 D 6, Burke, Adm. Arleigh A", "Confidential", [], None),
    ("Source: X, 762.00/7–2862. Secret; Priority; Limit Distribution. Drafted by E. E. Rice; cleared by Y.",
     "X, 762.00/7–2862", "Secret", ["Priority", "Limit Distribution"], "E. E. Rice"),
    ("Source: National Archives, RG 59. Secret/Noforn.", "National Archives, RG 59", "Secret", ["Noforn"], None),
])
def test_source_note(note, citation, level, handling, drafted):
    assert parse_source_note(note, "footnote").citation == citation
    assert classification_sentence(note)[1:] == (level, handling)
    assert drafted_by(note) == drafted


def test_inline_source_notes():
    assert parse_source_note("894.10/12–3152: Telegram", "inline").citation == "894.10/12–3152"
    assert parse_source_note("No. 233.", "inline").citation is None


# A central-file number's date is another paper's when the text cites a paper of that very day, or when an
# outgoing telegram answers one; the record then says null, with the reason, rather than a wrong day.
FILE_DATE_DOUBTS = [
    ("Letter From the Under Secretary (Murphy) to the Assistant Secretary of Defense (Irwin)",
     "DEAR MR. IRWIN: I refer to Mr. Knight’s letter of August 27, 1959, and accompanying JCS memorandum.",
     "Source: Department of State, Central Files, 793.00/8–2759. Top Secret.", "the body cites"),
    ("Memorandum of Conversation, by the Acting Political Adviser in Japan (Sebald)",
     "In an informal conversation held on August 25, 1959 with the General, he said that his views had changed.",
     "Copy transmitted to the Department in despatch 664, August 27, from Tokyo; received September 2.",
     "a note cites"),
    ("Memorandum by the Director of the Office (Young) to the Assistant Secretary (Allison)",
     "The Working Group has met a number of times.",
     "Apparently two letters of Aug. 2. However, one is quoted in the Deputy Secretary’s reply of Aug. 27 to Lawton.",
     "a note cites"),
    ("Telegram From the Department of State to the Embassy in Poland",
     "123. Beam–Wang Talks. Urtel 172 paragraph 2. FYI. There has been no change in practice.",
     "Source: Department of State, Central Files, 611.93/8–2759. Confidential.", "outgoing telegram"),
]


@pytest.mark.parametrize("title, body, note, reason", FILE_DATE_DOUBTS)
def test_file_date_doubted(title, body, note, reason):
    r = date_from_file_number("Central Files, 793.00/8–2759")
    assert reason in file_date_doubt(r, title=title, body=body, notes=note)


@pytest.mark.parametrize("title, body, note", [
    # Telegrams of the same day are cited everywhere without owning the file.
    ("Telegram From the Embassy in the Republic of China to the Department of State",
     "331. Chiang made a plea for special consideration.", "Telegram 331 from Taipei, August 27, reported that …"),
    ("Memorandum of Conversation", "The Secretary met the Ambassador.",
     "A detailed summary of this conversation was transmitted to Bonn in telegram 510, August 27."),
    # A paper of another day, or of the same day in another year, says nothing about the file.
    ("Memorandum From Rusk to President Kennedy", "I refer to your letter of August 26 and to that of August 27, 1958.",
     ""),
    # An outgoing telegram that does not answer one carries its own file.
    ("Telegram From the Department of State to the Embassy in Poland", "551. Verbatim text. Beam–Wang Talks.", ""),
])
def test_file_date_kept(title, body, note):
    r = date_from_file_number("Central Files, 793.00/8–2759")
    assert file_date_doubt(r, title=title, body=body, notes=note) is None


def _frus_web_copy(tmp_path, body: str):
    text = ("302. Letter From the Under Secretary of State (Murphy) to the Assistant Secretary of Defense (Irwin)0\n\n"
            f"{body}\n\nRobert Murphy\n\n"
            "  1. Source: Department of State, Central Files, 793.00/8–2759. Top Secret. Drafted by Kahmann.\n")
    p = tmp_path / "d302.txt"
    p.write_text(text, encoding="utf-8")
    return convert(p, Options()).record


def test_file_number_date_withheld_with_a_warning_end_to_end(tmp_path):
    rec = _frus_web_copy(tmp_path, "DEAR MR. IRWIN: I refer to Mr. Knight’s letter of August 27, 1959.")
    assert rec.date is None
    assert [w.code for w in rec.warnings if w.code.startswith("file-date")] == ["file-date-doubtful"]


def test_file_number_date_used_when_nothing_doubts_it(tmp_path):
    rec = _frus_web_copy(tmp_path, "DEAR MR. IRWIN: The islands are discussed below.")
    assert (rec.date.iso, rec.date.source, rec.date.certainty) == ("1959-08-27", "file-number", "inferred")


def test_memorandum_of_conversation_dated_by_the_talk_it_records(tmp_path):
    p = tmp_path / "memcon.txt"
    p.write_text("115. Memorandum of Conversation1\n\nPARTICIPANTS\n\n  • President Chiang Kai-shek\n"
                 "  • General Earle G. Wheeler, CJCS\n\n"
                 "  1. I called on President Chiang Kai-shek on the afternoon of 29 December 1965. The talk lasted.\n"
                 "  2. The Treaty of May 6, 1950 was discussed.\n\n"
                 "  1. Source: Johnson Library, National Security File. Secret.\n", encoding="utf-8")
    rec = convert(p, Options()).record
    assert (rec.date.iso, rec.date.source, rec.date.certainty) == ("1965-12-29", "body", "inferred")
