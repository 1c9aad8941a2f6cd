"""Build the TEI document, shaped like the Office of the Historian's FRUS TEI.

`div type="document" n=`; `head` with `persName type="from|to"` and the source
note as `note n="0" type="source"` at its marker (or `note rend="inline"
type="source"` above the head in older volumes); `opener` with
`dateline/placeName/date when=`; `list type="subject"`; `p`, `list/item`;
`pb n=` where the page turns; `note n=` at each marker; `closer/signed`. The
classification and the declassification are recorded in the `teiHeader`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from . import PIPELINE_VERSION
from .document import Segmented
from .models import Record

TEI_NS = "http://www.tei-c.org/ns/1.0"
FRUS_NS = "http://history.state.gov/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
NSMAP = {None: TEI_NS, "frus": FRUS_NS}


def _el(parent, tag: str, text: str | None = None, **attrs) -> etree._Element:
    e = etree.SubElement(parent, f"{{{TEI_NS}}}{tag}", {k.rstrip("_"): v for k, v in attrs.items() if v is not None})
    if text:
        e.text = text
    return e


@dataclass(frozen=True)
class Insert:
    """Something placed at an offset of a block's text: a note, a page break, a name span."""

    offset: int
    kind: str  # note | pb | span
    payload: dict
    end: int | None = None  # spans only


# A typed line end inside a block (a signature's name and title, an addressee per line), with the
# indentation around it: it becomes `<lb/>`.
_LINE_END = re.compile(r"[ \t]*\n[ \t]*")


def fill(parent, text: str, inserts: list[Insert]) -> None:
    """Write `text` into `parent` with notes, page breaks and spans at their offsets, and `<lb/>` where a
    line of the block ends."""
    pos = len(text) - len(text.lstrip(" \t"))  # a scan's indentation before the block says nothing
    text = text.rstrip()  # nor does a line end before a page break at the block's end
    last = None  # the last child added: text goes to its tail (len(parent) would walk the children)

    def put_text(chunk: str) -> None:
        if not chunk:
            return
        if last is None:
            parent.text = (parent.text or "") + chunk
        else:
            last.tail = (last.tail or "") + chunk

    def put(chunk: str) -> None:
        nonlocal last
        pieces = _LINE_END.split(chunk)
        put_text(pieces[0])
        for piece in pieces[1:]:
            last = _el(parent, "lb")
            put_text(piece)

    for ins in sorted(inserts, key=lambda i: (i.offset, 0 if i.kind == "span" else 1)):
        if ins.offset < pos and ins.kind == "span":
            continue  # overlapping spans: keep the first
        put(text[pos:ins.offset])  # (empty when a break or note stands in skipped indentation)
        pos = max(pos, min(ins.offset, len(text)))
        if ins.kind == "pb":
            last = _el(parent, "pb", n=ins.payload["n"])
        elif ins.kind == "note":
            last = _el(parent, "note", n=ins.payload["n"], type=ins.payload.get("type"))
            last.text = ins.payload["text"]
        elif ins.kind == "span":
            last = _el(parent, ins.payload["tag"], **ins.payload.get("attrs", {}))
            last.text = text[ins.offset:ins.end]
            pos = ins.end or pos
    put(text[pos:])


