"""Declassification stamps and release lines, parsed into their parts."""
from __future__ import annotations

import re

from ..models import Declassification, Furniture
from .dates import parse_date


def _clean_cell(text: str) -> str:
    text = re.sub(r"</?u>", "", text)
    return re.sub(r"\s+", " ", text.replace("|", " ")).strip()


def parse_stamp(text: str) -> Declassification:
    """Parts of a declassification stamp.

    >>> d = parse_stamp("| DECLASSIFIED | |\\n| US ARCHIVIST (NLK-77-393) | |\\n| By <u>mm</u> | NARS, Date <u>3/11/83</u> |")
    >>> (d.authority, d.reference, d.by, d.agency, d.date)
    ('US ARCHIVIST', 'NLK-77-393', 'mm', 'NARS', '1983-03-11')
    >>> parse_stamp("| DECLASSIFIED | |\\n| E.O. 12958, Sec. 3.6 | |\\n| By <u>kb</u> | NARA, Date <u>2/11/77</u> |").authority
    'E.O. 12958, Sec. 3.6'
    """
    lines = [_clean_cell(ln) for ln in text.split("\n")]
    lines = [ln for ln in lines if ln and not re.fullmatch(r"[-: ]+", ln)]
    authority = reference = by = agency = date = None
    for ln in lines:
        if re.fullmatch(r"DECLASSIFIED", ln, re.I):
            continue
        m = re.match(r"^By\s+(?P<by>\S+)\s+(?P<agency>[A-Z]{3,5}),?\s*Date\s*(?P<date>[\d/.-]+)", ln)
        if m:
            by, agency = m.group("by"), m.group("agency")
            r = parse_date(m.group("date"), numeric=True)
            date = r.iso if r else None
            continue
        m = re.match(r"^Authority\s+(?P<a>.+)$", ln, re.I)
        if m:
            authority = m.group("a").strip()
            ref = re.search(r"\b(NN[DA]\s?\d+|NL[A-Z]-\d+-\d+)", authority)
            reference = ref.group(1) if ref else reference
            continue
        m = re.match(r"^(?P<a>.+?)\s*\((?P<ref>[A-Z]{2,4}[- ]?[\w-]+)\)$", ln)
        if m:
            authority, reference = m.group("a").strip(), m.group("ref")
            continue
        if authority is None:
            authority = ln
    return Declassification(authority=authority, reference=reference, by=by, agency=agency, date=date,
                            text="\n".join(lines))


RELEASE = re.compile(r"(?P<date>\d{4})\s*/\s*(?P<m>\d{2})\s*/\s*(?P<d>\d{2})\s*:?\s*(?P<ref>CIA-RDP[\w-]+)?")


def parse_release_line(text: str) -> Declassification:
    """A CREST release line: `Approved For Release 2003/07/29 : CIA-RDP80B01234R000100010001-1`.

    >>> d = parse_release_line("Approved For Release 2003/07/29 : CIA-RDP80B01234R000100010001-1")
    >>> (d.date, d.reference, d.authority)
    ('2003-07-29', 'CIA-RDP80B01234R000100010001-1', 'Approved For Release')
    """
    m = RELEASE.search(text)
    date = ref = None
    if m:
        date = f"{m.group('date')}-{m.group('m')}-{m.group('d')}"
        ref = m.group("ref")
    authority = "Sanitized Copy Approved for Release" if re.search(r"Sanitized", text, re.I) else "Approved For Release"
    return Declassification(authority=authority, reference=ref, date=date, agency="CIA" if ref else None, text=text.strip())


def extract_declassification(furniture: list[Furniture]) -> Declassification | None:
    """The first stamp; else the first release line."""
    for f in furniture:
        if f.kind == "stamp":
            return parse_stamp(f.text)
    for f in furniture:
        if f.kind == "release-line":
            return parse_release_line(f.text)
    return None
