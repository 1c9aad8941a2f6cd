"""Perturbation tests for the scan reader: header regions of the real-OCR families (FBI memoranda, airtels
and teletypes, CIA cables and memoranda, committee letters) as the same offices typed them on other days
and as other OCR engines read them. Each variant says what the record must read; a value the page does not
give must stay empty, never be filled with a stamp's or a caption's words."""
from __future__ import annotations

import pytest

from fruspipe.options import Options
from fruspipe.pipeline import convert

BODY = """1. This memorandum is in response to the request of the Committee staff, which asked for the files held
by this office on the persons named in the attached list and for any reports made about them.
2. The files were searched and the reports found are being reviewed for release to the Committee under
the agreed procedures. A further report will be made when the review has been completed.
"""


def read(tmp_path, header: str, tail: str = "") -> dict:
    p = tmp_path / "variant.txt"
    p.write_text(header + BODY + tail, encoding="utf-8")
    r = convert(p, Options()).record
    return {
        "date": r.date.iso if r.date else None,
        "classification": r.classification.level if r.classification else None,
        "doc_type": r.doc_type,
        "from": [p.name for p in r.from_],
        "to": [p.name for p in r.to],
        "title": r.title,
    }


# --- FBI teletypes: the transmission line names the kind; the file number is typed bare ----------------

TELETYPES = {
    "bare file number": ("""FBI WASH DC
FBI NEW ORLEANS
1147 PM URGENT 11-22-63 RLG
TO DIRECTOR
FROM SAC, NEW ORLEANS 89-69
ASSASSINATION OF PRESIDENT JOHN FITZGERALD KENNEDY.
""", "1963-11-22", ["SAC, New Orleans"], "ASSASSINATION OF PRESIDENT JOHN FITZGERALD KENNEDY"),
    "page count and a marking in the caption": ("""NR 012 PH CODE
9:36 PM NITEL 12/3/68 MJW
TO DIRECTOR (105-82555)
FROM PHILADELPHIA (105-1234) 2P
SECRET
JOHN DOE, IS - CUBA.
""", "1968-12-03", ["Philadelphia"], "JOHN DOE, IS - CUBA"),
}


@pytest.mark.parametrize("name", TELETYPES)
def test_teletype_variants(tmp_path, name):
    header, iso, sender, title = TELETYPES[name]
    r = read(tmp_path, header)
    assert r["doc_type"] == "Teletype"
    assert r["date"] == iso
    assert r["from"] == sender  # the case caption under FROM is the subject, not a second sender
    assert r["to"] == ["Director"]
    assert r["title"] == title


# --- committee letters: the inside address, not the letterhead ----------------------------------------

def test_letter_addressee_is_the_inside_address_not_the_letterhead(tmp_path):
    r = read(tmp_path, """SELECT COMMITTEE ON ASSASSINATIONS
U.S. HOUSE OF REPRESENTATIVES
WASHINGTON, D.C. 20515
March 9, 1978
Mr. John Smith
Deputy Director
Federal Bureau of Investigation
Washington, D.C. 20535
Dear Mr. Smith:
""", "\nSincerely,\nG. Robert Blakey\nChief Counsel and Director\n")
    assert r["doc_type"] == "Letter" and r["date"] == "1978-03-09"
    assert r["to"] == ["Mr. John Smith"]
    assert r["from"] == ["G. Robert Blakey"]


# --- FBI Form 10 memoranda: a stamp or a scrawl between a name and the next label ---------------------

