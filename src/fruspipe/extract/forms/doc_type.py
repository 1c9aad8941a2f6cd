"""The kind of document a scanned page names (`MEMORANDUM`, `AIRTEL`, `Dear Mr. X:`)."""
from __future__ import annotations

import re

from ...memo_vocabulary import DOC_TYPE_CUES


def read_doc_type(lines: list[str]) -> str | None:
    """The kind of document a page names: the first cue line (`MEMORANDUM`, `AIRTEL`, `Dear Mr. Chasen:`).

    >>> read_doc_type(["FD-36 (Rev. 12-13-56)", "Transmit the following in", "Via", "AIRTEL", "FBI"])
    'Airtel'
    >>> read_doc_type(["Select Committee", "Dear Mr. Chasen:", "In connection with"])
    'Letter'
    """
    for ln in lines:
        s = ln.strip(" .•'\"‘’*")
        if not s or len(s) > 60:
            continue
        for pat, kind in DOC_TYPE_CUES:
            if re.search(pat, s):
                return kind
    return None
