"""Typed memoranda without a FRUS heading: people and type from the header lines."""
from __future__ import annotations

import re

from ..document import Segmented
from ..memo_vocabulary import (CUSTODY_STAMP, HEADER_SCAN_LINES, INFORMATION_REPORT, NOT_A_NAME, PORTION_MARK,
                               REPORT_HEADER_LINES, SIGNATURE_FOLLOWS)
from ..models import Person, Warning
from .markings import classified_sign, page_marking
from .forms.dates import date_conflict, later_document_line, read_date
from .forms.doc_type import read_doc_type
from .forms.header import FormHeader, read_form_header
from .forms.lines import text_lines
# `display_name` lives in forms.names (which the forms' readers use and memo imports), so that the
# modules do not import each other; it is re-exported here, where it was first defined.
from .forms.names import FILE_REF, display_name, repair_from_routing_list
from .forms.people import (CITE, read_cable_people, read_fbi_offices, read_letter_people, read_memo_signature,
                           read_report_origin)
from .forms.quality import ocr_quality
from .forms.titles import read_opening_words, read_title

__all__ = ["display_name", "form_date", "form_doc_type", "form_people", "form_subject", "memo_doc_type",
           "memo_page_marking", "memo_people", "memo_unmarked", "memo_warnings"]


def _people(value: str) -> list[Person]:
    out = []
    for part in re.split(r"\n|;", value):
        part = FILE_REF.sub("", part).strip(" ,.")  # `SAC, NEW ORLEANS (100-16601) (P)`: the office
        if part:
            out.append(Person(name=display_name(part), role=None))
    return out


def memo_people(seg: Segmented) -> tuple[list[Person], list[Person]]:
    """`MEMORANDUM FOR` / `TO` lines are recipients; `FROM` lines and the signature the sender."""
    to: list[Person] = []
    sender: list[Person] = []
    for b in seg.blocks:
        if b.type != "memo-header":
            continue
        label = (b.n or "").upper()
        if re.match(r"THE\s", b.text):
            continue  # `FROM THE GERALD R. FORD LIBRARY`: a copy stamp, not a header
        if label in ("MEMORANDUM FOR", "MEMO FOR", "MEMORANDUM TO", "TO", "FOR"):
            to.extend(_people(b.text))
        elif label == "FROM":
            sender.extend(_people(b.text))
    if not sender or not to:
        form_sender, form_to = form_people(seg)
        sender = sender or form_sender
        to = to or form_to
    if not sender:
        signed = next((b for b in seg.blocks if b.type == "signed"), None)
        if signed and not re.search(NOT_A_NAME, signed.text, re.I):
            lines = [ln.strip() for ln in signed.text.split("\n") if ln.strip()]
            # a copy list or distribution typed under the office without a blank line ends the signature
            end = next((k for k, ln in enumerate(lines) if k and re.match(SIGNATURE_FOLLOWS, ln, re.I)), len(lines))
            sender.append(Person(name=lines[0], role=" ".join(lines[1:end]) or None))
    if not sender and form_doc_type(seg) in ("Memorandum", "Memorandum for the Record"):
        if _form(seg)[0]:  # a readable scan
            sender = read_memo_signature(text_lines(seg.cleaned.text))
    if seg.cleaned.kind != "archival-ocr":
        return sender, to
    lines = _form(seg)[0]  # a scan's surnames misread by OCR, put right from its routing list
    return repair_from_routing_list(sender, lines), repair_from_routing_list(to, lines)


def memo_doc_type(seg: Segmented) -> str | None:
    """`MEMORANDUM FOR` header lines; else the kind the page names (`AIRTEL`, `Dear Mr. X:`)."""
    for b in seg.blocks:
        if b.type == "memo-header" and (b.n or "").upper().startswith(("MEMORANDUM", "MEMO")):
            return "Memorandum for the Record" if b.n == "MEMORANDUM FOR THE RECORD" else "Memorandum"
    return form_doc_type(seg)


# --- scanned forms: header lines read off the page (extract/forms/) ---------------------------

# Below this share of dictionary words a page's OCR is flagged; below the second, no header field is
# read off its lines (garbage in, null out).
LOW_OCR_QUALITY = 0.6
UNREADABLE_OCR_QUALITY = 0.45


def _quality(seg: Segmented) -> float | None:
    if not hasattr(seg, "_ocr_quality"):
        seg._ocr_quality = ocr_quality(seg.cleaned.text)  # type: ignore[attr-defined]
    return seg._ocr_quality  # type: ignore[attr-defined]


def memo_warnings(seg: Segmented):
    """A `low-ocr-quality` warning with the estimate, when too few of the scan's tokens are words;
    `uncertain-date` and `uncertain-classification` when the page speaks against the value it shows,
    which is then left out (an archive would rather have no value than a wrong one)."""
    out = []
    q = _quality(seg)
    if q is not None and q < LOW_OCR_QUALITY:
        action = "header fields were not read from it" if q < UNREADABLE_OCR_QUALITY else "header fields may be wrong"
        out.append(Warning(code="low-ocr-quality",
                           message=f"only {q:.0%} of the OCR tokens are dictionary words; {action}"))
    _, why = _date_reading(seg)
    if why:
        out.append(Warning(code="uncertain-date", message=f"no date given: {why}"))
    _, why = _marking_reading(seg)
    if why:
        out.append(Warning(code="uncertain-classification", message=why))
    return out


def _header_text(text: str) -> str:
    """The first lines of a scan, where a header can stand (`HEADER_SCAN_LINES`).

    >>> _header_text("a\\nb\\nc").split("\\n") == ["a", "b", "c"]
    True
    """
    return "\n".join(text.split("\n", HEADER_SCAN_LINES)[:HEADER_SCAN_LINES])


