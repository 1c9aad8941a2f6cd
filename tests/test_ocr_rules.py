"""Tests of the OCR cleaning rules (`fruspipe.clean.ocr_rules`) and the word list."""
from __future__ import annotations

import doctest
import glob
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fruspipe.clean import COMMON_RULES, apply_rules
from fruspipe.clean.ocr_rules import (
    OCR_RULES,
    QUOTE_RULES,
    drop_accents_from_typed_capitals,
    join_hyphenated_breaks,
    normalise_quotes,
    rejoin_split_words,
    repair_ocr_confusions,
    undo_markdown_artifacts,
    unwrap_hard_wraps,
)
from fruspipe.clean.dashes import DASH_RULES, normalise_dashes
from fruspipe.clean.wordlist import is_word
from fruspipe.furniture import classify_line
from fruspipe.options import Options
from fruspipe.pipeline import convert

CORPUS = Path("/work/shared/corpus/dev")
REAL_OCR = Path("/work/shared/realocr/dev")


def clean(text: str) -> str:
    return apply_rules(text, OCR_RULES)[0]


@pytest.mark.parametrize("r", OCR_RULES + QUOTE_RULES, ids=lambda r: r.name)
def test_rule_doctests(r):
    """The doctests in rule docstrings (a `Rule` is not a function, so pytest does not collect them)."""
    test = doctest.DocTestParser().get_doctest(r.doc, {r.name: r}, r.name, None, 0)
    assert test.examples, f"{r.name} has no doctest"
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.failures == 0


@pytest.mark.parametrize("r", OCR_RULES + QUOTE_RULES, ids=lambda r: r.name)
def test_rule_has_why(r):
    assert len(r.doc.splitlines()[0]) > 20


@pytest.mark.parametrize("word, expected", [
    ("justification", True), ("Military", True), ("coöperative", True), ("airgram", True),
    ("rnilitary", False), ("justificat", False), ("teleg", False),
])
def test_is_word(word, expected):
    assert is_word(word) is expected


@pytest.mark.parametrize("text, expected", [
    ("the <u>only</u> way", "the only way"),
    ("\\# 4 and \\_x\\_", "# 4 and _x_"),
    ("a **bold** claim", "a bold claim"),
    ("see ~~the draft~~ text", "see the draft text"),
    ("~~SECRET~~", "~~SECRET~~"),
    ("~~TOP SECRET - EYES ONLY~~", "~~TOP SECRET - EYES ONLY~~"),
    ("| By <u>mm</u> | NARS, Date <u>3/11/83</u> |", "| By <u>mm</u> | NARS, Date <u>3/11/83</u> |"),
])
def test_undo_markdown_artifacts(text, expected):
    assert undo_markdown_artifacts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("of your justificat-\n     ion of the", "of your\n     justification of the"),
    ("the rel-\nocation.", "the\nrelocation."),
    ("     justificat-\n     ion.", "     justification."),
    ("the so-\ncalled plan", "the so-\ncalled plan"),
    ("a long-\nterm basis", "a long-\nterm basis"),
    ("the Sino-\nSoviet bloc", "the Sino-\nSoviet bloc"),
    ("the Bonin-\nVolcano Islands", "the Bonin-\nVolcano Islands"),
    ("in 1958-\n1960 and", "in 1958-\n1960 and"),
    ("794C.0221/1-\n753", "794C.0221/1-\n753"),
    # OCR also split one half with a space: the three pieces make one word
    ("Nixon Presiden-\nti al Materials", "Nixon\nPresidential Materials"),
    ("On October 23 Ki ssin-\nger asked", "On October 23\nKissinger asked"),
    ("Ki ssin-\nger asked", "Kissinger asked"),
    # … but a short word beside a real compound or a plain join stays a word
    ("the so-\ncalled, a re-\nlated of", "the so-\ncalled, a\nrelated of"),
    ("in a long-\nterm way", "in a long-\nterm way"),
])
def test_join_hyphenated_breaks(text, expected):
    assert join_hyphenated_breaks(text) == expected


