"""The stages, in order, and the batch run around them.

    ingest → clean → segment → extract → validate → write

Each stage is a pure function from one typed value to the next (`STAGES`).
`process_file` runs one document and turns any failure into an `Outcome` with
a stable code and the stage that failed; `run` does a folder, isolating every
document, skipping those already done, and writing the run report.
"""
from __future__ import annotations

import json
import os
import hashlib
import signal
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import PIPELINE_VERSION
from .clean import clean
from .exceptions import DocumentError, FruspipeError, UsageError
from .extract import extract
from .ingest import ingest
from .options import Options
from .segment import segment
from .tei import build_tei
from .validate import Validated, validate
from .write import write_atomic, write_outputs

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


class _Timeout(Exception):
    pass


def _on_alarm(signum, frame):
    raise _Timeout()


def process_file(path: Path, rel: Path, out_dir: Path, options: Options) -> Outcome:
    """Convert and write one document; never raises for a document's own problems."""
    name = str(rel.with_suffix(""))
    outcome = Outcome(input=str(path), output=None, status="error")
    use_alarm = options.timeout > 0 and hasattr(signal, "setitimer")
    if use_alarm:
        old = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, options.timeout)
    try:
        if not options.force and _up_to_date(path, out_dir / f"{name}.json"):
            outcome.status, outcome.output = "skipped", str(out_dir / f"{name}.json")
            return outcome
        v = convert(path, options, doc_id=rel.stem)
        write_outputs(v, out_dir, name)
        outcome.status, outcome.output = "ok", str(out_dir / f"{name}.json")
        outcome.warnings = [w.code for w in v.record.warnings]
    except _Timeout:
        outcome.code, outcome.stage = "timeout", "pipeline"
        outcome.message = f"took longer than {options.timeout:g} s (raise it with --timeout)"
    except DocumentError as e:
        outcome.code, outcome.stage, outcome.message = e.code, e.stage, str(e)
    except OSError as e:
        outcome.code, outcome.stage, outcome.message = "write-failed", "write", f"cannot write output: {e}"
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
    return outcome


def _up_to_date(path: Path, json_path: Path) -> bool:
    """The output exists and was made from these bytes by this pipeline version."""
    try:
        record = json.loads(json_path.read_text(encoding="utf-8"))
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        return record.get("pipeline_version") == PIPELINE_VERSION and record["source"]["sha256"] == digest
    except (OSError, ValueError, KeyError, TypeError):
        return False


# --- the batch ------------------------------------------------------------------------------

@dataclass
class RunReport:
    pipeline_version: str
    documents: int
    ok: int
    skipped: int
    errors: int
    with_warnings: int
    ignored: list[str]
    seconds: float
    outcomes: list[Outcome]

    @property
    def exit_code(self) -> int:
        return 1 if self.errors else 0

    def summary(self) -> str:
        return (f"{self.documents} document(s): {self.ok} ok, {self.skipped} skipped (up to date), "
                f"{self.errors} failed, {self.with_warnings} with warnings; {len(self.ignored)} non-.txt file(s) "
                f"ignored; {self.seconds:.1f} s")


def collect_inputs(source: Path, out_dir: Path) -> tuple[list[tuple[Path, Path]], list[str]]:
    """(input file, path relative to the input root) for every .txt file; and ignored files."""
    if not source.exists():
        raise UsageError(f"input not found: {source}")
    if source.is_file():
        return [(source, Path(source.name))], []
    src, out = source.resolve(), out_dir.resolve()
    if out == src or src in out.parents:
        raise UsageError(f"the output folder {out_dir} is inside the input folder {source}: choose another")
    if not os.access(source, os.R_OK | os.X_OK):
        raise UsageError(f"cannot read the input folder {source}")
    inputs, ignored = [], []
    for root, dirs, files in os.walk(source, followlinks=False):
        dirs.sort()
        for f in sorted(files):
            p = Path(root) / f
            if f.lower().endswith(".txt") and not p.is_symlink():
                inputs.append((p, p.relative_to(source)))
            else:
                ignored.append(str(p))
    return inputs, ignored


def run(source: Path, out_dir: Path, options: Options, progress=None) -> RunReport:
    """Convert every input; write `run.json` and `errors.jsonl`; return the report."""
    start = time.monotonic()
    inputs, ignored = collect_inputs(source, out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    outcomes: list[Outcome] = []
    if options.jobs > 1 and len(inputs) > 1:
        with ProcessPoolExecutor(max_workers=options.jobs) as pool:
            futures = [pool.submit(process_file, p, rel, out_dir, options) for p, rel in inputs]
            for (p, _), fut in zip(inputs, futures):
                try:
                    outcomes.append(fut.result())
                except Exception as e:  # a worker died (killed, out of memory)
                    outcomes.append(Outcome(str(p), None, "error", "worker-died", "pipeline", str(e) or type(e).__name__))
                if progress:
                    progress(outcomes[-1])
    else:
        for p, rel in inputs:
            outcomes.append(process_file(p, rel, out_dir, options))
            if progress:
                progress(outcomes[-1])
    report = RunReport(
        pipeline_version=PIPELINE_VERSION, documents=len(outcomes),
        ok=sum(o.status == "ok" for o in outcomes), skipped=sum(o.status == "skipped" for o in outcomes),
        errors=sum(o.status == "error" for o in outcomes),
        with_warnings=sum(bool(o.warnings) for o in outcomes), ignored=ignored,
        seconds=round(time.monotonic() - start, 3), outcomes=outcomes)
    write_atomic(out_dir / "run.json", (json.dumps(asdict(report), indent=2) + "\n").encode("utf-8"))
    errors = "".join(json.dumps({k: v for k, v in asdict(o).items() if k != "warnings"}) + "\n"
                     for o in outcomes if o.status == "error")
    write_atomic(out_dir / "errors.jsonl", errors.encode("utf-8"))
    return report


__all__ = ["STAGES", "convert", "process_file", "run", "RunReport", "Outcome", "FruspipeError"]
