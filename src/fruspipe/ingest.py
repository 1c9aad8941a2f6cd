"""Stage 1 — ingest: read bytes, decode, normalise line ends, hash."""
from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

from .document import Ingested
from .exceptions import InputError
from .models import Warning
from .options import Options

# Magic numbers of files that are not text however they are named.
BINARY_SIGNATURES = {
    b"%PDF": "a PDF", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or .docx)", b"\x7fELF": "an executable", b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image", b"\xd0\xcf\x11\xe0": "an MS Office file",
}


def ingest(path: Path, options: Options, doc_id: str | None = None) -> Ingested:
    """Read and decode one input file."""
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            raise InputError(f"file is {size:,} bytes, above the limit of {options.max_bytes:,} "
                             "(raise it with --max-bytes)", code="too-large")
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read the file: {e.strerror or e}", code="unreadable") from e
    return decode(data, str(path), doc_id or path.stem)


def decode(data: bytes, path: str, doc_id: str) -> Ingested:
    """Decode bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252.

    >>> decode("caf\\u00e9".encode("cp1252"), "x.txt", "x").encoding
    'cp1252'
    >>> decode(codecs.BOM_UTF16_LE + "hi".encode("utf-16-le"), "x.txt", "x").text
    'hi'
    """
    warnings: list[Warning] = []
    sha = hashlib.sha256(data).hexdigest()
    for sig, what in BINARY_SIGNATURES.items():
        if data.startswith(sig):
            raise InputError(f"binary input: the file is {what}, not text", code="binary")
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = data.decode("utf-16", errors="replace"), "utf-16"
    else:
        if b"\x00" in data[:4096] or _looks_binary(data[:4096]):
            raise InputError("binary input: the file holds NUL or other non-text bytes", code="binary")
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = data.decode("cp1252", errors="replace"), "cp1252"
            warnings.append(Warning(code="not-utf8", message="input is not valid UTF-8; decoded as cp1252"))
    if "\ufffd" in text:
        warnings.append(Warning(code="undecodable-bytes",
                                message=f"{text.count(chr(0xfffd))} byte(s) could not be decoded and were replaced"))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("empty input: the file holds no text", code="empty")
    return Ingested(id=doc_id, path=path, sha256=sha, size=len(data), encoding=encoding, text=text,
                    warnings=tuple(warnings))


def _looks_binary(head: bytes) -> bool:
    # Control bytes other than tab/newline/form feed are rare in text of any 8-bit encoding.
    if not head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(head) > 0.05
