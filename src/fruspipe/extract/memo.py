"""Typed memoranda without a FRUS heading: people and type from the header lines."""
from __future__ import annotations

import re

from ..document import Segmented
from ..models import Person


def _people(value: str) -> list[Person]:
    out = []
    for part in re.split(r"\n|;", value):
        part = part.strip(" ,.")
        if part:
            out.append(Person(name=part, role=None))
    return out


def memo_people(seg: Segmented) -> tuple[list[Person], list[Person]]:
    """`MEMORANDUM FOR` / `TO` lines are recipients; `FROM` lines and the signature the sender."""
    to: list[Person] = []
    sender: list[Person] = []
    for b in seg.blocks:
        if b.type != "memo-header":
            continue
        label = (b.n or "").upper()
        if label in ("MEMORANDUM FOR", "MEMO FOR", "MEMORANDUM TO", "TO", "FOR"):
            to.extend(_people(b.text))
        elif label == "FROM":
            sender.extend(_people(b.text))
    if not sender:
        signed = next((b for b in seg.blocks if b.type == "signed"), None)
        if signed:
            lines = [ln.strip() for ln in signed.text.split("\n") if ln.strip()]
            sender.append(Person(name=lines[0], role=" ".join(lines[1:]) or None))
    return sender, to


def memo_doc_type(seg: Segmented) -> str | None:
    for b in seg.blocks:
        if b.type == "memo-header" and (b.n or "").upper().startswith(("MEMORANDUM", "MEMO")):
            return "Memorandum for the Record" if b.n == "MEMORANDUM FOR THE RECORD" else "Memorandum"
    return None
