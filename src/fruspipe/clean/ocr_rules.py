"""Cleaning rules for scanned, OCR'd text.

A PDF-to-markdown converter returns a typewritten page as markdown: escapes and
underlines, lines hard-wrapped at the typewriter's margin (with hanging indents
under titles, numbered paragraphs and list items), words hyphenated at line
ends, and OCR confusions (`rn` for `m`, `1` for `l`, `0` for `O`). These rules
bring it back to the web-copy layout the segmenter reads: one block per line,
blocks separated by a blank line, list and footnote items on their own line.

Page furniture (`fruspipe.furniture.classify_line`: markings, `- 2 -`, stamp
tables, release lines, archive footers, redaction codes) is never edited and
never joined to text: the segmenter takes it out of the body itself.

Every rule is linear in the length of its input: patterns have bounded
repetitions and no nested quantifiers, and the document-wide facts a rule
needs (line layout, wrap width) are computed once per text and cached.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from ..furniture import classify_line
from .rule import Rule, rule
from .wordlist import is_word, zipf

# ---------------------------------------------------------------- line layout


@dataclass(frozen=True)
class _Layout:
    """The lines of a text, where each starts, and which are furniture."""

    lines: tuple[str, ...]
    starts: tuple[int, ...]
    furniture: tuple[bool, ...]

    def line_index(self, pos: int) -> int:
        return bisect_right(self.starts, pos) - 1

    def is_furniture_at(self, pos: int) -> bool:
        return self.furniture[self.line_index(pos)]

    def line_at(self, pos: int) -> str:
        return self.lines[self.line_index(pos)]


@lru_cache(maxsize=8)
def _layout(text: str) -> _Layout:
    lines = text.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    return _Layout(tuple(lines), tuple(starts), tuple(classify_line(ln) is not None for ln in lines))


def _in_furniture(m: re.Match[str], pos: int | None = None) -> bool:
    return _layout(m.string).is_furniture_at(m.start() if pos is None else pos)


# --------------------------------------------------------------------- rules


@rule(r"<u>([^<>\n]{0,200})</u>|\\([*_#\[\]`])|\*\*([^*\n]{1,200})\*\*|~~([^~\n]{1,200})~~")
def undo_markdown_artifacts(m: re.Match[str]) -> str:
    """Markdown the converter added (underline tags, escapes, bold) becomes plain text.

    The converter renders typed underlining as `<u>…</u>`, escapes characters
    markdown would read (`\\*`, `\\_`, `\\#`) and bolds what looked heavy. A struck
    marking alone on its line (`~~SECRET~~`) is kept — the segmenter reads it
    as page furniture — and so is every other furniture line, stamp tables
    included; strike-through inside a text line is dropped.

    >>> undo_markdown_artifacts("the <u>only</u> way, \\\\*not\\\\* **this**")
    'the only way, *not* this'
    >>> undo_markdown_artifacts("~~SECRET~~\\nsee ~~the draft~~ text")
    '~~SECRET~~\\nsee the draft text'
    """
    if _in_furniture(m):
        return m.group(0)
    if m.group(4) is not None and _layout(m.string).line_at(m.start()).strip() == m.group(0):
        return m.group(0)  # a struck line of its own: a marking the furniture list does not know
    return next(g for g in m.groups() if g is not None)


# A word broken at a line end: `justificat-\n     ion`. The fragment before the
# hyphen may follow a space (then `sp` is set) or start the line. OCR may also
# have split one of the two halves with a space (`Ki ssin-\nger`,
# `Presiden-\nti al`): `x` and `c` are the short fragments on either side.
_HYPHEN_BREAK = (r"(?P<sp>[ \t]{1,40})?(?<![\w-])(?:(?P<x>[^\W\d_]{1,3}) )?(?P<a>[^\W\d_]{1,40})-\n"
                 r"(?P<indent>[ \t]{0,40})(?P<b>[^\W\d_]{1,40})(?![\w-])(?: (?P<c>[a-z]{1,3})(?![\w-]))?")
# A word rebuilt from three fragments must be at least this common (`Kissinger` 3.1).
_THREE_PIECE_MIN_ZIPF = 3.0


@rule(_HYPHEN_BREAK)
def join_hyphenated_breaks(m: re.Match[str]) -> str:
    """A word the typist hyphenated at the margin is written whole again.

    Only where the joined form is a word and more common than the hyphenated
    one, so real hyphens stay (`so-called`, `long-term`, `Sino-Soviet`: a
    capital after the hyphen is a compound). The whole word moves to the start
    of the next line, where a wrap without hyphenation would have put it; the
    rest of that line stays where it is and `unwrap_hard_wraps` joins lines.

    >>> join_hyphenated_breaks("your justificat-\\n   ion of the")
    'your\\n   justification of the'
    >>> join_hyphenated_breaks("the so-\\ncalled Sino-\\nSoviet bloc")
    'the so-\\ncalled Sino-\\nSoviet bloc'
    >>> join_hyphenated_breaks("Nixon Presiden-\\nti al Materials; October 23 Ki ssin-\\nger asked")
    'Nixon\\nPresidential Materials; October 23\\nKissinger asked'
    """
    a, b, x, c = m.group("a"), m.group("b"), m.group("x"), m.group("c")
    if _in_furniture(m, m.start("a")) or _in_furniture(m, m.start("b")):
        return m.group(0)
    if not (b.islower() or (a.isupper() and b.isupper())):
        return m.group(0)
    before, after = (x + " " if x else ""), (" " + c if c else "")
    if should_join(a, b):
        word = a + b
    elif c and _three_pieces(a + b + c):
        word, after = a + b + c, ""
    elif x and a.islower() and _three_pieces(x + a + b):
        word, before = x + a + b, ""
    else:
        return m.group(0)
    sp = m.group("sp") or ""
    starts_line = m.start() == 0 or m.string[m.start() - 1] == "\n"
    if starts_line and not before:
        # the fragment was the only word on its line: the word stays there,
        # and what followed it comes up rather than leave a line of punctuation
        return sp + word + after
    return sp + before.rstrip(" ") + "\n" + m.group("indent") + word + after if before else \
        "\n" + m.group("indent") + word + after


def _three_pieces(word: str) -> bool:
    """A word OCR broke twice, once by the margin hyphen and once by a space."""
    return is_word(word) and zipf(word) >= _THREE_PIECE_MIN_ZIPF


def should_join(a: str, b: str) -> bool:
    """`a-b` broken at a line end is one word `ab`, not a hyphenated compound.

    wordfreq rates `a-b` about as common as its rarer part, which overrates
    compounds of common words (`before-hand`): the joined word must only come
    close. Two lowercase fragments that are not words (`multip-artite`) are
    always one word the typist split.
    """
    joined = a + b
    if not is_word(joined):
        return a.islower() and not is_word(a) and not is_word(b)
    return zipf(joined) >= zipf(f"{a}-{b}") - _COMPOUND_MARGIN


# How much rarer than its hyphenated compound a joined word may be (`postwar` 3.4
# against `post-war` 5.1 joins; `longterm` 2.8 against `long-term` 5.1 does not).
_COMPOUND_MARGIN = 2.0


# A list or paragraph marker that starts a new item: `- `, `• `, `1. `, `a. `, `(a) `, `iv. `.
_ITEM = re.compile(r"[ \t]*(?:[-•*]|\d{1,4}[.)]|[A-Za-z][.)]|\((?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,5})\)|[ivxIVX]{1,5}\.)[ \t]+(?=\S)")
_PAGE_REF_LINE = re.compile(r"[ \t]*\[Page [0-9ivxlcIVXLC]{1,8}\][ \t]*")
# Typewriter lines are 55–90 characters; a longer line is not a wrapped one.
_MAX_WRAP = 120
# Not the longest line: a hyphenated word moved to the next line makes a few
# lines longer than the margin.
_WIDTH_PERCENTILE = 0.85
# How far below the margin a wrapped line may end (a long next word leaves room).
_WRAP_BAND = 15
# The rule only trusts a width that most lines inside blocks are close to.
_MIN_WRAPPED_LINES = 4
_MIN_WRAPPED_SHARE = 0.5
_MIN_WIDTH = 40


@rule(r"(?<=\S)\n[ \t]{0,200}(?=\S)")
def unwrap_hard_wraps(m: re.Match[str]) -> str:
    """A paragraph or item hard-wrapped at the typewriter margin goes back on one line.

    The margin is estimated from the document (a high percentile of the
    lengths of lines inside blocks); a line break is a wrap when the first
    word of the next line would not have fitted on the line, the next line
    has the block's hanging indent and does not start an item. A document
    whose lines do not cluster under one margin (real OCR of forms and
    cables) is left alone. A hyphen kept at the line end joins without space.

    >>> para = "A typed paragraph wraps at the margin of the page, about sixty\\n"
    >>> unwrap_hard_wraps(para * 4 + "characters.")[:70]
    'A typed paragraph wraps at the margin of the page, about sixty A typed'
    >>> unwrap_hard_wraps("Earle G. Wheeler\\nChairman\\nJoint Chiefs of Staff")
    'Earle G. Wheeler\\nChairman\\nJoint Chiefs of Staff'
    """
    if m.start() not in _wrap_joins(m.string):
        return m.group(0)
    text = m.string
    hyphen = text[m.start() - 1] == "-" and m.start() > 1 and text[m.start() - 2].isalpha()
    return "" if hyphen and text[m.end()].isalpha() else " "


@lru_cache(maxsize=8)
def _wrap_joins(text: str) -> frozenset[int]:
    """Offsets of the line breaks of `text` that are hard wraps."""
    layout = _layout(text)
    width = _wrap_width(layout)
    if width is None:
        return frozenset()
    joins: set[int] = set()
    indents: tuple[int, ...] = ()  # where continuation lines of the current block may start
    for i in range(len(layout.lines) - 1):
        a, b = layout.lines[i], layout.lines[i + 1]
        if not _is_text(layout, i):
            indents = ()
            continue
        if not indents:
            indents = (_hanging_indent(a), _indent(a))
        if _is_text(layout, i + 1) and _continues(a, b, width, indents):
            joins.add(layout.starts[i] + len(a))
        else:
            indents = ()
    return frozenset(joins)


def _wrap_width(layout: _Layout) -> int | None:
    """The typewriter margin of a hard-wrapped text, or None if it has none to trust."""
    inner = [len(layout.lines[i]) for i in range(len(layout.lines) - 1)
             if _is_text(layout, i) and _is_text(layout, i + 1)]
    lengths = sorted(n for n in inner if n <= _MAX_WRAP)
    if len(lengths) < _MIN_WRAPPED_LINES:
        return None
    width = lengths[int(_WIDTH_PERCENTILE * (len(lengths) - 1))]
    near = sum(1 for n in inner if width - _WRAP_BAND <= n <= width + 1)
    if width < _MIN_WIDTH or near < _MIN_WRAPPED_LINES or near < _MIN_WRAPPED_SHARE * len(inner):
        return None
    return width


def _is_text(layout: _Layout, i: int) -> bool:
    return bool(layout.lines[i].strip()) and not layout.furniture[i]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _hanging_indent(line: str) -> int:
    """Where the continuation lines of a block starting with `line` begin.

    Under the text after an item's marker (the typist's hanging indent); the
    converter sometimes puts them under the marker instead, which is also
    accepted.
    """
    item = _ITEM.match(line)
    return item.end() if item else _indent(line)


def _continues(a: str, b: str, width: int, indents: tuple[int, ...]) -> bool:
    """Whether line `b` is the wrapped continuation of line `a`."""
    if a[-1:].isspace() or len(a) > _MAX_WRAP or _PAGE_REF_LINE.fullmatch(a) or _PAGE_REF_LINE.fullmatch(b):
        return False
    if _ITEM.match(b) or _indent(b) not in indents:
        return False
    first_word = b.split(None, 1)[0]
    return len(a) + 1 + len(first_word) > width


# A token standing alone: not part of a file number (`794C.0221/1–753`), an
# identifier (`NLK-77-393`, `CIA-RDP80…`) or a longer word.
_TOKEN = r"(?<![\w./\u2013\u2014-])[^\W_]{2,30}(?![\w/\u2013\u2014-]|\.[^\W\d_])"
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th|d|s)")
_MAX_SITES = 6
# A repaired token must become at least this common a word (not `1al` -> `lal`).
_REPAIR_MIN_ZIPF = 2.5
# A capitalised token is repaired only into a common word: it may be a name.
_CAPITALISED_MIN_ZIPF = 3.0


@rule(_TOKEN)
def repair_ocr_confusions(m: re.Match[str]) -> str:
    """Letters OCR read as look-alikes are put back where that makes a word.

    Typewriter faces make `m` look like `rn` (and back), `l` like `1`, `O`
    like `0` and `I` like `l`. A token is repaired only when it is not a word
    and the fewest substitutions make it one. Numbers, identifiers with other
    digits (`W94426`, `1756th`), capitals-only tokens (cryptonyms, cable
    text) and names (capitalised and not turned into a common word) stay.

    >>> repair_ocr_confusions("rnilitary 1ess tentative1y Westem 0ctober lnformation")
    'military less tentatively Western October Information'
    >>> repair_ocr_confusions("W94426 1756th NLK-77-393 Gronouski 1958 LCFLUTTER")
    'W94426 1756th NLK-77-393 Gronouski 1958 LCFLUTTER'
    """
    token = m.group(0)
    # the cheap, cached word test first: most tokens are words (the furniture test costs more)
    if not _may_be_misread(token) or _in_furniture(m):
        return token
    return _repair_token(token) or _repair_from_document(token, m.string) or token


def _repair_from_document(token: str, text: str) -> str | None:
    """A name the word list does not know, put right where the document itself spells it
    right more often (`Grornyko` in a footnote of a text that says `Gromyko` elsewhere).

    >>> _repair_from_document("Grornyko", "Gromyko spoke. Grornyko's speech")
    'Gromyko'
    >>> _repair_from_document("Gromyko", "Grornyko spoke. Gromyko's speech") is None
    True
    >>> _repair_from_document("Herter0", "to Secretary of State Herter0") is None  # a footnote marker
    True
    """
    if not _may_be_misread(token) or not token[0].isupper():
        return None
    sites = _confusion_sites(token)
    if not sites or len(sites) > _MAX_SITES:
        return None
    words = _document_words(text)
    seen = words.get(token, 0)
    found = []
    for size in range(1, len(sites) + 1):
        for chosen in combinations(sites, size):
            c = _substitute(token, chosen)
            # a tie goes to the usual misreading's repair (`rn` read for `m`), not the reverse
            usual = all(new != "rn" for _, _, new in chosen)
            count = words.get(c, 0)
            if count and not any(ch.isdigit() for ch in c) and (count > seen or usual and count >= seen):
                found.append(c)
    return max(found, key=lambda c: words[c]) if found else None


@lru_cache(maxsize=2)
def _document_words(text: str) -> dict[str, int]:
    return Counter(re.findall(r"[^\W\d_]+", text))


@lru_cache(maxsize=65536)
def _repair_token(token: str) -> str | None:
    """The word an OCR'd token stands for, or None to leave it."""
    if not _may_be_misread(token):
        return None
    sites = _confusion_sites(token)
    if not sites or len(sites) > _MAX_SITES:
        return None
    capitalised = token[0].isupper() or (token[0] == "0" and token[1:2].islower())
    for size in range(1, len(sites) + 1):
        found = [c for c in (_substitute(token, chosen) for chosen in combinations(sites, size))
                 if not any(ch.isdigit() for ch in c) and is_word(c)]
        found = [c for c in found if zipf(c) >= (_CAPITALISED_MIN_ZIPF if capitalised else _REPAIR_MIN_ZIPF)]
        if found:
            return max(found, key=zipf)
    return None


