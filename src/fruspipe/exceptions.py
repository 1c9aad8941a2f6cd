"""Errors fruspipe raises. Each subclasses `FruspipeError` and the nearest built-in.

Per-document errors carry a stable `code` and the `stage` that failed; the run
report lists them, and the batch goes on.
"""
from __future__ import annotations


class FruspipeError(Exception):
    """Base of every fruspipe error."""

    code = "error"


class DocumentError(FruspipeError, ValueError):
    """A document could not be turned into a record; the batch goes on without it."""

    code = "document-error"
    stage = "pipeline"

    def __init__(self, message: str, *, code: str | None = None, stage: str | None = None):
        super().__init__(message)
        if code:
            self.code = code
        if stage:
            self.stage = stage


class InputError(DocumentError):
    """The input file is empty, binary, too large or unreadable: check the file."""

    code = "bad-input"
    stage = "ingest"


class ValidationFailed(DocumentError):
    """The record or TEI does not validate against fruspipe's schemas (a fruspipe bug: please report it)."""

    code = "invalid-output"
    stage = "validate"


class DocumentTimeout(DocumentError, TimeoutError):
    """The document took longer than the per-document limit: raise it with --timeout."""

    code = "timeout"
    stage = "pipeline"


class UsageError(FruspipeError, ValueError):
    """Bad command-line use (paths, options): fix the command and run it again."""

    code = "usage"
