"""Degrading a clean document the way a scan + OCR does, then cleaning it, gives it back.

A generated memo (numbered paragraphs of common English words) is hard-wrapped,
hyphenated at some line ends, split into pages framed by `~~SECRET~~` markings
with `- n -` page headers and a declassification stamp on page 1. Cleaning and
segmenting must give back the same paragraphs, the same furniture records and
one page break per page turn.
"""
from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from fruspipe.clean import clean
from fruspipe.ingest import decode
from fruspipe.options import Options
from fruspipe.segment import segment

WORDS = ("government position negotiation agreement question situation conference military "
         "political economic important information development relations discussion interest "
         "problem president minister embassy department proposal meeting the of and to in that we "
         "will not be would should our their this with for on as it is was have has been").split()

STAMP = ("|                      |                           |\n"
         "|----------------------|---------------------------|\n"
         "| DECLASSIFIED         |                           |\n"
         "| Authority NND 959000 |                           |\n"
         "| By <u>mm</u>         | NARA, Date <u>3/11/83</u> |")


@st.composite
def memos(draw):
    n = draw(st.integers(2, 6))
    paragraphs = []
    for i in range(1, n + 1):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=12, max_size=70))
        paragraphs.append(f"{i}. " + " ".join(words).capitalize() + ".")
    pages = draw(st.integers(1, 3))
    hyphenate = draw(st.booleans())
    return paragraphs, pages, hyphenate


def degrade(paragraphs: list[str], pages: int, hyphenate: bool) -> tuple[str, int]:
    """The memo as a PDF-to-markdown tool returns a typed, scanned copy; and the furniture count."""
    lines: list[str] = []
    for p in paragraphs:
        wrapped = textwrap.wrap(p, width=64, subsequent_indent="   ", break_long_words=False)
        if hyphenate:
            wrapped = _hyphenate(wrapped)
        lines.extend(wrapped + [""])
    per_page = max(1, len(lines) // pages + 1)
    chunks = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    out = ["~~SECRET~~", "", "MEMORANDUM FOR THE SECRETARY", "", "SUBJECT: Negotiations", ""]
    furniture = 1
    for k, chunk in enumerate(chunks):
        if k:
            out += ["", "~~SECRET~~", "", f"- {k + 1} -", ""]
            furniture += 2
        out += chunk
        if k == 0:
            out += ["", STAMP, ""]
            furniture += 1
        out += ["", "~~SECRET~~"]
        furniture += 1
    return "\n".join(out), furniture


def _hyphenate(wrapped: list[str]) -> list[str]:
    # split the first word of the next line if it is long: "negoti-" / "ation"
    out = list(wrapped)
    for i in range(len(out) - 1):
        head, _, rest = out[i + 1].strip().partition(" ")
        if len(head) >= 10 and head.isalpha() and rest:
            indent = out[i + 1][: len(out[i + 1]) - len(out[i + 1].lstrip())]
            out[i] = out[i] + " " + head[:5] + "-"
            out[i + 1] = indent + head[5:] + " " + rest
    return out


@settings(max_examples=60, deadline=None)
@given(memos())
def test_degraded_memo_cleans_back(memo):
    paragraphs, pages, hyphenate = memo
    text, furniture = degrade(paragraphs, pages, hyphenate)
    seg = segment(clean(decode(text.encode("utf-8"), "memo.txt", "memo"), Options()))
    got = [b.text for b in seg.blocks if b.type == "p"]
    assert got == paragraphs
    assert len(seg.furniture) == furniture
    assert sum(f.kind == "stamp" for f in seg.furniture) == 1
    page_turns = sum(f.kind == "page-header" for f in seg.furniture)
    assert sum(len(b.page_breaks) for b in seg.blocks) == page_turns
