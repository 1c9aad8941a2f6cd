"""The batch: find the inputs, run each one in isolation (in turn or in worker processes), report.

Every input ends as an `Outcome` (ok, skipped as up to date, or error with a
code and stage) in `OUTPUT/run.json`; the errors are also in
`OUTPUT/errors.jsonl`. Files that are not inputs (not .txt, symlinks, pipes,
unreadable folders) are listed under `ignored` with the reason. SIGINT and
SIGTERM stop the run cleanly: the documents in progress finish, the report is
written with what was done, and the exit code is 130.
"""
from __future__ import annotations

import json
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from . import PIPELINE_VERSION
from .exceptions import UsageError
from .options import Options
from .pipeline import Outcome, process_file
from .write import sweep_temp_files, write_atomic

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
REPORT_NAMES = ("run",)  # `run.json` is the report: no document may be written there


@dataclass(frozen=True)
class Input:
    path: Path
    name: str  # output path relative to the output folder, without suffix


@dataclass
class RunReport:
    pipeline_version: str
    documents: int
    ok: int
    skipped: int
    errors: int
    with_warnings: int
    interrupted: bool
    ignored: list[dict[str, str]]
    seconds: float
    outcomes: list[Outcome]

    @property
    def exit_code(self) -> int:
        return EXIT_INTERRUPTED if self.interrupted else EXIT_FAILED if self.errors else EXIT_OK

    def summary(self) -> str:
        stopped = "INTERRUPTED: " if self.interrupted else ""
        return (f"{stopped}{self.documents} document(s): {self.ok} ok, {self.skipped} skipped (up to date), "
                f"{self.errors} failed, {self.with_warnings} with warnings; {len(self.ignored)} file(s) "
                f"ignored (see run.json); {self.seconds:.1f} s")


# --- inputs ---------------------------------------------------------------------------------

def collect_inputs(source: Path, out_dir: Path) -> tuple[list[Input], list[dict[str, str]]]:
    """Every .txt file under `source` (symlinks not followed) and the files ignored, with why."""
    if not source.exists():
        raise UsageError(f"input not found: {source}")
    if source.is_file():
        return [Input(source, output_names([Path(source.name)])[0])], []
    if not source.is_dir():
        raise UsageError(f"the input {source} is neither a file nor a folder: give a .txt file or a folder")
    src, out = source.resolve(), out_dir.resolve()
    if out == src or src in out.parents:
        raise UsageError(f"the output folder {out_dir} is inside the input folder {source}: choose another")
    if not os.access(source, os.R_OK | os.X_OK):
        raise UsageError(f"cannot read the input folder {source}: check its permissions")
    found, ignored = [], []

    def unreadable(e: OSError) -> None:
        ignored.append({"path": str(e.filename), "reason": f"unreadable folder: {e.strerror}"})

    for root, dirs, files in os.walk(source, onerror=unreadable):
        dirs.sort()
        for d in [d for d in dirs if (Path(root) / d).is_symlink()]:
            dirs.remove(d)
            ignored.append({"path": str(Path(root) / d), "reason": "symlink (not followed)"})
        for f in sorted(files):
            p = Path(root) / f
            reason = _not_an_input(p)
            if reason:
                ignored.append({"path": str(p), "reason": reason})
            else:
                found.append(p)
    names = output_names([p.relative_to(source) for p in found])
    return [Input(p, n) for p, n in zip(found, names)], ignored


def _not_an_input(p: Path) -> str | None:
    if p.is_symlink():
        return "symlink (not followed)"
    if not p.name.lower().endswith(".txt"):
        return "not a .txt file"
    if not p.is_file():
        return "not a regular file"
    return None


def output_names(rels: list[Path]) -> list[str]:
    """The output name of each input: its relative path without the suffix, made unique.

    Names equal but for case (`x.txt`, `x.TXT`: one file on some disks) or equal to
    the report's get `-2`, `-3`… in input order.

    >>> output_names([Path("a/x.txt"), Path("b/x.txt"), Path("x.TXT"), Path("x.txt"), Path("run.txt")])
    ['a/x', 'b/x', 'x', 'x-2', 'run-2']
    """
    taken = set(REPORT_NAMES)
    names = []
    for rel in rels:
        base = rel.with_suffix("").as_posix()
        name, n = base, 1
        while name.casefold() in taken:
            n += 1
            name = f"{base}-{n}"
        taken.add(name.casefold())
        names.append(name)
    return names


