"""The source note: archival citation, classification, handling, drafting."""
from __future__ import annotations

import re

from ..models import SourceNote
from ..segment.patterns import FILE_NUMBER_IN_TEXT
from ..vocabulary import CLASSIFICATION_LEVELS, REPOSITORIES, SOURCE_NOTE_DOC_TYPES

# Abbreviations after which a period does not end a sentence.
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Vol|vol|No|no|Nos|pp|p|Gen|Lt|Col|Adm|Capt|Cdr|Maj|Amb|Sec|Dept|Rev|Hon|ca|Co|Corp|Inc|U\.S|etc|e\.g|i\.e|Ref|ref|Doc|Sen|Rep|Gov)|\b[A-Z])$")


def sentences(text: str) -> list[str]:
    """Split at a period (or ? !) followed by a space or the end — not after an initial or abbreviation.

    >>> sentences("Source: Department of State, Central Files, 661.93/12–159. Confidential. Drafted by E. E. Rice.")
    ['Source: Department of State, Central Files, 661.93/12–159.', 'Confidential.', 'Drafted by E. E. Rice.']
    """
    out, start = [], 0
    for m in re.finditer(r"[.?!][”’\"]?(?=\s|$)", text):
        head = text[start:m.start()]
        if _ABBREV.search(head) and not text.startswith("  ", m.end()):
            continue
        out.append(text[start:m.end()].strip())
        start = m.end()
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return [s for s in out if s]


def _strip_source_label(text: str) -> str:
    return re.sub(r"^Source:\s*", "", text)


def classification_sentence(text: str) -> tuple[int, str, list[str]] | None:
    """(sentence index, level, handling) of the first sentence that opens with a classification.

    >>> classification_sentence("Source: X, 1/2. Secret; Priority; Limit Distribution.")[1:]
    ('Secret', ['Priority', 'Limit Distribution'])
    >>> classification_sentence("Source: X. Secret/Noforn. Drafted by Y.")[1:]
    ('Secret', ['Noforn'])
    """
    # The first sentence is the citation; the marking opens a later one. A marking after
    # an initial or an abbreviation ("Vol. V. Secret") still opens a sentence.
    text = re.sub(rf"(?<=\b[A-Z]\.) (?=(?:{'|'.join(CLASSIFICATION_LEVELS)})\b)", "  ", text)
    for i, s in enumerate(sentences(_strip_source_label(text))):
        level = _opens_with_level(s) if i > 0 else None
        if level:
            rest = s[len(level):].strip(" .")
            handling = [h.strip(" .") for h in re.split(r"[;/]", rest) if h.strip(" .")] if rest[:1] in ";/" else []
            return i, level, [_title_case(h) for h in handling]
    return None


def _title_case(word: str) -> str:
    return word if any(c.isupper() for c in word) else word.title()


def _opens_with_level(sentence: str) -> str | None:
    for level in sorted(CLASSIFICATION_LEVELS, key=len, reverse=True):
        if re.match(rf"{re.escape(level)}(?=[\s;/.,—–-]|$)", sentence, re.I):
            return level
    return None


def drafted_by(text: str) -> str | None:
    """The drafting phrase: after `Drafted by` to the end of that sentence or a `;`.

    >>> drafted_by("Source: X. Confidential. Drafted by Parsons.")
    'Parsons'
    >>> drafted_by("Secret. Drafted by Edward E. Rice and George A. Morgan of the Policy Planning Staff.")
    'Edward E. Rice and George A. Morgan of the Policy Planning Staff'
    >>> drafted_by("Drafted by Dulles, cleared by Robertson, and approved by Dulles; sent.")
    'Dulles, cleared by Robertson, and approved by Dulles'
    >>> drafted_by("Secret. Drafted by Frederick E. Nolting, Jr.; cleared by Rice.")
    'Frederick E. Nolting, Jr.'
    """
    m = re.search(r"\bDrafted by\s+", text)
    if not m:
        return None
    rest = text[m.end():]
    for s in sentences(rest)[:1]:
        if ";" in s:
            # cut at the semicolon: a period before it belongs to an abbreviation (`Nolting, Jr.;`)
            return s.split(";")[0].strip().rstrip(",").strip() or None
        return s.rstrip(".").rstrip(",").strip() or None
    return None


def parse_source_note(text: str, placement: str) -> SourceNote:
    """Citation, repository, collection and file of a source note."""
    citation = repository = collection = file = None
    if placement == "inline":
        if not re.match(r"^No\. \d+\.?$", text):
            types = "|".join(SOURCE_NOTE_DOC_TYPES)
            citation = re.sub(rf":\s*(?:{types})\.?$", "", text, flags=re.I).strip()
            file = citation
            repository = None
    else:
        body = _strip_source_label(text)
        body = re.sub(rf"(?<=\b[A-Z]\.) (?=(?:{'|'.join(CLASSIFICATION_LEVELS)})\b)", "  ", body)
        parts = sentences(body)
        found = classification_sentence(text)
        if found:
            citation = " ".join(parts[: found[0]]).strip()
        elif parts:
            citation = parts[0]
        if citation:
            citation = citation.rstrip(".").strip() or None
        if citation:
            pieces = [p.strip() for p in citation.split(",")]
            for repo in REPOSITORIES:
                if pieces and pieces[0].startswith(repo):
                    repository = pieces[0]
                    break
            if repository and len(pieces) > 1:
                collection = pieces[1]
            fm = FILE_NUMBER_IN_TEXT.search(citation)
            if fm:
                file = fm.group(0)
            elif repository and len(pieces) > 2:
                file = ", ".join(pieces[2:])
    return SourceNote(text=text, citation=citation, repository=repository, collection=collection,
                      file=file, placement=placement)
