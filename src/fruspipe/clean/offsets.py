"""Edits made by cleaning rules, and mapping cleaned offsets back to the source.

Every rule reports its edits in the coordinates of the text it was given. A
chain of edit lists (one per rule that changed something) maps any offset of
the cleaned text back to the source text, so a warning, a footnote anchor or a
furniture record can always point at the bytes the user gave us.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace text[start:end] with `replacement` (offsets in the rule's input)."""

    start: int
    end: int
    replacement: str


def map_back(pos: int, edits: tuple[Edit, ...]) -> int:
    """Offset in a rule's input for offset `pos` in its output.

    >>> map_back(5, (Edit(1, 3, ""),))   # two characters deleted before 5
    7
    >>> map_back(1, (Edit(1, 3, "x"),))  # inside a replacement: its start
    1
    """
    shift = 0
    for e in edits:
        out_start = e.start + shift
        if pos < out_start:
            break
        out_end = out_start + len(e.replacement)
        if pos < out_end:
            return e.start
        shift += len(e.replacement) - (e.end - e.start)
    return pos - shift


class OffsetMap:
    """Maps offsets of the cleaned text back through every rule to the source."""

    def __init__(self, chain: tuple[tuple[Edit, ...], ...] = ()):
        self.chain = chain

    def then(self, edits: tuple[Edit, ...]) -> "OffsetMap":
        return OffsetMap(self.chain + (edits,)) if edits else self

    def to_source(self, pos: int) -> int:
        """Source offset of cleaned offset `pos`.

        >>> OffsetMap(((Edit(0, 1, ""),), (Edit(0, 1, ""),))).to_source(0)
        2
        """
        for edits in reversed(self.chain):
            pos = map_back(pos, edits)
        return pos

    def edits_to_source(self, edits: tuple[Edit, ...]) -> list[int]:
        """Source offsets of the starts of edits made on the current text."""
        return [self.to_source(e.start) for e in edits]