def prepare_output(out_dir: Path) -> None:
    """Create the output folder, or raise `UsageError` saying why it cannot be used."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise UsageError(f"the output {out_dir} is a file, not a folder: choose a folder") from None
    except OSError as e:
        raise UsageError(f"cannot create the output folder {out_dir}: {e.strerror or e}") from None
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise UsageError(f"cannot write to the output folder {out_dir}: check its permissions")


# --- the run --------------------------------------------------------------------------------

def run(source: Path, out_dir: Path, options: Options,
        progress: Callable[[Outcome], None] | None = None) -> RunReport:
    """Convert every input; write `run.json` and `errors.jsonl`; return the report.

    Raises `UsageError` before any work if the paths cannot be used.
    """
    start = time.monotonic()
    inputs, ignored = collect_inputs(source, out_dir)
    prepare_output(out_dir)
    outcomes: dict[int, Outcome] = {}

    def done(i: int, outcome: Outcome) -> None:
        outcomes[i] = outcome
        if progress:
            progress(outcome)

    interrupted = False
    with _sigterm_as_interrupt():
        try:
            if options.jobs > 1 and len(inputs) > 1:
                _run_parallel(list(enumerate(inputs)), out_dir, options, done)
            else:
                for i, item in enumerate(inputs):
                    done(i, process_file(item.path, item.name, out_dir, options))
        except KeyboardInterrupt:
            interrupted = True
        sweep_temp_files(out_dir)
        report = _report([outcomes[i] for i in sorted(outcomes)], ignored, interrupted, time.monotonic() - start)
        write_report(report, out_dir)
    return report


def _report(outcomes: list[Outcome], ignored: list[dict[str, str]], interrupted: bool, seconds: float) -> RunReport:
    return RunReport(
        pipeline_version=PIPELINE_VERSION, documents=len(outcomes),
        ok=sum(o.status == "ok" for o in outcomes), skipped=sum(o.status == "skipped" for o in outcomes),
        errors=sum(o.status == "error" for o in outcomes), with_warnings=sum(bool(o.warnings) for o in outcomes),
        interrupted=interrupted, ignored=ignored, seconds=round(seconds, 3), outcomes=outcomes)


def write_report(report: RunReport, out_dir: Path) -> None:
    """`run.json` (everything) and `errors.jsonl` (one failed document a line)."""
    errors = "".join(json.dumps({k: v for k, v in asdict(o).items() if k != "warnings"}) + "\n"
                     for o in report.outcomes if o.status == "error")
    write_atomic(out_dir / "errors.jsonl", errors.encode("utf-8"))
    write_atomic(out_dir / "run.json", (json.dumps(asdict(report), indent=2) + "\n").encode("utf-8"))


# --- worker processes ------------------------------------------------------------------------

Job = tuple[int, Input]


def _run_parallel(jobs: list[Job], out_dir: Path, options: Options, done: Callable[[int, Outcome], None]) -> None:
    """Run in `options.jobs` processes. When a worker dies (killed, out of memory), the pool is
    replaced; the documents it had in flight are retried one at a time, and one whose worker
    dies again is reported as `worker-died`."""
    todo = jobs
    while todo:
        suspects, todo = _pool_pass(todo, options.jobs, out_dir, options, done)
        for job in suspects:
            died_again, _ = _pool_pass([job], 1, out_dir, options, done)
            if died_again:
                done(job[0], Outcome(str(job[1].path), None, "error", "worker-died", "pipeline",
                                     "the worker process died (killed, or out of memory) on this document twice"))


def _pool_pass(jobs: list[Job], workers: int, out_dir: Path, options: Options,
               done: Callable[[int, Outcome], None]) -> tuple[list[Job], list[Job]]:
    """Run `jobs` with at most `workers` in flight; if the pool breaks, return (in flight, not started)."""
    queue = list(reversed(jobs))
    with ProcessPoolExecutor(max_workers=workers, initializer=_worker_init) as pool:
        running: dict = {}

        def submit() -> None:
            if queue:
                i, item = job = queue.pop()
                running[pool.submit(process_file, item.path, item.name, out_dir, options)] = job

        for _ in range(workers):
            submit()
        try:
            while running:
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for fut in finished:
                    job = running.pop(fut)
                    try:
                        outcome = fut.result()
                    except BrokenProcessPool:
                        return [job, *running.values()], list(reversed(queue))
                    done(job[0], outcome)
                    submit()
        except KeyboardInterrupt:
            _finish_in_flight(running, done)
            raise
    return [], []


def _finish_in_flight(running: dict, done: Callable[[int, Outcome], None]) -> None:
    """After an interrupt: record the documents the workers complete (they ignore SIGINT)."""
    for fut, (i, _) in running.items():
        try:
            done(i, fut.result())
        except BaseException:  # the worker was interrupted too (SIGTERM to the group): not processed
            pass


def _worker_init() -> None:
    # Ctrl-C reaches the whole process group: the parent decides; a SIGTERM sent to a worker
    # itself stops it cleanly (temp files removed).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _raise_interrupt)


def _raise_interrupt(signum, frame):
    raise KeyboardInterrupt(f"signal {signum}")


@contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM stops the run like Ctrl-C (main thread only: elsewhere signals cannot be handled)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)
