"""Stage 4 — extract: one `extract_<field>()` per field, each trying its evidence in order."""
from __future__ import annotations

import re

from ..document import Segmented
from ..models import (Anchor, Block, Classification, DocDate, Footnote, PageBreak, Person, Record, Source,
                      SourceNote, Warning)
from ..segment.patterns import CC_LINE, DATELINE, SUBJECT_INLINE
from .dates import DayRange, date_from_file_number, parse_date
from .conversation import conversation_date
from .declassification import extract_declassification
from .file_date import file_date_doubt
from .heading import SPLIT_FROM_TO, doc_type_from_opener, doc_type_from_source_note, doc_type_from_title, persons
from .markings import opener_marking, page_marking
from .memo import (form_date, form_subject, memo_doc_type, memo_page_marking, memo_people, memo_unmarked,
                   memo_warnings)
from .source_note import classification_sentence, drafted_by, parse_source_note


def extract(seg: Segmented) -> Record:
    ing = seg.cleaned.ingested
    warnings = list(ing.warnings) + list(seg.warnings)
    if seg.layout == "memo":
        warnings.extend(memo_warnings(seg))
    blocks = seg.blocks
    title_block = next((b for b in blocks if b.type == "title"), None)
    title = _norm_space(title_block.text) if title_block else None
    note = _source_note(seg)
    doc_type = extract_doc_type(seg, title)
    if doc_type is None and title and title_block.n and title_block.n.isdigit() and not SPLIT_FROM_TO.match(title):
        # a numbered heading that opens with no known type phrase ("Minutes of a National Security Council
        # Meeting", "Summary of Conclusions …"): left empty rather than guessed
        warnings.append(Warning(code="doc-type-unknown",
                                message=f"the heading opens with no known document-type phrase: {title[:60]!r}"))
    sender, recipient = extract_persons(seg, title, doc_type)
    dateline_block = _own_dateline(blocks)
    dateline = _norm_space(dateline_block.text) if dateline_block else None
    record = Record(
        id=ing.id,
        options=list(seg.cleaned.options),
        source=Source(path=ing.path, sha256=ing.sha256, bytes=ing.size, encoding=ing.encoding, kind=seg.cleaned.kind),
        number=title_block.n if title_block else None,
        title=title if title is not None or seg.layout != "memo" else _norm_space(form_subject(seg) or "") or None,
        doc_type=doc_type,
        **{"from": sender},
        to=recipient,
        subject=extract_subject(blocks),
        dateline=dateline,
        place=extract_place(dateline),
        date=extract_date(seg, dateline, title, note, warnings),
        classification=extract_classification(seg, note),
        source_note=note,
        drafted_by=drafted_by(note.text) if note and note.placement == "footnote" else None,
        declassification=extract_declassification(seg.furniture),
        signed=extract_signed(blocks),
        cc=[entry for b in blocks if b.type == "cc" for entry in _cc_entries(b.text)],
        footnotes=[Footnote(n=n.n, text=n.text, anchor=Anchor(block=n.anchor[0], offset=n.anchor[1]) if n.anchor else None)
                   for n in seg.notes],
        cross_references=extract_cross_references(seg),
        page_breaks=[PageBreak(n=n, anchor=Anchor(block=i, offset=off))
                     for i, b in enumerate(blocks) for n, off in b.page_breaks],
        body=[Block(type=b.type, n=b.n, rend=b.rend, text=b.text) for b in blocks],
        furniture=seg.furniture,
        cleaning=list(seg.cleaned.steps),
        warnings=warnings,
    )
    return record


def extract_subject(blocks) -> list[str]:
    """Items of the SUBJECT list, or the text of a run-in `Subject:` paragraph."""
    out = []
    for b in blocks:
        if b.type == "head":
            break  # an attachment's subject is not the document's
        if b.type == "subject":
            out.append(_norm_space(b.text))
        elif b.type == "p" and b.rend == "subject":
            m = SUBJECT_INLINE.match(_norm_space(b.text))
            if m:
                out.append(m.group("text"))
    return out


def _own_dateline(blocks):
    """The document's dateline: the first one before any attachment head."""
    for b in blocks:
        if b.type == "head":
            return None
        if b.type == "dateline":
            return b
    return None


def _norm_space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _source_note(seg: Segmented) -> SourceNote | None:
    if seg.source_note is None or seg.source_note_placement is None:
        return None
    return parse_source_note(_norm_space(seg.source_note.text), seg.source_note_placement)


def extract_doc_type(seg: Segmented, title: str | None) -> str | None:
    """From the heading; else the type word of an inline source note; else an opener marking."""
    if title:
        t = doc_type_from_title(title)
        if t:
            return t
    if seg.source_note is not None and seg.source_note_placement == "inline":
        t = doc_type_from_source_note(seg.source_note.text)
        if t:
            return t
    t = doc_type_from_opener([b.text for b in seg.blocks if b.type == "opener"])
    if t:
        return t
    if seg.layout == "memo":
        return memo_doc_type(seg)
    return None


def extract_persons(seg: Segmented, title: str | None, doc_type: str | None) -> tuple[list[Person], list[Person]]:
    if title:
        return persons(title, doc_type)
    return memo_people(seg)


def extract_place(dateline: str | None) -> str | None:
    """The place before the date: `[Washington,] September 17, 1949.` → Washington."""
    if not dateline:
        return None
    m = DATELINE.match(dateline)
    if not m or not m.group("place"):
        return None
    place = m.group("place").strip().strip("[]").strip().rstrip(",;:").strip("[]").strip()
    # a weekday before the date is not part of the place: `Washington, Monday, March 4, 1983`
    place = re.sub(r",\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$", "", place).strip()
    return place or None


