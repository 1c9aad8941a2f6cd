"""Named data for reading scanned memoranda, cables, airtels and letters (issue 4).

Kept apart from `vocabulary.py` (FRUS headings) so the two layouts' data can
change independently; the rules in `extract/forms/` read only these.
"""
from __future__ import annotations

# Header labels of typed forms, as printed (OCR variants included), mapped to the field they open.
# Matched case-insensitively at the start of a line; a mixed-case label needs a colon after it.
HEADER_LABELS: dict[str, str] = {
    "MEMORANDUM FOR THE RECORD": "record",
    "MEMORANDUM FOR": "to",
    "MEMORANDUM TO": "to",
    "MEMO FOR": "to",
    "TO": "to",
    "FROM": "from",
    "FM": "from",
    "SUBJECT": "subject",
    "SUBJ": "subject",
    "SUBJECTS": "subject",
    "SUBJECI": "subject",  # OCR of SUBJECT
    "SUBJEOT": "subject",
    "RE": "subject",
    "DATE": "date",
    "DATED": "date",
    "THROUGH": "through",
    "THRU": "through",
    "VIA": "through",
    "REF": "ref",
    "REFS": "ref",
    "REFERENCE": "ref",
    "REFERENCES": "ref",
    "ATTN": "attn",
    "ATTENTION": "attn",
    "INFO": "info",
    "ACTION": "action",
    "CC": "cc",
    "COPY TO": "cc",
}

# Words that open the line under a name in a signature or an address block: the name's office.
ROLE_WORDS = frozenset("""chief director deputy assistant associate executive special secretary counsel
commissioner chairman acting general counselor attorney agent officer head administrator ambassador
president staff legal inspector comptroller coordinator adviser advisor consul supervisor analyst investigator
historian archivist senior
major colonel lieutenant captain commander commanding brigadier admiral sergeant""".split())

# Courtesy titles that open a personal name.
NAME_TITLES = r"(?:Mr|Mrs|Ms|Miss|Dr|Hon|Honorable|The Honorable|General|Gen|Colonel|Col|Admiral|Adm|Senator|Judge|Captain|Capt)\.?"

# The kind of document a line at the top of a page names: (regex on the stripped line, type).
# Searched in document order; the first hit wins.
DOC_TYPE_CUES: tuple[tuple[str, str], ...] = (
    (r"^MEMORANDUM\s+FOR\s+THE\s*(?:RECORD|$)", "Memorandum for the Record"),
    (r"^(?:OFFICE\s+)?MEMORANDUM\b", "Memorandum"),
    (r"^Memorandum$", "Memorandum"),
    (r"^MEMO\s+(?:FOR|TO)\b", "Memorandum"),
    (r"^(?:Via\s+)?AIRTEL\b", "Airtel"),
    (r"^TELETYPE\b", "Teletype"),
    (r"^(?:INCOMING|OUTGOING)\s+TELEGRAM\b|^TELEGRAM$|^Telegram$", "Telegram"),
    (r"^(?:CLASSIFIED|OUTGOING|INCOMING)\s+MESSAGE\b|^END\s+OF\s+MESSAGE\b", "Cable"),
    (r"^(?:OFFICIAL\s+)?D[IE]SPATCH\b", "Despatch"),
    (r"^(?:TELEGRAM\s+)?INFORMATION\s+REPORT\b|^REPORT\s+NO\b", "Report"),
    (r"^(?:My\s+)?Dear\s+(?:" + NAME_TITLES + r"\s+)?[A-Z][\w.' -]{1,40}[:,]$", "Letter"),
)