@lru_cache(maxsize=65536)
def _may_be_misread(token: str) -> bool:
    if sum(c.isalpha() for c in token) < 2 or is_word(token):
        return False
    if any(c.isdigit() and c not in "01" for c in token) or _ORDINAL.fullmatch(token):
        return False  # a number, an ordinal or an identifier
    if token.upper() == token:
        return False  # capitals only: cryptonyms, cable text, codes
    return not (token[0].isupper() and zipf(token) > 0)  # a known name


def _confusion_sites(token: str) -> list[tuple[int, int, str]]:
    """(position, length, replacement) of each look-alike in `token`."""
    sites: list[tuple[int, int, str]] = []
    i = 0
    while i < len(token):
        c = token[i]
        if token.startswith("rn", i):
            sites.append((i, 2, "m"))
            i += 2
            continue
        if c == "m":
            sites.append((i, 1, "rn"))
        elif c == "1":
            sites.append((i, 1, "I" if i == 0 and token[1:2].islower() and len(token) == 2 else "l"))
        elif c == "0":
            sites.append((i, 1, "O" if i == 0 or token[i - 1].isupper() else "o"))
        elif c == "l" and i == 0:
            sites.append((i, 1, "I"))
        i += 1
    return sites


def _substitute(token: str, chosen: tuple[tuple[int, int, str], ...]) -> str:
    out, last = [], 0
    for pos, length, new in chosen:
        out.append(token[last:pos])
        out.append(new)
        last = pos + length
    out.append(token[last:])
    return "".join(out)


