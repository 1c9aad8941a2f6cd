"""Classification from opener markings (`top secret`, `Secret` / `Priority`) and page markings."""
from __future__ import annotations

import re
from collections import Counter

from ..memo_vocabulary import (CABLE_HEADER_AFTER_MARKING, CLASSIFIED_SIGNS, CLASSIFIED_SIGNS_IN_CAPITALS,
                               DAMAGED_LEVEL_WORDS, FILE_NUMBER_BEFORE_MARKING, LEVEL_WORD_IN_A_NAME, MARKING_DAMAGE,
                               MARKING_FIELD, RELEASE_STATEMENT)
from ..clean.wordlist import edit_distance
from ..models import Furniture
from ..vocabulary import CLASSIFICATION_LEVELS, HANDLING_WORDS, marking_pattern


def opener_marking(lines: list[str]) -> tuple[str, list[str]] | None:
    """(level, handling) from opener lines.

    >>> opener_marking(["Secret\\nPriority"])
    ('Secret', ['Priority'])
    >>> opener_marking(["top secret"])
    ('Top Secret', [])
    """
    level = None
    handling: list[str] = []
    for block in lines:
        for ln in block.split("\n"):
            s = re.sub(r"\d+$", "", ln.strip()).strip(" .")
            if not s:
                continue
            lv = _level(s) or _level_before_caveat(s)
            if lv and level is None:
                level = lv
                continue
            h = _handling(s)
            if h and level is not None:
                handling.append(h)
    return (level, handling) if level else None


def _level(s: str) -> str | None:
    for level in sorted(CLASSIFICATION_LEVELS, key=len, reverse=True):
        if re.fullmatch(rf"{re.escape(level)}(?:\s*[—–-]\s*Security Information)?", s, re.I):
            return level
    return None


def _level_before_caveat(s: str) -> str | None:
    """The level of a marking that goes on with a caveat on its line: `top secret—eyes only`, `Secret—Priority`.

    >>> _level_before_caveat("top secret—eyes only"), _level_before_caveat("Secret Service")
    ('Top Secret', None)
    """
    for level in sorted(CLASSIFICATION_LEVELS, key=len, reverse=True):
        m = re.fullmatch(rf"({re.escape(level)})\s*[;,/—–-]\s*(.+)", s, re.I)
        if m and all(_handling(h.strip()) or re.fullmatch(r"Security Information", h.strip(), re.I)
                     for h in re.split(r"[;,/—–-]", m.group(2))):
            return level
    return None


def _handling(s: str) -> str | None:
    for word in HANDLING_WORDS:
        if s.lower() == word.lower():
            return word
    return None


# The levels a scan's lines can show (a routing slip's check-box column is told apart by `line_markings`).
_PAGE_LEVELS = sorted((*CLASSIFICATION_LEVELS[:6], "Unclassified"), key=len, reverse=True)


def _level_pattern(level: str) -> str:
    """A level typed as it is, letter-spaced with spaces, points or hyphens (`S-E-C-R-E-T`), or damaged."""
    plain = marking_pattern(level)
    return "|".join((plain, plain.replace(" ?", "[ .·-]?"), *MARKING_DAMAGE.get(level, ())))


# one named group per level (`l0`, `l1`, …), in `_PAGE_LEVELS` order
_LEVEL_RE = "|".join(f"(?P<l{k}>{_level_pattern(lv)})" for k, lv in enumerate(_PAGE_LEVELS))
# A marking in the lines of a scan: the level in capitals at the start of a short line, after at
# most three junk characters (`‘SECRET`, `¡ CONFIDENTIAL`, `| SECRET |`), an edge rule read as `I`
# (`ISE CRET`) or a one- or two-character
# smudge that is no word (`3Y SECRET`, a check-box read as `O`), after a form field's caption
# (`CLASSIFICATION: SECRET`, `REPORT CLASS S E C R E T--NOFORN`) or the form's name (`Memorandum SECRET`);
# possibly damaged at its end (`SECRETI`) or followed by stray marks (`SECRET’`, `SECRET .`, `TOP SECRET e`)
# or the page's or copy's number (`SECRET 2`);
# then nothing, a caveat (`SECRET - EYES ONLY`, `TOP SECRET/SENSITIVE`, `SECRET. CITE CIA 8227420`) or a
# cable's header (`SECRET 231842Z CITE MEXI 1234`).
MARKING_IN_LINE = re.compile(
    rf"^(?:[^\w\s]{{1,3}}\s?|\s*|[|Il1]|(?:Office\s+)?Memorandum\s+|{MARKING_FIELD}|"
    rf"(?:[^\sA]|[^A-Za-z\s][^\s.)]|\S[^A-Za-z\s.)])\s)"
    rf"(?P<level>{_LEVEL_RE})[IL1!.,;]?[~*]{{0,3}}"
    rf"(?P<rest>$|[^\w\s]{{1,3}}$|\s[^\w\s]{{1,3}}$|\s[a-z]$|\s\d{{1,3}}$|"
    rf"\s*(?://|/|-{{1,2}}|–|—|\.|\s)\s*[A-Z][A-Z /.,:-]{{0,60}}$|[.,]?\s{CABLE_HEADER_AFTER_MARKING}.{{0,80}}$)")