@pytest.mark.parametrize("inserted", ["REC- 74", "Jhw 7", "EX-103"])
def test_stamp_or_scrawl_under_a_name_is_no_office(tmp_path, inserted):
    r = read(tmp_path, f"""OPTIONAL FORM NO. 10
UNITED STATES GOVERNMENT
Memorandum
TO
: Mr. DeLoach
{inserted}
FROM
: A. Rosen
SUBJECT:
JOHN DOE
INTERSTATE TRANSPORTATION OF STOLEN PROPERTY
DATE: December 3, 1968
""")
    assert r["date"] == "1968-12-03" and r["doc_type"] == "Memorandum"
    assert r["to"] == ["Mr. DeLoach"] and r["from"] == ["A. Rosen"]
    p = tmp_path / "variant.txt"
    to = convert(p, Options()).record.to
    assert to[0].role is None


def test_form_10_labels_printed_before_their_values(tmp_path):
    r = read(tmp_path, """OPTIONAL FORM NO. 10
UNITED STATES GOVERNMENT
Memorandum
TO
FROM
SUBJECT:
Mr. W. C. Sullivan
R. W. Smith
JOHN DOE
INTERNAL SECURITY - CUBA
DATE: 7/19/64
""")
    assert (r["date"], r["from"], r["to"]) == ("1964-07-19", ["R. W. Smith"], ["Mr. W. C. Sullivan"])
    assert r["title"] == "JOHN DOE INTERNAL SECURITY - CUBA"


# --- committee memoranda: labels with and without colons ----------------------------------------------

@pytest.mark.parametrize("sep", [": ", "     "])
def test_committee_memo_labels_with_or_without_colons(tmp_path, sep):
    r = read(tmp_path, f"""MEMORANDUM
TO{sep}Senator Church
FROM{sep}F.A.O. Schwarz, Jr.
DATE{sep}June 3, 1975
RE{sep}Robert Maheu
""")
    assert r["doc_type"] == "Memorandum" and r["date"] == "1975-06-03"
    assert r["to"] == ["Senator Church"] and r["from"] == ["F.A.O. Schwarz, Jr"]
    assert r["title"] == "Robert Maheu"


def test_a_reference_line_in_prose_is_no_label(tmp_path):
    # `Re   Bureau airtel`: the FBI's reference line, in mixed case, stays text even with a gap after `Re`
    r = read(tmp_path, """FBI
Date: 4/4/60
AIRTEL
TO:
DIRECTOR, FBI (105-72630)
FROM: SAC, MIAMI (105-1598)
PEDRO LUIS DIAZ LANZ
IS - CUBA
Re   Bureau airtel dated 3/31/60.
""")
    assert r["title"] == "PEDRO LUIS DIAZ LANZ - IS - CUBA"
    assert r["date"] == "1960-04-04"


# --- CIA memoranda: the marking as typed and as OCR damaged it -----------------------------------------

CIA_MEMO = """{mark}
{date}
MEMORANDUM FOR: Director of Security
FROM
: Chief, Central Cover Staff
SUBJECT
: Robert A. Maheu
"""


@pytest.mark.parametrize("mark, level", [
    ("SECRET", "Secret"), ("S E C R E T", "Secret"), ("SECRE T", "Secret"), ("SECRFT", "Secret"),
    ("CONFIDENTIAL", "Confidential"), ("C O N F I D E N T I A L", "Confidential"),
    ("CONFIDENTLAL", "Confidential"), ("CONFLDENTIAL", "Confidential"),  # an I read as L
    ("TOP SECRET", "Top Secret"), ("TOP SECRET EYES ONLY", "Top Secret"), ("SECRET/SENSITIVE", "Secret"),
    ("~~SECRET~~", "Secret"), ("SECRET - NOFORN", "Secret"), ("UNCLASSIFIED", "Unclassified"),
    ("SECRET SERVICE", None),  # a name, no marking
])
def test_memo_marking_variants(tmp_path, mark, level):
    r = read(tmp_path, CIA_MEMO.format(mark=mark, date="3 December 1968"))
    assert r["classification"] == level
    assert (r["date"], r["from"], r["to"], r["title"]) == (
        "1968-12-03", ["Chief, Central Cover Staff"], ["Director of Security"], "Robert A. Maheu")


