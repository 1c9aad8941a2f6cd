"""Typed memoranda without a FRUS heading: people and type from the header lines."""
from __future__ import annotations

import re

from ..document import Segmented
from ..models import Person
from ..vocabulary import INITIALISMS


def display_name(text: str) -> str:
    """An all-capitals typed name in title case; initialisms and mixed case stay as written.

    >>> display_name("MR. BUNDY"), display_name("DIRECTOR OF CENTRAL INTELLIGENCE"), display_name("Mr. Rostow")
    ('Mr. Bundy', 'Director of Central Intelligence', 'Mr. Rostow')
    >>> display_name("CHIEF, FBI")
    'Chief, FBI'
    """
    if any(c.islower() for c in text):
        return text
    small = {"of", "the", "and", "for", "to", "in", "on", "at", "by"}

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        if w.upper() in INITIALISMS or (len(w) > 2 and not re.search(r"[AEIOUY]", w)):
            return w
        if w.lower() in small and m.start() > 0:
            return w.lower()
        return w[0] + w[1:].lower()

    return re.sub(r"[A-Z][A-Z'’]*", word, text)


def _people(value: str) -> list[Person]:
    out = []
    for part in re.split(r"\n|;", value):
        part = part.strip(" ,.")
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
        from ..memo_vocabulary import NOT_A_NAME
        if signed and not re.search(NOT_A_NAME, signed.text, re.I):
            lines = [ln.strip() for ln in signed.text.split("\n") if ln.strip()]
            sender.append(Person(name=lines[0], role=" ".join(lines[1:]) or None))
    return sender, to


def memo_doc_type(seg: Segmented) -> str | None:
    """`MEMORANDUM FOR` header lines; else the kind the page names (`AIRTEL`, `Dear Mr. X:`)."""
    for b in seg.blocks:
        if b.type == "memo-header" and (b.n or "").upper().startswith(("MEMORANDUM", "MEMO")):
            return "Memorandum for the Record" if b.n == "MEMORANDUM FOR THE RECORD" else "Memorandum"
    return form_doc_type(seg)


# --- scanned forms: header lines read off the page (extract/memo_forms.py) ---------------------------

# Below this share of dictionary words a page's OCR is flagged; below the second, no header field is
# read off its lines (garbage in, null out).
LOW_OCR_QUALITY = 0.6
UNREADABLE_OCR_QUALITY = 0.45


def _quality(seg: Segmented) -> float | None:
    from .memo_forms import ocr_quality
    if not hasattr(seg, "_ocr_quality"):
        seg._ocr_quality = ocr_quality(seg.cleaned.text)  # type: ignore[attr-defined]
    return seg._ocr_quality  # type: ignore[attr-defined]


def memo_warnings(seg: Segmented):
    """A `low-ocr-quality` warning with the estimate, when too few of the scan's tokens are words."""
    from ..models import Warning
    q = _quality(seg)
    if q is None or q >= LOW_OCR_QUALITY:
        return []
    action = "header fields were not read from it" if q < UNREADABLE_OCR_QUALITY else "header fields may be wrong"
    return [Warning(code="low-ocr-quality",
                    message=f"only {q:.0%} of the OCR tokens are dictionary words; {action}")]


def _form(seg: Segmented):
    from .memo_forms import FormHeader, read_form_header, text_lines
    cached = getattr(seg, "_form_header", None)
    if cached is None:
        q = _quality(seg)
        if q is not None and q < UNREADABLE_OCR_QUALITY:
            seg._form_header = ([], FormHeader())  # type: ignore[attr-defined]
            return seg._form_header  # type: ignore[attr-defined]
        lines = text_lines(seg.cleaned.text)
        cached = (lines, read_form_header(lines))
        seg._form_header = cached  # type: ignore[attr-defined]
    return cached


def form_doc_type(seg: Segmented) -> str | None:
    """The kind the page names (`AIRTEL`, `INCOMING TELEGRAM`, `Dear Mr. X:`), else the header's."""
    from .memo_forms import read_doc_type
    lines, header = _form(seg)
    kind = read_doc_type(lines)
    if kind is None and header.record:
        kind = "Memorandum for the Record"
    return kind


def form_people(seg: Segmented) -> tuple[list[Person], list[Person]]:
    """(from, to) from the header labels; else a cable's CITE line; else a letter's address and signature."""
    from .memo_forms import read_cable_people, read_fbi_offices, read_letter_people
    lines, header = _form(seg)
    sender, to = list(header.sender), list(header.to)
    for reader in (read_cable_people, read_letter_people, read_fbi_offices):
        if sender and to:
            break
        s, t = reader(lines)
        sender = sender or s
        to = to or t
    return sender, to


def form_date(seg: Segmented):
    from .memo_forms import read_date
    lines, header = _form(seg)
    return read_date(lines) or header.date


def form_subject(seg: Segmented) -> str | None:
    """The document's own title on a scan: its SUBJECT line, else a heading that runs on past
    `MEMORANDUM FOR THE RECORD`."""
    from .memo_forms import read_title
    subject = next((b.text for b in seg.blocks if b.type == "subject"), None)
    lines, header = _form(seg)
    return subject or header.subject or read_title(lines)
