"""What the heading says: document type, sender and recipient."""
from __future__ import annotations

import re

from ..models import Person
from ..vocabulary import (DOC_TYPE_CANONICAL, DOC_TYPES, OFFICE_OBJECTS, OFFICE_TITLES, OPENER_DOC_TYPES,
                          SOURCE_NOTE_DOC_TYPES)


def doc_type_from_title(title: str) -> str | None:
    """The leading document-type phrase of a heading, longest match.

    >>> doc_type_from_title("Memorandum of Conversation, by the Secretary of State")
    'Memorandum of Conversation'
    >>> doc_type_from_title("Telegram From the Embassy in Poland to the Department of State")
    'Telegram'
    >>> doc_type_from_title("Mr. Fish to Mr. Low.") is None
    True
    """
    for phrase in sorted(DOC_TYPES, key=len, reverse=True):
        if re.match(rf"{re.escape(phrase)}(?=$|[ ,.:])", title):
            return DOC_TYPE_CANONICAL.get(phrase, phrase)
    return None


def doc_type_from_source_note(note: str) -> str | None:
    """`890.00/9–949: Airgram` → Airgram; `893.00/1–2049: Circular telegram` → Circular Telegram.

    >>> doc_type_from_source_note("893.00/1–2049: Circular telegram")
    'Circular Telegram'
    """
    types = "|".join(sorted(SOURCE_NOTE_DOC_TYPES, key=len, reverse=True))
    m = re.search(rf":\s*({types})\.?$", note, re.I)
    if not m:
        return None
    return next(t for t in SOURCE_NOTE_DOC_TYPES if t.lower() == m.group(1).lower())


def doc_type_from_opener(lines: list[str]) -> str | None:
    """`[Telegram.]` / `[By cable.]` above or below a 19th-century heading → Telegram."""
    for ln in lines:
        key = ln.strip().strip("[].").lower()
        if key in OPENER_DOC_TYPES and OPENER_DOC_TYPES[key]:
            return OPENER_DOC_TYPES[key]
    return None


# --- sender and recipient -----------------------------------------------------------------------

_HONORIFIC = r"(?:Mr\.|Mrs\.|Miss|Ms\.|Dr\.|Sir|Lord|Madame|Monsieur)"
_RANK = (r"(?:Major General|Lieutenant General|Brigadier General|General|Admiral|Vice Admiral|Rear Admiral|"
         r"Colonel|Lieutenant Colonel|Captain|Commander|Major|Ambassador|Senator|Representative|Governor|Judge)")
# Office words that may stand before a surname: `Secretary of State Herter`, `President Nixon`.
def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# "<office> <surname>": an optional qualifier, a title, what it is "of", then one to four name words.
_OFFICE_END = re.compile(
    rf"^(?P<role>(?:the )?(?:(?:Acting|Deputy|Assistant|Special|Executive|Chief|Soviet|British|French|"
    rf"West German|German|Chinese|Japanese|Israeli|Egyptian|Indian|Polish|Italian|Canadian)\s+)*"
    rf"(?:{_alternation(OFFICE_TITLES)})(?: (?:of|for) (?:{_alternation(OFFICE_OBJECTS)}))?)"
    r"\s+(?P<name>(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'-]+)(?:\s+in\s+[A-Z][\w ]+)?$")

# Words of offices and bodies: a phrase holding one is a role, not a personal name.
_OFFICE_WORDS = re.compile(
    r"\b(?:Secretary|Director|Assistant|Deputy|Acting|Ambassador|Minister|President|Chief|Adviser|Advisor|"
    r"Counselor|Chargé|Consul|Embassy|Legation|Mission|Department|Office|Bureau|Staff|Council|Committee|"
    r"Chairman|Commander|Representative|Delegation|Agency|Board|Group|Situation|Room|House|Government|"
    r"Chiefs|Joint|Ministry|Commission|Corps|Command|Forces|Services|Intelligence|Security|National|Policy)\b")

SPLIT_FROM_TO = re.compile(r"^(?:(?P<type>.*?)\s+(?:From|from|by|By)\s+)?(?P<from>.+?)\s+to\s+(?P<to>.+?)\.?$")


def persons(title: str, doc_type: str | None) -> tuple[list[Person], list[Person]]:
    """Senders and recipients named in a heading.

    >>> f, t = persons("Memorandum From the Assistant Secretary of State for Far Eastern Affairs (Parsons) "
    ...                "to Secretary of State Herter", "Memorandum")
    >>> (f[0].name, f[0].role, t[0].name, t[0].role)
    ('Parsons', 'Assistant Secretary of State for Far Eastern Affairs', 'Herter', 'Secretary of State')
    >>> [p.name for p in persons("Telegram From the Embassy in Poland to the Department of State", "Telegram")[0]]
    ['Embassy in Poland']
    >>> [p.name for p in persons("Mr. Fish to Mr. Motley.", None)[1]]
    ['Mr. Motley']
    """
    rest = title
    if doc_type and title.startswith(doc_type):
        rest = title[len(doc_type):].lstrip(" ,")
        m = re.match(r"^(?:From|from|by|By)\s+(?P<body>.*)$", rest)
        if not m:
            return [], []
        rest = m.group("body")
    # "X to Y" — split at the last " to " outside parentheses that is followed by a capital or "the"
    cut = _split_to(rest)
    if cut is None:
        if doc_type and re.match(r"^(?:by|By)\s", title[len(doc_type):].lstrip(" ,")):
            return [_person(rest)], []
        return ([_person(rest)], []) if doc_type else ([], [])
    sender, recipient = cut
    # 19th-century headings ("The Secretary of War to the Secretary of State.") name offices with
    # their article, as the edition tags them; later headings tag the office without it
    keep = doc_type is None and title.rstrip().endswith(".")
    return ([p for p in (_person(x, keep) for x in _split_and(sender)) if p],
            [p for p in (_person(x, keep) for x in _split_and(recipient)) if p])


