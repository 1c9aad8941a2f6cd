"""Sender and addressee of a scanned form without usable header labels: a cable's `CITE` line, an FBI
form's office lines, a letter's salutation and signature, a memorandum's signature."""
from __future__ import annotations

import re

from ...memo_vocabulary import (AGENCY_NAMES, BUREAU_ADDRESSED, CABLE_ADDRESSES, CABLE_SERIAL, DECODE_SENT_AT,
                                FBI_FIELD_OFFICE, FBI_HEADQUARTERS, FBI_LETTERHEAD, FBI_LETTERHEAD_CAPTION,
                                FBI_LETTERHEAD_PLACE_LINES,
                                FBI_OFFICE_FILE, FBI_OFFICES, INFORMATION_REPORT, NAME_TITLES, NOT_A_NAME,
                                REPORT_HEADER_LINES, ROLE_WORDS, SIGNATURE_FOLLOWS)
from ...models import Person
from ...segment.patterns import SALUTATION
from .lines import NUMBERED_PARA, _is_prose, _label
from .names import _clean_value, _looks_like_name, _looks_like_role, _personal_name, display_name

# a salutation that names nobody (`Dear Sir:`, `Gentlemen:`): the inside address alone names the addressee
GENERIC_SALUTATION = r"(?:Sirs?|Madam|Sir\s+or\s+Madam|Colleague|Friend|Friends|Gentlemen)"

# a letter's close in any case (`Very truly yours,`, `SINCERELY,`, `sincerely,`)
LETTER_CLOSE = re.compile(SALUTATION.pattern, re.I)

# the lines between an FBI form's TO line and its FROM line
FBI_HEADER_LINES = 4

CITE = re.compile(r"(?:^|\s)(?:(?P<to>[A-Z]{3,8})\s+)?CITE\s*[:(]?\s*(?P<from>[A-Z][A-Z/]{1,20})\b")
# `CITE` alone on its line, the station and its serial on the next (`CITE` / `(TRUS 2724`)
CITE_ALONE = re.compile(r"^(?:(?P<to>[A-Z]{3,8})\s+)?CITE\W*$")
CITE_NEXT = re.compile(r"^[\W_]{0,2}(?P<from>[A-Z][A-Z/]{1,20})\s+\d{3,8}\b")
# the lines above a cable's `CITE` in which its addressee can stand alone (`DIRECTOR` / station / date / `IN 20362`)
CITE_ADDRESSEE_LINES = 6