# CIA cable addresses (the word after CITE, or before it for the addressee) and what they stand for.
CABLE_ADDRESSES: dict[str, str] = {
    "DIR": "Director", "DIRECTOR": "Director", "HQS": "Headquarters",
    "MEXI": "Mexico City", "WAVE": "JMWAVE (Miami)", "BRIN": "Berlin", "FRAN": "Frankfurt",
    "PARI": "Paris", "LOND": "London", "ROME": "Rome", "BONN": "Bonn", "MADR": "Madrid",
    "TOKY": "Tokyo", "HAVA": "Havana", "CARA": "Caracas", "GUAT": "Guatemala City",
    "PANA": "Panama City", "SAJO": "San Jose", "SDOM": "Santo Domingo", "OTTA": "Ottawa",
    "CIA": "CIA Headquarters", "MOSC": "Moscow", "VIEN": "Vienna", "STOC": "Stockholm", "HELS": "Helsinki",
    "BERN": "Bern", "GENE": "Geneva", "BRUS": "Brussels", "HAGU": "The Hague", "MANI": "Manila",
    "MONT": "Montevideo", "BUEN": "Buenos Aires", "SANT": "Santiago", "LIMA": "Lima", "QUIT": "Quito",
    "BOGO": "Bogota", "LAPA": "La Paz", "RIOD": "Rio de Janeiro", "TEGU": "Tegucigalpa", "MANA": "Managua",
    "SALV": "San Salvador", "KING": "Kingston", "TRUJ": "Ciudad Trujillo", "COPE": "Copenhagen", "OSLO": "Oslo",
    "ATHE": "Athens", "ANKA": "Ankara", "TEHR": "Tehran", "SAIG": "Saigon", "BANG": "Bangkok", "LISB": "Lisbon",
    "HONG": "Hong Kong", "MUNI": "Munich", "HAMB": "Hamburg",
}

# A cable's precedence before its addressee (`TO: PRIORITY MEXICO CITY INFO WAVE`): no part of the name.
CABLE_PRECEDENCE = r"^(?:OPERATIONAL\s+)?(?:PRIORITY|IMMEDIATE|ROUTINE|FLASH|DEFERRED|NIACT)\s+(?=[A-Z])"
# A cable's information addressees after its action addressee (`MEXICO CITY INFO WAVE`, `BRIN INFO FRAN`).
CABLE_INFO = r"\s+INFO\s+"

# A later cable's serial line: the date-time group, the sending station and its serial (`190508Z DIRECTOR 604606`).
CABLE_SERIAL = r"^(?:[A-Z]{3,8}\s+)?\d{6}Z\s+(?P<from>[A-Z]{3,8})\s+\d{5,8}$"
# A cable's `RE:` or `REF:` value that cites earlier cables by station and serial (`BRIN 5267 (IN 90848)`,
# `DIR 92740`, `A. MEXI 2818`): a reference, not the subject.
CABLE_REFERENCE = (r"^(?:[A-Z][.)]?\s+)?[A-Z]{3,5}[\s-]+\d{3,7}(?:\s*\([^)]*\)?)?"
                   r"(?:[\s,;]+(?:[A-Z][.)]?\s+)?[A-Z]{3,5}[\s-]+\d{3,7}(?:\s*\([^)]*\)?)?)*\W*$")
# The printed warnings of an information report or a cable form, which open no document's text:
# `THIS IS UNEVALUATED INFORMATION. SOURCE GRADINGS ARE DEFINITIVE.`, `This material contains information
# affecting the National Defense ...`.
FORM_BOILERPLATE = (r"UNEVALUATED\s+INFORMATION|SOURCE\s+GRADINGS|APPRAISAL\s+OF\s+CONTENT|"
                    r"AFFECTING\s+THE\s+NATIONAL\s+DEFEN[CS]E|ESPIONAGE\s+LAWS|"
                    # the caveat under a marking: `WARNING NOTICE - SENSITIVE INTELLIGENCE SOURCES AND METHODS INVOLVED`
                    r"WARNING\s+NOTICE|METHODS\s+INVOLVED|NOT\s+RELEASABLE")