# A capitals-only token with an accented letter in it (`CONNÉCTION`, `RÉQUEST`, `ẠCQ`).
_ACCENTED_CAPITALS = (r"(?<![^\W\d_])[A-Z]{0,29}[\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u1e00-\u1eff]"
                      r"[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u1e00-\u1eff]{0,29}(?![^\W\d_])")


@rule(_ACCENTED_CAPITALS)
def drop_accents_from_typed_capitals(m: re.Match[str]) -> str:
    """Accents on typed capitals are specks the OCR read as marks, taken off where that leaves a word.

    An American office typewriter had no accented capitals, but OCR reads a speck of dirt
    or a strike-over above or below a capital as an accent (`CONNÉCTION`, `RÉQUEST`), which
    splits the word for every later reader. Only capitals-only words lose their marks, and
    only when the unmarked form is an English word; page furniture stays as printed.

    >>> drop_accents_from_typed_capitals("IN VIEW REGGAB CONNÉCTION MARINA OSWALD (POST OFFICE RÉQUEST)")
    'IN VIEW REGGAB CONNECTION MARINA OSWALD (POST OFFICE REQUEST)'
    >>> drop_accents_from_typed_capitals("José Pérez; XÉQZ")
    'José Pérez; XÉQZ'
    """
    token = m.group(0)
    if token != token.upper() or _in_furniture(m):
        return token
    folded = "".join(c for c in unicodedata.normalize("NFKD", token) if not unicodedata.combining(c))
    if not folded.isascii() or not is_word(folded):
        return token
    return folded


