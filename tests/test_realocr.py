"""Rules for real scanned, OCR'd declassified documents (issue 4), on short made-up snippets
in the style of the JFK-collection pages: one OCR line per line, a whole page per block."""
from __future__ import annotations

import pytest

from fruspipe.extract.markings import line_markings, page_marking
from fruspipe.extract.forms.dates import read_date
from fruspipe.extract.forms.doc_type import read_doc_type
from fruspipe.extract.forms.header import read_form_header
from fruspipe.extract.forms.lines import text_lines
from fruspipe.extract.forms.people import read_cable_people, read_fbi_offices, read_letter_people, read_report_origin
from fruspipe.extract.forms.quality import ocr_quality
from fruspipe.extract.forms.titles import read_title
from fruspipe.furniture import classify_line

ROUTING_THEN_MEMO = """UNCLASSIFIED
INTERNAL
CONFIDENTIAL
SECRET
ROUTING AND RECORD SHEET
SUBJECT: (Optional)
FROM:
EXTENSION
NO.
DATE
24 January 1978
NW 65924 Docld:32345629 Page 2

SECRET
21 JAN 1978
MEMORANDUM FOR: Chief, Review Staff
FROM
: H. Clark Schor
Chief, Plans and Review Group
SUBJECT
: House Select Committee Request
1. This memorandum is in response to the request in paragraph 4 of Reference A, which asked for files.
SECRET
NW 65924 Docld:32345629 Page 3"""


def test_memo_header_found_past_a_routing_slip():
    h = read_form_header(text_lines(ROUTING_THEN_MEMO))
    assert [p.name for p in h.to] == ["Chief, Review Staff"]
    assert [(p.name, p.role) for p in h.sender] == [("H. Clark Schor", "Chief, Plans and Review Group")]
    assert h.subject == "House Select Committee Request"


def test_labels_and_values_in_separate_runs():
    h = read_form_header(["MEMORANDUM FOR: GENERAL SCOWCROFT", "FROM:", "SUBJECT:", "ROB ROY SMITH",
                          "Justice Department Request for Mail Information", "",
                          "Jeanne Davis transmitted to me a request from the Department of Justice to survey files."])
    assert [p.name for p in h.sender] == ["Rob Roy Smith"]
    assert h.subject == "Justice Department Request for Mail Information"


def test_memorandum_for_the_record_on_two_lines():
    h = read_form_header(["SECRET - EYES ONLY", "MEMORANDUM FOR THE", "RECORD", "SUBJECT: Special Group Meeting"])
    assert h.record and [p.name for p in h.to] == ["the Record"]


def test_state_telegram_action_is_the_addressee():
    h = read_form_header(["INCOMING TELEGRAM", "FROM:", "Dublin", "ACTION: Secstate", "Date: September 21, 1964"])
    assert [p.name for p in h.sender] == ["Dublin"] and [p.name for p in h.to] == ["Secstate"]


def test_stamp_words_never_become_names():
    h = read_form_header(["PHOTOCOPY", "FROM", "PROPERTY OF", "THE WHITE HOUSE", "SUBJECT: Robert Maheu"])
    assert h.sender == []


@pytest.mark.parametrize("lines, iso", [
    (["FBI", "Date:", "6/23/64", "Transmit the following in"], "1964-06-23"),
    (["DATE: May 2, 1949", "FROM : V. P. KEAY"], "1949-05-02"),
    (["CONFIDENTIAL", "19 January i971", "MEMORANDUM FOR: Director of Security"], "1971-01-19"),
    (["RECD:", ": NOVEMBER 30, 1963, 4313 P.M."], "1963-11-30"),
    (["TOT: 190508Z JAN 96", "CIA 604607"], "1996-01-19"),
    (["ROUTING SLIP", "152017Z MAR 76", "FM CIA"], "1976-03-15"),
    (["Select Committee on Assassinations", "JAN 1 9 1978", "Dear Mr. Chasen:"], "1978-01-19"),
    (["DATE:", "2x16 December 1947"], "1947-12-16"),
])
def test_date_forms(lines, iso):
    assert read_date(lines).iso == iso


@pytest.mark.parametrize("lines", [
    ["DECLASSIFICATION AUTHORITY DERIVED FROM:", "DATE 05-12-2023"],
    ["APPROVED FOR RELEASE 1993", "CIA HISTORICAL REVIEW PROGRAM"],
    ["CIA HAS NO OBJECTION TO DECLASSIFICATION 6-25-97"],
    ["On 9 October 1957 the source called the station and turned over two documents."],
])
def test_release_review_and_prose_dates_are_not_the_document_date(lines):
    assert read_date(lines) is None


def test_typed_date_beats_a_printout_date_and_a_stamp():
    assert read_date(["Date:09/02/94", "Page:1", "19 January 1971", "APR 6 1960"]).iso == "1971-01-19"
    assert read_date(["Date: 4/4/60", "AIRTEL", "• APR 6 1960"]).iso == "1960-04-04"


@pytest.mark.parametrize("lines, kind", [
    (["FD-36 (Rev. 12-13-56)", "Via", "AIRTEL"], "Airtel"),
    (["FEDERAL BUREAU OF INVESTIGATION", "TELETYPE"], "Teletype"),
    (["INCOMING TELEGRAM", "Department of State"], "Telegram"),
    (["7-015", "CLASSIFIED MESSAGE", "3Y SECRET"], "Cable"),
    (["OFFICIAL DISPATCH", "VIA -"], "Despatch"),
    (["Was-", "MEMORANDUM", "September 25, 1998"], "Memorandum"),
    (["MEMORANDUM FOR THE RECORD", "SUBJECT: Discussion"], "Memorandum for the Record"),
    (["Washington, D.C. 20515", "Dear Mr. Davis:"], "Letter"),
    (["Thank you for your letter of May 3, which I read with care and pleasure."], None),
])
def test_doc_type_from_the_page(lines, kind):
    assert read_doc_type(lines) == kind


def test_cable_cite_line():
    sender, to = read_cable_people(["RYBAT", "DIR CITE MEXI 2818"])
    assert (sender[0].name, to[0].name) == ("Mexico City", "Director")
    sender, to = read_cable_people(["CITE DIR 92725"])
    assert sender[0].name == "Director" and to == []


