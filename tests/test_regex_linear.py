"""No regular expression backtracks catastrophically.

Adversarial inputs (10^5 repeated digits, dashes, spaces, brackets, capitals, …)
go to every cleaning rule, to `furniture.classify_line` and to the whole
pipeline. Rules and line classification must finish in < 2 s on 10^5 characters;
the pipeline must grow about linearly: 4x the input (12,500 → 50,000 characters)
may take at most 8x the time (quadratic is 16x).
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from fruspipe.clean import COMMON_RULES, OCR_RULES, OPTIONAL_RULES
from fruspipe.exceptions import DocumentError
from fruspipe.furniture import classify_line
from fruspipe.options import Options
from fruspipe.pipeline import convert

N = 100_000
N_PIPELINE = 50_000
UNITS = {
    "digits": "1", "dashes": "-", "spaces": " ", "brackets": "[", "closing": "]", "parens": "(", "capitals": "A",
    "periods": ".", "tabs": "\t", "No.": "No. ", "[Page": "[Page ", "tildes": "~~", "pipes": "|", "stars": "*",
    "quotes": '"', "25X1": "25X1 ", "SECRET": "SECRET ", "underline": "<u>", "words": "Word ", "hyphen-breaks": "a-\n",
}
# Whole lines repeated: what the segmenter and the line classifier see.
LINES = {
    "page-markers": "[Page 1]\n", "blank-separated": "x\n\n", "numbered": "1. x\n", "page-headers": "- 2 -\n",
    "markings": "~~SECRET~~\n", "table-rows": "| a | b |\n", "capital-lines": "A\n", "footnote-lines": "1 Source: x.\n",
}
RULES = COMMON_RULES + OCR_RULES + tuple(r for rules in OPTIONAL_RULES.values() for r in rules)
# The inputs end in a character that makes the last match fail: where backtracking shows.
ENDINGS = ("", "!")


def timed(fn, *args) -> float:
    t = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t


def repeat(unit: str, n: int, ending: str = "") -> str:
    return unit * (n // len(unit)) + ending


@pytest.mark.parametrize("ending", ENDINGS, ids=["plain", "failing-end"])
@pytest.mark.parametrize("unit", UNITS.values(), ids=UNITS.keys())
@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_cleaning_rule_is_fast_on_adversarial_input(rule, unit, ending):
    assert timed(rule.explain, repeat(unit, N, ending)) < 2


@pytest.mark.parametrize("prefix", ["", "~~", "  - ", "Approved For Release 2003/07/29 : ", "NW 65924 DocId:"])
@pytest.mark.parametrize("unit", {**UNITS, **LINES}.values(), ids={**UNITS, **LINES}.keys())
def test_classify_line_is_fast_on_long_lines(unit, prefix):
    line = prefix + repeat(unit.replace("\n", " "), N, "!")
    assert timed(classify_line, line) < 2


def convert_time(tmp_path: Path, text: str) -> float:
    p = tmp_path / "adversarial.txt"
    p.write_text(text, encoding="utf-8")

    def go() -> None:
        try:
            convert(p, Options(timeout=0))
        except DocumentError as e:  # refused (empty) is fine; a crash is not
            assert e.code != "internal-error", str(e)

    return timed(go)


PIPELINE_CASES = [pytest.param(u, id=k) for k, u in [*UNITS.items(), *LINES.items()]]


@pytest.mark.parametrize("unit", PIPELINE_CASES)
def test_pipeline_grows_about_linearly(tmp_path, unit):
    small = convert_time(tmp_path, repeat(unit, N_PIPELINE // 4))
    big = convert_time(tmp_path, repeat(unit, N_PIPELINE))
    assert big < max(8 * small, 1.0), f"{small:.2f} s for {N_PIPELINE // 4:,} chars, {big:.2f} s for {N_PIPELINE:,}"
    assert big < Options().timeout
