"""Shapes of the lines that make up a document's header and closing."""
from __future__ import annotations

import re

from ..vocabulary import CLASSIFICATION_LEVELS, HANDLING_WORDS, MONTH_ANY, MONTH_NAMES

# `319. Memorandum From …` — the numbered heading of modern volumes
NUMBERED_HEADING = re.compile(r"^(?P<n>\d{1,4})\. (?P<title>\S.*)$", re.S)
# `No. 623` on its own line above the title (1952–54 volumes)
NUMBER_LINE = re.compile(r"^No\. (?P<n>\d{1,4})$")
# `No. 232.` — the serial of a 19th-century volume, printed above the title
SERIAL_NOTE = re.compile(r"^No\. \d{1,4}\.$")
# a central-file number, alone or with its type: `740.00119 FEAC/10–449: Telegram`, `794C.0221/1–753`
FILE_NUMBER = r"\d{3}[A-Z]?\.[\dA-Z]+(?:[ .][A-Z][\w.()]*)*(?: \([\w ]+\))?/\d{1,2}[–-]\d{3,6}"
# (the type may be two words, the second in lower case: `893.00/1–2049: Circular telegram`; a file number may be
# marked as filed with another: `FW 793.00/9–2149`)
FILE_NUMBER_NOTE = re.compile(rf"^(?:(?:FW )?{FILE_NUMBER}|[A-Z][\w .,]+ Files?,? Lot \d+ ?[A-Z] ?\d+[\w ,]*)(?:: (?P<type>[A-Z][a-z]+(?: [A-Za-z][a-z]+)?))?$")
FILE_NUMBER_IN_TEXT = re.compile(FILE_NUMBER)

_LEVELS = "|".join(CLASSIFICATION_LEVELS)
# An editor's bracketed words standing for left-out text (`[Here follows a report …]`, `[Omitted here is …]`,
# `[Text not declassified]`): a paragraph of the document, not a marking.
EDITORIAL_INSERT = r"(?:Here follows?|Omitted|Remainder|Rest of|[^\]]*\b(?:not declassified|not printed|not found|omitted)\b)"
_HANDLING = "|".join(sorted(HANDLING_WORDS, key=len, reverse=True))
# an opener marking line: `top secret`, `Secret`, `Priority`, `[Telegram.]`, `No. 759`, `Extract`
OPENER_LINE = re.compile(
    rf"^(?:(?:{_LEVELS}|{_HANDLING}|Urgent|Personal|Private|Strictly Confidential|Confidential—Security Information"
    rf"|Secret—Security Information|Top Secret—Security Information|Restricted—Security Information)"
    rf"(?:[;,/—–-] ?(?:{_HANDLING}|Security Information))*\.?"
    rf"|\[(?!{EDITORIAL_INSERT})[A-Z][^\]]{{0,40}}\.?\]|No\. \d{{1,5}}\.?\]?|Extract|Excerpt|Translation|Draft"
    r"|Security Information)$", re.I)  # (1952–54 print `Secret` / `Security Information` on two lines)

# A date as written in a dateline: `December 1, 1959`, `September 26 and 27, 1959`, `21 October 1949`
DAY_RANGE = r"\d{1,2}(?:(?:–|-| and | or |/)\d{1,2})?"
DATE_MDY = rf"(?:{MONTH_ANY}) ?{DAY_RANGE},? \d{{4}}"
DATE_DMY = rf"{DAY_RANGE} (?:{MONTH_ANY}),? \d{{4}}"
DATE_MY = rf"(?:{MONTH_NAMES}) \d{{4}}"
# a range across months or years: `February 28–March 1, 1962`, `December 31, 1982–January 1, 1983`
DATE_ACROSS = rf"(?:{MONTH_ANY}) ?\d{{1,2}}(?:,? \d{{4}})?(?:–|-)(?:{MONTH_ANY}) ?\d{{1,2}},? \d{{4}}"
DATE_TEXT = rf"(?:{DATE_ACROSS}|{DATE_MDY}|{DATE_DMY}|{DATE_MY}|undated|[Uu]ndated)"
# A dateline: optional place, then a date at the start of what follows the place (a footnote marker may be
# glued to a final year: `Washington, December 1, 19652`).
DATELINE = re.compile(
    rf"^(?P<place>(?:\[?[A-Z][^\n]{{0,80}}?,\]?|\[[A-Z][^\]\n]{{0,60}}\]))?\s*(?P<date>{DATE_TEXT})(?P<rest>[.,—–\-:;\s].*|\d{{1,2}}|)$", re.S)