WRAPPED = """\
276. Memorandum From Director of Central Intelligence Dulles to the
     President's Special Assistant for National Security Affairs
     (Gray)0

Washington, March 31, 1959.

SUBJECT

  - [less than 1 line of source text not declassified] Resistance
    Program

1. Referring to your recent conversation on 30 March concerning my
   proposal by memorandum of 27 March 1959 on the above subject,1 I
   [Page 555] wish to assure you that full consideration has been
   given to the points that you have raised.
2. A second paragraph starts here and is long enough to wrap at the
   margin of the page.

~~SECRET~~

- 2 -

Earle G. Wheeler
Chairman
Joint Chiefs of Staff

  1. Source: Eisenhower Library, Whitman File, Intelligence Matters
     (9). Secret. The source text bears no drafting information.
  2. See Document 277 and its attachment."""


def test_unwrap_hard_wraps_layout():
    lines = unwrap_hard_wraps(WRAPPED).split("\n")
    assert lines[0].endswith("Affairs (Gray)0")
    assert "  - [less than 1 line of source text not declassified] Resistance Program" in lines
    assert any(ln.startswith("1. Referring") and ln.endswith("you have raised.") for ln in lines)
    assert any(ln.startswith("2. A second") and ln.endswith("of the page.") for ln in lines)
    for kept in ("~~SECRET~~", "- 2 -", "Earle G. Wheeler", "Chairman", "Joint Chiefs of Staff",
                 "SUBJECT", "Washington, March 31, 1959.", "  2. See Document 277 and its attachment."):
        assert kept in lines
    assert any(ln.startswith("  1. Source:") and ln.endswith("drafting information.") for ln in lines)


@pytest.mark.parametrize("text", [
    # short irregular lines, as real OCR of forms and cables: no width to trust
    "DECLASSIFICATION AUTHORITY DERIVED FROM:\nFBI AUTOMATIC DECLASSIFICATION GUIDE\nDATE 05-15-2023\n"
    "Date:\nOctober 15, 1959\nTo:\nDirector, FBI (100-333702; 100-30067)",
    # one paragraph per line already (the seed memo)
    "1. " + "word " * 60 + "end.\n2. " + "word " * 40 + "end.\n3. short.",
])
def test_unwrap_leaves_unwrapped_text(text):
    assert unwrap_hard_wraps(text) == text


def test_unwrap_never_joins_furniture():
    text = "A paragraph of text that runs all the way to the margin of the\n" * 5
    text += "~~SECRET~~\n- 2 -\n| DECLASSIFIED | |\ncontinued after the page break."
    out = clean(text)
    for line in ("~~SECRET~~", "- 2 -", "| DECLASSIFIED | |"):
        assert line in out.split("\n")


@pytest.mark.parametrize("text, expected", [
    ("rnilitary", "military"), ("1ess", "less"), ("tentative1y", "tentatively"), ("Westem", "Western"),
    ("govemment", "government"), ("0ctober", "October"), ("Granvi1le", "Granville"), ("lnformation", "Information"),
    ("the rnessage.3", "the message.3"), ("Cornmunist", "Communist"),
])
def test_repair_ocr_confusions(text, expected):
    assert repair_ocr_confusions(text) == expected


@pytest.mark.parametrize("text", [
    "W94426", "NLK-77-393", "1756th", "G–3", "794C.0221/1–753", "CIA-RDP80B01234R000100010001-1",
    "Gronouski", "Kornienko", "LCFLUTTER", "1958", "10th", "ChiCom",
])
def test_repair_ocr_confusions_leaves_codes_and_names(text):
    assert repair_ocr_confusions(text) == text


