"""Page breaks: own-line markers placed in the text, paragraphs cut by a scan's page turn joined again."""
from __future__ import annotations

import re

from . import patterns as P
from .blocks import RawBlock
from ..clean.ocr_rules import should_join
from .shapes import PARAGRAPH_START, SENTENCE_END


def place_page_breaks(raw: list[RawBlock]) -> list[RawBlock]:
    """Put each own-line page break into the text it falls in.

    The printed edition's `[Page N]` markers are the page breaks when there are
    any; otherwise a scan's page headers (`- 2 -`) are. A paragraph cut by a
    scan's page turn (the text before it stops mid-sentence) is joined again,
    with the break inside it; otherwise the break opens the next block. A
    marker before the first text is the page the document starts on: not a break.
    """
    edition = any(b.kind == "pb" or b.page_breaks or b.kind == "text" and b.text.endswith("[Page") for b in raw)
    breaks_kind = "pb" if edition else "scanpage"
    out: list[RawBlock] = []
    pending: list[str] = []
    turned = False  # a scan page turned since the last text block
    for b in raw:
        if b.kind in ("pb", "scanpage"):
            if b.kind == breaks_kind and b.n and out:
                pending.append(b.n)
            turned = turned or b.kind == "scanpage"
            continue
        prev = out[-1] if out else None
        cut_marker = _page_marker_cut_by_turn(prev, b) if turned else None
        if cut_marker:
            # "[Page" at the foot of a scan page, "262]" at the head of the next
            joined, n, skip = cut_marker
            prev.page_breaks.extend([(n, len(joined))] + [(p, len(joined)) for p in pending])
            prev.page_breaks.extend((p, len(joined) + max(0, off - skip)) for p, off in b.page_breaks)
            prev.lines = (joined + b.text[skip:]).split("\n")
            pending, turned = [], False
            continue
        if turned and prev is not None and _continues(prev, b):
            joined = prev.text + " "
            broken = re.search(r"(?<![\w-])([^\W\d_]+)-$", prev.text)
            nxt = re.match(r"\s*([^\W\d_]+)", b.text)
            if broken and nxt and should_join(broken.group(1), nxt.group(1)):
                joined = prev.text[:-1]  # a word hyphenated at the foot of the page
                b.lines[0] = b.lines[0].lstrip()
            prev.page_breaks.extend((n, len(joined)) for n in pending)
            prev.page_breaks.extend((n, len(joined) + off) for n, off in b.page_breaks)
            prev.lines = (joined + b.text.lstrip()).split("\n")
            pending, turned = [], False
            continue
        if not out and b.kind == "text" and b.page_breaks and b.page_breaks[0][1] == 0:
            # a marker before the first word of the document is the page it starts on: not a break
            b.page_breaks = [(n, off) for n, off in b.page_breaks if off > 0]
        if pending:
            b.page_breaks[:0] = [(n, 0) for n in pending]
            pending = []
        turned = False
        out.append(b)
    if pending and out:
        last = next((b for b in reversed(out) if b.kind == "text"), out[-1])
        end = len(last.text)
        last.page_breaks.extend((n, end) for n in pending)
    return out


def _page_marker_cut_by_turn(prev: RawBlock | None, nxt: RawBlock) -> tuple[str, str, int] | None:
    """(text before the marker, page number, characters of the next block to skip) when a
    `[Page N]` marker is split by a scan page turn."""
    if prev is None or prev.kind != "text" or nxt.kind != "text":
        return None
    head = re.search(r"\s*\[Page$", prev.text)
    tail = re.match(r"\s*([\divxlcdmIVXLCDM]+)\]\s*", nxt.text)
    if not (head and tail):
        return None
    return prev.text[:head.start()] + " ", tail.group(1), tail.end()


def _continues(prev: RawBlock, nxt: RawBlock) -> bool:
    """The text after a page turn goes on with the paragraph before it."""
    if prev.kind != "text" or nxt.kind != "text" or not nxt.lines:
        return False
    last, first = prev.lines[-1].rstrip(), nxt.lines[0]
    if SENTENCE_END.search(last) or P.LIST_ITEM.match(first) or PARAGRAPH_START.match(first.lstrip()):
        return False
    if len(prev.lines) == 1 and P.SUBJECT_INLINE.match(last.strip()) and first.lstrip()[:1].isupper():
        return False  # a `Subject: …` line ends where it stands; the page after it opens the text
    return first.lstrip()[:1].islower() or (len(last) > 40 and last[-1:].isalpha() or last.endswith(","))