def test_letter_address_and_signature():
    sender, to = read_letter_people(["The Honorable Robert E. Chasen", "Commissioner", "Dear Mr. Chasen:",
                                     "Thank you.", "Sincerely,", "1: Notut Blobes", "G. Robert Blakey",
                                     "Chief Counsel and Director"])
    assert [(p.name, p.role) for p in to] == [("Robert E. Chasen", "Commissioner")]
    assert [(p.name, p.role) for p in sender] == [("G. Robert Blakey", "Chief Counsel and Director")]


def test_letter_closes_in_any_case_before_the_signature():
    for close in ("Very truly yours,", "SINCERELY YOURS,", "sincerely,"):
        sender, to = read_letter_people(["Honorable John A. McCone", "Director of Central Intelligence",
                                         "Dear Mr. McCone:", "Text of the letter.", close, "John Edgar Hoover"])
        assert [p.name for p in sender] == ["John Edgar Hoover"], close
        assert [(p.name, p.role) for p in to] == [("John A. McCone", "Director of Central Intelligence")]


def test_generic_salutation_names_no_addressee_but_the_letter_is_still_signed():
    sender, to = read_letter_people(["Dear Sir:", "I write about the matter we discussed.", "Sincerely yours,",
                                     "Richard Helms", "Director"])
    assert to == [] and [(p.name, p.role) for p in sender] == [("Richard Helms", "Director")]
    sender, to = read_letter_people(["Mr. John Smith", "12 Rose Lane", "Gentlemen;", "Text.", "Sincerely,", "Ann Lee"])
    assert [p.name for p in to] == ["Mr. John Smith"]


def test_letter_on_an_agency_letterhead_and_a_signer_with_a_second_capital():
    sender, to = read_letter_people(["CENTRAL INTELLIGENCE AGENCY", "WASHINGTON 25, D. C.", "28 November 1963",
                                     "The Honorable J. Edgar Hoover", "Director", "Federal Bureau of Investigation",
                                     "Dear Mr. Hoover:", "I want to thank you for your help.", "Sincerely,",
                                     "John A. McCone", "Director"])
    assert [(p.name, p.role) for p in to] == [("J. Edgar Hoover", "Director")]
    assert [(p.name, p.role) for p in sender] == [("John A. McCone", "Director")]


def test_fbi_offices_without_labels():
    sender, to = read_fbi_offices(["he 7 DIRECTOR, FBI (105-193849) DATE:", "moi SAC, NEWARK (205-29165)"])
    assert sender[0].name == "SAC, Newark" and to[0].name == "Director, FBI"


def test_title_running_past_memorandum_for_the_record():
    assert read_title(["MEMORANDUM FOR THE RECORD OF SPECIAL GROUP MEETING OF", "20 SEPTEMBER 1962"]) == \
        "MEMORANDUM FOR THE RECORD OF SPECIAL GROUP MEETING OF 20 SEPTEMBER 1962"


def test_damaged_markings_count_and_checkbox_columns_do_not():
    assert [lv for _, lv in line_markings(["‘SECRET", "Memorandum SECRET", "SECRETI", "SECRET - EYES ONLY"])] == \
        ["Secret"] * 4
    assert [lv for _, lv in line_markings(["T0P SECRET/SENSITIVE", "x", "x", "x", "x", "x", "S E C R E T"])] == \
        ["Top Secret", "Secret"]
    assert [lv for _, lv in line_markings(["‘SECRET", "x", "x", "x", "x", "x", "SECRETI"])] == ["Secret", "Secret"]
    assert line_markings(["UNCLASSIFIED", "INTERNAL USE ONLY", "CONFIDENTIAL", "SECRET"]) == []
    assert line_markings(["ALL INFORMATION CONTAINED", "HEREIN IS UNCLASSIFIED"]) == []


def test_page_marking_declassified_by_release_stamp():
    level, declassified = page_marking([], "SECRET\nMEMORANDUM FOR: DDCI\n\nCIA HAS NO OBJECTION TO DECLASSIFICATION")
    assert (level, declassified) == ("Secret", True)


def test_no_marking_on_the_page_gives_no_level():
    assert page_marking([], "Dear Mr. Davis:\nIn connection with its investigation the Committee asks.") is None


@pytest.mark.parametrize("line, kind", [
    ("Approved For Release 2003/07/29 : CIA-RDP80B01234R000100010001-1", "release-line"),
    ("NW 65924 Docld:32345629 Page 5", "archive-footer"),
    ("25X1", "redaction"),
])
def test_furniture_lines(line, kind):
    assert classify_line(line) == kind


def test_ocr_quality_estimate():
    assert ocr_quality("The committee met on Tuesday and agreed with the plan for the Congo. " * 2) == 1.0
    assert ocr_quality("short") is None
    assert ocr_quality("Xqzv brtl Mnrk plof zzqt Wvex grbl Tnnq " * 3) < 0.45


# --- null with a warning when the page speaks against its own answer ----------------------------------

from fruspipe.extract.forms.dates import date_conflict, later_document_line  # noqa: E402
from fruspipe.extract.forms.titles import read_opening_words  # noqa: E402


@pytest.mark.parametrize("lines", [
    # a received stamp earlier than the typed date: the typed date is not this paper's
    ["Date:", "October 15, 1959", "To:", "Director, FBI", "OCT 13 1959"],
    ["Date: 4/4/60", "AIRTEL", "MAR 3 1 1960"],
    # an information report's bare date earlier than the date the information was acquired
    ["TELEGRAM INFORMATION REPORT", "DATE DISTR", "25 NOVEMBER 1963", "PLACE &", "THE HAGUE (27 NOVEMBER 1963)"],
])
def test_conflicting_dates_leave_the_date_out(lines):
    assert date_conflict(lines, read_date(lines)) is not None


@pytest.mark.parametrize("lines", [
    ["Date: May 2, 1949", "MAY 5 1949"],  # received after it was written
    ["INFORMATION REPORT", "DATE ACQ. (10 September 1959)", "16 September 1959"],  # distributed after
    ["TOT: 190508Z JAN 96", "18 JANUARY 1996"],  # an earlier date in the text of a cable is no stamp
])
def test_consistent_dates_stand(lines):
    assert date_conflict(lines, read_date(lines)) is None


