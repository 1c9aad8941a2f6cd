"""Which kind of document a text is: a history.state.gov web copy or scanned, OCR'd paper."""
from __future__ import annotations

import re

from ..furniture import classify_line

_FRUS_HEADING = re.compile(r"^\d{1,4}\. \S")


def detect_kind(text: str) -> str:
    """`frus-web` or `archival-ocr`.

    Scans show page furniture (markings, page headers, stamp tables) or hard
    wraps: runs of lines of similar length with no blank line between. A web
    copy has one paragraph per line.

    >>> detect_kind("319. Memorandum From A to B0\\n\\nText.\\n\\n  1. Source: x.")
    'frus-web'
    >>> detect_kind("~~SECRET~~\\n\\nMEMORANDUM FOR MR. BUNDY")
    'archival-ocr'
    """
    lines = text.split("\n")
    furniture = sum(1 for ln in lines[:2000] if classify_line(ln) in
                    ("classification-marking", "page-header", "release-line", "archive-footer"))
    if furniture or "<u>" in text or re.search(r"^\|.*\|$", text, re.M):
        return "archival-ocr"
    # hard wraps: consecutive non-blank, non-list lines both longer than 40 characters
    wrapped = 0
    for a, b in zip(lines, lines[1:]):
        if len(a) > 40 and len(b) > 20 and not re.match(r"\s*(?:\d+\.|[•\-*])\s", b) and not b.startswith(" "):
            wrapped += 1
    prose_lines = sum(1 for ln in lines if len(ln) > 40) or 1
    if wrapped >= 3 and wrapped / prose_lines > 0.3:
        return "archival-ocr"
    return "frus-web"
