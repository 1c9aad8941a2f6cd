"""One frozen options object for a run, instead of keyword flags everywhere."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Options(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    normalise_quotes: bool = Field(
        False, description="fold straight quotes to curly ones in OCR text (recorded as a cleaning step)")
    normalise_dashes: bool = Field(
        False, description="turn typed dashes (now--that, 1958-1960) into the web copy's — and – in OCR text "
                           "(recorded as a cleaning step)")
    max_bytes: int = Field(20_000_000, ge=1, description="inputs larger than this are refused with 'too-large'")
    timeout: float = Field(10.0, ge=0, description="seconds allowed per document, per started megabyte (0: no limit)")
    jobs: int = Field(1, ge=1, le=64, description="worker processes")
    force: bool = Field(False, description="re-do documents already in the output folder")
