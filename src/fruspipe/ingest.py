"""Stage 1 — ingest: read bytes (bounded), refuse what is not text, decode, normalise line ends, hash."""
from __future__ import annotations

import codecs
import hashlib
import re
import stat
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
SNIFF = 4096  # bytes looked at to tell text from binary
_CP1252_ONLY = re.compile(rb"[\x80-\x9f]")  # C1 controls in latin-1, punctuation in cp1252
_UNSAFE_IN_NAME = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def ingest(path: Path, options: Options, doc_id: str | None = None) -> Ingested:
    """Read and decode one input file (at most `options.max_bytes` bytes are ever read)."""
    data = read_bounded(path, options.max_bytes)
    return decode(data, printable(str(path)), printable(doc_id or path.stem))


def read_bounded(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file no larger than `max_bytes`, else `InputError`."""
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            raise InputError("not a regular file (a pipe, device or folder): give a text file",
                             code="not-a-file")
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as e:
        raise InputError(f"cannot read the file: {e.strerror or e}", code="unreadable") from e
    if len(data) > max_bytes:
        size = max(st.st_size, len(data))
        raise InputError(f"file is {size:,} bytes, above the limit of {max_bytes:,} (raise it with --max-bytes)",
                         code="too-large")
    return data


def decode(data: bytes, path: str, doc_id: str) -> Ingested:
    """Decode bytes: UTF-8 (BOM or not), UTF-16 (BOM, or sniffed), else cp1252 or latin-1.

    >>> decode("caf\\u00e9".encode("latin-1"), "x.txt", "x").encoding
    'latin-1'
    >>> decode("\\u201ccaf\\u00e9\\u201d".encode("cp1252"), "x.txt", "x").text
    '“café”'
    >>> decode(codecs.BOM_UTF16_BE + "hi".encode("utf-16-be"), "x.txt", "x").encoding
    'utf-16-be'
    """
    warnings: list[Warning] = []
    sha = hashlib.sha256(data).hexdigest()
    for sig, what in BINARY_SIGNATURES.items():
        if data.startswith(sig):
            raise InputError(f"binary input: the file is {what}, not text", code="binary")
    encoding = _bom_encoding(data) or _sniff_utf16(data[:SNIFF])
    if encoding:
        text = data.decode(encoding, errors="replace")
    else:
        if b"\x00" in data[:SNIFF] or _looks_binary(data[:SNIFF]):
            raise InputError("binary input: the file holds NUL or other non-text bytes", code="binary")
        text, encoding = _decode_8bit(data, warnings)
    text = text.lstrip("\ufeff")
    bad = text.count("\ufffd")
    if bad:
        warnings.append(Warning(code="undecodable-bytes",
                                message=f"{bad} byte sequence(s) could not be decoded and were replaced by �"))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("empty input: the file holds no text (or only white space)", code="empty")
    return Ingested(id=doc_id, path=path, sha256=sha, size=len(data), encoding=encoding, text=text,
                    warnings=tuple(warnings))


def printable(name: str) -> str:
    """A file name safe for JSON and XML: undecodable bytes and control characters become �.

    >>> import os
    >>> printable("a\\x01b"), printable(os.fsdecode(b"caf\\xe9"))
    ('a�b', 'caf�')
    """
    return _UNSAFE_IN_NAME.sub("\ufffd", name)


def _bom_encoding(data: bytes) -> str | None:
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le"
    if data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be"
    return None


def _sniff_utf16(head: bytes) -> str | None:
    """UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte."""
    if len(head) < 4 or b"\x00" not in head:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _decode_8bit(data: bytes, warnings: list[Warning]) -> tuple[str, str]:
    """UTF-8 when it decodes, or when valid multi-byte sequences outnumber bad bytes; else cp1252
    (if it uses bytes 0x80–0x9F, its quotes and dashes) or latin-1."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    bad = text.count("\ufffd")
    if non_ascii - bad > bad:  # mostly UTF-8 with some damage
        return text, "utf-8"
    encoding = "cp1252" if _CP1252_ONLY.search(data) else "latin-1"
    warnings.append(Warning(code="not-utf8", message=f"input is not valid UTF-8; decoded as {encoding}"))
    return data.decode(encoding, errors="replace"), encoding


def _looks_binary(head: bytes) -> bool:
    # Control bytes other than tab/newline/form feed are rare in text of any 8-bit encoding.
    if not head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(head) > 0.05
