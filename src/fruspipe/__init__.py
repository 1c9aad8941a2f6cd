"""fruspipe: raw FRUS web copies and OCR'd declassified memos to FRUS-style TEI and JSON records."""

__version__ = "0.2.0"
# Bumped whenever a change can alter output; `fruspipe run` re-does documents
# whose recorded pipeline version differs.
PIPELINE_VERSION = "0.2.0"
