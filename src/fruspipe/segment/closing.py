"""The closing: cc lines, the signature (before any attachment) and its salutation, a closing dateline."""
from __future__ import annotations

import re

from ..document import Block
from . import patterns as P
from .blocks import RawBlock
from .shapes import is_dateline


def mark_closing(blocks: list[Block]) -> None:
    """Type the closing: cc lines, the signature and the salutation before it.

    A document with enclosures is signed before its first enclosure; the
    enclosures' own signatures close them.
    """
    for k in range(1, len(blocks) - 1):
        if blocks[k].type == "p" and blocks[k + 1].type == "head":
            if _is_signature(blocks[k].text):
                _mark_signature(blocks, k)
            elif P.INITIALS.match(blocks[k].text.strip()):
                blocks[k].type, blocks[k].rend = "signed", "initials"
    k = len(blocks) - 1
    while k > 0 and blocks[k].type == "dateline" and blocks[k - 1].type != "title":
        k -= 1  # a dateline printed below the signature (`HAMILTON FISH.` / `Department of State, …`)
    while k > 0 and blocks[k].type in ("p", "item"):
        m = P.CC_LINE.match(blocks[k].text)
        if m and len(blocks[k].text) < 200:
            blocks[k].type = "cc"
            k -= 1
            continue
        break
    # a postscript follows the signature: `Sincerely,` / `Jack` / `P.S. …`
    while k > 1 and blocks[k].type == "p" and re.match(r"^P\.\s?S\.", blocks[k].text) \
            and blocks[k - 1].type == "p" and _is_signature(blocks[k - 1].text):
        k -= 1
    if k <= 0 or blocks[k].type != "p":
        return
    if _is_signature(blocks[k].text):
        _mark_signature(blocks, k)
    elif P.INITIALS.match(blocks[k].text.strip()):
        # initials sign a memorandum too: a `signed` with no name
        blocks[k].type = "signed"
        blocks[k].rend = "initials"


def closing_dateline(blocks: list[Block]) -> None:
    """A dateline printed at the end (some notes and letters) instead of the top."""
    for b in reversed(blocks[-3:]):
        if b.type in ("p", "signed") and is_dateline(RawBlock(b.text.split("\n"), b.line)) \
                and P.DATELINE.match(b.text).group("place"):
            b.type = "dateline"
            return


def _mark_signature(blocks: list[Block], k: int) -> None:
    blocks[k].type = "signed"
    j = k - 1
    while j > 0 and blocks[j].type == "p" and P.SALUTATION.match(blocks[j].text.strip()):
        blocks[j].rend = "salute"
        j -= 1


def _is_signature(text: str) -> bool:
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if not lines or len(lines) > 4 or any(len(ln) > 60 for ln in lines):
        return False
    if len(lines) > 1 and re.match(r"^For (?:the )?[A-Z][\w ,.’'-]*:$", lines[0]):
        lines = lines[1:]  # "For the Joint Chiefs of Staff:" above the name
    first = lines[0]
    if P.INITIALS.match(first) and len(lines) == 1:
        return False
    # a telegram's declassification group (`GP–3.`) is no name
    if re.match(r"^G[Pp][-–—. ]?\d\.?$", first):
        return False
    # the options a memorandum leaves to its reader: `Approve ____` / `Disapprove ____` / `Other`
    if re.match(r"^(?:Approve|Disapprove|Agree|Disagree|Concur|Nonconcur|Non-concur|Other|See [Mm]e|Yes|No)(?![A-Za-z])"
                r"(?!\.\s?\d)(?:[\s_.,:\d]*)$", first):
        return False
    words = first.replace(",", " ").split()
    if not words or len(words) > 7:
        return False
    if first.endswith((":", "?", "!")):
        return False
    # prose ends with a period after a lower-case word; `FISH, Secretary.` and `W. J. Sebald` do not
    if first.endswith(".") and re.search(r"\b[a-z]{2,}\.$", first):
        return False
    caps = sum(1 for w in words if w[0].isupper() or w in ("de", "van", "von", "of", "and", "the"))
    return caps == len(words) and any(len(w.strip(".")) > 1 for w in words)
