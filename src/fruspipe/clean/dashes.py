"""The typewriter's dashes as the web copy prints them (an option, recorded like every cleaning rule).

A typist wrote an em dash as two or three hyphens (`now--that`, `now -- that`) and a range of years with
a hyphen (`1958-1960`); the FRUS web copy prints `now—that` and `1958–1960`. Hyphens inside file numbers,
record numbers and stamps (`794C.0221/1-753`, `105-82555`, `NLK-77-393`) are never touched: only a run of
two or three hyphens between words, and a hyphen between two four-digit years in order, change.
"""
from __future__ import annotations

import re

from .ocr_rules import _in_furniture
from .rule import Rule, rule

_YEAR = r"(?:1[6-9]\d\d|20\d\d)"


@rule(rf"(?<=[^\s-]) ?-{{2,3}} ?(?=[^\s-])|(?<![\w/.-]){_YEAR}-{_YEAR}(?![\w/-]|\.\w)")
def normalise_dashes(m: re.Match[str]) -> str:
    """Two or three hyphens between words become an em dash; a hyphen between two years in order an en dash.

    >>> normalise_dashes("now--that is, 1958-1960 -- not 794C.0221/1-753, 105-82555 or 1960-1958.")
    'now—that is, 1958–1960—not 794C.0221/1-753, 105-82555 or 1960-1958.'
    >>> normalise_dashes("a rule ---------- of hyphens")
    'a rule ---------- of hyphens'
    """
    if _in_furniture(m):
        return m.group(0)
    text = m.group(0)
    if text.strip().startswith("-"):
        return "\u2014"
    first, second = text.split("-")
    return f"{first}\u2013{second}" if int(first) < int(second) else text


DASH_RULES: tuple[Rule, ...] = (normalise_dashes,)
