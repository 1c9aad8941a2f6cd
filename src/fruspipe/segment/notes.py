"""The footnote list at the end of a web copy, and the markers that point into it.

history.state.gov prints the footnotes as a list numbered from 1. In some
volumes item 1 is the source note with marker 0 (`Herter0`), so item k has
marker k−1; in others the source note is marker 1 and item k is marker k; in
volumes that print the source note above the title, every item is a footnote
and item k is marker k. A marker is only a marker where its footnote exists.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

ITEM = re.compile(r"^ {1,3}(?P<n>\d{1,3})\. (?P<text>.*)$")
CONTINUATION = re.compile(r"^ {4,}(?P<text>\S.*)$")


@dataclass
class ListItem:
    item: int
    text: str


def parse_note_list(lines: list[str]) -> list[ListItem] | None:
    """Items of a footnote-style list (`  1. text`, continuation lines indented), or None.

    >>> [(i.item, i.text) for i in parse_note_list(["  1. Source: x.", "     more", "  2. y"])]
    [(1, 'Source: x.\\nmore'), (2, 'y')]
    """
    items: list[ListItem] = []
    for ln in lines:
        m = ITEM.match(ln)
        if m and int(m.group("n")) == len(items) + 1:
            items.append(ListItem(int(m.group("n")), m.group("text").strip()))
            continue
        c = CONTINUATION.match(ln)
        if c and items:
            items[-1].text += "\n" + c.group("text").strip()
            continue
        return None
    return items or None


# A marker: digits glued to a word or closing punctuation, not part of a number.
_BEFORE_OK = r"(?:(?<=[^\W\d_])|(?<=[.,;:!?)\]”’\"'…]))"
_YEAR_BEFORE = r"(?<=\b1[6-9]\d\d)|(?<=\b20\d\d)"


def marker_pattern(n: str) -> re.Pattern[str]:
    """Where marker `n` may stand: glued to a word, a closing mark, or a year.

    >>> bool(marker_pattern("0").search("Secretary of State Herter0"))
    True
    >>> bool(marker_pattern("1").search("1) we hold")), bool(marker_pattern("1").search("page 1 of"))
    (False, False)
    >>> marker_pattern("6").search("August 12, 19696 on").start()
    15
    """
    return re.compile(rf"(?:{_BEFORE_OK}|{_YEAR_BEFORE}){re.escape(n)}(?![\d\w])")


def find_marker(texts: list[str], n: str, start: tuple[int, int]) -> tuple[int, int] | None:
    """First place of marker `n` at or after `start` (block index, offset) in reading order."""
    pat = marker_pattern(n)
    bi, off = start
    for i in range(bi, len(texts)):
        m = pat.search(texts[i], off if i == bi else 0)
        if m:
            return i, m.start()
        off = 0
    return None
