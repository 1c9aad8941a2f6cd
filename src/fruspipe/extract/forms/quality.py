"""How readable a scanned page's OCR is."""
from __future__ import annotations

import re


def ocr_quality(text: str) -> float | None:
    """Share of the text's letter tokens (two letters or more) that are English words; None when too short.

    >>> ocr_quality("The committee met on Tuesday and agreed with the plan for the Congo. " * 2)
    1.0
    >>> ocr_quality("Menars Buries pad aligatric sareed with le plan for tae Congo lia Soulos corettioned " * 2)
    0.643
    """
    from ...clean.wordlist import is_word
    tokens = re.findall(r"[A-Za-z][a-z]+|[A-Z]{2,}", text)
    if len(tokens) < 20:
        return None
    return round(sum(1 for t in tokens if is_word(t)) / len(tokens), 3)
