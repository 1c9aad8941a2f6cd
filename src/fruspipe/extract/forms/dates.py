"""The date of a scanned document: `Date:` labels, dates alone on a line, cables' date-time groups,
teletype transmission lines and received stamps, and the evidence on a page against the date read."""
from __future__ import annotations

import re

from ...clean.wordlist import edit_distance, is_word
from ...furniture import classify_line
from ...memo_vocabulary import (DOCUMENT_YEARS, FBI_LETTERHEAD_CAPTION, INFORMATION_REPORT, LATER_DOCUMENT_DAYS,
                                NOT_DOCUMENT_DATE, REPORT_HEADER_LINES)
from ...vocabulary import MONTH_ANY
from ..dates import DayRange, _day_range, _month, parse_date

DTG = re.compile(rf"\b(?P<d>[0-3]\d)[0-2]\d[0-5]\dZ\s+(?P<mon>{MONTH_ANY})\s+(?P<y>\d{{2}})\b", re.I)
# the same group with OCR's letters for digits (`ITISQDZ SEP 76` is 171500Z): I/l 1, T 7, S 5, O/Q/D 0, B 8
DTG_OCR = re.compile(rf"\b(?P<g>[0-3IlOQD][\dIlTSOQDB]{{5}})Z\s+(?P<mon>{MONTH_ANY})\s+(?P<y>\d{{2}})\b", re.I)
OCR_DIGITS = str.maketrans("IlTSOQDB", "11750008")
# an FBI decode of a cable names the cable's own date: `DECODE OF CODED CABLE NUMBER 529 DATED SEPTEMBER 12, 1957`
DECODE_DATED = re.compile(r"^[\W_]{0,3}DECODE\s+OF\b.{0,60}?\bDATED\s+(?P<v>.+)$", re.I)
# a typed date alone on its line: `24 January 1978`, `21 JAN 1978`, `September 25, 1998` (a stamp has no comma),
# a letter's `July 7th, 1964`; OCR may set the comma apart (`November 22 , 1963`)
_ORDINAL = r"(?:st|nd|rd|th)?"
DATE_ONLY = re.compile(rf"^[\W_]{{0,3}}(?:\d{{1,2}}{_ORDINAL}\s+{MONTH_ANY}\.?,?\s+\d{{4}}|"
                       rf"{MONTH_ANY}\.?\s+\d{{1,2}}{_ORDINAL}\s?,\s*\d{{4}})[\W_]{{0,3}}$", re.I)
# a date that opens a short line, with a time after it: `NOVEMBER 30, 1963, 4:13 P.M.`
DATE_LEADS = re.compile(rf"^[\W_]{{0,3}}(?:{MONTH_ANY}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH_ANY}\.?\s+\d{{4}})[,.]\s*\d{{1,2}}[:.]?\d{{0,2}}\s*[AP]\.?\s?M\b", re.I)
# a received or dated stamp alone on its line, its day's digits often spaced: `JAN 1 9 1978`
# (a 9 read as 3 makes `JAN 1 9 1378`; no other year fits those digits)
STAMP_DATE = re.compile(rf"^[\W_]{{0,3}}(?P<mon>{MONTH_ANY})\s+(?P<d>\d\s?\d?)\s+(?P<y>1[39][4-9]\d)$", re.I)
# a teletype's transmission line: the time then the date (`NR 003 WA PLAIN 4:01AM 12-14-73 JPS`,
# `1147 PM URGENT 11-22-63 RLG`, `FBI DALLAS 12:29 AM CST 11/23/63`), or a precedence, the date and the
# time (`URGENT 11-25-63 9-16 PM EST`); between them at most two words such as a time zone or precedence.
# A teletype is typed in capitals: a line with small letters before the time is prose
# (`At 10:10 PM 7-19-64, Mr. X`); a line that says `RECEIVED` is a stamp's, not the sending.
_TT_TIME = r"\d{1,2}[:.-]?\d{2}\s?[AP]\.?\s?M\b\.?"
_TT_DATE = r"(?P<m>\d{1,2})(?P<sep>[-/])(?P<d>\d{1,2})(?P=sep)(?P<y>\d{2})\b"
_TT_PRECEDENCE = r"(?:URGENT|IMMEDIATE|PRIORITY|ROUTINE|FLASH|NITEL|PLAIN|CODE(?:D)?|DEFERRED|RADIO)"
TELETYPE_SENT = (re.compile(rf"^(?!.*\bRE?C(?:'?D|EIVED|VD)\b)(?:[^\sa-z][^a-z]{{0,30}}?\s)?{_TT_TIME}"
                            rf"(?:\s+[A-Z]{{3,9}}){{0,2}}\s+{_TT_DATE}"),
                 re.compile(rf"^(?:{_TT_PRECEDENCE}\s+){{1,2}}{_TT_DATE}\s+{_TT_TIME}"),
                 # the sending office's header line: `FBI WASH DC 11-23-63 2:10 AM`
                 re.compile(rf"^FBI\s+(?:[A-Z.]+\s+){{1,3}}{_TT_DATE}\s+{_TT_TIME}"))


