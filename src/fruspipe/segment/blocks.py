"""Split cleaned text into raw blocks, take page furniture out, find page markers."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..furniture import classify_line, is_stamp_table, marking_level, page_number, take_inline_redactions
from ..models import Furniture

PAGE_MARKER = re.compile(r"\[Page\s(?P<n>[\divxlcdmIVXLCDM]+)\]")
OWN_PAGE_MARKER = re.compile(r"^\s*\[Page (?P<n>[\divxlcdmIVXLCDM]+)\]\s*$")


@dataclass
class RawBlock:
    lines: list[str]
    line: int  # 1-based line number of the first line
    kind: str = "text"  # text | table | pb (own-line page marker) | scanpage (scan page header)
    n: str | None = None
    # page breaks inside the block: (page n, offset in the joined text)
    page_breaks: list[tuple[str, int]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass
class Furnished:
    """Blocks with furniture taken out, and what was taken."""

    blocks: list[RawBlock]
    furniture: list[Furniture]
    marking_levels: list[tuple[str, bool]]  # (level, struck) per marking seen


def split_blocks(text: str) -> list[RawBlock]:
    """Blocks are runs of non-blank lines.

    >>> [b.lines for b in split_blocks("a\\nb\\n\\n\\nc")]
    [['a', 'b'], ['c']]
    """
    blocks: list[RawBlock] = []
    current: list[str] = []
    start = 0
    for i, line in enumerate(text.split("\n"), 1):
        if line.strip():
            if not current:
                start = i
            current.append(line)
        elif current:
            blocks.append(RawBlock(current, start))
            current = []
    if current:
        blocks.append(RawBlock(current, start))
    return blocks


def remove_furniture(blocks: list[RawBlock]) -> Furnished:
    """Take furniture lines out of blocks; scan page headers become `scanpage` blocks."""
    out: list[RawBlock] = []
    furniture: list[Furniture] = []
    levels: list[tuple[str, bool]] = []
    for b in blocks:
        table = [ln for ln in b.lines if classify_line(ln) == "table"]
        if table and len(table) == len(b.lines):
            if is_stamp_table(b.lines):
                furniture.append(Furniture(kind="stamp", text=b.text, line=b.line))
            else:
                out.append(RawBlock(b.lines, b.line, kind="table"))
            continue
        kept: list[str] = []
        kept_start = b.line
        for i, ln in enumerate(b.lines):
            kind = classify_line(ln)
            if kind is None or kind == "table":
                if not kept:
                    kept_start = b.line + i
                ln, codes = take_inline_redactions(ln) if kind is None else (ln, [])
                furniture.extend(Furniture(kind="redaction", text=c, line=b.line + i) for c in codes)
                kept.append(ln)
                continue
            if kept:  # furniture splits the block
                out.append(RawBlock(kept, kept_start))
                kept = []
            furniture.append(Furniture(kind=kind, text=ln.strip(), line=b.line + i))
            if kind == "classification-marking":
                lv = marking_level(ln)
                if lv:
                    levels.append(lv)
            elif kind == "page-header":
                out.append(RawBlock([], b.line + i, kind="scanpage", n=page_number(ln)))
        if kept:
            out.append(RawBlock(kept, kept_start))
    return Furnished(out, furniture, levels)


def lift_page_markers(blocks: list[RawBlock]) -> list[RawBlock]:
    """`[Page N]` markers: own-line ones become `pb` blocks, inline ones are cut out and placed."""
    out: list[RawBlock] = []
    for b in blocks:
        if b.kind != "text":
            out.append(b)
            continue
        if len(b.lines) == 1 and OWN_PAGE_MARKER.match(b.lines[0]):
            out.append(RawBlock([], b.line, kind="pb", n=OWN_PAGE_MARKER.match(b.lines[0]).group("n")))
            continue
        if len(b.lines) > 1 and OWN_PAGE_MARKER.match(b.lines[0]):
            # a marker on its own line right above the text of the block (`[Page 101]` / `40. Memorandum …`)
            out.append(RawBlock([], b.line, kind="pb", n=OWN_PAGE_MARKER.match(b.lines[0]).group("n")))
            b = RawBlock(b.lines[1:], b.line + 1, kind=b.kind, n=b.n, page_breaks=b.page_breaks)
        text = b.text
        if "[Page " not in text:
            out.append(b)
            continue
        pieces, breaks, pos, length = [], [], 0, 0
        for m in PAGE_MARKER.finditer(text):
            before = text[pos:m.start()]
            pieces.append(before)
            length += len(before)
            # "the [Page 638] Russians": one of the two spaces goes with the marker; so does the space after
            # a marker that opens the block ("[Page 101] 40. Memorandum …")
            if (before.endswith(" ") or length == 0 and not before) and text[m.end():m.end() + 1] == " ":
                pos = m.end() + 1
            else:
                pos = m.end()
            breaks.append((m.group("n"), length))
        pieces.append(text[pos:])
        joined = "".join(pieces)
        out.append(RawBlock(joined.split("\n"), b.line, kind="text", page_breaks=breaks))
    return out