def test_teletype_transmission_line_and_a_year_misread():
    assert read_date(["FTB003 4:01AM 12-14-73 JPS", "TELETYPE"]).iso == "1973-12-14"
    assert read_date(["Select Committee on Assassinations", "JAN 1 9 1378", "Dear Ms. Siemer:"]).iso == "1978-01-19"


def test_markings_of_a_later_document_filed_with_this_one_do_not_count():
    raw = ["DATE:", "16 December 1947", "Case No: 35002", "NW 65924 Docld:32399873 Page 4", "",
           "SECRET,", "23 August 1978", "MEMORANDUM FOR THE RECORD", "SECRET"]
    upto = later_document_line(raw, read_date(text_lines("\n".join(raw))))
    assert upto == 4
    assert page_marking([], "\n".join(raw)) == ("Secret", False)
    assert page_marking([], "\n".join(raw), upto=upto) is None


CUSTODY_COPY = """SECRET
Clean Copy of IN 20362
DIRECTOR
CITE TRUJ 2724
1. Source called the station urgently on 9 October and turned over two documents charging that the
subject had violated the law while acting for a foreign leader during a state visit in 1956.
END OF MESSAGE
PROPERTY OF
THE WHITE HOUSE OFFICE
SECRET
"""


def _record(tmp_path, text):
    from fruspipe.options import Options
    from fruspipe.pipeline import convert
    p = tmp_path / "doc.txt"
    p.write_text(text, encoding="utf-8")
    return convert(p, Options(), doc_id="doc").record


def test_custody_stamp_leaves_the_classification_out_with_a_warning(tmp_path):
    record = _record(tmp_path, CUSTODY_COPY)
    assert record.classification is None
    assert "uncertain-classification" in [w.code for w in record.warnings]
    plain = _record(tmp_path, CUSTODY_COPY.replace("PROPERTY OF\nTHE WHITE HOUSE OFFICE\n", ""))
    assert plain.classification.level == "Secret"


def test_conflicting_date_gives_null_with_a_warning(tmp_path):
    text = ("FD-36 (Rev. 12-13-56)\nAIRTEL\nDate: 4/4/60\nTO: DIRECTOR, FBI (105-72630)\nFROM: SAC, MIAMI (105-1598)\n"
            "On 3/30/60, subject was contacted at his residence by an agent of this office and said he had not "
            "traveled to Mexico.\nMAR 3 1 1960\n")
    record = _record(tmp_path, text)
    assert record.date is None
    assert "uncertain-date" in [w.code for w in record.warnings]


def test_untitled_cable_is_titled_by_its_opening_words():
    assert read_opening_words(["CITE DIR 92725", "RE: BRIN 5267", "IN VIEW REGGAB CONNECTION MARINA OSWALD HEADQUARTERS.",
                               "DOES NOT DESIRE OPS INVOLVEMENT."]) == "IN VIEW REGGAB CONNECTION MARINA OSWALD HEADQUARTERS"


def test_header_reading_stops_after_the_first_pages():
    """A long text's header is read from its first lines only: the time does not grow with the text."""
    import time

    from fruspipe.extract.memo import _header_text
    from fruspipe.memo_vocabulary import HEADER_SCAN_LINES
    big = ROUTING_THEN_MEMO + "\n" + "\n".join(["The station reported on 9 October 1957 that the source called."] * 20000)
    head = _header_text(big)
    assert len(head.split("\n")) == HEADER_SCAN_LINES
    t = time.perf_counter()
    lines = text_lines(head)
    assert read_date(lines).iso == "1978-01-24" and read_doc_type(lines) == "Memorandum"
    assert read_form_header(lines).subject == "House Select Committee Request"
    assert time.perf_counter() - t < 0.5


# --- recall rules on damaged headers (one test per error class) ------------------------------------------

from fruspipe.extract.forms.header import header_values  # noqa: E402
from fruspipe.extract.forms.people import read_memo_signature  # noqa: E402


def test_date_time_group_with_ocr_letters_for_digits():
    assert read_date(["SECRET ITISQDZ SEP 76 STAFF"]).iso == "1976-09-17"


def test_decode_of_a_cable_names_its_own_date():
    assert read_date(["Cablegram", "DECODE OF CODED CABLE NUMBER 12 DATED MARCH 4, 1958, AT MEXICO CITY"]).iso == \
        "1958-03-04"


def test_initials_alone_on_a_line_join_the_surname_below():
    h = read_form_header(["Memorandum", "TO", "Mr. Jones", "FROM", "SUBJECT:", "B.", "Carter", "STOLEN CARS"])
    assert [p.name for p in h.sender] == ["B. Carter"] and h.subject == "STOLEN CARS"


def test_a_value_line_without_the_colon_continues_the_value_above():
    runs = header_values(["MEMORANDUM FOR: Chief", "FROM: A. Brown", "SUBJECT", "REFERENCES", ": Senate Committee",
                          "(SSC) Request", ": A. Memo of 2 May"])
    assert dict((f, v) for f, v, _ in runs[0])["subject"] == [": Senate Committee", "(SSC) Request"]


def test_subject_stops_at_a_sentence_and_may_stand_in_a_later_run():
    h = read_form_header(["DATE: 2 May 1950", "TO: Chief", "FROM: Security Office", "", "", "", "", "", "",
                          "SUBJECT:", "BROWN, John Henry", "This memorandum identifies those files of the office"])
    assert h.subject == "BROWN, John Henry"


def test_photocopy_stamp_is_no_sender():
    assert read_form_header(["MEMORANDUM FOR: Director", "SUBJECT: Cover", "PHOTOCOPY", "FROM",
                             "THE GERALD", "FORD LIBRARY"]).sender == []
    assert read_form_header(["MEMORANDUM FOR: Director", "SUBJECT: Cover", "FROM THE GERALD R.",
                             "FORD LIBRARY"]).sender == []


