"""People in a form's header values: names, the offices under them, and how a typed name is written."""
from __future__ import annotations

import re

from ...memo_vocabulary import (AGENCY_NAMES, CABLE_ADDRESSES, CABLE_INFO, CABLE_PRECEDENCE, NAME_TITLES, NOT_A_NAME,
                                OFFICE_ABBREVIATIONS, ROLE_WORDS)
from ...clean.wordlist import edit_distance
from ...models import Person
from ...vocabulary import INITIALISMS, MONTH_NAMES

# `(105-72630)`, `(RUC)`, `(P)`: file numbers and case-status codes after an office
# words that are never a whole name on their own line
NOT_NAME_WORDS = frozenset(("the", "a", "an", "of", "and", "for", "to", "from"))

FILE_REF = re.compile(r"\s*[({\[][\dA-Z\s./;,-]*\d[\dA-Z\s./;,-]*[)}\]]|\s*\((?:RUC|P|C|UC)\)|\s*\(\d[^)]*$")
# a telegram's number, date and time under its addressee (`1213, NOVEMBER 30, 3 P.M.`): the end of the value
DATE_LINE = re.compile(rf"\b{MONTH_NAMES}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{MONTH_NAMES}\b", re.I)


def display_name(text: str) -> str:
    """An all-capitals typed name in title case; initialisms and mixed case stay as written.

    >>> display_name("MR. BUNDY"), display_name("DIRECTOR OF CENTRAL INTELLIGENCE"), display_name("Mr. Rostow")
    ('Mr. Bundy', 'Director of Central Intelligence', 'Mr. Rostow')
    >>> display_name("CHIEF, FBI")
    'Chief, FBI'
    """
    if any(c.islower() for c in text):
        return text
    small = {"of", "the", "and", "for", "to", "in", "on", "at", "by"}

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        if w.upper() in INITIALISMS or (len(w) > 2 and not re.search(r"[AEIOUY]", w)):
            return w
        if w.lower() in small and m.start() > 0:
            return w.lower()
        return w[0] + w[1:].lower()

    return re.sub(r"[A-Z][A-Z'’]*", word, text)


def _clean_value(text: str) -> str:
    text = FILE_REF.sub("", text)
    text = re.sub(r"\s+", " ", text).strip(" .,:;•'\"-–—|_*#")
    return text


def _looks_like_role(line: str) -> bool:
    """An office: a line that opens with a role word (`Chief, Plans Group`, `Inspector General`), or a short
    one that ends with it (`Legislative Counsel`, `Case Officer`).

    >>> _looks_like_role("Legislative Counsel"), _looks_like_role("Inspector General"), _looks_like_role("John Warner")
    (True, True, False)
    """
    words = re.findall(r"[A-Za-z]+", line)
    return bool(words) and (words[0].lower() in ROLE_WORDS or (2 <= len(words) <= 3 and words[-1].lower() in ROLE_WORDS
                                                                and not _personal_name(line)))


def _looks_like_name(line: str) -> bool:
    """A typed name: a courtesy title, or two to four capitalised words or initials (`McCone`, `DeLoach`
    and `O'Brien` have a second capital).

    >>> _looks_like_name("John A. McCone"), _looks_like_name("Cartha DeLoach"), _looks_like_name("the attached")
    (True, True, False)
    """
    s = line.strip()
    if re.match(rf"^{NAME_TITLES}\s+[A-Z]", s):
        return True
    words = s.replace(",", " ").split()
    return 2 <= len(words) <= 4 and all(re.fullmatch(r"[A-Z][a-z'’-]+|[A-Z][a-z'’]{1,2}[A-Z][a-z'’-]+|(?:[A-Z]\.){1,3}"
                                                     r"|[A-Z][A-Z'’-]+", w) for w in words)