# a day, a written month and a year of two digits, as cable and report forms print them: `27 NOV 63`
SHORT_YEAR = re.compile(rf"\b(?P<dm>\d{{1,2}}\s+{MONTH_ANY}),?\s+'?(?P<y>\d{{2}})\b(?![-/.:]?\d)", re.I)
# a `Date` label: its colon read as `.`, `;`, `•` or `=` (without one it may be a routing slip's column
# or prose: `REPORT DATED OCTOBER 27, 1970`)
# A `DATE` label that opens its line has no colon where the typist tabbed to its value and OCR kept the
# spacing (`DATE    June 3, 1975`); with one space it may be a routing slip's column (`Date 14 January 1976`)
# or a stamp's (`DATE 05-12-2023`), and is left out.
DATE_LABEL = re.compile(r"(?:^|[\s)])(?:Date|DATE|Dated|DATED|Late)\s*[:.;•=]\s*(?P<v>.*)$"
                        r"|^[\W_]{0,3}DATE\s{3,}(?P<v2>\S.*)$"
                        # an information report's distribution date, the report's own (`DATE DISTR. 28 NOVEMBER 1963`)
                        r"|^[\W_]{0,3}DATE\s+DISTR?\w{0,3}\.?\s*[:.;•=]?\s*(?P<v3>.*)$")


# Month names long enough to be told apart when OCR damages one or two of their letters (`Novembet`,
# `Dotober`, `Septenber`); a short name (`June`, `March`) is one letter from common words.
LONG_MONTHS = ("January", "February", "August", "September", "October", "November", "December")
# a damaged month can only stand before or after a day and a year
_DAMAGED_MONTH_DATE = re.compile(r"\b(?:\d{1,2}\s+(?P<a>[A-Za-z]{6,10})\.?,?\s+\d{4}|"
                                 r"(?P<b>[A-Za-z]{6,10})\.?\s+\d{1,2},\s*\d{4})\b")


def repair_month(line: str) -> str:
    """The line with a month name OCR has damaged in a date restored: a word of six letters or more that is
    not itself a word, two letters or fewer from one long month name and further from the others.

    >>> repair_month("Novembet 24, 1963"), repair_month("(10 Septenber 1959)"), repair_month("Dotober 15, 1959")
    ('November 24, 1963', '(10 September 1959)', 'October 15, 1959')
    >>> repair_month("Augusta 5, 1963"), repair_month("Branch 24, 1963"), repair_month("12 Novembet")
    ('Augusta 5, 1963', 'Branch 24, 1963', '12 Novembet')
    """
    m = _DAMAGED_MONTH_DATE.search(line)
    if not m:
        return line
    word = m.group("a") or m.group("b")
    if re.fullmatch(MONTH_ANY, word, re.I) or is_word(word):
        return line
    ranked = sorted((edit_distance(word.lower(), mon.lower()), mon) for mon in LONG_MONTHS)
    (best, month), (second, _) = ranked[0], ranked[1]
    if best > 2 or second <= best:
        return line
    start, end = m.span("a" if m.group("a") else "b")
    return line[:start] + (month.upper() if word.isupper() else month) + line[end:]