def test_photocopy_stamp_joined_to_the_line_above_is_no_sender_and_the_signature_is(tmp_path):
    # unwrapping joins the stamp's first word to the paragraph above it; the stamp's `FROM` is still no label
    h = read_form_header(["MEMORANDUM FOR: Deputy Director", "SUBJECT: Cover", "1. This memorandum is for information.",
                          "he had connections leading into the gambling interests. PHOTOCOPY", "FROM", "THE",
                          "GERALD", "FORD LIBPARY"])
    assert h.sender == []
    record = _record(tmp_path, "SECRET\n24 June 1966\nMEMORANDUM FOR: Deputy Director of Central Intelligence\n"
                     "SUBJECT: Cover\n1. This memorandum is for information only and needs no reply at all.\n"
                     "2. The office had assets that may assist in a sensitive mission for the project. PHOTOCOPY\n"
                     "FROM\nTHE\nGERALD\nFORD LIBPARY\n\n3. The project was closed in the spring of that year.\n"
                     "Howard Osborn\nDirector of Security\nHOTOCOPY\nFROM THE GERALD R.\nFORD LIBPARY\n")
    assert [(p.name, p.role) for p in record.from_] == [("Howard Osborn", "Director of Security")]


def test_a_cables_re_line_citing_earlier_cables_is_no_subject_and_a_caption_ends_a_value():
    h = read_form_header(["TO", "BERLIN", "FROM: DIRECTOR", "CONF:", "C/WH 4", "INFO : FRANKFURT", "CITE DIR 92725",
                          "RE: BRIN 5267 (IN 90848)", "IN VIEW REGGAB CONNECTION MARINA OSWALD HEADQUARTERS.-",
                          "END OF MESSAGE"])
    assert [p.name for p in h.sender] == ["Director"]
    assert h.subject is None
    assert read_form_header(["TO: Director", "FROM: Chief, WH", "RE: Cuban Exiles in Miami"]).subject == \
        "Cuban Exiles in Miami"


def test_fbi_case_caption_under_the_from_line_is_the_subject_not_a_sender():
    h = read_form_header(["AIRTEL", "TO:", "DIRECTOR, FBI (105-72630)", "FROM: SAC, MIAMI (105-1598)",
                          "PEDRO LUIS DIAZ", "IS - CUBA", "Re Bureau airtel dated 3/31/60.", "MISCELLANEOUS"])
    assert [(p.name, p.role) for p in h.sender] == [("SAC, Miami", None)]
    assert h.subject == "PEDRO LUIS DIAZ - IS - CUBA"
    h = read_form_header(["TO", "DIRECTOR, FBI (62-109060)", "FROM", "LEGAT, LONDON (62-358) (RUC)",
                          "ASSASSINATION OF PRESIDENT", "Classified by 3040", "ESPIONAGE"])
    assert [p.name for p in h.sender] == ["LEGAT, London"] and h.subject == "ASSASSINATION OF PRESIDENT"
    # a stamp read into the caption's place is no caption
    h = read_form_header(["TO", "DIRECTOR, FBI (105-193849)", "FROM", "SAC, MIAMI (97-518) (C):",
                          "ALL INFORMATION CONTAINED", "SUBJECT", "OBJECTION"])
    assert h.subject is None and [p.name for p in h.sender] == ["SAC, Miami"]


def test_fbi_field_office_under_the_bureau_is_the_sender_when_ocr_lost_the_from_label():
    h = read_form_header(["Memorandum", "To: DIRECTOR, FBI (65-68520) DATE: 3/13/68", "i SAC, WFO (P)", "av sy",
                          "SUBJECT: KRUPNOV"])
    assert [(p.name, p.role) for p in h.to] == [("Director, FBI", None)]
    assert [p.name for p in h.sender] == ["SAC, WFO"]


def test_field_office_without_its_to_line_writes_to_the_bureau():
    lines = ["Memorandum", "aly Wb y (295-202233) CONFIDENTIAL 3-28-74", "rrom : SAC, SAN JUAN (105-12631) (RUC)",
             "supject: UNITED CUBANS", "The following sources were contacted on the dates indicated.",
             "- Bureau (RM)", "- Miami (105-18943) (RM)", "1 - San Juan"]
    sender, to = read_fbi_offices(lines)
    assert [p.name for p in sender] == ["SAC, San Juan"] and [p.name for p in to] == ["Director, FBI"]
    sender, to = read_fbi_offices(["FROM: SAC, DALLAS (100-10461)", "Enclosed for the Bureau are five copies."])
    assert [p.name for p in to] == ["Director, FBI"]
    # a reference to the Bureau's own airtel names no addressee; no field office, no guess
    assert read_fbi_offices(["FROM: SAC, DALLAS (100-10461)", "Re Bureau airtel to Dallas, 3/31/60."])[1] == []
    assert read_fbi_offices(["MEMORANDUM FOR: Director", "The file was passed to the Bureau."]) == ([], [])


def test_bureau_airtel_to_a_field_office_whose_labels_ocr_lost():
    sender, to = read_fbi_offices(["FD-36 (Rev. 12-13-56)", "AIRTEL", "moi SAC, MIAMI (105-1598)",
                                   "he 7 DIRECTOR, FBI (105-72630)", "PEDRO DIAZ", "IS - CUBA"])
    assert [p.name for p in sender] == ["Director, FBI"] and [p.name for p in to] == ["SAC, Miami"]
    # a field office named in the text far above the Bureau's line is no addressee
    sender, to = read_fbi_offices(["SAC, MIAMI (105-1598) advised", "x", "x", "x", "x", "x", "DIRECTOR, FBI (1-2)"])
    assert [p.name for p in sender] == ["SAC, Miami"] and [p.name for p in to] == ["Director, FBI"]


def test_cable_station_codes_of_the_hemisphere():
    sender, to = read_cable_people(["SECRET 231842Z CITE MONT 4411", "DIRECTOR"])
    assert [(p.name, p.role) for p in sender] == [("Montevideo", "MONT")]


def test_cable_addressee_without_its_precedence_and_with_its_information_addressees():
    h = read_form_header(["SECRET", "TOR: 192010Z DEC 63", "CITE DIRECTOR 85469", "TO: PRIORITY MEXICO CITY INFO WAVE.",
                          "SUBJECT: CONTACTS WITH SOVIET EMBASSY"])
    assert [(p.name, p.role) for p in h.to] == [("Mexico City", None), ("JMWAVE (Miami)", "info WAVE")]
    h = read_form_header(["FROM: DIRECTOR", "TO: IMMEDIATE DIR", "SUBJECT: X"])
    assert [(p.name, p.role) for p in h.to] == [("Director", "DIR")]


