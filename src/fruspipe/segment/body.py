"""The body: paragraphs, list items, headings, tables and datelines of attachments."""
from __future__ import annotations

import re

from ..document import Block
from . import patterns as P
from .blocks import RawBlock
import bisect

from .shapes import PARAGRAPH_START, is_dateline, is_heading, stops_mid_sentence


def type_body(raw: list[RawBlock], scanned: bool = False) -> list[Block]:
    out: list[Block] = []
    for b in raw:
        if b.kind == "table":
            out.append(Block("table", b.text, line=b.line))
            continue
        if b.kind != "text":
            continue
        first = b.lines[0]
        if all("\t" in ln.strip("\t") for ln in b.lines) and len(b.lines) > 1 \
                and not all(P.LIST_ITEM.match(ln) for ln in b.lines):
            # rows of cells (a header row may open with an empty cell: `\t1964\t1965`)
            out.append(Block("table", b.text, line=b.line, page_breaks=b.page_breaks))
            continue
        if P.LIST_ITEM.match(first) or P.TAB_ITEM.match(first):
            out.extend(_item_blocks(b))
            continue
        stripped = b.text.strip()
        if len(b.lines) == 1 and (P.SUBJECT_HEAD.match(stripped) or P.PARTICIPANTS_HEAD.match(stripped)):
            # the head of a SUBJECT or PARTICIPANTS list inside an attachment
            kind = "subject" if P.SUBJECT_HEAD.match(stripped) else "participants"
            out.append(Block("list-head", stripped, n=kind, line=b.line, page_breaks=b.page_breaks))
            continue
        if len(b.lines) <= 4 and all(P.OPENER_LINE.match(ln.strip()) for ln in b.lines) \
                and not any(P.ENCLOSURE_HEAD.match(ln.strip()) for ln in b.lines):
            # an attachment's own marking (`top secret`, `Secret` / `Priority`)
            out.append(Block("opener", b.text, line=b.line, page_breaks=b.page_breaks))
            continue
        for part in split_paragraphs(b, scanned):
            text = part.text
            if P.ENCLOSURE_HEAD.match(text.strip()) or _titles_enclosure(out, part):
                out.append(Block("head", text, line=part.line, page_breaks=part.page_breaks))
                continue
            if is_dateline(part) and P.DATELINE.match(" ".join(part.lines)).group("place"):
                out.append(Block("dateline", text, line=part.line, page_breaks=part.page_breaks))
                continue
            rend = "heading" if is_heading(part) else None
            m = re.match(r"^(\d{1,3}|[A-Z]|[a-z]|[IVX]+)\. ", text)
            out.append(Block("p", text, n=m.group(1) if m and not rend else None, rend=rend, line=part.line,
                             page_breaks=part.page_breaks))
    return out


# The heading of an enclosed paper: "Captain Heap to Major General Hancock.", "Memorandum by the Chairman …
# to the Under Secretary …", "Staff Study Prepared by …".
_ENCLOSURE_TITLE = re.compile(r"^[A-Z][^.:;!?]{2,200}?(?:\s+to\s+(?:the\s+)?[A-Z][^:;!?]{2,200}|\bPrepared (?:by|in)\b[^:;!?]{2,200})\.?$")


def _titles_enclosure(out: list[Block], part: RawBlock) -> bool:
    """Whether `part` is the heading of the paper enclosed under an editor's bracketed label (`[Annex 1]`,
    `[Extract.]`, `[Inclosure 2.]`): older volumes print the paper's own heading under it, as its head."""
    return bool(out) and out[-1].type == "head" and out[-1].text.strip().startswith("[") and \
        len(part.lines) == 1 and bool(_ENCLOSURE_TITLE.match(part.text.strip()))