def read_cable_people(lines: list[str]) -> tuple[list[Person], list[Person]]:
    """(sender, addressee) of a cable from its `CITE` line: `DIR CITE MEXI 2818`, `CITE DIR 92725`.

    >>> s, t = read_cable_people(["RYBAT", "DIR CITE MEXI 2818"]); s[0].name, t[0].name
    ('Mexico City', 'Director')
    >>> s, t = read_cable_people(["PRIORITY DIR INFO WAVE CITE MEXI 7024"]); t[0].name
    'Director'
    >>> s, t = read_cable_people(["SECRET 271930Z CITE MEXI 7024", "DIRECTOR INFO WAVE"]); t[0].name
    'Director'

    An incoming cable's copy may print `CITE` alone, the station and serial on the next line, and the
    addressee alone a few lines above, over the sending station's name and the date:

    >>> s, t = read_cable_people(["DIRECTOR", "CIUDAD TRUJILLO", "10 OCT 1957", "IN 20362", "CITE", "(TRUJ 2724"])
    >>> [(p.name, p.role) for p in s], [(p.name, p.role) for p in t]
    ([('Ciudad Trujillo', 'TRUJ')], [('Director', 'DIRECTOR')])
    """
    for i, ln in enumerate(lines):
        m = CITE.search(ln)
        if not m:
            alone = CITE_ALONE.match(ln.strip())
            nxt = next((x for x in lines[i + 1:i + 3] if x), "") if alone else ""
            m = CITE_NEXT.match(nxt) if alone else None
            if not m:
                continue
            to_code = alone.group("to")
        else:
            to_code = m.group("to")
            # `DIR INFO WAVE CITE MEXI 7024`: the action addressee stands before INFO, the word before CITE is
            # an information addressee
            words = ln[:m.start()].split() + ([to_code] if to_code else [])
            if "INFO" in words[1:] and words[words.index("INFO", 1) - 1] in CABLE_ADDRESSES:
                to_code = words[words.index("INFO", 1) - 1]
        code = m.group("from").split("/")[0]
        sender = [Person(name=CABLE_ADDRESSES.get(code, display_name(m.group("from"))), role=m.group("from"))]
        to = []
        # the addressee before CITE, on its line, or alone on a line above it (`DIRECTOR` / `CITE TRUJ 2724`;
        # `DIRECTOR` / `CIUDAD TRUJILLO` / date / `IN 20362` / `CITE`)
        addressee = to_code
        if not addressee and ln.lstrip().startswith("CITE"):
            above = [x.strip(" .,") for x in reversed(lines[max(0, i - CITE_ADDRESSEE_LINES):i]) if x]
            addressee = next((x for x in above if x in CABLE_ADDRESSES), None)
        if not addressee:
            # `SECRET 271930Z CITE MEXI 7024` / `DIRECTOR`: the addressee alone on the line under the CITE line
            below = re.split(r"\s+INFO\s+", next((x.strip(" .,") for x in lines[i + 1:i + 3] if x), ""))[0]
            if below in CABLE_ADDRESSES and CABLE_ADDRESSES[below] != CABLE_ADDRESSES.get(code):
                addressee = below
        if addressee and addressee in CABLE_ADDRESSES:
            to = [Person(name=CABLE_ADDRESSES[addressee], role=addressee)]
        return sender, to
    for ln in lines:
        # a later cable's serial line under its date-time group: `190508Z DIRECTOR 604606`
        m = re.match(CABLE_SERIAL, ln)
        if m and m.group("from") in CABLE_ADDRESSES:
            return [Person(name=CABLE_ADDRESSES[m.group("from")], role=m.group("from"))], []
    return [], []