def build_tei(seg: Segmented, record: Record) -> etree._Element:
    root = etree.Element(f"{{{TEI_NS}}}TEI", nsmap=NSMAP)
    _header(root, record)
    body = _el(_el(root, "text"), "body")
    div = _el(body, "div", type="document", n=record.number)
    div.set(f"{{{XML_NS}}}id", "d" + record.number if record.number else "doc")
    if record.date:
        div.set(f"{{{FRUS_NS}}}doc-dateTime-min", record.date.min)
        div.set(f"{{{FRUS_NS}}}doc-dateTime-max", record.date.max)

    notes_at: dict[int, list[Insert]] = {}
    for n in seg.notes:
        if n.anchor:
            notes_at.setdefault(n.anchor[0], []).append(
                Insert(n.anchor[1], "note", {"n": n.n, "text": n.text}))
    if seg.source_note is not None:
        if seg.source_note_placement == "inline":
            note = _el(div, "note", type="source", rend="inline")
            note.text = seg.source_note.text
        elif seg.source_note.anchor:
            bi, off = seg.source_note.anchor
            notes_at.setdefault(bi, []).append(
                Insert(off, "note", {"n": seg.source_note.n, "text": seg.source_note.text, "type": "source"}))
    unanchored = [n for n in seg.notes if not n.anchor]

    container = div
    open_list = opener = None  # a SUBJECT / PARTICIPANTS list, or one opened by a list head
    head_list = None  # a list opened by a list head inside the text (an attachment's SUBJECT), for its items
    outline = _Outline()
    for i, b in enumerate(seg.blocks):
        # a run of opener lines (markings, dateline, memo header lines) is one `opener`
        last_was_opener = i > 0 and seg.blocks[i - 1].type in _OPENER_TYPES and opener is not None
        inserts = list(notes_at.get(i, [])) + [Insert(off, "pb", {"n": n}) for n, off in b.page_breaks]
        if b.type == "item":
            # numbered items make their own list (under a list head's, if one is open), nested as printed
            fill(outline.item(container, head_list, b), b.text, inserts)
            continue
        outline.close()
        head_list = None
        list_type = {"subject": "subject", "participant": "participants"}.get(b.type)
        if list_type:
            if open_list is None or open_list.get("type") != list_type:
                open_list = _el(container, "list", type=list_type)
                if b.type == "subject":
                    _el(open_list, "head", "SUBJECT")
            fill(_el(open_list, "item"), b.text, inserts)
            continue
        open_list = None
        if b.type == "list-head":
            open_list = head_list = _el(container, "list", type=b.n)
            fill(_el(open_list, "head"), b.text, inserts)
            continue
        if b.type == "participants-head":
            open_list = _el(container, "list", type="participants")
            _el(open_list, "head", b.text)
            continue
        if b.type == "title":
            head = _el(container, "head")
            fill(head, b.text, inserts + _person_spans(b.text, record))
        elif b.type == "dateline":
            opener = opener if last_was_opener else _el(container, "opener")
            fill(_el(opener, "dateline"), b.text, inserts + _dateline_spans(b.text, record))
        elif b.type in ("opener", "memo-header"):
            opener = opener if last_was_opener else _el(container, "opener")
            seg_el = _el(opener, "seg", type="marking" if b.type == "opener" else "memo-header",
                         subtype=_ncname(b.n) if b.n else None)
            fill(seg_el, b.text, inserts)
        elif b.type == "p":
            fill(_el(container, "p", n=b.n, rend=b.rend), b.text, inserts)
        elif b.type == "head":
            fill(_el(container, "ab", type="attachment-head"), b.text, inserts)
        elif b.type == "table":
            table = _el(container, "table")
            for line in b.text.split("\n"):
                row = _el(table, "row")
                for cell in re.split(r"\t+|\s*\|\s*", line.strip().strip("|")):
                    _el(row, "cell", cell.strip())
            for n, _ in b.page_breaks:
                _el(container, "pb", n=n)
        elif b.type == "signed":
            fill(_el(_el(container, "closer"), "signed"), b.text, inserts)
        elif b.type == "cc":
            fill(_el(container, "ab", type="cc"), b.text, inserts)
        else:
            fill(_el(container, "ab", type=_ncname(b.type)), b.text, inserts)
    if unanchored:
        back = _el(div, "div", type="notes")
        for n in unanchored:
            _el(back, "note", n.text, n=n.n)
    return root


_OPENER_TYPES = ("dateline", "opener", "memo-header")

# How an item's label is printed: its level in the outline is where that style first appeared.
_LABEL_STYLES = ((re.compile(r"\d{1,3}\.\s"), "1."), (re.compile(r"[a-z]\.\s"), "a."), (re.compile(r"[A-Z]\.\s"), "A."),
                 (re.compile(r"\(\d{1,3}\)\s"), "(1)"), (re.compile(r"\([a-z]\)\s"), "(a)"),
                 (re.compile(r"\d{1,3}\)\s"), "1)"), (re.compile(r"[a-z]\)\s"), "a)"))


def _label_style(text: str) -> str:
    """`2. We suggest` → `1.`; `a. We would` → `a.`; `(1) Manufacture` → `(1)`; anything else one style.

    >>> [_label_style(t) for t in ("2. We", "b. We", "(3) Merchant", "(c) The", "• Item")]
    ['1.', 'a.', '(1)', '(a)', '']
    """
    t = text.lstrip()
    return next((style for pattern, style in _LABEL_STYLES if pattern.match(t)), "")