# A classification portion mark on a subject line (`(U) Request for Files`, `Visit to Canada (C)`): the
# paragraph's level, no part of the subject.
PORTION_MARK = r"\s*\((?:U|C|S|TS|S/NF|C/NF|S/NOFORN|FOUO|LOU)\)\s*"
# The captions printed inside a dispatch's SUBJECT box, read as lines of their own: `GENERAL`, `(SPECIFIC)`.
SUBJECT_BOX_CAPTION = r"^[\W_]{0,3}(?:GENERAL|SPECIFIC)[\W_]{0,3}$"
# A form's caption alone on its line, ending in a colon (`CONF:`, `ORIG:`, `UNIT:`): no value, and the end of the
# value above it.
FORM_CAPTION = r"^[\W_]{0,2}[A-Za-z][A-Za-z/.' ]{1,19}\s?:$"
# a short capitals caption with its value on its line (`CONF: C/WH 4`, `EXT: 6211`): not part of a name above it
FORM_CAPTION_WITH_VALUE = r"^[\W_]{0,2}[A-Z]{2,6}\s?:\s*\S"

# What follows a memorandum's signature: a distribution list, copies, attachments, the typist's reference.
SIGNATURE_FOLLOWS = r"^(?:[ce]c\s*:|(?:Distribution|Attachments?|Enclosures?|Encls?|Orig)\b)"

# Words of a release or review stamp: a date on such a line is not the document's date.
NOT_DOCUMENT_DATE = (r"RELEAS|REVIEW|DECLASS|AUTHORITY|CLASSIFIED\s+BY|EXEMPT|DOWNGRAD|APPROVED|"
                     r"DATE\s+OF\s+DECLASS|RECORDED|INDEXED|SEARCHED|SERIALIZED|FILED")
# The years a document of the collection can bear; review and release years fall outside.
DOCUMENT_YEARS = (1940, 1999)

# Words of form captions, stamps and library labels: a header "value" that holds one is not a name.
NOT_A_NAME = (r"\b(?:EXTENSION|RECEIVED|FORWARDED|OFFICER|ROOM|BUILDING|PROPERTY\s+OF|P?HOTO\s?COPY|LIB[RP]ARY|"
              r"REPRODUCTION|RELEASE|CLASSIF\w*|DECLASSIF\w*|DOCUMENT|INITIALS|COMMENTS|OPTIONAL|"
              r"PAGE|COPY|COPIES|ROUTING|FORM|CONTAINED|HEREIN)\b|^\W*(?:T?NO|DATE|TIME|UNIT|(?:NO\s+)?OBJECTION)\W*$")

# A copy stamp printed above a `FROM` (`PHOTOCOPY` / `FROM` / `THE GERALD R. FORD LIBRARY`): that FROM is no label.
COPY_STAMP = r"^[\W_]{0,3}(?:PHOTO\s?COPY|REPRODUCED|COPY)[\W_]{0,3}$"
# The same stamp's first word at the end of a line of text, where unwrapping joined it to the line above.
COPY_STAMP_AT_END = r"\s(?:PHOTO\s?COPY|REPRODUCED)[\W_]{0,3}$"

# Offices that the catalogue and the page write both long and short: the short form is kept as the role.
OFFICE_ABBREVIATIONS: dict[str, str] = {
    "deputy director of central intelligence": "DDCI",
    "director of central intelligence": "DCI",
    "secretary of state": "SECSTATE",
    "director, federal bureau of investigation": "Director, FBI",
    "federal bureau of investigation": "FBI",
    "central intelligence agency": "CIA",
    "secret service": "USSS",
}

# Agencies written out inside a longer name (OCR-damaged letters allowed), kept as the role in their short form.
AGENCY_NAMES: tuple[tuple[str, str], ...] = (
    (r"\b\w?EDERAL\s+BUREAU\s+\w{1,2}\s+INVESTIGATION", "FBI"),
    (r"\bSECRET\s+SERVICE\b", "USSS"),
    (r"\bCENTRAL\s+INTELLIGENCE\s+AGENCY\b", "CIA"),
)