SUBJECT_HEAD = re.compile(r"^(?:S ?U ?B ?J ?E ?C ?T|Subject|SUBJ|Subj)\s*:?\s*$")
SUBJECT_INLINE = re.compile(r"^(?:SUBJECT|Subject|SUBJ|Subj|RE|Re)\s*:\s*(?P<text>\S.*)$", re.S)
# (OCR may space the letters of a typed heading: `PARTIC IPANTS`)
PARTICIPANTS_HEAD = re.compile(r"^(?:P ?A ?R ?T ?I ?C ?I ?P ?A ?N ?T ?S|Participants|P ?R ?E ?S ?E ?N ?T|Present|ALSO PRESENT|Also Present)\s*:?\s*$")
LIST_ITEM = re.compile(r"^(?P<indent> {1,8}|\t+)(?P<label>[•\-–*]|\(?[0-9]{1,3}[.)]|\(?[a-zA-Z][.)]|\([ivx]+\))\s+(?P<text>\S.*)$")
TAB_ITEM = re.compile(r"^\t+(?P<text>\S.*)$")

# closings of letters: `Sincerely yours,`, `Respectfully yours,`
SALUTATION = re.compile(r"^(?:(?:Very )?(?:Sincerely|Respectfully|Faithfully|Cordially|Truly)(?: yours)?|(?:I am, )?(?:[Ss]ir, )?[Yy]ours (?:very )?(?:truly|sincerely|respectfully|faithfully)|(?:With )?(?:[Ww]arm(?:est)? |[Bb]est |[Kk]ind(?:est)? )?(?:[Rr]egards|[Ww]ishes)|Best|As ever|Ever yours"
    # 19th-century despatches: `I have the honor to be, sir, your obedient servant,`, `I have the honor to be, &c.,`
    r"|(?:[A-Z][\w ,]{0,60}?)?(?:I have the honou?r to be|I am|[Vv]ery respectfully|Respectfully)\b[^.:;]{0,80}?(?:servant|&c\.?))[,.]?$")
CC_LINE = re.compile(r"^(?:(?:cc|CC|Cc)\b|c\.c\.|(?:Copy|Copies|COPY) (?:to|TO)\b|(?:Distribution|DISTRIBUTION)(?=\s*:))\s*(?::|-{1,2}|—|–)?\s*(?P<text>.*)$", re.S)
# An initials-only sign-off (`WPR`, `K.`) is not a signature in the FRUS TEI.
INITIALS = re.compile(r"^(?:[A-Z]{1,4}\.?|(?:[A-Z]\.\s?){2,4})$")  # `WPR`, `K.`, `H.A.K.`, `H. A. K.`
# a continuation line of a list item (indented deeper than the label)
CONT_OK = re.compile(r"^ {3,}\S")
# the opening of an enclosure or attachment: `[Extract.]`, `Tab A`, `[Annex 1]`, `Enclosure`
ENCLOSURE_HEAD = re.compile(
    r"^\[?(?:Enclosure|Inclosure|Annex|Attachment|Appendix|Tab [A-Z0-9]|Extract|Indorsements?|Enclosures?|Attachments?)"
    r"\b[^\n]{0,40}?\]?\d{0,2}$")
