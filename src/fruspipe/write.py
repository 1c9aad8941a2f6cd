"""Stage 6 — write: TEI and JSON written atomically (temp file in the same folder, then rename)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .validate import Validated


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a reader sees the old file or the whole new one, never a part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix="." + path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def write_outputs(v: Validated, out_dir: Path, name: str) -> tuple[Path, Path]:
    """TEI first, JSON last: the JSON record is the marker that the document is done."""
    xml_path, json_path = out_dir / f"{name}.xml", out_dir / f"{name}.json"
    write_atomic(xml_path, v.tei_text)
    write_atomic(json_path, v.json_text.encode("utf-8"))
    return xml_path, json_path