# FBI offices in the lines of an airtel or Form 10 memorandum, when OCR has lost the TO/FROM labels.
# (OCR damages the word: `DIRECIOR, FBI`, `D-2uCTOR, FBI`; the `, FBI` after it is what counts)
FBI_HEADQUARTERS = r"\b(?:ACTING\s+)?D\S{0,3}C\S?[TI1][O0I]R,?\s+FBI\b"
# FBI field offices and legal attachés as an airtel or Form 10 memorandum names them, when the `SAC,`
# before the office is lost: the office followed by its file number, `MIAMI (97-518)`.
FBI_OFFICES = ("ALBANY", "ALBUQUERQUE", "ATLANTA", "BALTIMORE", "BIRMINGHAM", "BOSTON", "BUFFALO", "BUTTE",
               "CHARLOTTE", "CHICAGO", "CINCINNATI", "CLEVELAND", "DALLAS", "DENVER", "DETROIT", "EL PASO",
               "HONOLULU", "HOUSTON", "INDIANAPOLIS", "JACKSONVILLE", "KANSAS CITY", "KNOXVILLE", "LAS VEGAS",
               "LITTLE ROCK", "LOS ANGELES", "LOUISVILLE", "MEMPHIS", "MIAMI", "MILWAUKEE", "MINNEAPOLIS",
               "MOBILE", "NEW HAVEN", "NEW ORLEANS", "NEW YORK", "NEWARK", "NORFOLK", "OKLAHOMA CITY", "OMAHA",
               "PHILADELPHIA", "PHOENIX", "PITTSBURGH", "PORTLAND", "RICHMOND", "SACRAMENTO", "ST. LOUIS",
               "SALT LAKE CITY", "SAN ANTONIO", "SAN DIEGO", "SAN FRANCISCO", "SAN JUAN", "SAVANNAH", "SEATTLE",
               "SPRINGFIELD", "TAMPA", "WFO", "WASHINGTON FIELD", "MEXICO", "MEXICO CITY", "PARIS", "LONDON",
               "BONN", "ROME", "OTTAWA", "TOKYO", "MADRID", "CARACAS", "BERN", "HONG KONG", "MANILA", "RIO DE JANEIRO",
               # further field offices and legal attachés of the 1950s to 1970s, and OCR's spelling of one
               "ANCHORAGE", "COLUMBIA", "ST LOUIS", "BUENOS AIRES", "MONTEVIDEO", "MANAGUA", "SANTO DOMINGO",
               "PANAMA", "PANAMA CITY", "BEIRUT", "BRASILIA", "CANBERRA", "COPENHAGEN", "LA PAZ", "SINGAPORE")
FBI_OFFICE_FILE = (r"\b(?P<office>" + "|".join(o.replace(".", r"\.").replace(" ", r"\s+") for o in FBI_OFFICES)
                   + r")\s\(\d{1,3}-\d{2,7}\)")
FBI_FIELD_OFFICE = r"\b(?:[SB]AC|LEGAT|LEGAL\s+ATTACHE),?\s+(?P<office>[A-Z][A-Z]+(?:\s+[A-Z][A-Z]+)?)\b"

# A field office's communication names its addressee, the Bureau, in the copy list (`3 - Bureau (RM)`) or
# in its text (`Enclosed for the Bureau are ...`, `copies to Bureau`), when OCR has lost the TO line.
BUREAU_ADDRESSED = (r"^[\W_]{0,3}[0-9Il]{0,2}\s?[-–]\s?Bureau\b|\b(?:for|to)\s+(?:the\s+)?Bureau\b"
                    r"(?![\s-]*(?:airtel|letter|teletype|cable|radiogram|memo|file|source|agent|'s)\b)")