# A marking typed between the columns of an FBI header line, after its file number:
# `TO : DIRECTOR, FBI (105-202233) CONFIDENTIAL DATE: 3-28-74`.
MARKING_AFTER_FILE_NUMBER = re.compile(rf"{FILE_NUMBER_BEFORE_MARKING}(?P<level>{_LEVEL_RE})(?![A-Za-z]{{2}})")
# lines that say a level of the release, not of the document; or use the word in a name (`SECRET SERVICE`,
# `CONFIDENTIAL SOURCE`)
NOT_A_MARKING = re.compile(r"HEREIN|CONTAINED|EXCEPT|WHEN\s+BLANK|ATTACHED|DOCUMENT|FORM\b|COVER\s+SHEET|"
                           r"DECLASS|CLASSIFIED\s+BY|AUTOMATIC|"
                           r"(?:SECRET|CONFIDENTIAL)\s+(?:SERVICE|SOURCES?|INFORMANTS?|AGENTS?|FUNDS?|MEETINGS?)\b", re.I)
# `TOP` alone on the line above a `SECRET`: one marking split over two lines
_TOP_ALONE = re.compile(r"^[^\w\s]{0,3}\s?[T7I1l|'‘’]?[O0Q]P$")


def _marking_at(line: str) -> str | None:
    """The level of the marking a line of a scan shows, or None.

    >>> [_marking_at(s) for s in ("CLASSIFICATION: SECRET", "S-E-C-R-E-T", "3Y SECRET", "IOP SECRET", "ISE CRET")]
    ['Secret', 'Secret', 'Secret', 'Top Secret', 'Secret']
    >>> [_marking_at(s) for s in ("SECRET SERVICE", "SECRETA", "Secret", "By memorandum classified SECRET")]
    [None, None, None, None]
    """
    s = line.strip()
    if not s or len(s) > 120 or NOT_A_MARKING.search(s):
        return None
    m = MARKING_IN_LINE.match(s) if len(s) <= 70 or re.search(CABLE_HEADER_AFTER_MARKING, s) else None
    m = m or MARKING_AFTER_FILE_NUMBER.search(s)
    if not m or not re.sub(r"\W", "", m.group("level"))[:-1].isupper():
        return None
    return next(lv for k, lv in enumerate(_PAGE_LEVELS) if m.group(f"l{k}"))


def line_markings(lines: list[str]) -> list[tuple[int, str]]:
    """(line index, level) of each marking in the lines of a scan; form check-boxes left out.

    A routing slip prints every level in a column (`UNCLASSIFIED`, `CONFIDENTIAL`,
    `SECRET`) for the sender to tick: markings of different levels within four
    lines of each other are such a column, not the document's marking. An
    `UNCLASSIFIED` next to a line of a release statement (`HEREIN IS`) is part of it;
    a `SECRET` under a `TOP` alone on its line is `TOP SECRET` split over two lines.

    >>> line_markings(["‘SECRET", "Memorandum SECRET", "SECRET - EYES ONLY", "~~SECRET~~", "HEREIN IS UNCLASSIFIED"])
    [(0, 'Secret'), (1, 'Secret'), (2, 'Secret'), (3, 'Secret')]
    >>> line_markings(["UNCLASSIFIED", "INTERNAL USE ONLY", "CONFIDENTIAL", "SECRET", "ROUTING SHEET"])
    []
    >>> line_markings(["TOP", "SECRET", "ALL INFORMATION CONTAINED", "HEREIN IS", "UNCLASSIFIED"])
    [(1, 'Top Secret')]
    """
    found: list[tuple[int, str]] = []
    for i, ln in enumerate(lines):
        level = _marking_at(ln)
        if level is None:
            continue
        if level == "Unclassified" and any(re.search(RELEASE_STATEMENT, lines[j], re.I)
                                           for j in (i - 1, i + 1) if 0 <= j < len(lines)):
            continue
        if level == "Secret" and i > 0 and _TOP_ALONE.match(lines[i - 1].strip()):
            level = "Top Secret"
        found.append((i, level))
    # markings are in line order: compare each only with those within four lines (linear, not quadratic).
    # A classified level is judged among the classified ones alone (a slip's `UNCLASSIFIED` box does not
    # take away a real marking just under the slip); an `UNCLASSIFIED` among all.
    classified = [(i, lv) for i, lv in found if lv != "Unclassified"]
    keep = [(i, lv) for i, lv in _alone(classified, classified)] + \
        [(i, lv) for i, lv in _alone([f for f in found if f[1] == "Unclassified"], found)]
    return sorted(keep)


