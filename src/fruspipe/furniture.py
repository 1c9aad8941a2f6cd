"""Page furniture: lines that belong to the page, not to the document's text.

Running classification markings (`~~SECRET~~`), page headers (`- 2 -`),
declassification stamps (markdown tables), release lines of CIA's CREST
(`Approved For Release 2003/07/29 : CIA-RDP…`), archive footers (`NW 65924
DocId:32349215 Page 2`) and redaction codes (`25X1`). The cleaning rules leave
these lines alone; the segmenter takes them out of the body and records them.
"""
from __future__ import annotations

import re

from .vocabulary import CLASSIFICATION_LEVELS, marking_pattern

_LEVELS_RE = "|".join(marking_pattern(level) for level in CLASSIFICATION_LEVELS[:6])
# A marking alone on a line, in capitals, possibly struck through and with caveats.
# No two `\s*` may meet around an optional part: on a long run of spaces that fails at
# the end they would share the run every possible way (polynomial backtracking).
MARKING_LINE = re.compile(
    rf"^\s*(?:(?P<struck>~~)\s*)?(?:\*+\s*)?(?P<level>{_LEVELS_RE})(?P<caveat>\s*(?://|/|-|–)\s*[A-Z][A-Z /-]{{0,30}})?\s*(?:\*+\s*)?(?:~~\s*)?$")
PAGE_HEADER_LINE = re.compile(r"^\s*(?:-\s*(?P<n>\d{1,4})\s*-|[–—]\s*(?P<n2>\d{1,4})\s*[–—]|Page\s+(?P<n3>\d{1,4})(?:\s+of\s+\d+)?)\s*$", re.I)
TABLE_LINE = re.compile(r"^\s*\|.*\|\s*$")
STAMP_WORDS = re.compile(r"DECLASSIFIED|Authority|E\.\s?O\.\s?\d|NL[A-Z]-\d|NND\s?\d|\bBy\b.*\b(?:NARA|NARS)\b|Date", re.I)
RELEASE_LINE = re.compile(
    r"^\s*(?:Declassified in Part\s*-\s*Sanitized Copy\s+)?(?:(?:Approved|Sanitized)\s*)?(?:(?:For|for)\s*)?(?:Rel)?ease\s*"
    r"(?P<date>\d{4}\s*/\s*\d{2}\s*/\s*\d{2})\s*:?\s*(?P<ref>CIA-RDP[\w-]*)?.*$")
ARCHIVE_FOOTER = re.compile(
    r"^\s*(?:[NH]W\s*\d{4,6}\s+Doc\s*[Il1]d\s*:?\s*\d+(?:\s+Page\s+\d+)?|\d{4} RELEASE UNDER THE PRESIDENT JOHN F\. KENNEDY.*)\s*$", re.I)
# A redaction code a reviewer wrote in the margin, which OCR reads into the line beside it.
INLINE_REDACTION = re.compile(r"[ \t]*(?<!\S)25 ?X ?[1-9][A-Z]?(?!\S)")
REDACTION_LINE = re.compile(r"^\s*(?:25\s?X\s?\d[A-Z]?(?:\s*(?:,\s*)?25\s?X\s?\d[A-Z]?)*|STAT)\s*$")


def classify_line(line: str) -> str | None:
    """The furniture kind of one line, or None for text.

    >>> classify_line("~~SECRET~~"), classify_line("- 2 -"), classify_line("Secret")
    ('classification-marking', 'page-header', None)
    >>> classify_line("Approved For Release 2003/07/29 : CIA-RDP80B01234R000100010001-1")
    'release-line'
    >>> classify_line("Approved For ease 2003/07/29 :CIA-RDP80B01234R000100010001-1")
    'release-line'
    >>> classify_line("25X1"), classify_line("NW 65924 DocId:32349215 Page 2")
    ('redaction', 'archive-footer')
    """
    if not line.strip():
        return None
    if MARKING_LINE.match(line) and _is_capitals_or_struck(line):
        return "classification-marking"
    if PAGE_HEADER_LINE.match(line):
        return "page-header"
    if TABLE_LINE.match(line):
        return "table"
    m = RELEASE_LINE.match(line)
    # OCR often loses part of "Release" ("Approved For ease 2003/07/29 :CIA-RDP…"): the CREST
    # reference or the "Approved For" opening still says what the line is.
    if m and (re.search(r"release", line, re.I) or m.group("ref") or re.match(r"\s*Approved\s*For\b", line, re.I)):
        return "release-line"
    if ARCHIVE_FOOTER.match(line):
        return "archive-footer"
    if REDACTION_LINE.match(line):
        return "redaction"
    return None


def _is_capitals_or_struck(line: str) -> bool:
    # "Secret" in mixed case is an opener marking of the document (1952–54 volumes), not furniture.
    s = line.strip()
    return s.startswith("~~") or s.upper() == s


def is_stamp_table(lines: list[str]) -> bool:
    """A markdown table that is a declassification stamp rather than a table of the document.

    >>> is_stamp_table(["| DECLASSIFIED | |", "| By <u>mm</u> | NARS, Date <u>3/11/83</u> |"])
    True
    """
    text = " ".join(lines)
    return bool(re.search(r"DECLASSIFIED|Authority|E\.\s?O\.", text, re.I)) and bool(STAMP_WORDS.search(text))


def page_number(line: str) -> str | None:
    """The page number a page header shows.

    >>> page_number("- 12 -")
    '12'
    """
    m = PAGE_HEADER_LINE.match(line)
    if not m:
        return None
    return m.group("n") or m.group("n2") or m.group("n3")


def marking_level(line: str) -> tuple[str, bool] | None:
    """(canonical level, struck through) of a marking line.

    >>> marking_level("~~T0P SECRET~~")
    ('Top Secret', True)
    """
    m = MARKING_LINE.match(line)
    if not m:
        return None
    found = m.group("level")
    for level in CLASSIFICATION_LEVELS:
        if re.fullmatch(marking_pattern(level), found.strip(), re.I):
            return level, bool(m.group("struck"))
    return None


def take_inline_redactions(line: str) -> tuple[str, list[str]]:
    """The line without the redaction codes OCR read into it, and the codes.

    >>> take_inline_redactions("a summary of exile activities. 25X1")
    ('a summary of exile activities.', ['25X1'])
    >>> take_inline_redactions("25X1A the source reported")
    (' the source reported', ['25X1A'])
    >>> take_inline_redactions("Section 25X1B2 and 125X1 stay")
    ('Section 25X1B2 and 125X1 stay', [])
    """
    if "25" not in line:  # the common case, checked before the regex tries every position
        return line, []
    codes = [m.group(0).strip() for m in INLINE_REDACTION.finditer(line)]
    return (INLINE_REDACTION.sub("", line), codes) if codes else (line, [])