def _date_value(text: str) -> DayRange | None:
    """A full date in a header value; OCR's `i971` is 1971 and junk glued before the day is cut off;
    a two-digit year after a written month is of the 1900s (`27 NOV 63`); a comma may lose its space
    or stand apart.

    >>> [_date_value(v).iso for v in ("27 NOV 63", "6 Jan. '64", "November 27,1963", "November 22 , 1963")]
    ['1963-11-27', '1964-01-06', '1963-11-27', '1963-11-22']
    >>> _date_value("13 MAR 63, P. 1").iso, _date_value("12 JUL 6312") is None
    ('1963-03-13', True)
    """
    text = repair_month(re.sub(r"\b[iIl](9\d\d)\b", r"1\1", text))
    text = re.sub(r"(?<=[A-Za-z])(?=\d{1,2}\s+[A-Za-z])", " ", text)
    text = SHORT_YEAR.sub(lambda m: f"{m.group('dm')} 19{m.group('y')}", text, count=1)
    text = re.sub(rf"({MONTH_ANY}\s+\d{{1,2}})\s?,\s?(?=\d{{4}}\b)", r"\1, ", text, flags=re.I)
    text = re.sub(rf"\b{MONTH_ANY}", lambda m: m.group(0).capitalize(), text, flags=re.I)  # `NOVEMBER 30, 1963`
    r = parse_date(text, numeric=True)
    if r is None:
        m = re.search(r"\b(\d{1,2})-(\d{1,2})-(\d{2})\b", text)  # `9-23-69`
        if m:
            r = _day_range(1900 + int(m.group(3)), int(m.group(1)), int(m.group(2)), None, m.group(0))
    if r is None or len(r.iso) != 10 or not DOCUMENT_YEARS[0] <= int(r.iso[:4]) <= DOCUMENT_YEARS[1]:
        return None
    return r


