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


def page_marking(furniture: list[Furniture]) -> tuple[str, bool] | None:
    """The most frequent running marking of a scan, and whether it is struck through.

    >>> page_marking([Furniture(kind="classification-marking", text="~~SECRET~~", line=1)])
    ('Secret', True)
    """
    found: Counter[str] = Counter()
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