def _alone(these: list[tuple[int, str]], among: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The markings of `these` with no marking of another level in `among` within four lines."""
    out = []
    k = 0
    for i, lv in these:
        while k < len(among) and among[k][0] < i - 4:
            k += 1
        near = (lv2 for j, lv2 in among[k:k + 9] if abs(i - j) <= 4)
        if all(lv2 == lv for lv2 in near):
            out.append((i, lv))
    return out


def page_marking(furniture: list[Furniture], text: str | None = None, upto: int | None = None) -> tuple[str, bool] | None:
    """The most frequent running marking of a scan (the higher of equals), and whether it is struck through.

    With the scan's `text`, markings inside its lines count too (`SECRET - EYES ONLY`,
    `‘SECRET`); a declassification stamp or release line marks it declassified. With `upto`, only
    markings before that line count (the lines after it are a later document's).

    >>> page_marking([Furniture(kind="classification-marking", text="~~SECRET~~", line=1)])
    ('Secret', True)
    >>> page_marking([], "‘SECRET\\nMEMORANDUM FOR THE RECORD\\n1. Text.\\n\\nSECRET - EYES ONLY\\nDECLASSIFIED")
    ('Secret', True)
    >>> page_marking([], "DATE: 16 December 1947\\nText.\\nSECRET\\n23 August 1978", upto=2) is None
    True
    """
    if text is not None:
        found: Counter[str] = Counter()
        lines = text.split("\n")
        struck = any(f.kind == "classification-marking" and f.text.strip().startswith("~~") for f in furniture)
        for i, level in line_markings(lines if upto is None else lines[:upto]):
            found[level] += 1
        if not found:
            return None
        declassified = struck or any(f.kind in ("stamp", "release-line") for f in furniture) or any(
            re.search(r"\bDECLASSIFI|NO\s+OBJECTION\s+TO\s+DECLASS", ln, re.I) for ln in lines)
        rank = {lv: k for k, lv in enumerate(CLASSIFICATION_LEVELS)}
        level = max(found, key=lambda lv: (found[lv], -rank[lv]))
        return level, declassified
    found = Counter()
    struck = False
    for f in furniture:
        if f.kind != "classification-marking":
            continue
        text = f.text.strip()
        struck = struck or text.startswith("~~")
        core = text.strip("~* ")
        for level in sorted(CLASSIFICATION_LEVELS[:6], key=len, reverse=True):
            if re.match(marking_pattern(level), core, re.I):
                found[level] += 1
                break
    if not found:
        return None
    return found.most_common(1)[0][0], struck


def classified_sign(text: str) -> str | None:
    """The first sign in a scan's text that its document was classified, even where no marking can be read;
    None when there is none.

    A classified paper carries more than its marking: the stamps of its classifier and reviewers
    (`CLASSIFIED BY`, `DECLASSIFY ON`, `NO OBJECTION TO DECLASSIFICATION`), caveats, the Espionage Laws
    notice, portion marks, and the level word elsewhere on its pages, often damaged (`SEGRER`).

    >>> classified_sign("Text.\\nCLASSIFIED BY 5668 SLD\\nDECLASSIFY ON: 25X")
    'CLASSIF'
    >>> classified_sign("Agent (U)\\nText."), classified_sign("2 6 SEGRER"), classified_sign("ONFIDENTIAI")
    ('(U)', 'SEGRER', 'ONFIDENTIAI')
    >>> [classified_sign(s) for s in ("the Secret Service", "SECRET SERVICE", "confidential informant", "(c) SELECT")]
    [None, None, None, None]
    """
    m = re.search(CLASSIFIED_SIGNS, text, re.I) or re.search(CLASSIFIED_SIGNS_IN_CAPITALS, text)
    if m:
        return m.group(0)
    tokens = dict.fromkeys(re.findall(rf"\b[A-Z]{{4,14}}\b(?!{LEVEL_WORD_IN_A_NAME})", text))
    for token in tokens:  # each distinct word once, in text order
        for word, most in DAMAGED_LEVEL_WORDS.items():
            if abs(len(token) - len(word)) <= most and edit_distance(token, word) <= most:
                return token
    return None