def read_fbi_offices(lines: list[str]) -> tuple[list[Person], list[Person]]:
    """(sender, addressee) of an FBI airtel or Form 10 memorandum whose labels OCR has lost:
    `DIRECTOR, FBI (105-193849)` is the addressee, `SAC, MIAMI (97-518)` the sender.

    >>> s, t = read_fbi_offices(["he 7 DIRECTOR, FBI (105-193849) DATE:", "moi SAC, NEWARK (205-29165)"])
    >>> [(p.name, p.role) for p in s], [(p.name, p.role) for p in t]
    ([('SAC, Newark', None)], [('Director, FBI', None)])

    Without the `SAC,` an office with its file number is the sender, when the addressee is
    headquarters (`D-2uCTOR, FBI`: OCR damages the word, `, FBI` stays):

    >>> s, t = read_fbi_offices(["TO a D-2uCTOR, FBI (105-137428) DATE: 9-23-69", "moi cer, MEXICO (105-5161)"])
    >>> [p.name for p in s], [p.name for p in t]
    (['Mexico'], ['Director, FBI'])

    The form prints TO above FROM: a field office above the Bureau is the Bureau's addressee.

    >>> s, t = read_fbi_offices(["AIRTEL", "TO: SAC, MIAMI (105-1598)", "FROM DIRECTOR, FBI (105-72630)"])
    >>> [p.name for p in s], [p.name for p in t]
    (['Director, FBI'], ['SAC, Miami'])

    A field office whose TO line OCR lost writes to the Bureau: its copy list or its text says so.

    >>> s, t = read_fbi_offices(["rrom : SAC, SAN JUAN (105-12631) (RUC)", "Text.", "2 - Bureau (RM)", "1 - San Juan"])
    >>> [p.name for p in s], [p.name for p in t]
    (['SAC, San Juan'], ['Director, FBI'])

    The Bureau's decode of a cable from abroad: the legal attaché where it was sent, to the Bureau.

    >>> s, t = read_fbi_offices(["Cablegram", "DECODE OF CODED CABLE NUMBER 529 DATED SEPTEMBER 12, 1957,",
    ...                          "AT MEXICO CITY, MEXICO. RECEIVED VIA THE STATE DEPARTMENT"])
    >>> [p.name for p in s], [p.name for p in t]
    (['Legat, Mexico City'], ['Director, FBI'])
    """
    sender: list[Person] = []
    to: list[Person] = []
    office: list[Person] = []
    at_hq = at_office = None  # the lines of the Bureau and of the field office
    for i, ln in enumerate(lines[:60]):
        if not to and re.search(FBI_HEADQUARTERS, ln):
            to = [Person(name="Director, FBI", role=None)]
            at_hq = i
        m = re.search(FBI_FIELD_OFFICE, ln)
        if not sender and m and not re.search(NOT_A_NAME, m.group("office")):
            head = m.group(0).split(",")[0].split()[0].upper().replace("BAC", "SAC")
            sender = [Person(name=f"{head}, {display_name(m.group('office'))}", role=None)]
            at_office = i
        m = re.search(FBI_OFFICE_FILE, ln)
        if not office and m:
            office = [Person(name=display_name(re.sub(r"\s+", " ", m.group("office"))), role=None)]
        m = re.search(DECODE_SENT_AT, " ".join(lines[i:i + 2]))
        if not sender and m and ln.lstrip(" \t\"'(").upper().startswith("DECODE"):
            sender = [Person(name=f"Legat, {display_name(m.group('place'))}", role=None)]
            to = to or [Person(name="Director, FBI", role=None)]
        if not sender and not office and re.search(FBI_LETTERHEAD, ln, re.I):
            sender = _letterhead_office([re.sub(FBI_LETTERHEAD_CAPTION, "", x)
                                         for x in lines[i:i + 1 + FBI_LETTERHEAD_PLACE_LINES]])
    if sender and not to and any(re.search(BUREAU_ADDRESSED, ln) for ln in lines):
        to = [Person(name="Director, FBI", role=None)]
    if at_hq is not None and at_office is not None and 0 < at_hq - at_office <= FBI_HEADER_LINES:
        # the form prints TO above FROM: the office above the Bureau is the addressee (`SAC, MIAMI` /
        # `DIRECTOR, FBI`, the Bureau's airtel to a field office)
        return to, sender
    return sender or (office if to else []), to


def _letterhead_office(lines: list[str]) -> list[Person]:
    """The FBI office that wrote a letterhead memorandum, from the place line under the letterhead.

    >>> _letterhead_office(["File No.", "Dallas, Texas", "November 30, 1963"])
    [Person(name='Dallas', role='FBI')]
    >>> _letterhead_office(["File No.", "WASHINGTON 25, D. C.", "October 15, 1959"])
    [Person(name='Federal Bureau of Investigation', role='FBI')]
    >>> _letterhead_office(["File No.", "LEE HARVEY OSWALD"])
    []
    >>> _letterhead_office([re.sub(FBI_LETTERHEAD_CAPTION, "", x) for x in
    ...                     ["In Reply, Please Refer to San Juan, Puerto Rico", "File No. 105-12631 March 18, 1974"]])
    [Person(name='San Juan', role='FBI')]
    """
    for ln in lines:
        if re.match(r"^WASHINGTON\b(?:\s+\d{1,2})?,?\s+D\.?\s?[CG]\b", ln, re.I):
            return [Person(name="Federal Bureau of Investigation", role="FBI")]
        m = re.match(r"^(?P<office>[A-Za-z. ]{3,20}?),\s+[A-Z][A-Za-z. ]{1,20}$", ln)
        if m and m.group("office").upper() in FBI_OFFICES:
            return [Person(name=display_name(m.group("office").upper()), role="FBI")]
    return []


