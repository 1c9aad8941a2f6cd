"""The record: the one definition of what fruspipe writes as JSON.

`schema/record.schema.json` is generated from `Record` (`fruspipe schema`) and
committed; a test fails when it is stale. Field names are read by the team's
scorers, so they stay as they are. Missing values are null or an empty list,
never an invented default.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from . import PIPELINE_VERSION

SCHEMA_VERSION = "1.0"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Source(_Model):
    """Where the record came from: the input file as read."""

    path: str
    sha256: str
    bytes: int
    encoding: str
    kind: Literal["frus-web", "archival-ocr"]


class Person(_Model):
    """A sender or recipient: a name ("Parsons", "Embassy in Poland") and an office."""

    name: str
    role: str | None = None


class DocDate(_Model):
    """The document date; `min`/`max` give the day range it covers."""

    iso: str = Field(description="YYYY-MM-DD, YYYY-MM or YYYY")
    min: str = Field(description="first day covered, YYYY-MM-DD")
    max: str = Field(description="last day covered, YYYY-MM-DD")
    text: str | None = Field(None, description="the date as written")
    source: Literal["dateline", "header", "heading", "source-note", "file-number", "body", "stamp"]
    certainty: Literal["stated", "inferred"]


class Classification(_Model):
    level: str | None = None
    handling: list[str] = []
    declassified: bool = False
    source: Literal["source-note", "opener-marking", "page-marking", "no-marking"] | None = None


class SourceNote(_Model):
    text: str
    citation: str | None = None
    repository: str | None = None
    collection: str | None = None
    file: str | None = None
    placement: Literal["footnote", "inline"]


class Declassification(_Model):
    authority: str | None = None
    reference: str | None = None
    by: str | None = None
    agency: str | None = None
    date: str | None = Field(None, description="ISO date of the stamp or release line")
    text: str | None = Field(None, description="the stamp or release line as printed")


class Anchor(_Model):
    """A position in the document: character `offset` into `body[block].text`."""

    block: int
    offset: int


class Footnote(_Model):
    n: str
    text: str
    anchor: Anchor | None = None


class PageBreak(_Model):
    n: str
    anchor: Anchor | None = None


class Block(_Model):
    """One block of the document in reading order.

    Types: title, opener, dateline, subject, participants-head, participant,
    memo-header, p, item, head (an attachment's head: `Tab A`), table, signed,
    cc. Like the FRUS TEI, headings inside the text and salutations are
    paragraphs, told apart by `rend` ("heading", "salute").
    """

    type: str
    n: str | None = None
    rend: str | None = None
    text: str


class Furniture(_Model):
    """Page furniture taken out of the text: markings, page headers, stamps."""

    kind: Literal["classification-marking", "page-header", "page-number", "stamp",
                  "release-line", "archive-footer", "redaction"]
    text: str
    line: int = Field(description="1-based line of the cleaned text where it stood")


class CleaningStep(_Model):
    rule: str
    count: int
    positions: list[int] = Field(description="offsets in the source text (first 50)")


class Warning(_Model):
    code: str
    message: str


class Record(_Model):
    schema_version: str = SCHEMA_VERSION
    pipeline_version: str = PIPELINE_VERSION
    options: list[str] = Field([], description="the optional cleaning rules asked for (normalise_quotes, "
                                               "normalise_dashes); a record made with others is redone")
    id: str
    source: Source
    number: str | None = None
    title: str | None = None
    doc_type: str | None = None
    from_: list[Person] = Field(default=[], alias="from")
    to: list[Person] = []
    subject: list[str] = []
    dateline: str | None = None
    place: str | None = None
    date: DocDate | None = None
    classification: Classification | None = None
    source_note: SourceNote | None = None
    drafted_by: str | None = None
    declassification: Declassification | None = None
    signed: str | None = None
    cc: list[str] = []
    footnotes: list[Footnote] = []
    cross_references: list[str] = []
    page_breaks: list[PageBreak] = []
    body: list[Block] = []
    furniture: list[Furniture] = []
    cleaning: list[CleaningStep] = []
    warnings: list[Warning] = []

    def to_json(self) -> str:
        """Deterministic JSON text (sorted keys are not used: field order is the schema's)."""
        return self.model_dump_json(by_alias=True, indent=2) + "\n"