# A word and the next one on the same line, or a word at the end of a phrase.
_WORD_PAIR = (r"(?<![\w'\u2019.-])(?:(?P<x>[^\W\d_]{1,20}) (?=(?P<y>[^\W\d_]{1,20})(?![\w'\u2019-]))"
              r"|(?P<glued>[^\W\d_]{5,30})(?![\w'\u2019-]))")
# Both halves of a glued token must be this common (`will` 5.7, `disturb` 3.6).
_SPLIT_MIN_ZIPF = 3.5
# A lowercase glued token needs one very common half and a high sum, so OCR
# debris (`probless`, `cutlined`) is not split.
_SPLIT_COMMON_ZIPF = 6.0
_SPLIT_MIN_SUM = 10.0
# A capitalised glued token is split only after a word this common (`States` 5.5).
_SPLIT_NAME_LEFT_ZIPF = 5.0
# A rejoined word must be at least this common, and more common than the rarer
# of its two pieces by this much (`kn own`, `con ference` join; `per cent`,
# `may be`, `with out` stay).
_JOIN_MIN_ZIPF = 3.0
_JOIN_MARGIN = 0.3


@rule(_WORD_PAIR)
def rejoin_split_words(m: re.Match[str]) -> str:
    """A space OCR added inside a word is taken out, one it dropped is put back.

    Narrow spacing on the page makes OCR split words (`repa ir`) and glue
    them (`Statesretention`). Two tokens are joined only when the joined word
    is clearly more common than the rarer of them (`th at`, not `per cent`);
    a token is split only when it is unknown to the word list and both halves
    are common words. Names unknown to the word list (`Amami`) are not guessed.

    >>> rejoin_split_words("repa ir the Statesretention of fo otnote, not into")
    'repair the States retention of footnote, not into'
    >>> rejoin_split_words("Am ami Oshima, may be, in to, Gronouski")
    'Am ami Oshima, may be, in to, Gronouski'
    """
    glued = m.group("glued")
    if glued is not None:
        split = _split_glued(glued)
        return split if split and not _in_furniture(m) else m.group(0)
    x, y = m.group("x"), m.group("y")
    if _is_split_word(x, y):
        return m.group(0) if _in_furniture(m) else x
    split = _split_glued(x)
    return split + " " if split and not _in_furniture(m) else m.group(0)


