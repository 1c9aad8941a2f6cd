"""Shapes of blocks and lines the segmenter's parts share: sentence ends, datelines, labels, headings."""
from __future__ import annotations

import re

from . import patterns as P
from .blocks import RawBlock

SENTENCE_END = re.compile(r"[.:?!”\"’')\]]$")
# a numbered or lettered paragraph: `2. …`, `(a) …`, `B. …`
PARAGRAPH_START = re.compile(r"^(?:\d{1,3}\.|\([a-z0-9]{1,3}\)|[A-Z]\.) \S")
_ABBREVIATION_END = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Adm|Amb|Sen|Gov|No|Nos|Vol|pp|[A-Z])\.$")


def stops_mid_sentence(line: str) -> bool:
    """The line does not end a sentence (no final stop, or a stop after `Mr.` or an initial)."""
    line = line.rstrip()
    return not SENTENCE_END.search(line) or bool(_ABBREVIATION_END.search(line))


def is_dateline(b: RawBlock) -> bool:
    text = " ".join(ln.strip() for ln in b.lines)
    if len(b.lines) > 2 or len(text) > 160:
        return False
    m = P.DATELINE.match(text)
    return bool(m) and (m.group("place") is not None or len(text) < 60)


def strip_label(line: str) -> str:
    m = P.LIST_ITEM.match(line)
    if m and m.group("label") in "•-–*":
        return m.group("text").strip()
    return line.strip()


def is_heading(b: RawBlock) -> bool:
    text = b.text.strip()
    if len(b.lines) > 1 or len(text) > 80 or SENTENCE_END.search(text) or text.endswith(","):
        return False
    words = re.findall(r"[A-Za-z][\w’'-]*", text)
    if not words or len(words) > 10:
        return False
    small = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "vs"}
    return all(w[0].isupper() or w in small for w in words) and words[0][0].isupper()