@pytest.mark.parametrize("date, iso", [
    ("3 December 1968", "1968-12-03"), ("DEC 3 1968", "1968-12-03"), ("3 DEC 1968", "1968-12-03"),
    ("December 3, 1968", "1968-12-03"), ("DECEMBER 3, 1968", "1968-12-03"), ("3 Decenber 1968", "1968-12-03"),
    ("December 3,1968", "1968-12-03"), ("December 3 , 1968", "1968-12-03"),
    ("12/3/68", None), ("DEC 3 - 1968", None),  # unreadable as the document's date: left empty, not guessed
])
def test_memo_date_variants(tmp_path, date, iso):
    r = read(tmp_path, CIA_MEMO.format(mark="SECRET", date=date))
    assert r["date"] == iso


# --- FBI letterhead memoranda: the letterhead's two columns on one OCR line ---------------------------

@pytest.mark.parametrize("head", [
    ["In Reply, Please Refer to", "File No. 105-12631", "San Juan, Puerto Rico", "March 18, 1974"],
    ["In Reply, Please Refer to San Juan, Puerto Rico", "File No. 105-12631 March 18, 1974"],
    ["In Reply, Please Refer to San Juan, Puerto Rico", "File No. March 18, 1974"],
])
def test_letterhead_memorandum_columns(tmp_path, head):
    r = read(tmp_path, "UNITED STATES DEPARTMENT OF JUSTICE\nFEDERAL BUREAU OF INVESTIGATION\n" + "\n".join(head)
             + "\nCONFIDENTIAL\nCUBANOS UNIDOS (UNITED CUBANS)\n")
    assert r["date"] == "1974-03-18" and r["classification"] == "Confidential"
    assert r["from"] == ["San Juan"]


@pytest.mark.parametrize("name, office", [
    ("John H. Waller", "Inspector General"), ("Lyman B. Kirkpatrick", "Inspector General"),
    ("Richard M. Bissell", "Deputy Director (Plans)"), ("John S. Warner", "Legislative Counsel"),
    ("Thomas H. Karamessines", "Senior Adviser to the Director"),
])
def test_the_office_under_a_sender_is_its_role(tmp_path, name, office):
    r = read(tmp_path, f"""ROUTING AND RECORD SHEET
SUBJECT: (Optional)
FROM:
EXTENSION
NO.
DATE
RECEIVED FORWARDED
OFFICER'S INITIALS
NW 65924 Docld:32345629 Page 2

CONFIDENTIAL
14 MAR 1977
MEMORANDUM FOR: Deputy Director for Operations
FROM
: {name}
{office}
SUBJECT
: Committee Request
""")
    p = tmp_path / "variant.txt"
    sender = convert(p, Options()).record.from_
    assert [(s.name, s.role) for s in sender] == [(name, office)]
    assert (r["date"], r["classification"], r["title"]) == ("1977-03-14", "Confidential", "Committee Request")


# --- CIA cables: the header block as the outgoing and incoming forms print it -------------------------

def test_outgoing_cable_caption_and_address_line(tmp_path):
    r = read(tmp_path, """OUTGOING MESSAGE
CONFIDENTIAL
FROM: DIRECTOR
CONF: WH 8
INFO: DDP
TO PRIORITY JMWAVE INFO MEXI CITE DIRECTOR 84512
REF JMWAVE 1234
""")
    assert r["classification"] == "Confidential"
    assert r["from"] == ["Director"]  # `CONF: WH 8` is a caption with its value, no second sender
    assert r["to"][0] == "Jmwave" and not any("Cite" in t for t in r["to"])
    assert "CITE" not in (r["title"] or "")  # the address line is no opening text


@pytest.mark.parametrize("station, code, city", [("MEXICO CITY", "MEXI", "Mexico City"), ("CARACAS", "CARA", "Caracas"),
                                                  ("PARIS", "PARI", "Paris")])