def test_letterhead_memorandum_is_from_the_office_that_wrote_it():
    sender, to = read_fbi_offices(["UNITED STATES DEPARTMENT OF JUSTICE", "FEDERAL BUREAU OF INVESTIGATION",
                                   "In Reply, Please Refer to", "File No.", "Dallas, Texas", "November 30, 1963",
                                   "LEE HARVEY OSWALD", "On November 29, 1963, a source advised as follows."])
    assert [(p.name, p.role) for p in sender] == [("Dallas", "FBI")]
    sender, _ = read_fbi_offices(["FEDERAL BUREAU OF INVESTIGATION", "In Reply, Please Rejer to", "File No.",
                                  "WASHINGTON 25, D. G.", "October 15, 1959"])
    assert [(p.name, p.role) for p in sender] == [("Federal Bureau of Investigation", "FBI")]


def test_state_telegram_number_after_the_action_addressee():
    h = read_form_header(["INCOMING TELEGRAM", "FROM: Mexico City", "ACTION: SECSTATE 1213", "DATE: November 30"])
    assert [p.name for p in h.to] == ["Secstate"]


def test_bureau_decode_of_a_cable_from_abroad():
    sender, to = read_fbi_offices(["Cablegram", "DECODE OF CODED CABLE NUMBER 529 DATED SEPTEMBER 12, 1957, 4 ie,",
                                   "AT MEXICO CITY, MEXICO. RECEIVED VIA THE STATE DEPARTMENT", "ALBERTO BAYO, IS - CUBA"])
    assert [p.name for p in sender] == ["Legat, Mexico City"] and [p.name for p in to] == ["Director, FBI"]


def test_information_report_is_from_the_agency_heading_it(tmp_path):
    lines = ["CENTRAL INTELLIGENCE AGENCY", "", "This material contains information affecting the National Defense",
             "REPORT NO. CS 3/412,809", "COUNTRY El Salvador/Cuba", "SUBJECT Travel of Students DATE DISTR. 16 Sept",
             "DATE ACQ. (10 September 1959) FIELD REPORT NO. 6", "SOURCE: Person with access (B)."]
    sender, to = read_report_origin(lines)
    assert [(p.name, p.role) for p in sender] == [("Central Intelligence Agency", "CIA")] and to == []
    # without a report's captions the heading is a letterhead or a form's printer: no sender from it
    assert read_report_origin(["CENTRAL INTELLIGENCE AGENCY", "WASHINGTON 25, D.C.", "Dear Mr. Hoover:"]) == ([], [])
    record = _record(tmp_path, "\n".join(lines + ["1. On 9 September a delegation of students left San Salvador for "
                                                   "Habana aboard a Cuban Airlines plane with the ambassador."]))
    assert [p.role for p in record.from_] == ["CIA"]


def test_surname_misread_in_the_header_is_put_right_from_the_routing_list(tmp_path):
    record = _record(tmp_path, "OPTIONAL FORM NO. 10\nUNITED STATES GOVERNMENT\nMemorandum\nTO\nMr. Belmonte,\nFROM\n"
                     "SUBJECT:\nA.\nRosen\nCHESTER SMITH\nINTERSTATE TRANSPORTATION OF STOLEN PROPERTY\n"
                     "DATE: July 27, 1961\nTolson -\nBelmont\nMohr -\nCallahan\nConrad _\nRosen 1\nTrotter -\n\n"
                     "Chester Smith, confidential informant of the Miami Office since 1960, has advised of a scheme.\n"
                     "NW 65924 Docld:32345629 Page 2\n")
    assert [p.name for p in record.to] == ["Mr. Belmont"]
    assert [p.name for p in record.from_] == ["A. Rosen"]


def test_subject_stops_at_a_sentence_opening_and_skips_a_dispatch_box_caption():
    h = read_form_header(["TO : CIA Task Force", "FROM : The Review Staff", "SUBJECT : SSC/HSC Request", "The attached",
                          "SSC letter requests hundreds of items"])
    assert h.subject == "SSC/HSC Request"
    h = read_form_header(["TO : Chief, WH", "FROM : COS", "SUBJECT : Request of the Senate", "Select Committee"])
    assert h.subject == "Request of the Senate Select Committee"
    h = read_form_header(["OFFICIAL DISPATCH", "TO", "Chief, WHD", "FROM", "Chief of Station", "GENERAL.", "SUBJECT",
                          "( SPECIFIC", "Operational", "Robert A. MAHEU", "", "1. Subject is the head of a firm."])
    assert h.subject == "Operational Robert A. MAHEU"


def test_information_report_is_not_titled_by_its_printed_warning_or_source_line(tmp_path):
    record = _record(tmp_path, "TELEGRAM INFORMATION REPORT\nTELEGRAM\nSECRET\nDATE DISTR. 25 NOVEMBER 1963\n"
                     "THIS IS UNEVALUATED INFORMATION. SOURCE GRADINGS ARE DEFINITIVE.\n"
                     "SOURCE AN OFFICIAL DUTCH SERVICE FROM A MIDDLE LEVEL COMMUNIST WITH REGULAR ACCESS\n"
                     "AFTER THE ASSASSINATION OF PRESIDENT KENNEDY THE PARTY REACTED TO THE NEWS.\n")
    assert record.title is None


@pytest.mark.parametrize("lines, side, people", [
    # a name, its office and the office's staff on three lines: one person
    (["FROM", ": H. Clark Schor", "Chief, Plans and Review Group", "Central Cover Staff", "SUBJECT: Request"], "sender",
     [("H. Clark Schor", "Chief, Plans and Review Group, Central Cover Staff")]),
    # file numbers with semicolons; a telegram's number and date line under its addressee
    (["TO: DIRECTOR, FBI (100-333702; 100-30067)", "FROM: LEGAT, PARIS", "SUBJECT: X"], "to", [("Director, FBI", None)]),
    (["FROM: MEXICO CITY", "TO: SECRETARY OF STATE", "1213, NOVEMBER 30, 3 P.M.", "IMMEDIATE", "SUBJECT: X"], "to",
     [("Secretary of State", "SECSTATE")]),
    # OCR specks under a name; an agency written out with its date column and junk under it
    (["TO Mr. W.C. Sullivan", "iy", "FROM: Mr. R.W. Smith", "SUBJECT: X"], "to", [("Mr. W.C. Sullivan", None)]),
    (["FROM: CIA", "TO MEDERAL BUREAU OP INVESTIGATIONS DATE 2", "Gabysasma", "SUBJECT: Taps"], "to",
     [("Mederal Bureau Op Investigations", "FBI")]),
])
def test_header_value_lines_that_are_no_more_of_the_name(lines, side, people):
    assert [(p.name, p.role) for p in getattr(read_form_header(lines), side)] == people


