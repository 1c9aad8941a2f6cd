"""The lines of a scanned form: page furniture dropped, header label lines, value lines, running text."""
from __future__ import annotations

import re

from ...clean.wordlist import edit_distance
from ...furniture import classify_line
from ...memo_vocabulary import HEADER_LABELS, NOT_A_NAME

_LABELS = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in HEADER_LABELS), key=len, reverse=True))
# a label at the start of a line (after OCR junk such as `•`, `'`, `¡`), with `:`, `;`, `!` or `.` after it
LABEL_LINE = re.compile(rf"^[\W_]{{0,3}}(?P<label>{_LABELS})(?![\w/-])\s*(?P<colon>[:;!.=]|\s:)?\s*(?P<value>.*)$", re.I)
NUMBERED_PARA = re.compile(r"^\(?\d{1,2}[.)]\s+\S")
# a word before a colon at the start of a line, which OCR may have damaged from a label (`rrom :`, `supject:`)
DAMAGED_LABEL_LINE = re.compile(r"^[\W_]{0,3}(?P<word>[A-Za-z]{4,8})\s?[:;]\s*(?P<value>.*)$")
# the labels long enough to be known with one letter misread
DAMAGEABLE_LABELS = ("FROM", "SUBJECT")


def text_lines(text: str) -> list[str]:
    """The lines of the text that are not page furniture, stripped; blank lines kept as ''."""
    return ["" if classify_line(ln) else ln.strip() for ln in text.split("\n")]


def _label(line: str) -> tuple[str, str] | None:
    """(field, value) of a header label line.

    >>> _label("MEMORANDUM FOR: Director of Security")
    ('to', 'Director of Security')
    >>> _label("FROM : H. Clark Schor"), _label("To:"), _label("From!")
    (('from', 'H. Clark Schor'), ('to', ''), ('from', ''))
    >>> _label("To be sure, conferences can become a bromide.") is None
    True
    >>> _label("RE     Robert Maheu"), _label("DATE    June 3, 1975"), _label("RE Robert Maheu")
    (('subject', 'Robert Maheu'), ('date', 'June 3, 1975'), None)
    """
    m = LABEL_LINE.match(line)
    if not m:
        return _damaged_label(line)
    label = re.sub(r"\s+", " ", m.group("label")).upper()
    word = m.group("label")
    value = m.group("value").strip().lstrip(":;.• ").strip()
    # a typist's tab between a label and its value stands for the colon (`RE     Robert Maheu`); OCR that
    # keeps the spacing (Tesseract) shows it as a run of spaces
    colon = bool(m.group("colon")) or (word.isupper() and bool(re.match(rf"^[\W_]{{0,3}}(?:{_LABELS})\s{{3,}}\S", line)))
    if not word.isupper() and not colon and value:
        return None  # "To be sure", "From the start": prose
    if label in ("TO", "FROM", "FM", "RE", "INFO", "ACTION", "VIA", "CC", "DATE", "DATED") and not colon and value:
        # uppercase label and value without a colon: only a short header line (`TO BERLIN`, `FROM SAC, MIAMI`)
        if len(line) > 60 or not value[:1].isupper() or label in ("RE", "INFO", "ACTION", "VIA", "DATE", "DATED"):
            return None
    if label in ("RE", "CC", "INFO", "ACTION", "VIA") and not colon:
        return None
    if label in ("FROM", "TO") and not colon and re.match(r"THE\s", value):
        return None  # `FROM THE GERALD R. FORD LIBRARY`: a copy stamp or a phrase, not a header
    if len(line) > 110:
        return None
    return HEADER_LABELS.get(label, label.lower()), value


def _damaged_label(line: str) -> tuple[str, str] | None:
    """(field, value) of a header line whose label OCR misread by one letter, before its colon.

    >>> _damaged_label("rrom : SAC, SAN JUAN (105-12631)"), _damaged_label("supject: CUBANOS UNIDOS")
    (('from', 'SAC, SAN JUAN (105-12631)'), ('subject', 'CUBANOS UNIDOS'))
    >>> _damaged_label("Room: 4E-12") is None, _damaged_label("Subjects of the talks were") is None
    (True, True)
    """
    m = DAMAGED_LABEL_LINE.match(line)
    if not m or len(line) > 110:
        return None
    word = m.group("word").upper()
    for label in DAMAGEABLE_LABELS:
        if edit_distance(word, label) == 1:
            return HEADER_LABELS[label], m.group("value").strip().lstrip(":;.• ").strip()
    return None


def _is_value_line(line: str) -> bool:
    return bool(line) and len(line) <= 80 and not NUMBERED_PARA.match(line) and _label(line) is None


def _is_prose(line: str) -> bool:
    """A line of running text: six words or more, nearly all of them words, no label before a colon."""
    tokens = line.split()
    words = [t for t in tokens if re.fullmatch(r"[\"'(]?[^\W\d_][^\W\d_'’-]+[.,;:)\"'-]{0,2}", t)]
    return (len(line) >= 35 and len(tokens) >= 6 and len(words) >= 0.8 * len(tokens)
            and not re.match(r"^[^:]{0,15}:", line) and not re.search(NOT_A_NAME, line, re.I))