def extract_date(seg: Segmented, dateline: str | None, title: str | None, note: SourceNote | None,
                 warnings: list[Warning]) -> DocDate | None:
    """Dateline, else the heading, else the central-file number, else the conversation a memorandum of
    conversation records, else a memo date line."""
    if dateline:
        if re.search(r"\bundated\b", dateline, re.I):
            warnings.append(Warning(code="undated", message=f"the dateline says the document is undated: {dateline!r}"))
            return None
        r = parse_date(dateline, numeric=seg.layout == "memo")
        if r:
            return _doc_date(r, "dateline", "stated")
    if title:
        r = _date_in_heading(title)
        if r and _MEETING_HEADING.match(title):
            # "Memorandum of Discussion at the 410th Meeting of the National Security Council, Washington,
            # June 18, 1959": the meeting's date; the memorandum is dated when written, often days later
            warnings.append(Warning(code="heading-date-is-meeting",
                                    message=f"the heading dates the meeting ({r.text}), not the record of it; not used"))
            r = None
        if r:
            return _doc_date(r, "heading", "stated")
    r = date_from_file_number(note.text) if note is not None else None
    if r:
        doubt = file_date_doubt(r, title=title, body=_body_text(seg), notes=_notes_text(seg, r.text))
        if doubt is None:
            return _doc_date(r, "file-number", "inferred")
        warnings.append(Warning(code="file-date-doubtful", message=f"file number {r.text} not used as the date: {doubt}"))
    r = conversation_date(title, [b.text for b in seg.blocks if b.type in ("p", "item")])
    if r:
        return _doc_date(r, "body", "inferred")
    if seg.layout == "memo":
        r = form_date(seg)
        if r:
            return _doc_date(r, "header", "stated")
    warnings.append(Warning(code="no-date", message="no dateline, dated heading or file number gives the date"))
    return None


# Blocks that are the document's own words (not its heading or dateline).
_BODY_TYPES = {"p", "item", "subject", "opener", "head", "list-head", "participant", "signed"}


def _body_text(seg: Segmented) -> str:
    return "\n".join(b.text for b in seg.blocks if b.type in _BODY_TYPES)


def _notes_text(seg: Segmented, file_number: str) -> str:
    """The footnotes, without the file number the date is read from."""
    return "\n".join(n.text.replace(file_number, "") for n in seg.notes)


# Headings that date the meeting a record was later written of.
_MEETING_HEADING = re.compile(r"^Memorandum of Discussion at\b")


def _date_in_heading(title: str) -> DayRange | None:
    """A date the heading itself carries after a comma: "Notes of Meeting, Washington, May 6, 1975, 10 a.m."

    >>> _date_in_heading("Notes of Meeting, Washington, May 6, 1975, 10 a.m.").iso
    '1975-05-06'
    >>> _date_in_heading("Memorandum From the Secretary (Rusk) to President Kennedy") is None
    True
    """
    r = parse_date(title)
    if r is None or not re.search(rf",\s*(?:\[?[A-Z][\w .’'-]*,\]?\s*)?{re.escape(r.text)}", title):
        return None
    return r


def _doc_date(r: DayRange, source: str, certainty: str) -> DocDate:
    return DocDate(iso=r.iso, min=r.min, max=r.max, text=r.text, source=source, certainty=certainty)


def extract_classification(seg: Segmented, note: SourceNote | None) -> Classification | None:
    """The source note's marking; else an opener marking; else the page markings of a scan; else, for a
    readable scan with no marking and no sign of one, `Unclassified` (`memo_unmarked`)."""
    declassified = any(f.kind == "stamp" for f in seg.furniture)
    if note is not None and note.placement == "footnote":
        found = classification_sentence(note.text)
        if found:
            return Classification(level=found[1], handling=found[2], declassified=declassified, source="source-note")
    found = opener_marking([b.text for b in seg.blocks if b.type == "opener"])
    if found:
        level, handling = found
        return Classification(level=level, handling=handling, declassified=declassified, source="opener-marking")
    found = memo_page_marking(seg) if seg.layout == "memo" else page_marking(seg.furniture)
    if found:
        level, struck = found
        return Classification(level=level, handling=[], declassified=declassified or struck, source="page-marking")
    if seg.layout == "memo" and seg.cleaned.kind == "archival-ocr" and memo_unmarked(seg):
        return Classification(level="Unclassified", handling=[], declassified=declassified, source="no-marking")
    return None


def extract_signed(blocks) -> str | None:
    """The document's own signature: the first `signed` before any attachment; initials don't name."""
    for b in blocks:
        if b.type == "head":
            return None
        if b.type == "signed":
            return None if b.rend == "initials" else (_norm_space(b.text) or None)
    return None


def _cc_entries(text: str) -> list[str]:
    """The copy recipients of a cc block, one per typed line (`cc: DDCI` / `    DDP`).

    >>> _cc_entries("cc: DDCI\\n    DDP"), _cc_entries("cc: Mr. Smith, Chief, WH Division")
    (['DDCI', 'DDP'], ['Mr. Smith, Chief, WH Division'])
    """
    m = CC_LINE.match(text.strip())
    body = m.group("text") if m else text
    return [_norm_space(ln) for ln in body.split("\n") if ln.strip()]


def extract_cross_references(seg: Segmented) -> list[str]:
    """`Document 316` references in footnotes and text, in order, once each."""
    seen: list[str] = []
    texts = [n.text for n in seg.notes] + [b.text for b in seg.blocks]
    for t in texts:
        for m in re.finditer(r"\bDocuments? (\d+)((?:(?:, | and |, and )\d+)*)", t):
            for num in re.findall(r"\d+", m.group(0)):
                ref = f"Document {num}"
                if ref not in seen:
                    seen.append(ref)
    return seen