def test_labels_misread_by_one_letter_and_what_ends_their_values():
    h = read_form_header(["Memorandum", "aly Wb y (295-202233) CONFIDENTIAL 3-28-74",
                          "rrom : SAC, SAN JUAN (105-12631) (RUC) ae o", "supject: CUBANOS UNIDOS ° REASON: ; U e)",
                          "(UNITED CUBANS)", "ReMMlet to Bureau, 12-20-73.", "", "The following sources were contacted."])
    assert [p.name for p in h.sender] == ["SAC, San Juan"]
    assert h.subject == "CUBANOS UNIDOS (UNITED CUBANS)"
    assert read_form_header(["TO: Director", "Room: 4E-12", "SUBJECT: Cars"]).sender == []


def test_cable_header_with_two_labels_on_one_line(tmp_path):
    h = read_form_header(["SECRET", "TO: DIRECTOR FROM: MEXICO CITY", "ACTION: C/WH 5"])
    assert [p.name for p in h.to] == ["Director"] and [p.name for p in h.sender] == ["Mexico City"]
    record = _record(tmp_path, "SECRET\n\nTO: DIRECTOR FROM: MEXICO CITY\n\nSUBJECT: Visa applications\n\n"
                     "1. STATION AGENT REPORTS SUBJECT VISITED CUBAN CONSULATE ON 27 SEPT AND ASKED FOR VISA.\n")
    assert [p.name for p in record.to] == ["Director"] and [p.name for p in record.from_] == ["Mexico City"]


def test_dispatch_boxes_left_empty_take_no_values_and_a_subject_runs_on_after_a_connector():
    h = read_form_header(["DISPATCH", "TO", "Chief, Western Hemisphere Division", "INFO.", "FROM",
                          "Chief of Station, Mexico City", "SUBJECT", "Operational/LIENVOY", "Transmittal of Monthly Report",
                          "ACTION REQUIRED - REFERENCES", "1. Forwarded herewith is the monthly report."])
    assert [p.name for p in h.sender] == ["Chief of Station, Mexico City"]
    assert h.subject == "Operational/LIENVOY Transmittal of Monthly Report"
    h = read_form_header(["TO: Richard Sprague", "FROM: Robert K. Tanenbaum", "RE: Interview with Sylvia Odio concerning",
                          "her contacts in Dallas", "Sylvia Odio was interviewed at her residence in Miami on March 8."])
    assert h.subject == "Interview with Sylvia Odio concerning her contacts in Dallas"
    h = read_form_header(["TO : SAC, NEW ORLEANS (100-16601)", "FROM : DIRECTOR, FBI (105-82555)",
                          "SUBJECT: LEE HARVEY OSWALD", "INTERNAL SECURITY - CUBA", "Reurlet 11/25/63."])
    assert h.subject == "LEE HARVEY OSWALD INTERNAL SECURITY - CUBA"


def test_memorandum_for_one_office_a_line_is_one_addressee_a_line():
    h = read_form_header(["MEMORANDUM FOR: Chief, Counter Intelligence Staff", "Chief, Security Research Staff",
                          "ATTENTION: Mr. Raymond Rocca", "SUBJECT: Lee Harvey OSWALD"])
    assert [(p.name, p.role) for p in h.to] == [("Chief, Counter Intelligence Staff", None),
                                                ("Chief, Security Research Staff", None)]


def test_a_list_of_memoranda_is_no_header():
    lines = ["PERSONAL INFO EXTRACTED", "MEMO FOR C/AS DTD 15 FEB 62, P. 1", "MEMO FOR C/AB DTD 17 AUG 62, P. 1",
             "x", "x", "x", "x", "MEMO FOR D/S DTD 13 MAR 63, P. 1", "x", "x", "x", "x", "MEMO FOR RUD DIO MOCTLYPI,"]
    assert read_form_header(lines).to == []
    assert [p.role for p in read_form_header(["x", "TO RUEKJCS SECRET SERVICE PROTECTIVE DIVISION"]).to] == ["USSS"]


def test_title_without_portion_marks_and_on_one_line(tmp_path):
    record = _record(tmp_path, "SECRET\nMEMORANDUM FOR: Director of Security\nSUBJECT: (U) Establishment of a CIA\n"
                     "Representative in Canada (C)\n1. This memorandum is for information only and needs no reply.\n")
    assert record.title == "Establishment of a CIA Representative in Canada"


def test_equals_sign_for_a_colon_and_a_margin_stamp_after_the_value():
    h = read_form_header(["TO : Mr. Sullivan", "FROM : Mr. Smith", "SUBJECT PIPER AZTEC, NO. 4878P | 5 Te-yC",
                          "INTERNAL SECURITY - CUBA"])
    assert h.subject == "PIPER AZTEC, NO. 4878P INTERNAL SECURITY - CUBA"
    h = read_form_header(["TO : Mr. A. Jones", "FROM = Mr. B. Carter [Classified by 1234", "SUBJECT: Cars"])
    assert [p.name for p in h.sender] == ["Mr. B. Carter"]


def test_agency_written_out_keeps_its_initials_and_a_lone_teletype_address_counts():
    h = read_form_header(["FM CIA", "x", "x", "x", "x", "x", "TO RUEKJCS SECRET SERVICE PROTECTIVE DIVISION"])
    assert [p.role for p in h.to] == ["USSS"]
    h = read_form_header(["SUBJECT: Visit", "TO MEDERAL BUREAU OP INVESTIGATIONS", "FROM: Chief"])
    assert h.to[0].role == "FBI"


