"""Stage 6 — write: TEI and JSON written atomically (temp file in the same folder, then rename).

A reader of the output folder sees, for each document, the old pair, the new
pair or nothing: never a half-written file. The JSON is renamed last and is the
marker that a document is done. Temp files are `.<name>.<random>.tmp`; a run
sweeps any left by a killed process (`sweep_temp_files`).
"""
from __future__ import annotations

import os
import re
import signal
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .validate import Validated

_UMASK = os.umask(0)
os.umask(_UMASK)
_TEMP_NAME = re.compile(r"\..+\.(?:json|jsonl|xml)\.\w+\.tmp")  # what _write_temp makes


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a reader sees the old file or the whole new one, never a part."""
    write_all([(path, data)])


def write_all(files: list[tuple[Path, bytes]]) -> None:
    """Write every file to a temp name, then rename them all in order with SIGINT/SIGTERM held,
    so an interruption leaves all of them old or all new; temp files never outlive the call."""
    temps: list[tuple[str, Path]] = []
    try:
        for path, data in files:
            temps.append((_write_temp(path, data), path))
        with _signals_held():
            for tmp, path in temps:
                os.replace(tmp, path)
    except BaseException:
        for tmp, _ in temps:
            Path(tmp).unlink(missing_ok=True)
        raise


def write_outputs(v: Validated, out_dir: Path, name: str) -> tuple[Path, Path]:
    """TEI first, JSON last: the JSON record is the marker that the document is done."""
    xml_path, json_path = out_dir / f"{name}.xml", out_dir / f"{name}.json"
    write_all([(xml_path, v.tei_text), (json_path, v.json_text.encode("utf-8"))])
    return xml_path, json_path


def remove_outputs(out_dir: Path, name: str) -> None:
    """Take away a document's outputs from an earlier run (JSON first: it marks the pair done)."""
    with _signals_held():
        for suffix in (".json", ".xml"):
            (out_dir / f"{name}{suffix}").unlink(missing_ok=True)


def sweep_temp_files(out_dir: Path) -> list[Path]:
    """Delete temp files a killed process left in `out_dir`; return them."""
    left = [p for p in out_dir.rglob(".*.tmp") if _TEMP_NAME.fullmatch(p.name) and p.is_file()]
    for p in left:
        p.unlink(missing_ok=True)
    return left


def _write_temp(path: Path, data: bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix="." + path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            # No fsync: the rename makes a killed or interrupted run safe, and fsync per file
            # cost a third of a batch's time (benchmarks/bench_pipeline.py). After a power
            # failure, re-run with --force.
            f.write(data)
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs get the usual permissions
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


@contextmanager
def _signals_held() -> Iterator[None]:
    """Delay SIGINT and SIGTERM (delivered on exit) so a group of renames is not cut in two."""
    held = {signal.SIGINT, signal.SIGTERM}
    old = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)