# The FBI's letterhead (a letterhead memorandum, LHM): `In Reply, Please Refer to` / `File No.`, then the place it
# was written (`Dallas, Texas`) over its date. The place is the office that wrote it; Washington is the Bureau.
FBI_LETTERHEAD = r"\bIn\s+Reply,?\s+Please\s+Re\w{2,3}\s+to\b"
FBI_LETTERHEAD_PLACE_LINES = 6
# OCR that reads the letterhead's two columns as one line puts the place or the date after its caption
# (`In Reply, Please Refer to San Juan, Puerto Rico`, `File No. 105-12631 March 18, 1974`): the caption, cut off.
FBI_LETTERHEAD_CAPTION = (r"^[\W_]{0,3}(?:In\s+Reply,?\s+Please\s+Re\w{2,3}\s+to|File\s+N[oO0]\.?(?:\s*[\dA-Z]{1,4}-[\d-]+)?)"
                          r"\s+(?=\S)")
# An FBI decode of a cable from abroad names where the cable was sent: `DECODE OF CODED CABLE NUMBER 529
# DATED SEPTEMBER 12, 1957, AT MEXICO CITY, MEXICO`; a legal attaché sent it to the Bureau.
DECODE_SENT_AT = (r"\bDECODE\s+OF\b.{0,100}?\bAT\s+(?P<place>[A-Z][A-Z.]+(?:\s[A-Z][A-Z.]+){0,2})"
                  r"(?=\s*[,.]|\s+RECEIVED\b)")

# An FBI office in a TO or FROM value, closed by its file number or case status (`SAC, MIAMI (105-1598)`,
# `LEGAT, LONDON (62-358) (RUC)`): the capitals under it are the case caption, the form's subject.
# A teletype types the number bare and may add its page count (`FROM SAC, NEW ORLEANS 89-69`,
# `FROM PHILADELPHIA (105-1234) 2P`).
OFFICE_FILE_NUMBER_END = (r"(?:\(\d{1,3}-\d{2,7}[^)]{0,12}\)|(?<![\d/-])\b\d{1,3}-\d{2,7})(?:\s?\((?:RUC|P|C|UC)\))?"
                          r"(?:\s\d{1,2}\s?P(?:AGES)?)?\W*$|\((?:RUC|P|C|UC)\)\W*$")

# The lines of a scan in which a document's header (labels, type words, date lines, stamps) can stand:
# the first pages. Reading further only costs time on long texts (a 1 MB text has ~20,000 lines).
HEADER_SCAN_LINES = 200

# A custody stamp (`PROPERTY OF` / `THE WHITE HOUSE OFFICE`) shows that the record is another
# office's copy: the archive catalogues the copy, whose level need not be the marking it carries.
CUSTODY_STAMP = r"^[\W_]{0,3}PROPERTY\s+OF\b"

# Captions of an intelligence information report (CIA TDCS, field information reports): its header
# prints the date of the information and the date acquired before the date of distribution.
INFORMATION_REPORT = (r"^[\W_]{0,3}(?:TELEGRAM\s+)?INFORMATION\s+REPORT|^[\W_]{0,3}FIELD\s+REPORT\s+NO\b|"
                      r"\bDATE\s+DIST|\bDATE\s+ACQ|\bDATE\s+OF\s+INFO")
# The header lines of an information report in which those dates stand.
REPORT_HEADER_LINES = 40

# A document dated this many days after the document's own date, later in the same text, is a later
# paper filed with it (a review memo added years on), not a part of it.
LATER_DOCUMENT_DAYS = 366

# --- classification markings on a scan (extract/markings.py) ----------------------------------------