def _persons(values: list[str]) -> list[Person]:
    """People from a label's value lines: a name with the office under it, or one addressee a line."""
    lines = []
    # a margin stamp after `[` or `|`; the form's date column on the same line (`DIRECTOR, FBI   DATE: 3/13/68`)
    # an FBI office's file number closes its value: what follows stands in the form's next column
    for v in (_clean_value(re.split(r"\s[\[|{]|\s+DATE\s?[:;]|\s+DATE\s+\d|(?<=\d\))(?!\s?\((?:RUC|P|C|UC)\))\s.*"
                                    r"|(?:(?<=\(RUC\))|(?<=\(UC\))|(?<=\(P\))|(?<=\(C\)))\s.*",
                                    x, flags=re.I)[0]) for x in values):
        if not v or not re.search(r"[A-Za-z]{2}", v) or re.search(NOT_A_NAME, v, re.I) or v.lower() in NOT_NAME_WORDS:
            break  # a caption or stamp ends the value; an article alone (`THE` / `GERALD`) starts a stamp's phrase
        if lines and (DATE_LINE.search(v) or re.fullmatch(r"[a-z]{1,3}", v)):
            break  # a telegram's date line, or OCR specks (`iy`), under the name
        if lines and _scrawl(v):
            continue  # a stamp's number (`REC- 74`) or a hand's scrawl (`Jhw 7`) between the name and its office
        # a telegram's number after its addressee; a teletype's bare file number and page count
        # (`SAC, NEW ORLEANS 89-69`, `PHILADELPHIA 105-1234 2P`)
        v = re.sub(r"(?<=[A-Za-z])\s+\d{1,3}-\d{2,7}(?:\s+\d{1,2}\s?P)?$|(?<=[A-Za-z])\s+\d{1,2}\s?P$", "", v)
        lines.append(re.sub(r"(?<=[A-Za-z])\s+\d{2,6}$", "", v))
    if not lines:
        return []
    if len(lines) == 1 and lines[0].isupper() and (re.match(CABLE_PRECEDENCE, lines[0]) or re.search(CABLE_INFO, lines[0])):
        # a cable's addressees: `PRIORITY MEXICO CITY INFO WAVE` is Mexico City, with Wave for information;
        # the line may run on into the sender's CITE (`JMWAVE INFO MEXI CITE DIRECTOR 84512`)
        addressees = re.sub(r"\s+CITE\b.*$", "", re.sub(CABLE_PRECEDENCE, "", lines[0]))
        action, *info = re.split(CABLE_INFO, addressees)
        return [_cable_address(action, None)] + [_cable_address(x, "info") for x in info if x]
    if any(re.search(pat, lines[0], re.I) for pat, _ in AGENCY_NAMES):
        # an agency written out (`FEDERAL BUREAU OF INVESTIGATION`): no person's name, and no office under it
        return [_person(lines[0], None)] + [_person(x, None) for x in lines[1:] if _looks_like_name(x) or _looks_like_role(x)]
    if len(lines) > 1 and _person_line(lines[0]) and _looks_like_role(lines[1]) \
            and not any(_personal_name(x) for x in lines[2:]):
        return [_person(lines[0], ", ".join(lines[1:]))]  # a name, its office, the office's staff
    if len(lines) > 1 and _person_line(lines[0]) and all(_looks_like_role(x) or not _looks_like_name(x) for x in lines[1:]):
        return [_person(lines[0], ", ".join(lines[1:]))]
    return [_person(x, None) for x in lines]


def _cable_address(text: str, role: str | None) -> Person:
    """A cable address, its station code written out (`WAVE` -> `JMWAVE (Miami)`).

    >>> _cable_address("DIR", None), _cable_address("MEXICO CITY", "info")
    (Person(name='Director', role='DIR'), Person(name='Mexico City', role='info'))
    """
    code = text.strip(" .,")
    if code in CABLE_ADDRESSES:
        return Person(name=CABLE_ADDRESSES[code], role=code if role is None else f"{role} {code}")
    return Person(name=display_name(code), role=role)