def date_candidates(lines: list[str]) -> list[tuple[int, int, DayRange]]:
    """(tier, line, date) of every line that can give the document's date, lower tiers surer.

    Tier 0 a `Date:` label with the month written out; 1 a line that is only a
    date, or a cable's date-time group (`152017Z MAR 76`); 2 a `Date:` label with
    a numeric date; 3 a received stamp alone on its line (`JAN 1 9 1978`). Dates
    on release, review and classification stamps are not the document's.

    >>> [(t, i, r.iso) for t, i, r in date_candidates(["Date: 4/4/60", "AIRTEL", "MAR 3 1 1960"])]
    [(2, 0, '1960-04-04'), (3, 2, '1960-03-31')]
    >>> [(t, r.iso) for t, i, r in date_candidates(["FTB003 4:01AM 12-14-73 JPS", "JAN 1 9 1378"])]
    [(1, '1973-12-14'), (3, '1978-01-19')]
    >>> [r.iso for t, i, r in date_candidates(["1147 PM URGENT 11-22-63 RLG", "URGENT 11-25-63 9-16 PM EST"])]
    ['1963-11-22', '1963-11-25']
    >>> [r.iso for t, i, r in date_candidates(["FBI WASH DC 11-23-63 2:10 AM", "ON 11-22-63 10:00 PM HE LEFT"])]
    ['1963-11-23']
    >>> [(t, r.iso) for t, i, r in date_candidates(["DATE DISTR. 28 NOVEMBER 1963", "DATE OF INFO. 23 NOVEMBER 1963"])]
    [(0, '1963-11-28')]
    >>> [(t, r.iso) for t, i, r in date_candidates(["File No. 105-12631 March 18, 1974"])]
    [(1, '1974-03-18')]
    >>> [(t, r.iso) for t, i, r in date_candidates(["DATE    June 3, 1975", "DATE 05-12-2023", "Date 4 June 1975"])]
    [(2, '1975-06-03')]
    """
    found: list[tuple[int, int, DayRange]] = []  # (tier, line, date)
    for i, ln in enumerate(lines):
        if not ln or re.search(NOT_DOCUMENT_DATE, ln, re.I):
            continue
        ln = repair_month(re.sub(r"\b[iIl](9\d\d)\b", r"1\1", ln))
        ln = re.sub(FBI_LETTERHEAD_CAPTION, "", ln)  # `File No. 105-12631 March 18, 1974`: the date's column
        m = DATE_LABEL.search(ln)
        if m:
            v = (m.group("v") or m.group("v2") or m.group("v3") or "").strip() or (lines[i + 1] if i + 1 < len(lines) else "")
            r = _date_value(v)
            if r:
                # a written month is the typist's; a numeric date may be a printout's or a stamp's; a label
                # without its colon may be a cover sheet's or a stamp's, as sure as a numeric one
                sure = m.group("v2") is None and re.search(r"[A-Za-z]{3}", r.text)
                found.append((0 if sure else 2, i, r))
                continue
        if (DATE_ONLY.match(ln) or DATE_LEADS.match(ln)) and len(ln) <= 40:
            r = _date_value(ln)
            if r:
                found.append((1, i, r))
                continue
        m = STAMP_DATE.match(ln)
        if m and _month(m.group("mon")):
            d = int(m.group("d").replace(" ", ""))
            r = _date_value(f"{m.group('mon')} {d}, 19{m.group('y')[2:]}")
            if r:
                found.append((3, i, r))
                continue
        m = next((m for p in TELETYPE_SENT if (m := p.match(ln))), None) if len(ln) <= 60 else None
        if m:
            r = _day_range(1900 + int(m.group("y")), int(m.group("m")), int(m.group("d")), None, m.group(0))
            if r:
                found.append((1, i, r))
                continue
        m = DTG.search(ln) or DTG_OCR.search(ln)
        if m and _month(m.group("mon")):
            day = int(m.group(0)[:2].translate(OCR_DIGITS))
            r = _day_range(1900 + int(m.group("y")), _month(m.group("mon")), day, None, m.group(0))
            if r:
                found.append((1, i, r))
                continue
        m = DECODE_DATED.match(ln)
        r = _date_value(m.group("v")) if m else None
        if r:
            found.append((1, i, r))
    return found


def read_date(lines: list[str]) -> DayRange | None:
    """The document's date, by the surest evidence (`date_candidates`), then the earliest line.

    >>> read_date(["DECLASSIFICATION AUTHORITY", "DATE 05-12-2023", "FBI", "Date:", "6/23/64"]).iso
    '1964-06-23'
    >>> read_date(["CONFIDENTIAL", "24 January 1978", "MEMORANDUM FOR: Chief"]).iso
    '1978-01-24'
    >>> read_date(["SECRET", "TOT: 190508Z JAN 96", "CIA 604607"]).iso
    '1996-01-19'
    >>> read_date(["APPROVED FOR RELEASE 1993", "On 9 October 1957 he called."]) is None
    True
    >>> read_date(["TO : DIRECTOR, FBI", "DATE: 12/3/68", "SUBJECT: JOHN DOE", "16 DEC 1968"]).iso
    '1968-12-03'
    >>> read_date(["Date:09/02/94", "19 January 1971", "MEMORANDUM FOR: Director of Security"]).iso
    '1971-01-19'
    
    """
    found = date_candidates(lines)
    if not found:
        return None
    tier, i, best = min(found, key=lambda t: (t[0], t[1]))
    # a date alone on a line below a form's numeric `Date:` label and later than it is a received stamp's
    # (`16 DEC 1968` under `DATE: 12/3/68`): the typed label is the document's. (A label later than the
    # date line is a printout's or a stamp's: `Date:09/02/94` above `19 January 1971`.)
    label = next((r for t, j, r in sorted(found, key=lambda t: t[1]) if t == 2 and j < i), None)
    return label if tier == 1 and label is not None and label.iso < best.iso else best