def test_memorandum_signature_without_a_from_line():
    sig = read_memo_signature(["MEMORANDUM FOR: Director", "1. Further review of our files shows nothing more.",
                               "Chief, Central Cover Staff", "ec: DD/P"])
    assert [p.name for p in sig] == ["Chief, Central Cover Staff"]
    sig = read_memo_signature(["1. I met him today for an hour about the request.", "S.D. Pratt", "Distribution:"])
    assert [p.name for p in sig] == ["S.D. Pratt"]


def test_memorandum_signature_over_an_office_designator():
    sig = read_memo_signature(["MEMORANDUM FOR THE RECORD", "1. On 15 October I met Mr. Scott at his office today.",
                               "JOHN M. WHITTEN", "C/WH/3", "SECRET"])
    assert [(p.name, p.role) for p in sig] == [("JOHN M. WHITTEN", "C/WH/3")]


@pytest.mark.parametrize("signature, person", [
    (["/s/ John Smith", "Chief, WH/3"], ("John Smith", "Chief, WH/3")),
    (["(Signed) John Smith", "Chief, WH/3"], ("John Smith", "Chief, WH/3")),
    (["Sam Papich", "Liaison Officer"], ("Sam Papich", "Liaison Officer")),
])
def test_memorandum_signature_forms(signature, person):
    sig = read_memo_signature(["MEMORANDUM FOR THE RECORD", "1. On 15 October I met Mr. Scott at his office today."]
                              + signature)
    assert [(p.name, p.role) for p in sig] == [person]


def test_army_memorandum_for_record_signed_over_a_rank():
    h = read_form_header(["DEPARTMENT OF THE ARMY", "MEMORANDUM FOR RECORD", "SUBJECT: Lee Harvey OSWALD"])
    assert h.record and [p.name for p in h.to] == ["the Record"]
    sig = read_memo_signature(["MEMORANDUM FOR RECORD", "1. On 22 November 1963 this office received the report.",
                               "HERBERT D. LEE", "Major, MI", "Commanding"])
    assert [(p.name, p.role) for p in sig] == [("HERBERT D. LEE", "Major, MI")]


def test_cable_addressee_above_cite_and_serial_line_sender():
    sender, to = read_cable_people(["SECRET", "DIRECTOR", "CITE LOND 2724"])
    assert (sender[0].name, to[0].name) == ("London", "Director")
    sender, to = read_cable_people(["TOT: 190508Z JAN 96", "INTEL 190508Z DIRECTOR 604606", "TO:"])
    assert sender[0].name == "Director"


def test_cable_action_addressee_before_info_and_under_the_cite_line():
    assert read_cable_people(["PRIORITY DIR INFO WAVE CITE MEXI 7024"])[1][0].name == "Director"
    assert read_cable_people(["SECRET 271930Z CITE MEXI 7024", "DIRECTOR INFO WAVE"])[1][0].name == "Director"
    assert read_cable_people(["SECRET 271930Z CITE DIR 7024", "DIRECTOR"])[1] == []


def test_cite_alone_on_its_line_with_the_station_below_and_the_addressee_further_up():
    # an incoming cable's clean copy: addressee, sending station, date, IN number, then `CITE` / `(STATION NNNN`
    sender, to = read_cable_people(["SECRET", "Clean Copy of IN 20362", "DIRECTOR", "SAN JOSE", "10 October 1957",
                                    "IN 20362", "CITE", "(SAJO 2724", "RE:", "1. Station learned today."])
    assert [(p.name, p.role) for p in sender] == [("San Jose", "SAJO")]
    assert [(p.name, p.role) for p in to] == [("Director", "DIRECTOR")]
    # `CITE` alone with no station and serial below it names nobody
    assert read_cable_people(["DIRECTOR", "CITE", "TO:", "DIRECTOR INFO"]) == ([], [])


def test_untitled_letter_is_titled_by_its_addressee(tmp_path):
    record = _record(tmp_path, "January 7, 1971\nMr. John Smith\n12 Rose Lane\nDallas, Texas\nDear John:\n"
                     "In accordance with our recent conversation I write to tell you that I am leaving the firm.\n"
                     "Sincerely,\n")
    assert record.title == "Letter to Mr. John Smith"


@pytest.mark.parametrize("lines, levels", [
    (["S-E-C-R-E-T", "x", "x", "x", "x", "x", "ISE CRET"], ["Secret", "Secret"]),  # letter-spaced, edge rule
    (["3Y SECRET", "x", "x", "x", "x", "x", "SECRET ."], ["Secret", "Secret"]),  # stray characters
    (["SECRET’", "x", "x", "x", "x", "x", "TOP SECRET e"], ["Secret", "Top Secret"]),
    (["'OP SECRET", "x", "x", "x", "x", "x", "TCP SECRET"], ["Top Secret", "Top Secret"]),  # T lost or misread
    (["TOP", "SECRET"], ["Top Secret"]),  # split over two lines
    (["CONFIDENTIAb", "x", "x", "x", "x", "x", "CONFIDENTAL"], ["Confidential", "Confidential"]),  # end damaged
])
def test_ocr_damaged_markings(lines, levels):
    assert [lv for _, lv in line_markings(lines)] == levels


@pytest.mark.parametrize("line, level", [
    ("CLASSIFICATION: SECRET", "Secret"),
    ("REPORT CLASS S E C R E T--WNINTEL - -NOFORN", "Secret"),
    ("SECURITY CLASSIFICATION UNCLASSIFIED", "Unclassified"),
    ("SECRET 231842Z CITE MEXICO CITY 1234", "Secret"),  # a cable's header line
    ("S E C R E T 0718302 CITE WAVE 6011", "Secret"),
    ("TO : DIRECTOR, FBI (105-202233) CONFIDENTIAL DATE: 3-28-74", "Confidential"),  # between header columns
    ("SECRET 2", "Secret"),  # the page's number on the marking's line
    ("TOP SECRET 12", "Top Secret"),
])
def test_markings_in_form_fields_and_header_lines(line, level):
    assert [lv for _, lv in line_markings([line])] == [level]


@pytest.mark.parametrize("lines", [
    ["ALL INFORMATION CONTAINED", "HEREIN IS", "UNCLASSIFIED", "EXCEPT WHERE SHOWN OTHERWISE"],
    ["REPRODUCTION FROM THIS COPY IS PROHIBITED UNLESS", '"UNCLASSIFIED"'],
    ["CLASSIFIED BY 6280 SLD/LP", "DECLASSIFY ON: 25X1"],  # a review stamp states no level
    ["SECRET SERVICE"], ["CONFIDENTIAL SOURCE ADVISED"], ["1. SECRET AGENTS REPORTED"], ["SECRETA"],
    ["By memorandum classified SECRET dated 9-8-69,"],
])
def test_release_statements_names_and_prose_are_no_markings(lines):
    assert line_markings(lines) == []


