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

from ..document import Block, Marker, Note
from ..models import Warning
from . import patterns as P
from .blocks import RawBlock

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


def take_note_list(raw: list[RawBlock]):
    """Split off the trailing footnote list (one block, or several cut by page turns)."""
    tail: list[RawBlock] = []
    i = len(raw)
    # scan page headers may cut the list; the edition's own page markers never stand inside it
    while i > 0 and raw[i - 1].kind == "scanpage":
        i -= 1
    while i > 0 and raw[i - 1].kind in ("text", "scanpage"):
        b = raw[i - 1]
        if b.kind == "text" and not (re.match(r"^ {1,3}\d{1,3}\. ", b.lines[0]) or P.CONT_OK.match(b.lines[0])):
            break
        if b.kind == "text":
            tail.insert(0, b)
        i -= 1
        if b.kind == "text" and re.match(r"^ {1,3}1\. ", b.lines[0]):
            items = parse_note_list([ln for t in tail for ln in t.lines])
            if items:
                return items, raw[:i]
    return [], raw


def link_notes(blocks: list[Block], items, inline_note, warnings: list[Warning]):
    """Find each footnote's marker; return (footnotes, source note)."""
    if not items:
        return [], None
    texts = [b.text for b in blocks]
    source_note = None
    first_marker = 1
    if inline_note is None and items[0].text.startswith("Source:"):
        # The source note's marker closes the title: 0 in some volumes, 1 in others.
        title = blocks[0] if blocks and blocks[0].type == "title" else None
        m = re.search(r"(?:(?<=[^\s\d])|(?<=\b1[6-9]\d\d)|(?<=\b20\d\d))([01])$", title.text) if title else None
        if title and not m:
            m = _marker_after_a_number(title.text, texts, len(items))
        base = int(m.group(1)) if m else _guess_base(texts, len(items))
        if m:
            _cut_marker(title, m.start(), m.group(1))
            texts[0] = title.text
        source_note = Note(item=1, n=str(base), text=items[0].text, anchor=(0, len(title.text)) if title else None)
        rest = items[1:]
        first_marker = base + 1
    else:
        rest = items
    notes: list[Note] = []
    pos = (0, 0)
    for k, it in enumerate(rest):
        n = str(first_marker + k)
        found = find_marker(texts, n, pos)
        anchor = None
        if found:
            bi, off = found
            _cut_marker(blocks[bi], off, n)
            texts[bi] = blocks[bi].text
            anchor = (bi, off)
            pos = found
        else:
            warnings.append(Warning(code="marker-not-found",
                                    message=f"footnote {n} has no marker in the text; kept without an anchor"))
        notes.append(Note(item=it.item, n=n, text=it.text, anchor=anchor))
    return notes, source_note


def _markers_found(texts: list[str], count: int, base: int) -> int:
    """How many of the other footnotes' markers are found in order if the source note has marker `base`."""
    pos, hits = (0, 0), 0
    for k in range(1, count):
        f = find_marker(texts, str(base + k), pos)
        if f:
            hits, pos = hits + 1, f
    return hits


def _guess_base(texts: list[str], count: int) -> int:
    """Marker of the source note when the title shows none: the numbering that finds more markers."""
    return 0 if _markers_found(texts, count, 0) > _markers_found(texts, count, 1) else 1


def _marker_after_a_number(title: str, texts: list[str], count: int) -> re.Match[str] | None:
    """The source note's marker glued to a number that ends the title (`National Intelligence Estimate 13–590`,
    `Special National Intelligence Estimate 13–3–651`, `NSC 5913/11`): the site always glues it there.

    Not when the title ends in a year (a year is no estimate number and takes no marker of its own here), nor
    when the other footnotes' markers say the other numbering.

    >>> _marker_after_a_number("National Intelligence Estimate 13–590", [], 1).group(1)
    '0'
    >>> _marker_after_a_number("Notes of Meeting, Washington, May 6, 1970", [], 1) is None
    True
    """
    m = re.search(r"(?<=\d)([01])$", title)
    if not m or re.search(r"(?:^|\D)(?:1[6-9]\d\d|20\d\d)$", title):
        return None
    base = int(m.group(1))
    if count > 1 and _markers_found(texts, count, base) < _markers_found(texts, count, 1 - base):
        return None
    return m


def _cut_marker(block: Block, offset: int, n: str) -> None:
    block.text = block.text[:offset] + block.text[offset + len(n):]
    block.markers.append(Marker(n, offset))
    block.page_breaks = [(p, o - len(n) if o > offset else o) for p, o in block.page_breaks]
    for m in block.markers[:-1]:
        if m.offset > offset:
            m.offset -= len(n)