# Offices and bodies whose name goes on with "to": `the Ambassador to the Soviet Union (Thompson)`,
# `the Mission to the United Nations`, `the Deputy to the Under Secretary`.
_OFFICE_BEFORE_TO = (r"\b(?:Deputy|Adviser|Advisor|Assistant|Counselor|Representative|Special Assistant|Ambassador|"
                     r"Ambassador-at-Large|Minister|Envoy|Emissary|Delegate|Delegation|Mission|Observer|Liaison Office|"
                     r"Commissioner|Chargé|Chargé d’Affaires|Consul|Consul General|Coordinator|Negotiator)$")


def _split_to(text: str) -> tuple[str, str] | None:
    depth = 0
    candidates = []
    for m in re.finditer(r"[()]| to (?=(?:the |President |Secretary |Mr\. |[A-Z]))", text):
        if m.group(0) == "(":
            depth += 1
        elif m.group(0) == ")":
            depth -= 1
        elif depth == 0:
            candidates.append(m)
    if not candidates:
        return None
    # "the Deputy to the Under Secretary" is part of a role: prefer a cut after a name in parentheses
    # or after a personal name, else the first candidate.
    for m in candidates:
        before = text[:m.start()]
        if before.endswith(")") or not re.search(_OFFICE_BEFORE_TO, before):
            return before.strip(" ,"), text[m.end():].strip(" .,")
    m = candidates[0]
    return text[:m.start()].strip(" ,"), text[m.end():].strip(" .,")


_POST = r"(?:Embassy|Consulate General|Consulate|Mission|Legation|Delegation|Interests Section|Liaison Office)"


def _split_and(text: str) -> list[str]:
    # "the President and the Secretary of State" — only split where both sides stand alone
    # (or before a personal name: "Paula Dobriansky and Jack Matlock of the National Security Council Staff")
    parts = re.split(r"\s+and\s+(?=the |President |Secretary |[A-Z][a-z]+ \(|[A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][a-z’'-]+ of )",
                     text)
    if len(parts) < 2 or any(len(p) < 3 for p in parts):
        return [text]
    # "the Embassy in Poland and the Mission in Berlin": posts are named one by one
    if all(re.match(rf"^(?:the\s+)?{_POST}\s+(?:in|at|to)\s", p) for p in parts):
        return parts
    # "the Bureau of Intelligence and Research (Cumming)" is one office: split only after a
    # closed parenthesis or a personal name
    if all(p.rstrip().endswith(")") or not _OFFICE_WORDS.search(p) for p in parts[:-1]):
        return parts
    return [text]


def _person(phrase: str, keep_article: bool = False) -> Person | None:
    phrase = phrase.strip(" ,.")
    if not keep_article:
        phrase = re.sub(r"^(?:the|The)\s+", "", phrase)
    if not phrase:
        return None
    if keep_article and "(" not in phrase:
        # a 19th-century heading names its persons as printed: `Prince Kung`, `Sir Edward Thornton`
        return Person(name=phrase, role=None)
    m = re.match(r"^(?P<role>.+?)\s*\((?P<name>[^()]+)\)$", phrase)
    if m:
        return Person(name=m.group("name").strip(), role=_clean_role(m.group("role")))
    # "Harold Saunders of the National Security Council Staff", "Carter B. Magruder, Deputy to …"
    m = re.match(rf"^(?:{_RANK}\s+|{_HONORIFIC}\s+)?(?P<name>(?:[A-Z][\w’'-]*\.?\s+){{1,3}}[A-Z][\w’'-]+(?:,? Jr\.|,? Sr\.|,? III?)?)"
                 r"(?:,\s+|\s+of\s+(?:the\s+)?)(?P<role>.+)$", phrase)
    if m and not _OFFICE_END.match(phrase) and not _OFFICE_WORDS.search(m.group("name")) \
            and not re.match(r"^(?:Embassy|Consulate|Department|Mission|Legation|Office|Bureau)", phrase):
        return Person(name=m.group("name").strip(" ,"), role=_clean_role(m.group("role")))
    m = _OFFICE_END.match(phrase)
    if m and not _OFFICE_WORDS.search(m.group("name")) and m.group("name") not in OFFICE_OBJECTS:
        return Person(name=m.group("name"), role=_clean_role(m.group("role")))
    # a bare name keeps its honorific, as printed ("Mr. Motley", "Sir Edward Thornton")
    return Person(name=phrase, role=None)


def _clean_role(role: str) -> str | None:
    role = re.sub(r"^(?:of\s+)?(?:the|The)\s+|^of\s+", "", role.strip(" ,"))
    return role or None
