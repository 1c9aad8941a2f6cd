"""What names a scanned document when its header has no subject: a heading that runs on past the type
words, or a cable's opening words."""
from __future__ import annotations

import re

from ...memo_vocabulary import FORM_BOILERPLATE
from .lines import _is_prose, _is_value_line, _label
from .names import _clean_value


def read_title(lines: list[str]) -> str | None:
    """A heading that names the document: `MEMORANDUM FOR THE RECORD OF SPECIAL GROUP MEETING OF` and its
    next line, when the heading runs on past the type words.

    >>> read_title(["178-10003-10001", "MEMORANDUM FOR THE RECORD OF SPECIAL GROUP MEETING OF", "20 SEPTEMBER 1962"])
    'MEMORANDUM FOR THE RECORD OF SPECIAL GROUP MEETING OF 20 SEPTEMBER 1962'
    """
    for i, ln in enumerate(lines[:80]):
        m = re.match(r"^MEMORANDUM\s+FOR\s+THE\s+RECORD\W+(?P<rest>\w.{8,})$", ln)
        if m:
            title = ln
            if ln.rstrip().endswith((" OF", " ON", " AND", " THE")) and i + 1 < len(lines) and _is_value_line(lines[i + 1]):
                title += " " + lines[i + 1]
            return _clean_value(title)
    return None


def read_opening_words(lines: list[str]) -> str | None:
    """An untitled cable's opening words, by which archives title it: its first numbered paragraph or
    first line of running text, to the end of the sentence, at most twelve words.

    >>> read_opening_words(["CITE DIR 92725", "RE: BRIN 5267 (IN 90848)", "1. AGREE WITH REF A.", "2. TEXT."])
    'AGREE WITH REF A'
    >>> read_opening_words(["SECRET", "FOR ALEXIS JOHNSON.", "MEXICAN AUTHORITIES HAVE INFORMED US THAT THE NICARAGUAN,"])
    'MEXICAN AUTHORITIES HAVE INFORMED US THAT THE NICARAGUAN'

    OCR reads the paragraph number `1.` as `l.` or `1,`:

    >>> read_opening_words(["CITE WAVE 4411", "l. STATION LEARNED TODAY THAT THE BOAT HAD SAILED."])
    'STATION LEARNED TODAY THAT THE BOAT HAD SAILED'

    A report form's printed warning opens no text:

    >>> read_opening_words(["THIS IS UNEVALUATED INFORMATION. SOURCE GRADINGS ARE DEFINITIVE.",
    ...                     "AFTER THE ASSASSINATION THE PARTY REACTED TO THE NEWS IN THIS MANNER."])
    'AFTER THE ASSASSINATION THE PARTY REACTED TO THE NEWS IN THIS MANNER'

    A cable's address line is its header, not its text:

    >>> read_opening_words(["TO PRIORITY JMWAVE INFO MEXI CITE DIRECTOR 84512", "REF JMWAVE 1234",
    ...                     "1. HQS CONCURS IN STATION PLAN."])
    'HQS CONCURS IN STATION PLAN'
    """
    for ln in lines:
        if re.search(FORM_BOILERPLATE, ln, re.I) or re.search(r"\bCITE\b", ln) or _label(ln):
            continue
        m = re.match(r"^[1lI][.,]\s+(?P<text>[A-Za-z].{6,})$", ln)  # `1.`, read `l.` or `1,` by OCR
        text = m.group("text") if m else (ln if _is_prose(ln) else None)
        if text and len(text.split()) < 3:
            continue  # `1. ACCORDING`: OCR cut the paragraph's line; its first word names nothing
        if text:
            text = re.split(r"(?<=[a-z]{2}|[A-Z]{2})\.(?:\s|$)", text)[0]
            return _clean_value(" ".join(text.split()[:12])) or None
    return None