# OCR damage to typed markings beyond look-alike letters (`vocabulary.marking_pattern`), per level:
# `TOP` losing its T (`'OP SECRET`, `IOP SECRET`, `TCP SECRET`), and the end of a long word lost or
# misread (`CONFIDENTIAb`, `CONFIDENTIM`, `CONFIDENTAL`). Each is tried after the level's own pattern.
MARKING_DAMAGE: dict[str, tuple[str, ...]] = {
    "Top Secret": (r"[T7I1l|'‘’]?[O0QC]P\s?[S5$]\s?[EF]\s?[CG(]\s?R\s?[EF]\s?[T7]",),
    # an I read as L as often as 1, l or | (`CONFIDENTLAL`, `CONFLDENTIAL`)
    "Confidential": (r"[CG(]\s?[O0Q]\s?N\s?[FE]\s?[I1lL|]\s?[D0O]\s?[EF]\s?N\s?[T7](?:[I1lL|]A?[A-Za-z]?|AL)",),
    "Unclassified": (r"UN[CG(]LASS\s?[I1l|][FE][I1l|][EF][D0O]?",),
}
# A form field that holds the level: `CLASSIFICATION: SECRET`, `REPORT CLASS S E C R E T--NOFORN`.
MARKING_FIELD = r"(?:(?:REPORT|SECURITY)\s+)?CLASS(?:IFICATION)?\s?[:.;=-]?\s?"
# A cable's header line after its level: a date-time group (its Z read as 2) or, within two words, the CITE
# (`SECRET 231842Z CITE MEXI 1234`, `S E C R E T 0718302 CITE WAVE 6011`, `SECRET PRIORITY CITE DIR 1234`).
CABLE_HEADER_AFTER_MARKING = r"(?:[A-Z]{1,8}\s)?(?:\d{6}[Z2]\b|(?:\S{1,12}\s){0,2}CITE\b)"
# Words of a release statement or a reproduction notice (`ALL INFORMATION CONTAINED` / `HEREIN IS` /
# `UNCLASSIFIED`, `PROHIBITED UNLESS "UNCLASSIFIED"`): an `UNCLASSIFIED` next to them is no marking.
RELEASE_STATEMENT = (r"HEREIN|CONTAINED|EXCEPT|SHOWN\s+OTHERWISE|PROHIBITED|UNLESS|REPRODUCTION|"
                     r"WHEN\s+BLANK|ATTACHED|DECLASS")
# The file number of an FBI header line (`DIRECTOR, FBI (105-202233)`) after which a typed marking can
# stand in the same OCR line, between the header's columns.
FILE_NUMBER_BEFORE_MARKING = r"\(\d{1,3}-\d{2,7}\)(?:\s?\((?:RUC|P|C|UC)\))?\s{1,3}"

# Signs on a scan that its document was once classified, though no marking could be read (the marking
# lost at the page's edge or to the OCR): a classification or declassification stamp (`CLASSIFIED BY`,
# `DECLASSIFY ON`, `DECLASSIFICATION AUTHORITY`, `NO OBJECTION TO DECLASSIFICATION`), the words of a
# level in capitals, a caveat (`NOFORN`, `EYES ONLY`, `Excluded from automatic downgrading`), the
# Espionage Laws notice of a report, or paragraph portion marks (`(S)`, `(C)`, `(U)`). A scan without any
# of them is not classified (`extract/markings.py`, `unmarked_scan`).
CLASSIFIED_SIGNS = (r"CLASSIF|NOFORN|NO\s+FOREIGN\s+DISSEM|EYES\s+ONLY|DOWNGRAD|ESPIONAGE\s+LAWS?|"
                    r"NATIONAL\s+DEFENSE\s+OF\s+THE")
# ... matched in capitals only: a level word (not `Secret Service`, `SECRET SERVICE`, `confidential informant`)
# and a portion mark (not a list item `(c)`)
LEVEL_WORD_IN_A_NAME = r"(?=\s+(?:SERVICE|SOURCE|INFORMANT|AGENT|FUND)|\s+Service)"
CLASSIFIED_SIGNS_IN_CAPITALS = rf"\b(?:SECRET|CONFIDENTIAL|RESTRICTED)\b(?!{LEVEL_WORD_IN_A_NAME})|\((?:TS|S|C|U)\)"
# Level words as OCR damages them beyond `MARKING_DAMAGE` (`SEGRER`, `SERREI`, `CONFIDENTIAI`): a
# capitalised token this many letters (Levenshtein) from the word counts as a sign too.
DAMAGED_LEVEL_WORDS = {"SECRET": 2, "CONFIDENTIAL": 3}