def read_letter_people(lines: list[str]) -> tuple[list[Person], list[Person]]:
    """(sender, addressee) of a letter: `Dear Mr. Chasen:` and the inside address above it; the signature.

    >>> s, t = read_letter_people(["The Honorable Robert E. Chasen", "Commissioner", "Dear Mr. Chasen:", "Text.",
    ...                            "Sincerely,", "G. Robert Blakey", "Chief Counsel and Director"])
    >>> [(p.name, p.role) for p in t], [(p.name, p.role) for p in s]
    ([('Robert E. Chasen', 'Commissioner')], [('G. Robert Blakey', 'Chief Counsel and Director')])
    >>> s, t = read_letter_people(["Mr. Paul Bell", "Dear Mr. Bell:", "Text.", "sincerely,", "2. Nolet Bleaks",
    ...                            "GRB : jSC", "G. Robert Blakey", "CC: Mr. Stutman", "Chief Counsel and Director"])
    >>> [(p.name, p.role) for p in s]
    [('G. Robert Blakey', 'Chief Counsel and Director')]
    >>> s, t = read_letter_people(["Dear Mr. McCone:", "Text.", "Very truly yours,", "John Edgar Hoover", "Director"])
    >>> [(p.name, p.role) for p in s]
    [('John Edgar Hoover', 'Director')]
    >>> s, t = read_letter_people(["Dear Sir;", "Text.", "Sincerely,", "John Edgar Hoover"]); [p.name for p in s], t
    (['John Edgar Hoover'], [])
    >>> s, t = read_letter_people(["Doar Mr. Colby", "Text.", "Sincerely,", "Frank Church"]); t[0].name, s[0].name
    ('Mr. Colby', 'Frank Church')
    """
    to: list[Person] = []
    sender: list[Person] = []
    salutation = False
    for i, ln in enumerate(lines):
        m = re.match(rf"^(?:(?:My\s+)?Dear\s+(?P<name>(?:{NAME_TITLES}\s+)?[A-Z][\w.' -]{{1,40}})|Gentlemen)\s?[:;,]$", ln) \
            or re.match(rf"^(?:My\s+)?D[eo]ar\s+(?P<name>{NAME_TITLES}\s+[A-Z][\w'-]{{1,30}})\W?$", ln)  # OCR lost the colon
        if m and not salutation:
            salutation = True
            # the inside address: a person's name (`The Honorable`, `Mr.`, an initial) first, else a name-like line
            # that is no agency (the letterhead's `CENTRAL INTELLIGENCE AGENCY` stands above it too)
            above = range(max(0, i - 8), i)
            j = next((j for j in above if re.match(r"(?:The\s+)?Honorable\s", lines[j]) or
                      (_looks_like_name(lines[j]) and _personal_name(lines[j]))), None)
            if j is None:
                j = next((j for j in above if _looks_like_name(lines[j])
                          and not any(re.search(pat, lines[j], re.I) for pat, _ in AGENCY_NAMES)), None)
            if j is not None:
                a = re.sub(r"^(?:The\s+Honorable|Honorable)\s+", "", lines[j])
                role = lines[j + 1] if j + 1 < i and _looks_like_role(lines[j + 1]) else None
                to = [Person(name=_clean_value(a), role=role)]
            if not to and m.group("name") and not re.fullmatch(GENERIC_SALUTATION, m.group("name").strip(), re.I):
                to = [Person(name=_clean_value(m.group("name")), role=None)]
        if LETTER_CLOSE.match(ln) and salutation and not sender:
            # the first name under the close, the office under it within the next lines (a typist's
            # reference `GRB:jsc` or a `CC:` line may stand between)
            window = lines[i + 1:i + 6]
            for k, cand in enumerate(window):
                if cand and _looks_like_name(cand):
                    role = next((x for x in window[k + 1:k + 4] if _looks_like_role(x)), None)
                    sender = [Person(name=cand, role=role.rstrip(" -") if role else None)]
                    break
    return sender, to