def test_unclassified_marking_counts_and_a_routing_box_does_not_hide_a_real_marking():
    assert page_marking([], "UNCLASSIFIED\nMEMORANDUM FOR: Chief\n1. Text.\nUNCLASSIFIED") == ("Unclassified", False)
    slip = ["SECRET", "CONFIDENTIAL", "x", "x", "UNCLASSIFIED", "x", "x", "SECRET"]
    assert line_markings(slip) == [(7, "Secret")]
    assert page_marking([], "SECRET\nText.\nUNCLASSIFIED\nMore text.\nSECRET") == ("Secret", False)


UNMARKED_MEMO = ("UNITED STATES GOVERNMENT\nMemorandum\nTO : Mr. Belmont\nFROM : Mr. Rosen\nDATE: July 27, 1961\n"
                 "SUBJECT: CHESTER ZOCHOWSKI\nINTERSTATE TRANSPORTATION OF STOLEN PROPERTY\n"
                 "Chester Zochowski, confidential informant of the Miami Office since 7/19/60, has advised of an "
                 "alleged scheme to defraud through the inflation of stocks and the disposal of these stocks at an "
                 "inflated price. He has identified the principal individual involved in this scheme as an attorney "
                 "who is reportedly a friend of the Secret Service agent in the area.\n"
                 "ACTION: For information.\nNW 50953 DocId:32299985 Page 2\n")


def test_readable_scan_without_marking_or_sign_of_one_is_unclassified(tmp_path):
    record = _record(tmp_path, UNMARKED_MEMO)
    assert (record.classification.level, record.classification.source) == ("Unclassified", "no-marking")


@pytest.mark.parametrize("sign", [
    "CLASSIFIED BY 5668 SLD\nDECLASSIFY ON: 25X",  # a reviewer's stamp, the marking itself lost
    "DECLASSIFICATION AUTHORITY DERIVED FROM:\nFBI AUTOMATIC DECLASSIFICATION GUIDE",
    "CIA HAS NO OBJECTION TO\nDECLASSIFICATION AND/OR\nRELEASE OF THIS DOCUMENT",
    "2 6 SEGRER",  # the marking at the page's foot, damaged past reading
    "ONFIDENTIAI",
    "the scheme was described to him. (U)",  # portion marks
    "GROUP 1\nExcluded from automatic\ndowngrading and declassification",
    "This material contains information affecting the National Defense of the United States within the "
    "meaning of the Espionage Laws",
])
def test_a_sign_of_classification_without_a_readable_marking_gives_no_level(tmp_path, sign):
    record = _record(tmp_path, UNMARKED_MEMO.replace("ACTION: For information.", sign))
    assert record.classification is None


def test_garbled_scan_without_marking_gives_no_level(tmp_path):
    garbled = UNMARKED_MEMO + "Xqzv Brqt plmk zzorp wvq Kflrm trnq\n" * 30
    assert _record(tmp_path, garbled).classification is None


@pytest.mark.parametrize("lines, iso", [
    (["CLASSIFIED MESSAGE", "DATE : 27 NOV 63", "TO : DIRECTOR"], "1963-11-27"),  # a cable form's two-digit year
    (["DATE: 6 Jan. '64"], "1964-01-06"),
    (["DATE • 4 December 1963"], "1963-12-04"),  # the label's colon read as a bullet
    (["DATE = 4 December 1963"], "1963-12-04"),
    (["Date: November 27,1963"], "1963-11-27"),  # the comma's space lost
    (["Dear Mr. Smith:", "July 7th, 1964"], "1964-07-07"),  # a letter's ordinal day alone on its line
    (["22nd November 1963"], "1963-11-22"),
    (["November 22 , 1963"], "1963-11-22"),  # the comma set apart
])
def test_date_label_variants(lines, iso):
    assert read_date(lines).iso == iso


@pytest.mark.parametrize("lines", [
    ["Date 14 January 1976"],  # a routing slip's column, no label
    ["FBI NEW YORK REPORT DATED OCTOBER 27, 1970. THAT REPORT REFERRED"],  # prose
    ["DATE: 27 NOV 6312"],
])
def test_no_date_from_unlabelled_or_malformed_values(lines):
    assert read_date(lines) is None


@pytest.mark.parametrize("line, iso", [
    ("NR 003 WA PLAIN 4:01AM 12-14-73 JPS", "1973-12-14"),
    ("1147 PM URGENT 11-22-63 RLG", "1963-11-22"),  # a precedence between the time and the date
    ("FBI DALLAS 12:29 AM CST 11/23/63 RDP", "1963-11-23"),  # a time zone; slashes
    ("URGENT 11-25-63 9-16 PM EST RRD", "1963-11-25"),  # the date before the time
])
def test_teletype_transmission_lines(line, iso):
    assert read_date(["TELETYPE", line, "TO DIRECTOR"]).iso == iso


@pytest.mark.parametrize("line", ["At 10:10 PM 7-19-64, Mr. Hayden telephoned",  # prose
                                  "RECEIVED 11-23-63 4:20 PM", "FBI RECD 4:20 PM 11-23-63"])  # received stamps
def test_prose_and_received_stamps_are_no_transmission_line(line):
    assert read_date([line]) is None


@pytest.mark.parametrize("lines, iso", [
    (["SECRET", "Novembet 24, 1963", "MEMORANDUM FOR: Chief"], "1963-11-24"),  # a date alone on its line
    (["DATE: 10 Septenber 1959"], "1959-09-10"),
    (["Date:", "Dotober 15, 1959"], "1959-10-15"),  # the value on the next line
])
def test_ocr_damaged_long_month_names(lines, iso):
    assert read_date(lines).iso == iso


@pytest.mark.parametrize("lines", [["Augusta 5, 1963"], ["Branch 24, 1963"], ["10 Retake 1957"]])
def test_words_and_far_misreadings_are_no_month(lines):
    assert read_date(lines) is None