def test_incoming_cable_stations(tmp_path, station, code, city):
    r = read(tmp_path, f"""CLASSIFIED MESSAGE
SECRET
FROM
{station}
ACTION
C/WH 5
INFO
DDP, C/CI
SECRET 031542Z DEC 63 CITE {code} 7045
DIRECTOR
RYBAT
""")
    assert (r["date"], r["classification"], r["doc_type"]) == ("1963-12-03", "Secret", "Cable")
    assert r["from"] == [city] and r["to"] == ["Director"]


def test_a_cut_first_paragraph_and_a_caveat_are_no_title(tmp_path):
    r = read(tmp_path, """SECRET. CITE CIA 8227420
SECRET --WARNING NOTICE - SENSITIVE INTELLIGENCE SOURCES AND
METHODS INVOLVED--NOT RELEASABLE TO FOREIGN NATIONALS
SUBJECT :
PALOMERA PEREZ, IGNACIO.
HEREIN IS UNCLASSIFIED
1. ACCORDING
""")
    assert r["title"] == "PALOMERA PEREZ, IGNACIO"


def test_a_received_stamp_under_the_subject_is_no_part_of_it(tmp_path):
    r = read(tmp_path, """SECRET
MEMORANDUM FOR: Director of Security
FROM
: Chief, Central Cover Staff
SUBJECT
: Robert A. Maheu
RECEIVED
MAR 3 1 1960
""")
    assert r["title"] == "Robert A. Maheu"
    assert r["date"] == "1960-03-31"  # the stamp is the only date on the page


# --- FBI teletypes and airtels from other offices ------------------------------------------------------

@pytest.mark.parametrize("header, iso, sender, to, level", [
    ("FBI WASH DC\nRECEIVED\n12:05 AM 3-10-61 JMB\nTO SAC MIAMI\nFM DIRECTOR FBI (105-95677)\nCONFIDENTIAL\n"
     "FIDEL CASTRO, IS - CUBA\n", "1961-03-10", "Director FBI", "SAC Miami", "Confidential"),
    ("REC'D 11/26/63 3:12 AM\nFBI NEW YORK\n10:30 PM URGENT 11-25-63 GMR\nTO DIRECTOR\nFROM SAC NEW YORK 105-38431\n"
     "JACK RUBY, AKA\n", "1963-11-25", "SAC New York", "Director", None),
])
def test_teletype_offices_and_received_stamps(tmp_path, header, iso, sender, to, level):
    r = read(tmp_path, header)
    assert (r["doc_type"], r["date"], r["from"], r["to"]) == ("Teletype", iso, [sender], [to])
    assert r["classification"] == level


@pytest.mark.parametrize("header, iso, sender, to", [
    ("FBI\nDate: 8/14/64\nTransmit the following in\n(Type in plain text or code)\nVia AIRTEL\n"
     "(Priority or Method of Mailing)\nTO: DIRECTOR, FBI (105-82555)\nFROM: LEGAT, MEXICO CITY (105-3702) (P)\nSECRET\n"
     "LEE HARVEY OSWALD\nIS - R - CUBA\n", "1964-08-14", "LEGAT, Mexico City", "Director, FBI"),
    ("FBI\nDate:\n9/23/69\nTransmit the following in\n(Type in plain text or code)\nVia\nAIRTEL\n"
     "(Priority or Method of Mailing)\nTO:\nSAC, LOS ANGELES (105-20414)\nFROM:\nDIRECTOR, FBI (105-137428)\n"
     "ROLANDO ESPARZA\nIS - CUBA\n", "1969-09-23", "Director, FBI", "SAC, Los Angeles"),
    ("OPTIONAL FORM NO. 10\nMAY 1962 EDITION\nGSA FPMR (41 CFR) 101-11.6\n\nUNITED STATES GOVERNMENT\nMemorandum\n\n"
     "TO : DIRECTOR, FBI (105-93264) DATE: 2/20/70\nrrom : SAC, PHILADELPHIA (105-1873) (P)\n"
     "supject: JOSE ANTONIO PEREZ\nIS - CUBA\n", "1970-02-20", "SAC, Philadelphia", "Director, FBI"),
])
def test_fbi_forms_from_other_offices(tmp_path, header, iso, sender, to):
    r = read(tmp_path, header)
    assert (r["date"], r["from"], r["to"]) == (iso, [sender], [to])


