"""The stages, in order, and the batch run around them.

    ingest → clean → segment → extract → validate → write

Each stage is a pure function from one typed value to the next (`STAGES`).
`process_file` runs one document within a time limit and turns any failure
into an `Outcome` with a stable code and the stage that failed; the batch
around it (`run`, in `batch.py`) isolates every document and writes the report.
"""
from __future__ import annotations

import hashlib
import json
import math
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import PIPELINE_VERSION
from .clean import clean, optional_rules_asked
from .exceptions import DocumentError, DocumentTimeout, FruspipeError
from .extract import extract
from .ingest import ingest
from .options import Options
from .segment import segment
from .tei import build_tei
from .validate import Validated, validate
from .write import remove_outputs, write_outputs

STAGES = ("ingest", "clean", "segment", "extract", "validate", "write")


def convert(path: Path, options: Options, doc_id: str | None = None) -> Validated:
    """Run the stages up to validation for one file (no writing)."""
    stage = "ingest"
    try:
        doc = ingest(path, options, doc_id)
        stage = "clean"
        cleaned = clean(doc, options)
        stage = "segment"
        seg = segment(cleaned)
        stage = "extract"
        record = extract(seg)
        tei = build_tei(seg, record)
        stage = "validate"
        return validate(record, tei)
    except DocumentError:
        raise
    except _Timeout as t:
        t.stage = stage
        raise
    except RecursionError as e:
        raise DocumentError(f"document too deeply nested to process: {e}", code="internal-error", stage=stage) from e
    except Exception as e:  # a bug in a stage: report it for this document, keep the batch going
        raise DocumentError(f"internal error in {stage}: {type(e).__name__}: {e}", code="internal-error",
                            stage=stage) from e


@dataclass
class Outcome:
    input: str
    output: str | None
    status: str  # ok | error | skipped
    code: str | None = None
    stage: str | None = None
    message: str | None = None
    warnings: list[str] = field(default_factory=list)


class _Timeout(BaseException):
    """Raised by the alarm; a BaseException so that no stage's `except Exception` swallows it."""


def _on_alarm(signum, frame):
    raise _Timeout()


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise `DocumentTimeout` if the block runs longer than `seconds` (0: no limit).

    Uses SIGALRM, so it works in the main thread of the main process or of a worker;
    elsewhere (a library caller's thread) the block runs without a limit.
    """
    if seconds <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Timeout as t:
        stage = getattr(t, "stage", "pipeline")
        raise DocumentTimeout(f"took longer than {seconds:g} s, in {stage} (raise the limit with --timeout)",
                              stage=stage) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def time_allowed(timeout: float, path: Path) -> float:
    """The limit for one document: `timeout` seconds per started megabyte.

    The stages run in linear time, so a long document may take long; what the limit is for is the input
    that makes a stage take far longer than its size explains (0: no limit).
    """
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return timeout * max(1, math.ceil(size / 1_000_000))


def process_file(path: Path, name: str, out_dir: Path, options: Options) -> Outcome:
    """Convert one document and write `out_dir/<name>.xml|.json`; never raises for a document's own problems.

    A document that fails leaves no output: an earlier run's pair for it is removed,
    so every JSON in `out_dir` was made from the input as it is now.
    """
    outcome = Outcome(input=str(path), output=None, status="error")
    json_path = out_dir / f"{name}.json"
    try:
        if not options.force and _up_to_date(path, json_path, options):
            outcome.status, outcome.output = "skipped", str(json_path)
            return outcome
        with time_limit(time_allowed(options.timeout, path)):
            v = convert(path, options, doc_id=Path(name).name)
        write_outputs(v, out_dir, name)
        outcome.status, outcome.output = "ok", str(json_path)
        outcome.warnings = [w.code for w in v.record.warnings]
    except DocumentError as e:
        outcome.code, outcome.stage, outcome.message = e.code, e.stage, str(e)
    except OSError as e:
        outcome.code, outcome.stage, outcome.message = "write-failed", "write", f"cannot write output: {e}"
    if outcome.status == "error":
        try:
            remove_outputs(out_dir, name)
        except OSError:
            pass
    return outcome


def _up_to_date(path: Path, json_path: Path, options: Options) -> bool:
    """The output pair exists and was made from these bytes by this pipeline version, with these options."""
    try:
        record = json.loads(json_path.read_text(encoding="utf-8"))
        if not json_path.with_suffix(".xml").is_file():
            return False
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        return (record.get("pipeline_version") == PIPELINE_VERSION and record["source"]["sha256"] == digest
                and record.get("options", []) == list(optional_rules_asked(options)))
    except (OSError, ValueError, KeyError, TypeError):
        return False


def run(source: Path, out_dir: Path, options: Options, progress=None):
    """Convert every input under `source` into `out_dir` and report (`batch.run`, re-exported here)."""
    from .batch import run as run_batch  # batch imports this module

    return run_batch(source, out_dir, options, progress)


__all__ = ["STAGES", "convert", "process_file", "time_limit", "run", "Outcome", "FruspipeError"]