def _scrawl(line: str) -> bool:
    """A line under a name that is no office: a number with at most short words beside it, as a routing
    stamp (`REC- 74`, `EX-103`) or handwriting read as letters (`Jhw 7`) leaves it, or no word of three letters.

    >>> [_scrawl(s) for s in ("REC- 74", "Jhw 7", "EX-103", "62-109060")]
    [True, True, True, True]
    >>> [_scrawl(s) for s in ("Chief, Plans and Review Group", "Room 4E 36", "DOD/MIAMI", "DCI", "$ hr ML")]
    [False, False, False, False, True]
    """
    words = re.findall(r"[A-Za-z]+", line)
    return (bool(re.search(r"\d", line)) and not any(len(w) >= 4 for w in words)) or not any(len(w) >= 3 for w in words)


def _person_line(line: str) -> bool:
    """A person's name that an office may follow, not an office itself (`Chief, Counter Intelligence Staff`
    is an addressee of its own, not a name with an office under it).

    >>> _person_line("H. Clark Schor"), _person_line("Chief, Counter Intelligence Staff")
    (True, False)
    """
    return _looks_like_name(line) and not _looks_like_role(line)


def _personal_name(line: str) -> bool:
    """A person's name rather than an office: a courtesy title or an initial (`Mr. Rostow`, `H. Clark Schor`).

    >>> _personal_name("H. Clark Schor"), _personal_name("Mr. Rostow"), _personal_name("Central Cover Staff")
    (True, True, False)

    The points of an initialism are no initial (`U.S. HOUSE OF REPRESENTATIVES`, `WASHINGTON, D.C. 20515`).

    >>> _personal_name("U.S. HOUSE OF REPRESENTATIVES"), _personal_name("Washington, D.C. 20505")
    (False, False)
    """
    return bool(re.match(rf"{NAME_TITLES}\s", line) or re.search(r"(?:^|\s)[A-Z]\.(?![A-Z]\.)", line))


def _person(name: str, role: str | None) -> Person:
    """A person; an office the catalogue writes short (`Deputy Director of Central Intelligence`)
    keeps its short form as the role (`DDCI`)."""
    if role is None:
        role = OFFICE_ABBREVIATIONS.get(re.sub(r"\s+", " ", name).lower().strip(" ,."))
    if role is None:
        # an agency written out inside a longer name, OCR-damaged (`MEDERAL BUREAU OP INVESTIGATIONS`)
        role = next((abbr for pat, abbr in AGENCY_NAMES if re.search(pat, name, re.I)), None)
    return Person(name=display_name(name), role=role)


# a routing list's line: one capitalised surname alone, OCR junk after it (`Belmont`, `Mohr -`, `Rosen 1`)
ROUTING_NAME = re.compile(r"^(?P<name>[A-Z][a-z]+(?:[A-Z][a-z]+)?)[\W\d_]{0,4}$")


def repair_from_routing_list(people: list[Person], lines: list[str]) -> list[Person]:
    """People whose surname OCR misread, put right from the page's routing list: an FBI memorandum
    prints its executives' surnames one a line (`Tolson`, `Belmont`, `Mohr`), so `Mr. Belmonte`, found
    nowhere else on the page, is `Mr. Belmont` when that is one letter away and nothing else is.

    >>> [p.name for p in repair_from_routing_list([Person(name="Mr. Belmonte", role=None)],
    ...                                           ["TO", "Mr. Belmonte,", "Tolson -", "Belmont", "Mohr -"])]
    ['Mr. Belmont']
    >>> [p.name for p in repair_from_routing_list([Person(name="Mr. Rosen", role=None)], ["Rosen", "Rosenn"])]
    ['Mr. Rosen']
    """
    routing = {m.group("name") for ln in lines if (m := ROUTING_NAME.match(ln.strip()))}
    if len(routing) < 3:
        return people  # no routing list on the page
    words = re.findall(r"[A-Za-z]+", " ".join(lines))
    out = []
    for p in people:
        m = re.search(r"([A-Z][a-z]{3,})\W*$", p.name)
        if m and m.group(1) not in routing and words.count(m.group(1)) <= 1:
            near = [r for r in routing if len(r) >= 4 and edit_distance(m.group(1), r) == 1]
            if len(near) == 1:
                p = Person(name=p.name[:m.start(1)] + near[0] + p.name[m.end(1):], role=p.role)
        out.append(p)
    return out