@lru_cache(maxsize=65536)
def _is_split_word(x: str, y: str) -> bool:
    if not y.islower() or x.isupper() and len(x) > 1:
        return False
    joined = zipf(x + y)
    return joined >= _JOIN_MIN_ZIPF and joined > min(zipf(x), zipf(y)) + _JOIN_MARGIN


@lru_cache(maxsize=65536)
def _split_glued(token: str) -> str | None:
    """`left right` for a token glued from two common words, or None.

    The token must be unknown to the word list and each half a word of four
    letters or more, or a short function word (`saidhe`, `failedto`). A
    lowercase token also needs one very common half (`willdisturb`), which
    keeps OCR debris whole (`probless`, `cashable`); a capitalised one splits
    only after a very common word (`Statesretention`, `Citymade`) or into two
    capitalised words (`JapaneseGovernment`): most unknown capitals are names.
    """
    if len(token) < 5 or zipf(token) > 0 or token.isupper():
        return None
    best, best_score = None, 0.0
    for i in range(1, len(token) - 1):
        left, right = token[:i], token[i:]
        if _plausible_split(left, right) and min(zipf(left), zipf(right)) > best_score:
            best, best_score = f"{left} {right}", min(zipf(left), zipf(right))
    return best


def _plausible_split(left: str, right: str) -> bool:
    if not (_splittable_half(left) and _splittable_half(right)):
        return False
    zl, zr = zipf(left), zipf(right)
    if min(zl, zr) < _SPLIT_MIN_ZIPF:
        return False
    if right[0].isupper():  # `JapaneseGovernment`, not `thatGRC` or `ChiComs`
        return left[0].isupper() and right[1:].islower() and len(left) >= 4 and len(right) >= 4
    if left[0].isupper():
        return zl >= _SPLIT_NAME_LEFT_ZIPF and len(left) >= 4 and len(right) >= 4
    return max(zl, zr) >= _SPLIT_COMMON_ZIPF and zl + zr >= _SPLIT_MIN_SUM


