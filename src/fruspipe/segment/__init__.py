"""Stage 3 — segment: header, body, closing, footnotes and page furniture.

The cleaned text is split into blocks; furniture is taken out and recorded;
page markers are lifted out with their offsets; the trailing footnote list is
parsed and each footnote linked to its marker; the header (number, title,
opener markings, dateline, subject, participants, memo header lines) and the
closing (salutation, signature, cc) are typed; what remains is the body.
"""
from __future__ import annotations

import bisect
import re

from ..clean.ocr_rules import should_join
from ..document import Block, Cleaned, Marker, Note, Segmented
from ..models import Warning
from . import patterns as P
from .blocks import RawBlock, lift_page_markers, remove_furniture, split_blocks
from .memo import is_memo_header_line, read_memo_block
from .notes import find_marker, parse_note_list

SENTENCE_END = re.compile(r"[.:?!”\"’')\]]$")


def segment(cleaned: Cleaned) -> Segmented:
    furnished = remove_furniture(split_blocks(cleaned.text))
    raw = lift_page_markers(furnished.blocks)
    warnings: list[Warning] = []
    note_items, raw = take_note_list(raw)
    raw = place_page_breaks(raw)
    header, body_raw, layout, number, title, inline_note = read_header(raw)
    blocks: list[Block] = []
    if title is not None:
        blocks.append(Block("title", title.text, n=number, page_breaks=list(title.page_breaks), line=title.line))
    blocks.extend(header)
    blocks.extend(type_body(body_raw))
    mark_closing(blocks)
    if not any(b.type == "dateline" for b in blocks):
        _closing_dateline(blocks)

    notes, source_note = link_notes(blocks, note_items, inline_note, warnings)
    if inline_note is not None:
        source_note = inline_note
    placement = "inline" if inline_note is not None else ("footnote" if source_note else None)
    return Segmented(cleaned=cleaned, layout=layout, blocks=blocks, notes=notes, source_note=source_note,
                     source_note_placement=placement, furniture=furnished.furniture, warnings=warnings)


# --- page breaks ------------------------------------------------------------------------------

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
    return first.lstrip()[:1].islower() or (len(last) > 40 and last[-1:].isalpha() or last.endswith(","))


# --- footnote list ------------------------------------------------------------------------------

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


def _guess_base(texts: list[str], count: int) -> int:
    """Marker of the source note when the title shows none: the numbering that finds more markers."""
    def found(base: int) -> int:
        pos, hits = (0, 0), 0
        for k in range(1, count):
            f = find_marker(texts, str(base + k), pos)
            if f:
                hits, pos = hits + 1, f
        return hits
    return 0 if found(0) > found(1) else 1


def _cut_marker(block: Block, offset: int, n: str) -> None:
    block.text = block.text[:offset] + block.text[offset + len(n):]
    block.markers.append(Marker(n, offset))
    block.page_breaks = [(p, o - len(n) if o > offset else o) for p, o in block.page_breaks]
    for m in block.markers[:-1]:
        if m.offset > offset:
            m.offset -= len(n)


# --- header -----------------------------------------------------------------------------------------

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
    if texts and len(texts[0].lines) == 1 and (P.FILE_NUMBER_NOTE.match(first_line(0)) or P.SERIAL_NOTE.match(first_line(0))):
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
        elif not seen_dateline and _is_dateline(b):
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
                header.append(Block("participant", _strip_label(ln), line=b.line))
            while not rest and i < len(texts) and texts[i].kind == "text" and _all_items(texts[i]):
                for item in _items(texts[i]):
                    header.append(Block("participant", item, line=texts[i].line))
                i += 1
                break
            continue
        elif layout == "memo" and read_memo_block(b, header):
            pass
        else:
            break
        i += 1
    _keep_header_page_breaks(texts[:i], header)
    return header, texts[i:], layout, number, title, inline_note


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


def _is_opener(b: RawBlock) -> bool:
    return b.kind == "text" and len(b.lines) <= 4 and all(
        P.OPENER_LINE.match(re.sub(r"(?<=[A-Za-z.\]])\d{1,2}$", "", ln.strip())) for ln in b.lines)


def _is_dateline(b: RawBlock) -> bool:
    text = " ".join(ln.strip() for ln in b.lines)
    if len(b.lines) > 2 or len(text) > 160:
        return False
    m = P.DATELINE.match(text)
    return bool(m) and (m.group("place") is not None or len(text) < 60)


def _all_items(b: RawBlock) -> bool:
    return all(P.LIST_ITEM.match(ln) or P.TAB_ITEM.match(ln) or P.CONT_OK.match(ln) for ln in b.lines) and \
        bool(P.LIST_ITEM.match(b.lines[0]) or P.TAB_ITEM.match(b.lines[0]))


def _items(b: RawBlock) -> list[str]:
    items: list[str] = []
    for ln in b.lines:
        if P.LIST_ITEM.match(ln) or P.TAB_ITEM.match(ln):
            items.append(_strip_label(ln))
        elif items:
            items[-1] += " " + ln.strip()
    return items


def _strip_label(line: str) -> str:
    m = P.LIST_ITEM.match(line)
    if m and m.group("label") in "•-–*":
        return m.group("text").strip()
    return line.strip()


# --- body ------------------------------------------------------------------------------------------