def test_an_unreadable_page_gives_no_header_values(tmp_path):
    p = tmp_path / "variant.txt"
    p.write_text("Xq7 ;;k# ZZZ\nffT 9 ~~ qqp\nTO ||| rrr xzz\nFROM ,,, Qwxv Zqr\n" + "zxq qpw kkv lmn ppq rrt\n" * 8)
    r = convert(p, Options()).record
    assert (r.date, r.from_, r.to, r.title) == (None, [], [], None)
    assert any("low-ocr-quality" in str(w) for w in r.warnings)


# --- header lines in two columns, in another order, with a scrawl between them ------------------------

@pytest.mark.parametrize("header, to, sender, title", [
    ("SECRET\nMEMORANDUM FOR: Director of Security DATE: 3 December 1968\nFROM: Chief, Central Cover Staff\n"
     "SUBJECT: Robert A. Maheu\n", ["Director of Security"], ["Chief, Central Cover Staff"], "Robert A. Maheu"),
    ("SECRET\nMEMORANDUM FOR: Director of Security\nFROM: Chief, Central Cover Staff\n"
     "SUBJECT: Robert A. Maheu DATE: 3 December 1968\n", ["Director of Security"], ["Chief, Central Cover Staff"],
     "Robert A. Maheu"),
    ("CONFIDENTIAL\nMEMORANDUM\nTO: Mr. Belmont FROM: A. Rosen\nSUBJECT: CHESTER ZOCHOWSKI DATE: December 3, 1968\n",
     ["Mr. Belmont"], ["A. Rosen"], "CHESTER ZOCHOWSKI"),
    ("SECRET\nSUBJECT: Robert A. Maheu\nMEMORANDUM FOR: Director of Security\nFROM: Chief, Central Cover Staff\n"
     "3 December 1968\n", ["Director of Security"], ["Chief, Central Cover Staff"], "Robert A. Maheu"),
    ("SECRET\n~~ 4/ ¡ k\nMEMORANDUM FOR: Director of Security\n$ hr ML\nFROM: Chief, Central Cover Staff\n"
     "SUBJECT: Robert A. Maheu\n3 December 1968\n", ["Director of Security"], ["Chief, Central Cover Staff"],
     "Robert A. Maheu"),
])
def test_header_layouts(tmp_path, header, to, sender, title):
    r = read(tmp_path, header)
    assert (r["date"], r["to"], r["from"], r["title"]) == ("1968-12-03", to, sender, title)


# --- State telegrams and CIA information reports -------------------------------------------------------

def test_outgoing_state_telegram_action_alone_is_the_addressee(tmp_path):
    r = read(tmp_path, "OUTGOING TELEGRAM Department of State\nSECRET\nACTION: Amembassy MEXICO 1234\nDecember 3, 1963\n")
    assert (r["doc_type"], r["date"], r["classification"], r["to"]) == ("Telegram", "1963-12-03", "Secret",
                                                                         ["Amembassy MEXICO"])


def test_information_report_distribution_date(tmp_path):
    r = read(tmp_path, """CENTRAL INTELLIGENCE AGENCY
INFORMATION REPORT TELEGRAM
SECRET
COUNTRY CUBA
TDCS -3/566,031
DATE DISTR. 28 NOVEMBER 1963
SUBJECT REACTION OF CUBAN OFFICIALS TO THE ASSASSINATION
DATE OF INFO. 23 NOVEMBER 1963
PLACE & DATE ACQ. MEXICO, MEXICO CITY (25 NOVEMBER 1963)
""")
    assert (r["doc_type"], r["date"], r["classification"]) == ("Report", "1963-11-28", "Secret")