def read_memo_signature(lines: list[str]) -> list[Person]:
    """The signer of a memorandum without a FROM line: a name over its office (`S.D. Breckinridge` /
    `Distribution:`), or an office alone (`Chief, Central Cover Staff`), below the first paragraph.

    >>> [(p.name, p.role) for p in read_memo_signature(["1. The file was reviewed in full this week.", "Howard Osborn",
    ...                                                  "Director of Security", "PHOTOCOPY"])]
    [('Howard Osborn', 'Director of Security')]
    >>> [(p.name, p.role) for p in read_memo_signature(["SUBJECT: Cover", "1. Further review of our files shows it.",
    ...                                                  "S.D. Breckinridge", "Distribution:"])]
    [('S.D. Breckinridge', None)]
    """
    body = next((i for i, ln in enumerate(lines) if _is_prose(ln) or NUMBERED_PARA.match(ln)), None)
    if body is None:
        return []
    for i in range(body + 1, len(lines)):
        ln = re.sub(SIGNED_MARK, "", lines[i].strip())  # a copy's typed `/s/` or `(Signed)` before the name
        if not ln or len(ln) > 50 or _label(ln):
            continue
        nxt = next((x.strip() for x in lines[i + 1:i + 3] if x.strip()), "")
        if _looks_like_name(ln) and not _looks_like_role(ln) and not re.search(NOT_A_NAME, ln, re.I):
            if _office_line(nxt):
                return [Person(name=ln, role=nxt)]
            if re.match(SIGNATURE_FOLLOWS, nxt, re.I):
                return [Person(name=ln, role=None)]
        elif _office_line(ln) and re.match(SIGNATURE_FOLLOWS, nxt, re.I):
            return [Person(name=ln, role=None)]
    return []


# the mark a copy types where the original was signed
SIGNED_MARK = r"^(?:/s/|\(Signed\)|\(S\)|S/)\s*"
# an office written short, as CIA signatures and routing print it: `C/WH/3`, `DC/CI`, `CI/Liaison`, `WH/SA/CI`
OFFICE_DESIGNATOR = r"(?:[A-Z]{1,4}/)+(?:[A-Z0-9]{1,5}|[A-Z][a-z]{2,12})"


def _office_line(line: str) -> bool:
    """An office as a signature prints it: a role word, then only capitalised words and connectors; or an
    office designator (`C/WH/3`).

    >>> _office_line("Chief, Central Cover Staff"), _office_line("C/WH/3"), _office_line("CI/Liaison")
    (True, True, True)
    >>> _office_line("DECLASSIFIED"), _office_line("RYBAT/GPFLOOR"), _office_line("Liaison Officer")
    (False, False, True)"""
    if re.fullmatch(OFFICE_DESIGNATOR, line.strip()):
        return True  # a CIA office written short under the signer's name: `C/WH/3`, `CI/Liaison`, `DC/CI`
    words = re.findall(r"[A-Za-z/]+", line)
    ends_in_role = 2 <= len(words) <= 4 and words[-1].lower() in ROLE_WORDS  # `Liaison Officer`, `Case Officer`
    return ((_looks_like_role(line) or ends_in_role) and len(line) <= 50 and not line.rstrip().endswith(",")
            and all(w[0].isupper() or w in ("of", "and", "for", "the", "to") for w in words))


def read_report_origin(lines: list[str]) -> tuple[list[Person], list[Person]]:
    """(sender, no addressee) of an intelligence information report: the agency whose name heads the page,
    when the header prints a report's captions (`DATE DISTR.`, `DATE ACQ.`, `FIELD REPORT NO.`). Such a
    report is addressed to no one; it is disseminated.

    >>> s, t = read_report_origin(["CENTRAL INTELLIGENCE AGENCY", "INFORMATION REPORT", "COUNTRY El Salvador",
    ...                            "SUBJECT Travel of Students DATE DISTR. 16 September 1959"])
    >>> [(p.name, p.role) for p in s], t
    ([('Central Intelligence Agency', 'CIA')], [])

    An agency's name over a telegram or a letter names the form's printer or the letterhead, not a report's origin:

    >>> read_report_origin(["Department of State", "INCOMING TELEGRAM", "FROM: Mexico City"])
    ([], [])
    """
    head = [ln for ln in lines[:REPORT_HEADER_LINES] if ln]
    if not any(re.search(INFORMATION_REPORT, ln, re.I) for ln in head):
        return [], []
    for ln in head[:5]:
        for pat, abbr in AGENCY_NAMES:
            m = re.search(pat, ln, re.I)
            if m and len(ln) <= len(m.group(0)) + 6:  # the agency alone on its line, a heading
                return [Person(name=display_name(m.group(0).upper()), role=abbr)], []
    return [], []
