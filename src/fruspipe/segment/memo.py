"""Header lines of typed memoranda: `MEMORANDUM FOR`, `FROM:`, `TO:`, `SUBJECT:`, `THROUGH:`, `REF:`."""
from __future__ import annotations

import re

# `MEMORANDUM FOR MR. BUNDY`, `MEMORANDUM FOR: Director of Security`, `FROM: DIRECTOR`, `SUBJECT: Negotiations`
MEMO_FIELD = re.compile(
    r"^(?P<label>MEMORANDUM FOR THE RECORD|MEMORANDUM FOR|MEMO FOR|MEMORANDUM TO|FOR|FROM|TO|THROUGH|THRU|VIA|"
    r"SUBJECT|SUBJ|RE|REF|REFERENCE|REFERENCES|ATTENTION|ATTN|INFO|CC|Memorandum for|From|To|Through|Subject|"
    r"Reference|Ref)\b\s*:?\s*(?P<value>.*)$")


def is_memo_header_line(line: str) -> bool:
    """A line that opens a memo header field.

    >>> is_memo_header_line("MEMORANDUM FOR MR. BUNDY"), is_memo_header_line("SUBJECT: Negotiations")
    (True, True)
    >>> is_memo_header_line("To be sure, conferences can become a bromide.")
    False
    """
    m = MEMO_FIELD.match(line)
    if not m:
        return False
    label = m.group("label")
    # Mixed-case labels only count with a colon ("To: ..."), not as the first word of prose.
    if not label.isupper() and not re.match(rf"^{re.escape(label)}\s*:", line):
        return False
    if label in ("FOR", "TO", "FROM", "RE", "CC", "INFO", "VIA") and not re.match(rf"^{label}\s*:|^{label}\s+[A-Z]", line):
        return False
    return label == "MEMORANDUM FOR THE RECORD" or bool(m.group("value").strip()) or line.rstrip().endswith(":")
