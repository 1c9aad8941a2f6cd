"""Classification from opener markings (`top secret`, `Secret` / `Priority`) and page markings."""
from __future__ import annotations

import re
from collections import Counter

from ..models import Furniture
from ..vocabulary import CLASSIFICATION_LEVELS, HANDLING_WORDS, marking_pattern


def opener_marking(lines: list[str]) -> tuple[str, list[str]] | None:
    """(level, handling) from opener lines.

    >>> opener_marking(["Secret\\nPriority"])
    ('Secret', ['Priority'])
    >>> opener_marking(["top secret"])
    ('Top Secret', [])
    """
    level = None
    handling: list[str] = []
    for block in lines:
        for ln in block.split("\n"):
            s = re.sub(r"\d+$", "", ln.strip()).strip(" .")
            if not s:
                continue
            lv = _level(s)
            if lv and level is None:
                level = lv
                continue
            h = _handling(s)
            if h and level is not None:
                handling.append(h)
    return (level, handling) if level else None


def _level(s: str) -> str | None:
    for level in sorted(CLASSIFICATION_LEVELS, key=len, reverse=True):
        if re.fullmatch(rf"{re.escape(level)}(?:\s*[—–-]\s*Security Information)?", s, re.I):
            return level
    return None


def _handling(s: str) -> str | None:
    for word in HANDLING_WORDS:
        if s.lower() == word.lower():
            return word
    return None


_PAGE_LEVELS = sorted(CLASSIFICATION_LEVELS[:6], key=len, reverse=True)
# A marking in the lines of a scan: the level in capitals at the start of a short line, after at
# most three junk characters (`‘SECRET`, `¡ CONFIDENTIAL`), possibly damaged at its end (`SECRETI`),
# then nothing or a caveat (`SECRET - EYES ONLY`, `TOP SECRET/SENSITIVE`, `SECRET. CITE CIA 8227420`);
# or the level after the form's name (`Memorandum SECRET`).
_LEVEL_RE = "|".join(f"(?:{marking_pattern(lv)})" for lv in _PAGE_LEVELS)
MARKING_IN_LINE = re.compile(
    rf"^(?:[^\w\s]{{1,3}}\s?|\s*|(?:Office\s+)?Memorandum\s+)(?P<level>{_LEVEL_RE})[IL1!.,;]?[~*]{{0,3}}"
    rf"(?P<rest>$|\s*(?://|/|-{{1,2}}|–|—|\.|\s)\s*[A-Z][A-Z /.,:-]{{0,60}}$)")
# lines that say a level of the release, not of the document
NOT_A_MARKING = re.compile(r"HEREIN|CONTAINED|EXCEPT|WHEN\s+BLANK|ATTACHED|DOCUMENT|FORM\b|COVER\s+SHEET|"
                           r"DECLASS|CLASSIFIED\s+BY|AUTOMATIC", re.I)


def line_markings(lines: list[str]) -> list[tuple[int, str]]:
    """(line index, level) of each marking in the lines of a scan; form check-boxes left out.

    A routing slip prints every level in a column (`UNCLASSIFIED`, `CONFIDENTIAL`,
    `SECRET`) for the sender to tick: markings of different levels within four
    lines of each other are such a column, not the document's marking.

    >>> line_markings(["‘SECRET", "Memorandum SECRET", "SECRET - EYES ONLY", "~~SECRET~~", "HEREIN IS UNCLASSIFIED"])
    [(0, 'Secret'), (1, 'Secret'), (2, 'Secret'), (3, 'Secret')]
    >>> line_markings(["UNCLASSIFIED", "INTERNAL USE ONLY", "CONFIDENTIAL", "SECRET", "ROUTING SHEET"])
    []
    """
    found: list[tuple[int, str]] = []
    for i, ln in enumerate(lines):
        s = ln.strip()
        if not s or len(s) > 70 or NOT_A_MARKING.search(s):
            continue
        m = MARKING_IN_LINE.match(s)
        if not m or not m.group("level").replace(" ", "").isupper():
            continue
        core = m.group("level")
        for level in _PAGE_LEVELS:
            if re.fullmatch(marking_pattern(level), core, re.I):
                found.append((i, level))
                break
    # markings are in line order: compare each only with those within four lines (linear, not quadratic)
    keep: list[tuple[int, str]] = []
    for k, (i, lv) in enumerate(found):
        near = [lv2 for j, lv2 in found[max(0, k - 4):k + 5] if abs(i - j) <= 4]
        if all(lv2 == lv for lv2 in near):
            keep.append((i, lv))
    return keep


def page_marking(furniture: list[Furniture], text: str | None = None, upto: int | None = None) -> tuple[str, bool] | None:
    """The most frequent running marking of a scan (the higher of equals), and whether it is struck through.

    With the scan's `text`, markings inside its lines count too (`SECRET - EYES ONLY`,
    `‘SECRET`); a declassification stamp or release line marks it declassified. With `upto`, only
    markings before that line count (the lines after it are a later document's).

    >>> page_marking([Furniture(kind="classification-marking", text="~~SECRET~~", line=1)])
    ('Secret', True)
    >>> page_marking([], "‘SECRET\\nMEMORANDUM FOR THE RECORD\\n1. Text.\\n\\nSECRET - EYES ONLY\\nDECLASSIFIED")
    ('Secret', True)
    >>> page_marking([], "DATE: 16 December 1947\\nText.\\nSECRET\\n23 August 1978", upto=2) is None
    True
    """
    if text is not None:
        found: Counter[str] = Counter()
        lines = text.split("\n")
        struck = any(f.kind == "classification-marking" and f.text.strip().startswith("~~") for f in furniture)
        for i, level in line_markings(lines if upto is None else lines[:upto]):
            found[level] += 1
        if not found:
            return None
        declassified = struck or any(f.kind in ("stamp", "release-line") for f in furniture) or any(
            re.search(r"\bDECLASSIFI|NO\s+OBJECTION\s+TO\s+DECLASS", ln, re.I) for ln in lines)
        rank = {lv: k for k, lv in enumerate(CLASSIFICATION_LEVELS)}
        level = max(found, key=lambda lv: (found[lv], -rank[lv]))
        return level, declassified
    found = Counter()
    struck = False
    for f in furniture:
        if f.kind != "classification-marking":
            continue
        text = f.text.strip()
        struck = struck or text.startswith("~~")
        core = text.strip("~* ")
        for level in sorted(CLASSIFICATION_LEVELS[:6], key=len, reverse=True):
            if re.match(marking_pattern(level), core, re.I):
                found[level] += 1
                break
    if not found:
        return None
    return found.most_common(1)[0][0], struck