def split_paragraphs(b: RawBlock, scanned: bool = False) -> list[RawBlock]:
    """A block of long lines is one paragraph per line (web copies and unwrapped OCR print
    a paragraph per line); short lines (addresses, closers, verse) stay together, except
    that a numbered line (`2. …`) always opens a new paragraph."""
    if len(b.lines) == 1:
        return [b]
    width = max(len(ln) for ln in b.lines)
    long_lines = all(len(ln) >= 60 or PARAGRAPH_START.match(ln) for ln in b.lines[:-1])
    parts: list[RawBlock] = []
    pos = 0
    for i, ln in enumerate(b.lines):
        start = pos
        pos += len(ln) + 1
        opens = P.LIST_ITEM.match(ln) or PARAGRAPH_START.match(ln)
        mid_sentence = bool(parts) and len(parts[-1].lines[-1]) > 50 and not opens and (
            stops_mid_sentence(parts[-1].lines[-1])
            # on a scan, a line that reached the margin goes on in the next line, sentence end or not
            or scanned and len(b.lines[i - 1]) >= 0.8 * width)
        if parts and mid_sentence:
            # a wrapped line the cleaner left (too few lines to trust a margin): join with one space
            prev = parts[-1]
            indent = len(ln) - len(ln.lstrip())
            base = len(prev.text) + 1
            prev.page_breaks.extend((n, base + max(0, off - start - indent))
                                    for n, off in _breaks_in(b, start, start + len(ln)))
            prev.lines[-1] += " " + ln.lstrip()
            continue
        if parts and not long_lines and not PARAGRAPH_START.match(ln):
            prev = parts[-1]
            prev.page_breaks.extend((n, off - prev._start) for n, off in _breaks_in(b, start, start + len(ln)))
            prev.lines.append(ln)
            continue
        part = RawBlock([ln], b.line + i)
        part._start = start  # type: ignore[attr-defined]
        part.page_breaks = [(n, off - start) for n, off in _breaks_in(b, start, start + len(ln))]
        parts.append(part)
    return parts


def _offsets(b: RawBlock) -> list[int]:
    # computed once per block and list of breaks: a block may hold thousands of markers
    cached = getattr(b, "_offsets", None)
    if cached is None or cached[0] is not b.page_breaks or cached[1] != len(b.page_breaks):
        cached = (b.page_breaks, len(b.page_breaks), [off for _, off in b.page_breaks])
        b._offsets = cached  # type: ignore[attr-defined]
    return cached[2]


def _breaks_in(b: RawBlock, start: int, end: int) -> list[tuple[str, int]]:
    """The block's page breaks with start <= offset <= end (breaks are in text order)."""
    if not b.page_breaks:
        return []
    offsets = _offsets(b)
    lo, hi = bisect.bisect_left(offsets, start), bisect.bisect_right(offsets, end)
    return b.page_breaks[lo:hi]


def _item_blocks(b: RawBlock) -> list[Block]:
    """One `item` block per list line; continuation lines join their item (page breaks follow)."""
    items: list[Block] = []
    pos = 0
    for ln in b.lines:
        start, end = pos, pos + len(ln)
        pos = end + 1
        m = P.LIST_ITEM.match(ln) or P.TAB_ITEM.match(ln)
        if m or not items:
            label = m.group("label") if m and "label" in m.groupdict() else None
            bullet = label is not None and label in "•-–*"
            # a bullet is not text; a label ("1.", "a.") stays, as printed, and is also the item's n
            text_start = m.start("text") if bullet else len(ln) - len(ln.lstrip())
            items.append(Block("item", ln[text_start:].strip(), n=label.strip("().") if label and not bullet else None,
                               line=b.line))
            items[-1]._start = start + text_start  # type: ignore[attr-defined]
        else:
            items[-1].text += "\n" + ln.strip()
        # page breaks inside this line go to the current item
        for n, off in _breaks_in(b, start, end):
            rel = off - items[-1]._start  # type: ignore[attr-defined]
            items[-1].page_breaks.append((n, max(0, min(rel, len(items[-1].text)))))
    for it in items:
        del it._start  # type: ignore[attr-defined]
    return items