@pytest.mark.parametrize("text, expected", [
    ("CONNÉCTION", "CONNECTION"), ("RÉQUEST", "REQUEST"), ("THE HAGUE (27 NOVEMBER) DATE ẠCQ", "THE HAGUE (27 NOVEMBER) DATE ACQ"),
    ("José Pérez", None), ("XÉQZ", None), ("MÉXICO 1963", "MEXICO 1963"),
])
def test_accents_on_typed_capitals_are_dropped_only_where_that_makes_a_word(text, expected):
    assert drop_accents_from_typed_capitals(text) == (expected or text)


@pytest.mark.parametrize("text, expected", [
    ("repa ir", "repair"), ("kn own", "known"), ("fo otnote", "footnote"), ("th at", "that"),
    ("saidhe", "said he"), ("willdisturb", "will disturb"), ("Statesretention", "States retention"),
    ("JapaneseGovernment", "Japanese Government"),
    # left alone: real two-word phrases, names, cable words, OCR debris
    ("in to", "in to"), ("may be", "may be"), ("per cent", "per cent"), ("Am ami", "Am ami"),
    ("Deptel 274", "Deptel 274"), ("Nodis", "Nodis"), ("ChiComs", "ChiComs"), ("Saccio", "Saccio"),
    ("probless", "probless"), ("airgram", "airgram"), ("thatGRC", "thatGRC"),
])
def test_rejoin_split_words(text, expected):
    assert rejoin_split_words(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('He said "reasonable" things.', "He said “reasonable” things."),
    ("Peking's 'reports'", "Peking’s ‘reports’"),
    ('("soft")', "(“soft”)"),
])
def test_normalise_quotes(text, expected):
    assert normalise_quotes(text) == expected


def test_quotes_are_optional():
    assert normalise_quotes not in OCR_RULES


@pytest.mark.parametrize("text, expected", [
    ("now--that", "now—that"), ("now -- that", "now—that"), ("so---and", "so—and"),
    ("from 1958-1960 on", "from 1958–1960 on"),
    # never a file or record number, a stamp, a page header, a reversed range or a rule of hyphens
    ("794C.0221/1-753", "794C.0221/1-753"), ("DIRECTOR, FBI (105-82555)", "DIRECTOR, FBI (105-82555)"),
    ("NLK-77-393", "NLK-77-393"), ("- 2 -", "- 2 -"), ("1960-1958", "1960-1958"), ("a ---- b", "a ---- b"),
    ("611.93/1958-1960", "611.93/1958-1960"),
])
def test_normalise_dashes(text, expected):
    assert normalise_dashes(text) == expected


def test_dashes_are_an_option_recorded_like_any_rule(tmp_path):
    p = tmp_path / "memo.txt"
    p.write_text("~~SECRET~~\n\nMEMORANDUM FOR: Director\n\nThe plan--as drafted--covers 1961-1962.\n\n~~SECRET~~\n",
                 encoding="utf-8")
    plain = convert(p, Options()).record
    dashed = convert(p, Options(normalise_dashes=True)).record
    assert "plan--as" in " ".join(b.text for b in plain.body)
    assert "plan—as drafted—covers 1961–1962." in " ".join(b.text for b in dashed.body)
    assert [s.count for s in dashed.cleaning if s.rule == "normalise_dashes"] == [3]


# ------------------------------------------------------------ speed and idempotence

ADVERSARIAL = ["1" * 100_000, "-" * 100_000, " " * 100_000, "[" * 100_000, "A" * 100_000,
               "a-\n" * 30_000, "l1 " * 30_000, "rn" * 50_000, "~~" * 50_000, "**a" * 30_000,
               ("x" * 64 + "\n") * 3_000, "word " * 20_000]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:6]))
def test_rules_run_in_linear_time(text):
    start = time.perf_counter()
    for r in OCR_RULES + QUOTE_RULES + DASH_RULES:
        r(text)
    assert time.perf_counter() - start < 5


_WORDS = st.sampled_from(
    "the of and to a in that President Secretary memorandum 1959 rnilitary 1ess Westem justification "
    "so-called Sino-Soviet W94426 NLK-77-393 Gronouski repa ir kn own saidhe [Page 230] (a) 1. \"soft\" "
    "Peking's **bold** <u>mm</u> ~~draft~~ \\* -- 794C.0221/1–753".split(" "))