def _form(seg: Segmented):
    cached = getattr(seg, "_form_header", None)
    if cached is None:
        q = _quality(seg)
        if q is not None and q < UNREADABLE_OCR_QUALITY:
            seg._form_header = ([], FormHeader())  # type: ignore[attr-defined]
            return seg._form_header  # type: ignore[attr-defined]
        lines = text_lines(_header_text(seg.cleaned.text))
        cached = (lines, read_form_header(lines))
        seg._form_header = cached  # type: ignore[attr-defined]
    return cached


def form_doc_type(seg: Segmented) -> str | None:
    """The kind the page names (`AIRTEL`, `INCOMING TELEGRAM`, `Dear Mr. X:`), else the header's."""
    lines, header = _form(seg)
    kind = read_doc_type(lines)
    if kind is None and header.record:
        kind = "Memorandum for the Record"
    return kind


def form_people(seg: Segmented) -> tuple[list[Person], list[Person]]:
    """(from, to) from the header labels; else a cable's CITE line; else a letter's address and signature;
    else an FBI form's office lines; else the agency heading an information report."""
    lines, header = _form(seg)
    sender, to = list(header.sender), list(header.to)
    for reader in (read_cable_people, read_letter_people, read_fbi_offices, read_report_origin):
        if sender and to:
            break
        s, t = reader(lines)
        sender = sender or s
        to = to or t
    if not to and form_doc_type(seg) == "Memorandum for the Record":
        to = [Person(name="the Record", role=None)]  # `MEMORANDUM FOR THE` / `RECORD` outside a header run
    return sender, to


def _date_reading(seg: Segmented):
    """(date, None), or (None, why) when the page speaks against the date it shows (`date_conflict`)."""
    cached = getattr(seg, "_date_reading", None)
    if cached is None:
        lines, header = _form(seg)
        r = read_date(lines) or header.date
        why = date_conflict(lines, r) if r else None
        cached = (None, why) if why else (r, None)
        seg._date_reading = cached  # type: ignore[attr-defined]
    return cached


def form_date(seg: Segmented):
    """The date the header lines give, unless the page speaks against it."""
    return _date_reading(seg)[0]


def _marking_reading(seg: Segmented):
    """((level, declassified) or None, why or None) from the scan's markings.

    None with a reason when a custody stamp (`PROPERTY OF`) shows that the record is another
    office's copy, catalogued at a level its marks need not show; markings on the pages of a later
    document filed in the same text (dated more than a year after the document) do not count.
    """
    cached = getattr(seg, "_marking_reading", None)
    if cached is not None:
        return cached
    text = seg.cleaned.text
    found = page_marking(seg.furniture, text)
    why = None
    if found:
        lines, _ = _form(seg)
        stamp = next((i for i, ln in enumerate(lines) if re.search(CUSTODY_STAMP, ln)), None)
        date = form_date(seg)
        upto = later_document_line(_header_text(text).split("\n"), date) if date else None
        if stamp is not None:
            why = (f"no classification given: a custody stamp ({lines[stamp]}, line {stamp + 1}) shows the record "
                   f"is another office's copy, whose level need not be its marking ({found[0]})")
            found = None
        elif upto is not None:
            before = page_marking(seg.furniture, text, upto=upto)
            if before != found:
                why = (f"markings from line {upto + 1} on belong to a later document filed with this one "
                       f"and were not counted")
                found = before
    seg._marking_reading = (found, why)  # type: ignore[attr-defined]
    return seg._marking_reading  # type: ignore[attr-defined]


def memo_page_marking(seg: Segmented):
    """(level, declassified) from the scan's own markings, or None (see `_marking_reading`)."""
    return _marking_reading(seg)[0]


def memo_unmarked(seg: Segmented) -> bool:
    """Whether a scan shows no classification marking and no sign of one (`classified_sign`): such a
    paper was not classified. Only a readable scan is judged (`LOW_OCR_QUALITY`): on a garbled one a
    marking and its stamps can be lost, and their absence says nothing."""
    q = _quality(seg)
    if q is None or q < LOW_OCR_QUALITY:
        return False
    found, why = _marking_reading(seg)
    return found is None and why is None and classified_sign(seg.cleaned.text) is None


def form_subject(seg: Segmented) -> str | None:
    """The document's own title on a scan: its SUBJECT line, else a heading that runs on past
    `MEMORANDUM FOR THE RECORD`; else a cable's opening words, or the heading `Memorandum for the Record`."""
    subject = next((b.text for b in seg.blocks if b.type == "subject"), None)
    lines, header = _form(seg)
    title = subject or header.subject or read_title(lines)
    if title is not None:
        title = " ".join(re.sub(PORTION_MARK, " ", title).split()) or None
    if title is None:
        kind = form_doc_type(seg)
        report = any(re.search(INFORMATION_REPORT, ln, re.I) for ln in lines[:REPORT_HEADER_LINES])
        if (kind in ("Cable", "Telegram", "Teletype") or any(CITE.search(ln) for ln in lines)) and not report:
            # an untitled cable is known by its opening words; an information report (`TELEGRAM INFORMATION
            # REPORT`) by its SUBJECT caption and number, never by its source line
            title = read_opening_words(lines)
        elif kind == "Memorandum for the Record":
            title = kind
        elif kind == "Letter":
            _, to = form_people(seg)  # an untitled letter is known by its addressee
            title = f"Letter to {to[0].name}" if to else None
    return title
