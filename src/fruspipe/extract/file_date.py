"""When a central-file number's date can stand in for a document's own date, and when it cannot.

A State Department central-file number ends in a date (`611.93/7–2959` is July 29, 1959), but it is the
date of the paper the file was opened for. Usually that is the document itself; often it is another paper
filed with it: the incoming telegram an outgoing one answers, the letter a reply refers to, the despatch
that carried a memorandum to Washington. Those cases leave traces in the text, and the checks here look for
them, so that `extract_date` can say null (with the reason as a warning) rather than give a wrong day.
"""
from __future__ import annotations

import calendar
import re

from ..vocabulary import MONTH_ANY, MONTHS
from .dates import DayRange

# A day and month written without the year, as citations do: "August 27", "Jan. 7", "Oct 4", "15 Sept".
_DAY_MONTH = re.compile(
    rf"\b(?P<mon>{MONTH_ANY}) ?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (?P<y>1[6-9]\d\d))?"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)? (?P<mon2>{MONTH_ANY})(?:,? (?P<y2>1[6-9]\d\d))?\b")

# Papers other than telegrams. Telegrams of the same day are cited everywhere in FRUS notes ("telegram 331
# from Taipei, October 2, reported …") without owning the document's file; a letter, reply, memorandum or
# despatch of the file's very date is the paper the file belongs to.
_PAPER = re.compile(
    r"\b(?:letters?|repl(?:y|ies)|memorand(?:um|a)|despatch(?:es)?|dispatch(?:es)?|notes?|reports?|aide-m[ée]moire"
    r"|papers?|messages?)\b", re.I)
_TELEGRAM = re.compile(r"\b(?:telegrams?|tels?|cables?)\b", re.I)

# An outgoing telegram that opens by answering one ("Urtel 172", "Reurtel 387", "your telegram") is filed
# under the telegram it answers.
_ANSWERS = re.compile(r"\b(?:re)?ur\s?tel\b|\byour\s+tel(?:egram)?\b", re.I)
_FROM_DEPARTMENT = re.compile(
    r"^(?:Telegram|Circular Telegram|Airgram) From the Department of State\b|^The (?:Acting )?Secretary of State to\b")


def cited_dates(text: str, year: int) -> list[tuple[int, int, int, int]]:
    """(month, day, start, end) of every day-and-month cited in `text` that is not of another year.

    >>> cited_dates("I refer to Mr. Knight's letter of August 27, 1959, and to yours of 2 Sept.", 1959)
    [(8, 27, 34, 49), (9, 2, 67, 73)]
    >>> cited_dates("Reurtel 387, Oct 4. See also May 3, 1958.", 1959)
    [(10, 4, 13, 18)]
    """
    out = []
    for m in _DAY_MONTH.finditer(text):
        mon, day, y = (m.group("mon"), m.group("d"), m.group("y")) if m.group("mon") else \
            (m.group("mon2"), m.group("d2"), m.group("y2"))
        mo = MONTHS.get(mon.lower().rstrip("."))
        if mo is None or (y and int(y) != year) or not 1 <= int(day) <= 31:
            continue
        out.append((mo, int(day), m.start(), m.end()))
    return out


def _same_day(r: DayRange, text: str) -> list[tuple[int, int]]:
    year, mo, day = int(r.iso[:4]), int(r.iso[5:7]), int(r.iso[8:10])
    return [(at, end) for m, d, at, end in cited_dates(text, year) if (m, d) == (mo, day)]


def _cites_paper(text: str, at: int, end: int) -> bool:
    """Whether the document cited at text[at:end] is a paper (not a telegram): the nearest kind word before it
    in the same sentence, else the word just after it ("an October 23 memorandum")."""
    start = max(text.rfind(". ", 0, at), text.rfind("; ", 0, at), 0)
    kinds = [(m.end(), "paper") for m in _PAPER.finditer(text, start, at)] + \
            [(m.end(), "telegram") for m in _TELEGRAM.finditer(text, start, at)]
    if kinds:
        return max(kinds)[1] == "paper"
    return bool(_PAPER.match(text, end + 1))


def file_date_doubt(r: DayRange, *, title: str | None, body: str, notes: str) -> str | None:
    """Why the file number's date `r` is probably another paper's date, or None when nothing says so.

    >>> from .dates import date_from_file_number
    >>> r = date_from_file_number("Central Files, 793.00/8–2759")
    >>> file_date_doubt(r, title="Letter From Murphy to Irwin", body="I refer to your letter of August 27, 1959.",
    ...                 notes="")
    'the body cites another paper of August 27, the file date'
    >>> file_date_doubt(r, title="Memorandum", body="", notes="Copy sent to the Department in despatch 664, August 27.")
    'a note cites a paper of August 27, the file date'
    >>> file_date_doubt(r, title="Memorandum", body="", notes="Telegram 331 from Taipei, August 27, reported ...") is None
    True
    >>> r = date_from_file_number("611.93/7–2959")
    >>> file_date_doubt(r, title="Telegram From the Department of State to the Embassy in Poland",
    ...                 body="123. Beam–Wang Talks. Urtel 172 paragraph 2.", notes="")
    'an outgoing telegram answering another is filed under the one it answers'
    """
    if len(r.iso) != 10:
        return None
    when = f"{calendar.month_name[int(r.iso[5:7])]} {int(r.iso[8:10])}"
    if _same_day(r, body):
        return f"the body cites another paper of {when}, the file date"
    if any(_cites_paper(notes, at, end) for at, end in _same_day(r, notes)):
        return f"a note cites a paper of {when}, the file date"
    if title and _FROM_DEPARTMENT.match(title) and _ANSWERS.search(body[:200]):
        return "an outgoing telegram answering another is filed under the one it answers"
    return None

