"""The typed values passed from stage to stage (ingest → clean → segment → extract)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .models import CleaningStep, Furniture, Warning

if TYPE_CHECKING:  # the clean package imports this module
    from .clean.offsets import OffsetMap


@dataclass(frozen=True)
class Ingested:
    """A decoded input: text with `\\n` line ends, and what was read."""

    id: str
    path: str
    sha256: str
    size: int
    encoding: str
    text: str
    warnings: tuple[Warning, ...] = ()


@dataclass(frozen=True)
class Cleaned:
    ingested: Ingested
    kind: str  # "frus-web" | "archival-ocr"
    text: str
    steps: tuple[CleaningStep, ...]
    offsets: "OffsetMap"
    options: tuple[str, ...] = ()  # the optional rules asked for (normalise_quotes, …)


@dataclass
class Marker:
    """A footnote marker found in a block: digits glued to the preceding word."""

    n: str
    offset: int


@dataclass
class Block:
    """One segment of the document in reading order.

    `text` has markers and page markers taken out; `markers` and `page_breaks`
    give their offsets in `text`.
    """

    type: str
    text: str
    n: str | None = None
    rend: str | None = None  # how a `p` is set: heading, salute
    markers: list[Marker] = field(default_factory=list)
    page_breaks: list[tuple[str, int]] = field(default_factory=list)
    line: int = 0  # 1-based line in the cleaned text


@dataclass
class Note:
    """An item of the footnote list, with the marker it belongs to."""

    item: int  # number printed in the list (1, 2, …)
    n: str  # marker printed in the text
    text: str
    anchor: tuple[int, int] | None = None  # (block index, offset)


@dataclass
class Segmented:
    cleaned: Cleaned
    layout: str  # "frus" (numbered heading / inline source note) or "memo"
    blocks: list[Block]
    notes: list[Note]
    source_note: Note | None
    source_note_placement: str | None
    furniture: list[Furniture]
    warnings: list[Warning] = field(default_factory=list)
