"""Property tests of the clean and segment stages on generated FRUS documents (see strategies.py)."""
from __future__ import annotations

import os
import re
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fruspipe.clean import apply_rules, clean, rules_for
from fruspipe.exceptions import DocumentError
from fruspipe.ingest import decode
from fruspipe.options import Options
from fruspipe.pipeline import convert
from fruspipe.segment import segment
from fruspipe.validate import Validated

from strategies import (GeneratedDoc, documents, inline_note_documents, noisy_ocr_texts, ocr_memos,
                        web_documents)

# FRUSPIPE_EXAMPLES=1000 for a longer hunt; the default keeps the suite fast
EXAMPLES = int(os.environ.get("FRUSPIPE_EXAMPLES", "60"))
FAST = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
OPTIONS = Options()


def run(doc: GeneratedDoc | str):
    text = doc.text if isinstance(doc, GeneratedDoc) else doc
    return segment(clean(decode(text.encode("utf-8"), "generated.txt", "generated"), OPTIONS))


def footnotes_of(seg) -> list[tuple[str, str]]:
    found = [(n.n, n.text) for n in seg.notes]
    if seg.source_note is not None and seg.source_note_placement == "footnote":
        found.insert(0, (seg.source_note.n, seg.source_note.text))
    return found


def page_breaks_of(seg) -> list[str]:
    return [n for b in seg.blocks for n, _ in b.page_breaks]


def paragraphs_of(seg) -> list[str]:
    """Texts of the body paragraphs (not the run-in `SUBJECT:` line, which is a paragraph too)."""
    return [b.text for b in seg.blocks if b.type == "p" and getattr(b, "rend", None) != "subject"]


def subjects_of(seg) -> list[str]:
    """The subject: `SUBJECT` list items, or the run-in `SUBJECT: …` paragraph without its label."""
    return [re.sub(r"^(?:SUBJECT|Subject):\s*", "", b.text) for b in seg.blocks
            if b.type == "subject" or getattr(b, "rend", None) == "subject"]


def nonspace(text: str) -> str:
    return re.sub(r"\s+", "", text)


# --------------------------------------------------------------------- structure is recovered


@FAST
@given(documents())
def test_generated_documents_are_recovered(doc: GeneratedDoc):
    seg = run(doc)
    assert seg.cleaned.kind == doc.kind
    assert seg.layout == doc.layout
    assert footnotes_of(seg) == doc.footnotes
    assert all(n.anchor is not None for n in seg.notes)
    if doc.source_note_marker is not None:
        assert seg.source_note_placement == "footnote"
        assert seg.source_note.anchor == (0, len(seg.blocks[0].text))
    if doc.inline_source_note is not None:
        assert seg.source_note_placement == "inline"
        assert seg.source_note.text == doc.inline_source_note
    assert page_breaks_of(seg) == doc.page_breaks
    paragraphs = paragraphs_of(seg)
    if doc.kind == "archival-ocr":
        # a hard wrap the cleaner does not trust to undo (too few wrapped lines) stays a line break
        paragraphs = [re.sub(r"\s+", " ", t) for t in paragraphs]
    assert paragraphs == doc.paragraphs
    assert len(seg.furniture) == doc.furniture
    assert subjects_of(seg) == doc.subject
    assert [b.text for b in seg.blocks if b.type == "participant"] == doc.participants
    assert [b.text for b in seg.blocks if b.type == "signed"] == ([doc.signed] if doc.signed else [])
    if doc.title is not None:
        assert (seg.blocks[0].type, seg.blocks[0].n, seg.blocks[0].text) == ("title", doc.number, doc.title)
    assert not [w for w in seg.warnings if w.code == "marker-not-found"]


@FAST
@given(documents())
def test_page_breaks_lie_inside_their_blocks(doc: GeneratedDoc):
    seg = run(doc)
    for b in seg.blocks:
        for _, off in b.page_breaks:
            assert 0 <= off <= len(b.text)
        offsets = [off for _, off in b.page_breaks]
        assert offsets == sorted(offsets)


# --------------------------------------------------------------------- nothing lost, nothing doubled


def _accounted(seg, doc: GeneratedDoc) -> list[str]:
    parts = [b.text for b in seg.blocks]
    parts += [m.n for b in seg.blocks for m in b.markers]
    parts += [f"[Page {n}]" for b in seg.blocks for n, _ in b.page_breaks if doc.kind == "frus-web"]
    parts += [n.text for n in seg.notes]
    if seg.source_note is not None:
        parts.append(seg.source_note.text)
    parts += [f.text for f in seg.furniture]
    parts += doc.layout_tokens
    return parts


@FAST
@given(documents())
def test_every_character_is_accounted_for_once(doc: GeneratedDoc):
    seg = run(doc)
    cleaned = Counter(nonspace(seg.cleaned.text))
    found = Counter(nonspace("".join(_accounted(seg, doc))))
    assert found - cleaned == Counter(), "characters duplicated or invented"
    assert cleaned - found == Counter(), "characters lost"


def _printed(block) -> str:
    """A block's text with its markers and page markers put back where they were cut."""
    # at one offset the marker was printed before the page marker (`now?1 [Page 3]`)
    inserts = [(m.offset, 0, m.n) for m in block.markers]
    inserts += [(off, 1, f"[Page {n}]") for n, off in block.page_breaks]
    text = block.text
    for off, _, s in sorted(inserts, reverse=True):
        text = text[:off] + s + text[off:]
    return text


