"""Dates as FRUS and typed memoranda write them, and the day range each covers."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from ..vocabulary import MONTH_ANY, MONTHS


@dataclass(frozen=True)
class DayRange:
    iso: str
    min: str
    max: str
    text: str


def _month(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def _day_range(y: int, mo: int, d1: int, d2: int | None, text: str) -> DayRange | None:
    try:
        last = calendar.monthrange(y, mo)[1]
    except (ValueError, calendar.IllegalMonthError):
        return None
    d2 = d2 or d1
    if not (1 <= d1 <= last and d1 <= d2 <= last):
        return None
    lo, hi = f"{y:04d}-{mo:02d}-{d1:02d}", f"{y:04d}-{mo:02d}-{d2:02d}"
    return DayRange(lo, lo, hi, text)


_DAYS = r"(?P<d1>\d{1,2})(?:(?:–|-| and | or )(?P<d2>\d{1,2}))?"
MDY = re.compile(rf"\b(?P<mon>{MONTH_ANY}) ?{_DAYS}(?:st|nd|rd|th)?,? (?P<y>1[6-9]\d\d|20\d\d)\b")
DMY = re.compile(rf"\b{_DAYS}(?:st|nd|rd|th)? (?P<mon>{MONTH_ANY}),? (?P<y>1[6-9]\d\d|20\d\d)\b", re.I)
MY = re.compile(rf"\b(?P<mon>{MONTH_ANY}),? (?P<y>1[6-9]\d\d|20\d\d)\b")
# a range across months or years: `February 28–March 1, 1962`, `December 31, 1982–January 1, 1983`
ACROSS = re.compile(rf"\b(?P<m1>{MONTH_ANY}) ?(?P<d1>\d{{1,2}})(?:,? (?P<y1>1[6-9]\d\d|20\d\d))?(?:–|-)"
                    rf"(?P<m2>{MONTH_ANY}) ?(?P<d2>\d{{1,2}}),? (?P<y2>1[6-9]\d\d|20\d\d)\b")
NUMERIC = re.compile(r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{2}|\d{4})\b")


def parse_date(text: str, *, numeric: bool = False) -> DayRange | None:
    """The first date written in `text`, as a day range.

    >>> parse_date("Washington, December 1, 1959.").iso
    '1959-12-01'
    >>> r = parse_date("Camp David, September 26 and 27, 1959."); (r.min, r.max)
    ('1959-09-26', '1959-09-27')
    >>> parse_date("Washington, 21 October 1949.").iso
    '1949-10-21'
    >>> r = parse_date("March 1959"); (r.iso, r.min, r.max)
    ('1959-03', '1959-03-01', '1959-03-31')
    >>> r = parse_date("Washington, February 28–March 1, 1962."); (r.min, r.max)
    ('1962-02-28', '1962-03-01')
    >>> parse_date("7/14/61", numeric=True).iso
    '1961-07-14'
    """
    m = ACROSS.search(text)
    if m:
        y2 = int(m.group("y2"))
        y1 = int(m.group("y1")) if m.group("y1") else y2
        a = _day_range(y1, _month(m.group("m1")) or 0, int(m.group("d1")), None, m.group(0)) if _month(m.group("m1")) else None
        b = _day_range(y2, _month(m.group("m2")) or 0, int(m.group("d2")), None, m.group(0)) if _month(m.group("m2")) else None
        if a and b and a.min < b.min:
            return DayRange(a.iso, a.min, b.max, m.group(0))
    best: tuple[int, DayRange] | None = None
    for pat in (MDY, DMY):
        for m in pat.finditer(text):
            mo = _month(m.group("mon"))
            if mo is None:
                continue
            d2 = int(m.group("d2")) if m.group("d2") else None
            r = _day_range(int(m.group("y")), mo, int(m.group("d1")), d2, m.group(0))
            if r and (best is None or m.start() < best[0]):
                best = (m.start(), r)
            break
    if best:
        return best[1]
    if numeric:
        m = NUMERIC.search(text)
        if m:
            y = int(m.group("y"))
            y = y + 1900 if y < 100 else y
            r = _day_range(y, int(m.group("m")), int(m.group("d")), None, m.group(0))
            if r:
                return r
    m = MY.search(text)
    if m and _month(m.group("mon")):
        y, mo = int(m.group("y")), _month(m.group("mon"))
        last = calendar.monthrange(y, mo)[1]
        return DayRange(f"{y:04d}-{mo:02d}", f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{last:02d}", m.group(0))
    return None


# Central-file numbers end in the document's date: `661.93/12–159` is December 1, 1959.
FILE_DATE = re.compile(r"\b\d{3}[\dA-Z.]*(?:[–-][A-Z]{2,6})?(?: [A-Z][\w.()]*)*(?: \([\w ]+\))?/(?P<m>\d{1,2})[–-](?P<d>\d{1,2})(?P<y>\d{2})\b")


def date_from_file_number(text: str) -> DayRange | None:
    """The date a central-file number encodes (M–DDYY), read as 19YY.

    >>> date_from_file_number("Department of State, Central Files, 661.93/12–159").iso
    '1959-12-01'
    >>> date_from_file_number("740.00119 FEAC/9–2349: Telegram").iso
    '1949-09-23'
    >>> date_from_file_number("Central Files, 793.5–MSP/12–3159").iso
    '1959-12-31'
    """
    for m in FILE_DATE.finditer(text):
        r = _day_range(1900 + int(m.group("y")), int(m.group("m")), int(m.group("d")), None, m.group(0))
        if r and 1 <= int(m.group("m")) <= 12:
            return r
    return None
