"""Header lines of typed memoranda: `MEMORANDUM FOR`, `FROM:`, `TO:`, `SUBJECT:`, `THROUGH:`, `REF:`."""
from __future__ import annotations

import re

from ..document import Block
from .blocks import RawBlock

# `MEMORANDUM FOR MR. BUNDY`, `MEMORANDUM FOR: Director of Security`, `FROM: DIRECTOR`, `SUBJECT: Negotiations`
MEMO_FIELD = re.compile(
    r"^(?P<label>MEMORANDUM FOR THE RECORD|MEMORANDUM FOR|MEMO FOR|MEMORANDUM TO|FOR|FROM|TO|THROUGH|THRU|VIA|"
    r"SUBJECT|SUBJ|RE|REF|REFERENCE|REFERENCES|ATTENTION|ATTN|INFO|CC|Memorandum for|From|To|Through|Subject|"
    r"Reference|Ref)\b\s*:?\s*(?P<value>.*)$")


# a line that goes on no header field: a numbered paragraph (`1. On 15 October I met`), or a long sentence
BODY_LINE = re.compile(r"^\(?\d{1,2}[.)]\s+\S|^.{90,}[.?!][\"”’']?$")


# a second typed label on a header line (`TO: DIRECTOR FROM: MEXICO CITY`)
SECOND_LABEL = re.compile(r"\s+(?=(?:FROM|TO|FM|INFO|DATE|SUBJECT|SUBJ|REF|CC)\s?:)")


def _label_parts(line: str) -> list[str]:
    """A header line cut before each further typed label: `TO: DIRECTOR FROM: MEXICO CITY` is two fields.

    >>> _label_parts("TO: DIRECTOR FROM: MEXICO CITY"), _label_parts("Subject: talks TO: be held")
    (['TO: DIRECTOR', 'FROM: MEXICO CITY'], ['Subject: talks TO: be held'])
    """
    if not re.match(r"(?:TO|FROM|FM)\s?:", line):
        return [line]
    return SECOND_LABEL.split(line)


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


def read_memo_block(b: RawBlock, header: list[Block]) -> bool:
    """Add memo header lines (`MEMORANDUM FOR`, `FROM:`, `SUBJECT:`…) as typed blocks."""
    if not (is_memo_header_line(b.lines[0].strip()) and len(b.lines) <= 8):
        return False
    # read the whole block first: a block that is only partly header lines is body, and must
    # not leave its first lines in the header as well
    found: list[Block] = []
    label = None
    for s in (part for ln in b.lines for part in _label_parts(ln.strip())):
        m = MEMO_FIELD.match(s)
        if m:
            label = m.group("label").upper().rstrip(":")
            value = m.group("value").strip()
            if label.startswith("SUBJ") or label == "RE":  # "RE:" is a subject; "REF:" cites papers
                found.append(Block("subject", value, line=b.line))
            else:
                found.append(Block("memo-header", value, n=label, line=b.line))
        elif label and found and not BODY_LINE.match(s):
            found[-1].text = (found[-1].text + "\n" + s).strip()
        else:
            return False  # a numbered paragraph or a sentence: the block is body with a header above it
    header.extend(found)
    return True