@st.composite
def ocr_documents(draw):
    """Realistic OCR'd pages: wrapped paragraphs and items, hyphen breaks, furniture, short lines."""
    width = draw(st.integers(55, 70))
    blocks = []
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["para", "item", "numbered", "short", "furniture"]))
        words = " ".join(draw(st.lists(_WORDS, min_size=1, max_size=60)))
        if kind == "furniture":
            blocks.append(draw(st.sampled_from(["~~SECRET~~", "- 2 -", "| DECLASSIFIED | |"])))
        elif kind == "short":
            blocks.append("\n".join(draw(st.lists(st.sampled_from(
                ["Earle G. Wheeler", "Chairman", "SUBJECT", "MEMORANDUM FOR MR. BUNDY"]), max_size=3))) or "X")
        else:
            first, rest = {"para": ("", ""), "item": ("  - ", "    "), "numbered": ("1. ", "   ")}[kind]
            text = textwrap.fill(words, width, initial_indent=first, subsequent_indent=rest)
            if draw(st.booleans()):  # a typist's hyphen break somewhere
                text = text.replace("justification", "justificat-\n" + rest + "ion", 1)
            blocks.append(text)
    return "\n\n".join(blocks)


@settings(max_examples=150, deadline=None)
@given(st.one_of(ocr_documents(), st.text(alphabet=" \n-abcl1rnm0OI.\"'~*<>u/|", max_size=300)))
def test_ocr_rules_are_idempotent(text):
    once = clean(text)
    assert clean(once) == once


@settings(max_examples=60, deadline=None)
@given(ocr_documents())
def test_furniture_lines_survive(text):
    before = [ln for ln in text.split("\n") if classify_line(ln)]
    after = [ln for ln in clean(text).split("\n") if classify_line(ln)]
    assert after == before


# ------------------------------------------------------------------- on the corpus

def _paragraph_keys(text: str) -> list[str]:
    fold = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "•": "-"})
    return [" ".join(ln.split()).translate(fold) for ln in text.split("\n")
            if ln.strip() and classify_line(ln) is None]


def paragraph_matches(rules) -> tuple[int, int]:
    """Web-copy paragraphs the cleaned OCR twin reproduces exactly (furniture and blank lines aside)."""
    hit = total = 0
    for ocr in sorted(CORPUS.glob("*.ocr.txt")):
        web = _paragraph_keys(ocr.with_name(ocr.name.replace(".ocr.txt", ".txt")).read_text())
        got = set(_paragraph_keys(apply_rules(ocr.read_text(), COMMON_RULES + rules)[0]))
        total += len(web)
        hit += sum(1 for w in web if w in got)
    return hit, total


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not available")
def test_cleaned_ocr_matches_web_paragraphs():
    before, total = paragraph_matches(())
    after, _ = paragraph_matches(OCR_RULES)
    assert after > before
    assert after / total > 0.8


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not available")
@pytest.mark.parametrize("r", [r for r in OCR_RULES if r is not unwrap_hard_wraps], ids=lambda r: r.name)
def test_rules_leave_web_copies_alone(r):
    """A clean web copy has none of the artifacts: every edit there would be a false positive."""
    for path in sorted(CORPUS.glob("*.txt")):
        if ".ocr." not in path.name:
            assert r.explain(path.read_text())[1] == (), path.name


@pytest.mark.skipif(not REAL_OCR.exists(), reason="real OCR set not available")
def test_real_ocr_keeps_references_and_furniture():
    for name in sorted(glob.glob(str(REAL_OCR / "*.txt"))):
        text = Path(name).read_text()
        out = clean(text)
        assert [ln for ln in out.split("\n") if classify_line(ln)] == \
               [ln for ln in text.split("\n") if classify_line(ln)], name
        for ref in ("CIA-RDP", "NW "):
            assert out.count(ref) == text.count(ref), name