def _follows(before: str | None, n: str | None) -> bool:
    """Whether label `n` comes right after `before` (`3` → `4`, `b` → `c`).

    >>> _follows("3", "4"), _follows("b", "c"), _follows("7", "1")
    (True, True, False)
    """
    if not before or not n:
        return False
    if before.isdigit() and n.isdigit():
        return int(n) == int(before) + 1
    return len(before) == len(n) == 1 and ord(n) == ord(before) + 1


class _Outline:
    """Numbered items nested as printed: a label style not seen in the open lists opens a list inside the
    item before it (`2.` › `a.` › `(1)`), and so does numbering that starts again after an item ending in a
    colon; a style seen before closes the lists below it."""

    def __init__(self) -> None:
        self.levels: list[list] = []  # [style, list element, last item, its text]

    def item(self, container, head_list, b) -> etree._Element:
        style = _label_style(b.text)
        if not self.levels:
            root = head_list if head_list is not None else _el(container, "list")
            self.levels = [[style, root, None, ""]]
        else:
            same = [k for k, level in enumerate(self.levels) if level[0] == style]
            # of two lists of one style (`1.` items inside a `1.` item), the one this number continues
            depth = next((k for k in reversed(same) if _follows(self.levels[k][2].get("n"), b.n)),
                         same[-1] if same else None)
            # numbering that starts again after an item ending in a colon is that item's own list
            restarts = b.n in ("1", "a", "A") and self.levels[-1][3].rstrip().endswith(":")
            if not style:
                pass  # an unlabelled item goes on in the list it stands in
            elif depth is not None and not restarts:
                del self.levels[depth + 1:]
            else:
                self.levels.append([style, _el(self.levels[-1][2], "list"), None, ""])
        item = _el(self.levels[-1][1], "item", n=b.n)
        self.levels[-1][2:] = [item, b.text]
        return item

    def close(self) -> None:
        self.levels = []


def _ncname(value: str | None) -> str | None:
    if not value:
        return None
    v = re.sub(r"[^\w.-]+", "-", value.strip().lower()).strip("-")
    return v if re.match(r"^[A-Za-z_]", v or "") else "x-" + v


def _person_spans(text: str, record: Record) -> list[Insert]:
    spans = []
    for side, people in (("from", record.from_), ("to", record.to)):
        for p in people:
            start = text.find(p.name)
            if start >= 0:
                spans.append(Insert(start, "span", {"tag": "persName", "attrs": {"type": side}}, end=start + len(p.name)))
    return spans


def _dateline_spans(text: str, record: Record) -> list[Insert]:
    spans = []
    if record.place:
        start = text.find(record.place)
        if start >= 0:
            spans.append(Insert(start, "span", {"tag": "placeName"}, end=start + len(record.place)))
    if record.date and record.date.text:
        start = text.find(record.date.text)
        if start >= 0:
            attrs = {"when": record.date.iso} if record.date.min == record.date.max else \
                {"from": record.date.min, "to": record.date.max}
            spans.append(Insert(start, "span", {"tag": "date", "attrs": attrs}, end=start + len(record.date.text)))
    return spans


def _header(root, record: Record) -> None:
    header = _el(root, "teiHeader")
    file_desc = _el(header, "fileDesc")
    _el(_el(file_desc, "titleStmt"), "title", record.title or record.id)
    _el(_el(file_desc, "publicationStmt"), "p", f"Converted by fruspipe {PIPELINE_VERSION}; not published.")
    source = _el(file_desc, "sourceDesc")
    bibl = _el(source, "bibl")
    _el(bibl, "idno", record.source.path, type="file")
    _el(bibl, "idno", record.source.sha256, type="sha256")
    _el(bibl, "note", record.source.kind, type="kind")
    if record.source_note and record.source_note.citation:
        _el(bibl, "citedRange", record.source_note.citation)
    profile = _el(header, "profileDesc")
    keywords = _el(_el(profile, "textClass"), "keywords", scheme="#fruspipe-classification")
    c = record.classification
    if c and c.level:
        _el(keywords, "term", c.level, type="classification")
        for h in c.handling:
            _el(keywords, "term", h, type="handling")
        _el(keywords, "term", "declassified" if c.declassified else "classified", type="status")
    else:
        _el(keywords, "term", "none recorded", type="classification")
    d = record.declassification
    if d:
        revision = _el(header, "revisionDesc")
        change = _el(revision, "change", type="declassification", when=d.date, who=None)
        change.text = "; ".join(f"{k}: {v}" for k, v in (("authority", d.authority), ("reference", d.reference),
                                                          ("by", d.by), ("agency", d.agency)) if v)


def tei_bytes(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