def _splittable_half(half: str) -> bool:
    # a short half must be a function word: `ur|tel`, `rev|new`, `isa|as` stay whole
    return len(half) >= 4 or half.lower() in _SHORT_WORDS


_SHORT_WORDS = frozenset("""a an as at be by do he if in is it me my no of on or so to up us we
and are but can did for had has her him his its may not one our out she the was who you""".split())


OCR_RULES: tuple[Rule, ...] = (
    undo_markdown_artifacts,
    join_hyphenated_breaks,
    unwrap_hard_wraps,
    repair_ocr_confusions,
    drop_accents_from_typed_capitals,
    rejoin_split_words,
)

# ------------------------------------------------------------- quotes (option)

_OPENING_CONTEXT = " \t\n([{<\u2014\u2013-/\u201c\u2018"


@rule(r"[\"']")
def normalise_quotes(m: re.Match[str]) -> str:
    """Straight quotes of the typewriter become the curly quotes of the web copy.

    A quote after a space, an opening bracket or a dash opens (“ ‘); any
    other closes (” ’), so apostrophes become ’. Furniture lines stay.

    >>> normalise_quotes("He said \\"it's 'reasonable'\\" (\\"soft\\").")
    'He said “it’s ‘reasonable’” (“soft”).'
    """
    if _in_furniture(m):
        return m.group(0)
    before = m.string[m.start() - 1] if m.start() else "\n"
    opening = before in _OPENING_CONTEXT
    if m.group(0) == '"':
        return "\u201c" if opening else "\u201d"
    return "\u2018" if opening else "\u2019"


QUOTE_RULES: tuple[Rule, ...] = (normalise_quotes,)
