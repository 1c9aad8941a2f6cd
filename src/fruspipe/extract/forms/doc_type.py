"""The kind of document a scanned page names (`MEMORANDUM`, `AIRTEL`, `Dear Mr. X:`)."""
from __future__ import annotations

import re

from ...memo_vocabulary import DOC_TYPE_CUES
from .dates import TELETYPE_SENT


def read_doc_type(lines: list[str]) -> str | None:
    """The kind of document a page names: the first cue line (`MEMORANDUM`, `AIRTEL`, `Dear Mr. Chasen:`).

    >>> read_doc_type(["FD-36 (Rev. 12-13-56)", "Transmit the following in", "Via", "AIRTEL", "FBI"])
    'Airtel'
    >>> read_doc_type(["Select Committee", "Dear Mr. Chasen:", "In connection with"])
    'Letter'

    A teletype often prints no name of its kind: its transmission line (the time, a precedence and the
    date, `1147 PM URGENT 11-22-63 RLG`) names it, when no other cue does.

    >>> read_doc_type(["FBI NEW ORLEANS", "9:36 PM NITEL 12/3/68 MJW", "TO DIRECTOR"])
    'Teletype'
    """
    for ln in lines:
        s = ln.strip(" .•'\"‘’*")
        if not s or len(s) > 60:
            continue
        for pat, kind in DOC_TYPE_CUES:
            if re.search(pat, s):
                return kind
    if any(p.match(ln.strip()) for ln in lines if len(ln.strip()) <= 60 for p in TELETYPE_SENT):
        return "Teletype"
    return None