def _written_date(line: str) -> DayRange | None:
    """A full date with its month written out anywhere in a line (`(27 NOVEMBER 1963)`)."""
    if re.search(NOT_DOCUMENT_DATE, line, re.I):
        return None
    line = re.sub(rf"\b{MONTH_ANY}", lambda m: m.group(0).capitalize(), line, flags=re.I)
    r = parse_date(line)
    if r is None or len(r.iso) != 10 or not DOCUMENT_YEARS[0] <= int(r.iso[:4]) <= DOCUMENT_YEARS[1]:
        return None
    return r


def date_conflict(lines: list[str], date: DayRange) -> str | None:
    """Why the page does not support `date` as the document's date, or None when nothing speaks against it.

    * A received stamp earlier than the date: a paper is not received before it is written, so the
      date read is another one's (a later page's, a transmittal's).
    * In an intelligence information report, a later date in the report's header: the report is
      distributed after the information is acquired, so the date read is the date of the information.

    >>> date_conflict(["Date: 4/4/60", "AIRTEL", "MAR 3 1 1960"], read_date(["Date: 4/4/60"]))
    'a received stamp (MAR 3 1 1960, line 3) is earlier than the date read (1960-04-04)'
    >>> date_conflict(["INFORMATION REPORT", "25 NOVEMBER 1963", "THE HAGUE (27 NOVEMBER 1963)"],
    ...               read_date(["25 NOVEMBER 1963"]))
    'the information report names a later date (1963-11-27, line 3) than the date read (1963-11-25)'
    >>> date_conflict(["Date: May 2, 1949", "MAY 5 1949"], read_date(["Date: May 2, 1949"])) is None
    True
    """
    for tier, i, r in date_candidates(lines):
        if tier == 3 and r.iso < date.iso:
            return f"a received stamp ({lines[i].strip(' •')}, line {i + 1}) is earlier than the date read ({date.iso})"
    head = lines[:REPORT_HEADER_LINES]
    if any(re.search(INFORMATION_REPORT, ln) for ln in head):
        for i, ln in enumerate(head):
            r = _written_date(ln) if ln else None
            if r and r.iso > date.iso:
                return (f"the information report names a later date ({r.iso}, line {i + 1}) "
                        f"than the date read ({date.iso})")
    return None


def later_document_line(raw_lines: list[str], date: DayRange) -> int | None:
    """The first line of a later document filed in the same text: the line that starts the page
    (after an archive footer) holding a date line more than a year after `date`, or None.

    >>> later_document_line(["DATE: 16 December 1947", "Text.", "NW 65924 Docld:32399873 Page 4", "",
    ...                      "SECRET", "23 August 1978"], read_date(["DATE: 16 December 1947"]))
    3
    """
    from datetime import date as _date
    start = _date.fromisoformat(date.iso)
    kinds = [classify_line(ln) for ln in raw_lines]
    lines = ["" if k else ln.strip() for ln, k in zip(raw_lines, kinds)]
    for tier, i, r in date_candidates(lines):
        if tier > 1 or (_date.fromisoformat(r.iso) - start).days <= LATER_DOCUMENT_DAYS:
            continue
        page = next((j + 1 for j in range(i - 1, -1, -1) if kinds[j] == "archive-footer"), None)
        return page if page is not None else max(0, i - 3)
    return None
