"""Cleaning rules that apply to every document (web copies and OCR alike).

Each rule is a named `str -> str` function (see `rule.py`); the order in which
they run is declared in `clean/__init__.py`.
"""
from __future__ import annotations

import re

import ftfy

from .rule import rule


@rule(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]+")
def strip_forbidden_controls(m: re.Match[str]) -> str:
    """Control characters XML 1.0 forbids (left by bad conversions) are removed.

    >>> strip_forbidden_controls("a\\x00b\\x07c")
    'abc'
    """
    return ""


# Runs of characters that UTF-8 bytes become when read as cp1252/latin-1 (`â€œ`, `Ã©`).
_MOJIBAKE = "[\u00c2\u00c3\u00c5\u00e2][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}"


@rule(f"(?:{_MOJIBAKE})+")
def repair_mojibake(m: re.Match[str]) -> str:
    """UTF-8 text once decoded as cp1252 (`â€œ` for `“`) is decoded again (ftfy).

    >>> repair_mojibake("â€œquotedâ€\\x9d and cafÃ©")
    '“quoted” and café'
    """
    fixed = ftfy.fix_encoding(m.group(0))
    return fixed if len(fixed) < len(m.group(0)) else m.group(0)


# The lookbehind starts a match only at the start of a run: without it a long run of spaces
# that is not at a line end is retried from every position (quadratic).
@rule(r"(?<![ \t\u00a0])[ \t\u00a0]+$", re.M)
def strip_trailing_spaces(m: re.Match[str]) -> str:
    """Spaces at line ends carry nothing and break line comparisons.

    >>> strip_trailing_spaces("a  \\nb\\t")
    'a\\nb'
    """
    return ""


@rule(r"\A\n+")
def strip_leading_blank_lines(m: re.Match[str]) -> str:
    """Blank lines before the first text (PDF-to-markdown output starts with some).

    >>> strip_leading_blank_lines("\\n\\nX")
    'X'
    """
    return ""
