"""The header: inline source note, number and title, opener markings, dateline, subject, participants, memo lines."""
from __future__ import annotations

import re

from ..document import Block
from . import patterns as P
from .blocks import RawBlock
from ..document import Note
from ..memo_vocabulary import DOC_TYPE_CUES
from .memo import is_memo_header_line, read_memo_block
from .shapes import is_dateline, strip_label


def read_header(raw: list[RawBlock]):
    """(header blocks, remaining raw blocks, layout, number, title block, inline source note)."""
    i = 0
    number = None
    inline_note = None
    title: RawBlock | None = None
    header: list[Block] = []
    texts = [b for b in raw]

    def first_line(k: int) -> str:
        return texts[k].lines[0].strip() if k < len(texts) and texts[k].lines else ""

    # inline source note above the title (pre-1955 volumes)
    if texts and len(texts[0].lines) == 1 and (P.FILE_NUMBER_NOTE.match(first_line(0)) or P.SERIAL_NOTE.match(first_line(0))
                                              or _is_archive_note_above_title(texts)):
        inline_note = Note(item=0, n="source", text=first_line(0), anchor=None)
        i = 1
    # opener markings before the title (`[Telegram.]`)
    while i < len(texts) and _is_opener(texts[i]) and not P.NUMBERED_HEADING.match(first_line(i)):
        header.append(Block("opener", texts[i].text, line=texts[i].line))
        i += 1
    if i < len(texts):
        b = texts[i]
        lines = [ln.strip() for ln in b.lines]
        m_num = P.NUMBER_LINE.match(lines[0])
        m_head = P.NUMBERED_HEADING.match(" ".join(lines))
        if m_num and len(lines) > 1:
            number = m_num.group("n")
            title = RawBlock([" ".join(lines[1:])], b.line, page_breaks=b.page_breaks)
            i += 1
        elif m_head and not P.LIST_ITEM.match(b.lines[0]) and _looks_like_title(m_head.group("title")):
            number = m_head.group("n")
            title = RawBlock([m_head.group("title")], b.line, page_breaks=_shift(b.page_breaks, len(number) + 2))
            i += 1
        elif i == 0 and len(lines) == 1 and re.fullmatch(r"Editorial Note\.?", lines[0]):
            # pre-1955 volumes print an editorial note unnumbered and with no source note above it
            title = RawBlock(lines, b.line, page_breaks=b.page_breaks)
            i += 1
        elif inline_note is not None and len(lines) <= 3 and not is_memo_header_line(lines[0]):
            title = RawBlock([" ".join(lines)], b.line, page_breaks=b.page_breaks)
            i += 1
    layout = "frus" if title is not None else "memo"

    # header blocks after the title: openers, dateline, subject, participants, memo lines
    seen_dateline = False
    while i < len(texts):
        b = texts[i]
        if b.kind != "text":
            break
        first = b.lines[0].strip()
        if _is_opener(b):
            header.append(Block("opener", b.text, line=b.line))
        elif not seen_dateline and (is_dateline(b) or layout == "memo" and _is_numeric_date_line(b)):
            header.append(Block("dateline", " ".join(ln.strip() for ln in b.lines), line=b.line,
                                page_breaks=b.page_breaks))
            seen_dateline = True
        elif P.SUBJECT_HEAD.match(first) and len(b.lines) == 1:
            # the subject list is the one bulleted block under the head; numbered lists are body
            i += 1
            if i < len(texts) and texts[i].kind == "text" and _all_items(texts[i]) and \
                    P.LIST_ITEM.match(texts[i].lines[0]).group("label") in "•-–*":
                for item in _items(texts[i]):
                    header.append(Block("subject", item, line=texts[i].line))
                i += 1
            continue
        elif layout == "frus" and P.SUBJECT_INLINE.match(" ".join(ln.strip() for ln in b.lines)) and len(b.lines) <= 3:
            # a run-in "Subject: …" line is a paragraph of the text (as the FRUS TEI has it)
            header.append(Block("p", " ".join(ln.strip() for ln in b.lines), rend="subject", line=b.line))
        elif P.PARTICIPANTS_HEAD.match(first):
            rest = b.lines[1:]
            header.append(Block("participants-head", first, line=b.line))
            i += 1
            for ln in rest:
                header.append(Block("participant", strip_label(ln), line=b.line))
            while not rest and i < len(texts) and texts[i].kind == "text" and _all_items(texts[i]):
                for item in _items(texts[i]):
                    header.append(Block("participant", item, line=texts[i].line))
                i += 1
                break
            continue
        elif layout == "memo" and read_memo_block(b, header):
            pass
        elif layout == "memo" and _is_form_name(b):
            header.append(Block("opener", b.text.strip(), line=b.line))
        else:
            break
        i += 1
    _keep_header_page_breaks(texts[:i], header)
    return header, texts[i:], layout, number, title, inline_note