def type_body(raw: list[RawBlock]) -> list[Block]:
    out: list[Block] = []
    for b in raw:
        if b.kind == "table":
            out.append(Block("table", b.text, line=b.line))
            continue
        if b.kind != "text":
            continue
        first = b.lines[0]
        if P.LIST_ITEM.match(first) or P.TAB_ITEM.match(first):
            out.extend(_item_blocks(b))
            continue
        if all("\t" in ln for ln in b.lines) and len(b.lines) > 1:
            out.append(Block("table", b.text, line=b.line, page_breaks=b.page_breaks))
            continue
        for part in split_paragraphs(b):
            text = part.text
            if P.ENCLOSURE_HEAD.match(text.strip()):
                out.append(Block("head", text, line=part.line, page_breaks=part.page_breaks))
                continue
            if _is_dateline(part) and P.DATELINE.match(" ".join(part.lines)).group("place"):
                out.append(Block("dateline", text, line=part.line, page_breaks=part.page_breaks))
                continue
            rend = "heading" if _is_heading(part) else None
            m = re.match(r"^(\d{1,3}|[A-Z]|[a-z]|[IVX]+)\. ", text)
            out.append(Block("p", text, n=m.group(1) if m and not rend else None, rend=rend, line=part.line,
                             page_breaks=part.page_breaks))
    return out


PARAGRAPH_START = re.compile(r"^(?:\d{1,3}\.|\([a-z0-9]{1,3}\)|[A-Z]\.) \S")


def split_paragraphs(b: RawBlock) -> list[RawBlock]:
    """A block of long lines is one paragraph per line (web copies and unwrapped OCR print
    a paragraph per line); short lines (addresses, closers, verse) stay together, except
    that a numbered line (`2. …`) always opens a new paragraph."""
    if len(b.lines) == 1:
        return [b]
    long_lines = all(len(ln) >= 60 or PARAGRAPH_START.match(ln) for ln in b.lines[:-1])
    parts: list[RawBlock] = []
    pos = 0
    for i, ln in enumerate(b.lines):
        start = pos
        pos += len(ln) + 1
        mid_sentence = bool(parts) and len(parts[-1].lines[-1]) > 50 and _stops_mid_sentence(parts[-1].lines[-1]) \
            and not P.LIST_ITEM.match(ln) and not PARAGRAPH_START.match(ln)
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


_ABBREVIATION_END = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Adm|Amb|Sen|Gov|No|Nos|Vol|pp|[A-Z])\.$")


def _stops_mid_sentence(line: str) -> bool:
    """The line does not end a sentence (no final stop, or a stop after `Mr.` or an initial)."""
    line = line.rstrip()
    return not SENTENCE_END.search(line) or bool(_ABBREVIATION_END.search(line))


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


def _is_heading(b: RawBlock) -> bool:
    text = b.text.strip()
    if len(b.lines) > 1 or len(text) > 80 or SENTENCE_END.search(text) or text.endswith(","):
        return False
    words = re.findall(r"[A-Za-z][\w’'-]*", text)
    if not words or len(words) > 10:
        return False
    small = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "vs"}
    return all(w[0].isupper() or w in small for w in words) and words[0][0].isupper()


# --- closing ------------------------------------------------------------------------------------------

def mark_closing(blocks: list[Block]) -> None:
    """Type the closing: cc lines, the signature and the salutation before it.

    A document with enclosures is signed before its first enclosure; the
    enclosures' own signatures close them.
    """
    for k in range(1, len(blocks) - 1):
        if blocks[k].type == "p" and blocks[k + 1].type == "head" and _is_signature(blocks[k].text):
            _mark_signature(blocks, k)
    k = len(blocks) - 1
    while k > 0 and blocks[k].type in ("p", "item"):
        m = P.CC_LINE.match(blocks[k].text)
        if m and len(blocks[k].text) < 200:
            blocks[k].type = "cc"
            k -= 1
            continue
        break
    if k <= 0 or blocks[k].type != "p":
        return
    if _is_signature(blocks[k].text):
        _mark_signature(blocks, k)
    elif P.INITIALS.match(blocks[k].text.strip()):
        # initials sign a memorandum too: a `signed` with no name
        blocks[k].type = "signed"
        blocks[k].rend = "initials"


def _closing_dateline(blocks: list[Block]) -> None:
    """A dateline printed at the end (some notes and letters) instead of the top."""
    for b in reversed(blocks[-3:]):
        if b.type in ("p", "signed") and _is_dateline(RawBlock(b.text.split("\n"), b.line)) \
                and P.DATELINE.match(b.text).group("place"):
            b.type = "dateline"
            return


def _mark_signature(blocks: list[Block], k: int) -> None:
    blocks[k].type = "signed"
    j = k - 1
    while j > 0 and blocks[j].type == "p" and P.SALUTATION.match(blocks[j].text.strip()):
        blocks[j].rend = "salute"
        j -= 1


def _is_signature(text: str) -> bool:
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if not lines or len(lines) > 4 or any(len(ln) > 60 for ln in lines):
        return False
    first = lines[0]
    if P.INITIALS.match(first) and len(lines) == 1:
        return False
    words = first.replace(",", " ").split()
    if not words or len(words) > 7:
        return False
    if first.endswith((":", "?", "!")):
        return False
    # prose ends with a period after a lower-case word; `FISH, Secretary.` and `W. J. Sebald` do not
    if first.endswith(".") and re.search(r"\b[a-z]{2,}\.$", first):
        return False
    caps = sum(1 for w in words if w[0].isupper() or w in ("de", "van", "von", "of", "and", "the"))
    return caps == len(words) and any(len(w.strip(".")) > 1 for w in words)