@FAST
@given(st.one_of(web_documents(), inline_note_documents()))
def test_blocks_appear_in_reading_order(doc: GeneratedDoc):
    """Stricter than the multiset: each block, printed again, stands in the text after the one before."""
    seg = run(doc)
    haystack = nonspace(seg.cleaned.text)
    pos = 0
    for b in seg.blocks:
        needle = nonspace(_printed(b))
        at = haystack.find(needle, pos)
        assert at >= 0, f"block {b.type} {needle[:60]!r} not found after offset {pos}"
        pos = at + len(needle)


@FAST
@given(st.one_of(web_documents(), inline_note_documents()))
def test_markers_round_trip(doc: GeneratedDoc):
    """Putting each footnote marker back at its anchor reproduces the printed block text."""
    seg = run(doc)
    notes = list(seg.notes)
    if seg.source_note is not None and seg.source_note_placement == "footnote":
        notes.insert(0, seg.source_note)
    by_block: dict[int, list] = {}
    for n in notes:
        by_block.setdefault(n.anchor[0], []).append(n)
    restored = []
    for i, b in enumerate(seg.blocks):
        text = b.text
        for n in sorted(by_block.get(i, []), key=lambda n: n.anchor[1], reverse=True):
            text = text[:n.anchor[1]] + n.n + text[n.anchor[1]:]
        restored.append((b.type, text))
    assert [t for b, (_, t) in zip(seg.blocks, restored)
            if b.type == "p" and getattr(b, "rend", None) != "subject"] == doc.marked_paragraphs
    if doc.source_note_marker is not None:
        assert restored[0] == ("title", doc.title + doc.source_note_marker)
    # the block's own marker list says the same as the notes' anchors
    for i, b in enumerate(seg.blocks):
        assert sorted((m.offset, m.n) for m in b.markers) == sorted((n.anchor[1], n.n) for n in by_block.get(i, []))


# --------------------------------------------------------------------- cleaning is idempotent


def _idempotent(text: str, kind: str, options: Options = OPTIONS) -> None:
    chosen = rules_for(kind, options)
    once = apply_rules(text, chosen)[0]
    assert apply_rules(once, chosen)[0] == once


@settings(max_examples=max(100, EXAMPLES), deadline=None)
@given(st.text(), st.sampled_from(["frus-web", "archival-ocr"]))
def test_cleaning_arbitrary_text_is_idempotent(text: str, kind: str):
    _idempotent(text, kind)


@FAST
@given(documents(), st.sampled_from(["frus-web", "archival-ocr"]))
def test_cleaning_generated_documents_is_idempotent(doc: GeneratedDoc, kind: str):
    _idempotent(doc.text, kind)


@FAST
@given(noisy_ocr_texts(), st.booleans(), st.booleans())
def test_cleaning_noisy_ocr_is_idempotent(text: str, quotes: bool, dashes: bool):
    _idempotent(text, "archival-ocr", Options(normalise_quotes=quotes, normalise_dashes=dashes))


@FAST
@given(noisy_ocr_texts())
def test_clean_stage_is_idempotent_on_noisy_ocr(text: str):
    once = clean(decode(text.encode("utf-8"), "x.txt", "x"), OPTIONS)
    twice = clean(decode(once.text.encode("utf-8"), "x.txt", "x"), OPTIONS)
    assert twice.text == once.text


# --------------------------------------------------------------------- the pipeline never crashes


def _convert(text: str) -> Validated:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "input.txt"
        path.write_bytes(text.encode("utf-8", errors="surrogatepass"))
        return convert(path, OPTIONS)


@settings(max_examples=max(80, EXAMPLES), deadline=None)
@given(st.text())
def test_pipeline_never_raises_on_arbitrary_text(text: str):
    try:
        result = _convert(text)
    except DocumentError as e:
        # a refused input is fine; an internal error is a bug in a stage that `convert` wrapped
        assert e.code != "internal-error", str(e)
        return
    assert isinstance(result, Validated)


@settings(max_examples=max(40, EXAMPLES // 2), deadline=None)
@given(st.one_of(documents(), noisy_ocr_texts()))
def test_pipeline_converts_generated_documents(doc):
    text = doc.text if isinstance(doc, GeneratedDoc) else doc
    assert isinstance(_convert(text), Validated)


# --------------------------------------------------------------------- fixed bugs (minimal examples)


def test_source_note_marker_after_a_dated_heading():
    seg = run("12. Memorandum of Conversation, Washington, May 6, 19750\n\nThe text.\n\n"
              "  1. Source: Department of State, Central Files, 661.93/12–159. Secret.")
    assert seg.blocks[0].text == "Memorandum of Conversation, Washington, May 6, 1975"
    assert (seg.source_note.n, seg.source_note.anchor) == ("0", (0, len(seg.blocks[0].text)))


def test_short_hard_wrapped_ocr_paragraph_is_one_paragraph():
    seg = run("~~SECRET~~\n\nBut in any event, firmness should be related to the substance of our\n"
              "negotiation position. In his present frame of mind, it is said, Mr.\n"
              "Khrushchev will not accept \"reasonable\" proposals.")
    assert len([b for b in seg.blocks if b.type == "p"]) == 1
