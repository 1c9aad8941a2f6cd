"""Stage 3 — segment: header, body, closing, footnotes and page furniture.

The cleaned text is split into blocks; furniture is taken out and recorded;
page markers are lifted out with their offsets; the trailing footnote list is
parsed and each footnote linked to its marker; the header (number, title,
opener markings, dateline, subject, participants, memo header lines) and the
closing (salutation, signature, cc) are typed; what remains is the body.
"""
from __future__ import annotations

from ..document import Block, Cleaned, Segmented
from ..models import Warning
from .blocks import lift_page_markers, remove_furniture, split_blocks
from .body import type_body
from .closing import closing_dateline, mark_closing
from .header import read_header
from .notes import link_notes, take_note_list
from .pages import place_page_breaks


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
    blocks.extend(type_body(body_raw, scanned=cleaned.kind == "archival-ocr"))
    if not any(b.type == "dateline" for b in blocks):
        closing_dateline(blocks)  # first: a signature may stand above it
    mark_closing(blocks)

    notes, source_note = link_notes(blocks, note_items, inline_note, warnings)
    if inline_note is not None:
        source_note = inline_note
    placement = "inline" if inline_note is not None else ("footnote" if source_note else None)
    return Segmented(cleaned=cleaned, layout=layout, blocks=blocks, notes=notes, source_note=source_note,
                     source_note_placement=placement, furniture=furnished.furniture, warnings=warnings)