def _is_archive_note_above_title(texts: list[RawBlock]) -> bool:
    """A one-line source note that is no central-file number (`S/S–NSC files, lot 63 D 351, NSC 125 Series`,
    `Executive Secretariat Files`), printed above the title as pre-1955 volumes do.

    Told by what follows it: a 1952–54 `No. 588` line with the title under it; or a citation's words
    (files, lot, papers, records) and a short title followed by a marking or a dateline.
    """
    if len(texts) < 2 or texts[1].kind != "text":
        return False
    line = texts[0].lines[0].strip()
    if len(line) > 160 or line.endswith((":", ",")) or "[Page" in line or P.LIST_ITEM.match(texts[0].lines[0]):
        return False
    nxt = [ln.strip() for ln in texts[1].lines]
    if P.NUMBER_LINE.match(nxt[0]) and len(nxt) > 1:
        return True
    if not re.search(r"\b(?:[Ff]iles?|[Ll]ot \d|Papers|Records)\b", line) or len(nxt) > 3 \
            or is_memo_header_line(nxt[0]) or sum(map(len, nxt)) > 300 or nxt[-1].endswith((".", ":")):
        return False
    after = texts[2] if len(texts) > 2 else None
    return after is not None and after.kind == "text" and (_is_opener(after) or is_dateline(after))


def _keep_header_page_breaks(consumed: list[RawBlock], header: list[Block]) -> None:
    """A page break that opened a header block (`[Page 292]` before PARTICIPANTS) stays with it."""
    for raw in consumed:
        if not raw.page_breaks:
            continue
        made = [b for b in header if b.line == raw.line]
        if made and not any(b.page_breaks for b in made):
            made[0].page_breaks = [(n, min(off, len(made[0].text))) for n, off in raw.page_breaks]


def _shift(breaks, by: int):
    return [(n, max(0, off - by)) for n, off in breaks]


def _looks_like_title(text: str) -> bool:
    # A numbered heading names a document; a numbered paragraph runs on as prose.
    return len(text) < 400 and not text.rstrip().endswith((".", ":")) or text.startswith("Editorial Note")


def _is_form_name(b: RawBlock) -> bool:
    """A form's name alone on its line above the header: `AIRTEL`, `OFFICE MEMORANDUM`, `TELETYPE`."""
    line = b.lines[0].strip()
    # a letter is named by its salutation, which opens the text rather than a header
    return len(b.lines) == 1 and len(line) < 40 and any(re.match(cue, line) for cue, kind in DOC_TYPE_CUES
                                                        if kind != "Letter")


def _is_numeric_date_line(b: RawBlock) -> bool:
    """A typed memo's date line in figures, alone on its line: `7/14/61`, `11/25/1963`."""
    return len(b.lines) == 1 and bool(re.fullmatch(r"\s*\d{1,2}/\d{1,2}/(?:\d{2}|\d{4})\.?\s*", b.lines[0]))


def _is_opener(b: RawBlock) -> bool:
    return b.kind == "text" and len(b.lines) <= 4 and all(
        P.OPENER_LINE.match(re.sub(r"(?<=[A-Za-z.\]])\d{1,2}$", "", ln.strip())) for ln in b.lines)


def _all_items(b: RawBlock) -> bool:
    return all(P.LIST_ITEM.match(ln) or P.TAB_ITEM.match(ln) or P.CONT_OK.match(ln) for ln in b.lines) and \
        bool(P.LIST_ITEM.match(b.lines[0]) or P.TAB_ITEM.match(b.lines[0]))


def _items(b: RawBlock) -> list[str]:
    items: list[str] = []
    for ln in b.lines:
        if P.LIST_ITEM.match(ln) or P.TAB_ITEM.match(ln):
            items.append(strip_label(ln))
        elif items:
            items[-1] += " " + ln.strip()
    return items