@pytest.mark.parametrize("office, name", [("MEXICO", "Mexico"), ("BUENOS AIRES", "Buenos Aires"),
                                          ("ANCHORAGE", "Anchorage"), ("SANTO DOMINGO", "Santo Domingo")])
def test_fbi_form_10_office_whose_sac_ocr_lost(tmp_path, office, name):
    r = read(tmp_path, f"""OPTIONAL FORM NO. 10
UNITED STATES GOVERNMENT
Memorandum
TO a D-2uCTOR, FBI (105-137428) DATE: 9-23-69
moi cer, {office} (105-5161) SY 4)
suBJECT: ROLANDO ARCADIO ESPARZA HERNANDEZ
IS - CUBA
""")
    assert r["date"] == "1969-09-23"
    assert any(name.lower() in f.lower() for f in r["from"])
    assert r["to"] and "Director" in r["to"][0]


@pytest.mark.parametrize("sent, iso", [
    ("8:35 PM CST URGENT 11-24-63 DCH", "1963-11-24"), ("URGENT 11/23/63 2-51 AM EST", "1963-11-23"),
    ("NITEL 11-26-63 10:15 PM MJS", "1963-11-26"), ("FBI DALLAS 12:29 AM CST 11/23/63", "1963-11-23"),
    ("2:05PM IMMEDIATE 3/10/61 JMB", "1961-03-10"), ("FBI WASH DC 11-23-63 2:10 AM", "1963-11-23"),
])
def test_teletype_transmission_lines(tmp_path, sent, iso):
    r = read(tmp_path, f"{sent}\nTO DIRECTOR\nFROM SAC, DALLAS 89-43\nLEE HARVEY OSWALD, IS - R - CUBA\n")
    assert (r["doc_type"], r["date"], r["from"], r["to"]) == ("Teletype", iso, ["SAC, Dallas"], ["Director"])


# --- a received or routing stamp below an FBI form's numeric Date: label ---------------------------------

@pytest.mark.parametrize("stamp", ["16 DEC 1968", "DEC 16 1968", "EX-103 16 DEC 1968", "REC- 74 DEC 16 1968"])
def test_a_later_stamp_below_the_date_label_is_no_date_or_caption(tmp_path, stamp):
    r = read(tmp_path, f"""OPTIONAL FORM NO. 10
UNITED STATES GOVERNMENT
Memorandum
TO
: DIRECTOR, FBI (105-82555)
DATE: 12/3/68
FROM
: SAC, NEW ORLEANS (105-1095)
SUBJECT:
JOHN DOE
IS - CUBA
{stamp}
""")
    assert r["date"] == "1968-12-03"
    assert r["title"] == "JOHN DOE IS - CUBA"
    assert (r["from"], r["to"]) == (["SAC, New Orleans"], ["Director, FBI"])


# --- memoranda signed at the foot, a copy list typed under the office without a blank line -------------

@pytest.mark.parametrize("tail, sender", [
    ("\nS. D. Breckinridge\nDeputy Inspector General\ncc: DDO\n", ("S. D. Breckinridge", "Deputy Inspector General")),
    ("\nHoward J. Osborn\nDirector of Security\nDistribution:\nOrig & 1 - Addressee\n",
     ("Howard J. Osborn", "Director of Security")),
])
def test_signature_ends_before_the_copy_list(tmp_path, tail, sender):
    p = tmp_path / "variant.txt"
    p.write_text("SECRET\n22 May 1975\nMEMORANDUM FOR THE RECORD\nSUBJECT: Meeting with Committee Staff\n" + BODY + tail)
    r = convert(p, Options()).record
    assert [(s.name, s.role) for s in r.from_] == [sender]
