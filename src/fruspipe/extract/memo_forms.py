"""Header fields of scanned forms read line by line: memoranda, airtels, teletypes, cables, letters.

Real OCR gives one text line per line and a whole page per block, with routing
slips and stamps above the document's own header. These rules read the lines
of the whole text, find the cluster of header labels (`MEMORANDUM FOR:`,
`FROM`, `TO`, `SUBJECT`, `Date:`) that best looks like the document's header,
and take each label's value from the same line or, when the form prints labels
and values in separate runs, from the lines that follow in order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..furniture import classify_line
from ..memo_vocabulary import (AGENCY_NAMES, CABLE_ADDRESSES, CABLE_SERIAL, COPY_STAMP, DOC_TYPE_CUES, DOCUMENT_YEARS, FBI_FIELD_OFFICE, FBI_HEADQUARTERS,
                               FBI_OFFICE_FILE, HEADER_LABELS, INFORMATION_REPORT, LATER_DOCUMENT_DAYS, NAME_TITLES,
                               NOT_A_NAME, NOT_DOCUMENT_DATE, OFFICE_ABBREVIATIONS, REPORT_HEADER_LINES, ROLE_WORDS,
                               SIGNATURE_FOLLOWS)
from ..models import Person
from ..segment.patterns import SALUTATION
from ..vocabulary import INITIALISMS, MONTH_ANY
from .dates import DayRange, _day_range, _month, parse_date

_LABELS = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in HEADER_LABELS), key=len, reverse=True))
# a label at the start of a line (after OCR junk such as `•`, `'`, `¡`), with `:`, `;`, `!` or `.` after it
LABEL_LINE = re.compile(rf"^[\W_]{{0,3}}(?P<label>{_LABELS})(?![\w/-])\s*(?P<colon>[:;!.=]|\s:)?\s*(?P<value>.*)$", re.I)
# `(105-72630)`, `(RUC)`, `(P)`: file numbers and case-status codes after an office
FILE_REF = re.compile(r"\s*[({\[][\dA-Z\s./-]*\d[\dA-Z\s./-]*[)}\]]|\s*\((?:RUC|P|C|UC)\)|\s*\(\d[^)]*$")
CITE = re.compile(r"(?:^|\s)(?:(?P<to>[A-Z]{3,8})\s+)?CITE\s*[:(]?\s*(?P<from>[A-Z][A-Z/]{1,20})\b")
DTG = re.compile(rf"\b(?P<d>[0-3]\d)[0-2]\d[0-5]\dZ\s+(?P<mon>{MONTH_ANY})\s+(?P<y>\d{{2}})\b", re.I)
# the same group with OCR's letters for digits (`ITISQDZ SEP 76` is 171500Z): I/l 1, T 7, S 5, O/Q/D 0, B 8
DTG_OCR = re.compile(rf"\b(?P<g>[0-3IlOQD][\dIlTSOQDB]{{5}})Z\s+(?P<mon>{MONTH_ANY})\s+(?P<y>\d{{2}})\b", re.I)
OCR_DIGITS = str.maketrans("IlTSOQDB", "11750008")
# an FBI decode of a cable names the cable's own date: `DECODE OF CODED CABLE NUMBER 529 DATED SEPTEMBER 12, 1957`
DECODE_DATED = re.compile(r"^[\W_]{0,3}DECODE\s+OF\b.{0,60}?\bDATED\s+(?P<v>.+)$", re.I)
# a typed date alone on its line: `24 January 1978`, `21 JAN 1978`, `September 25, 1998` (a stamp has no comma)
DATE_ONLY = re.compile(rf"^[\W_]{{0,3}}(?:\d{{1,2}}\s+{MONTH_ANY}\.?,?\s+\d{{4}}|{MONTH_ANY}\.?\s+\d{{1,2}},\s*\d{{4}})[\W_]{{0,3}}$", re.I)
# a date that opens a short line, with a time after it: `NOVEMBER 30, 1963, 4:13 P.M.`
DATE_LEADS = re.compile(rf"^[\W_]{{0,3}}(?:{MONTH_ANY}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH_ANY}\.?\s+\d{{4}})[,.]\s*\d{{1,2}}[:.]?\d{{0,2}}\s*[AP]\.?\s?M\b", re.I)
# a received or dated stamp alone on its line, its day's digits often spaced: `JAN 1 9 1978`
# (a 9 read as 3 makes `JAN 1 9 1378`; no other year fits those digits)
STAMP_DATE = re.compile(rf"^[\W_]{{0,3}}(?P<mon>{MONTH_ANY})\s+(?P<d>\d\s?\d?)\s+(?P<y>1[39][4-9]\d)$", re.I)
# a teletype's transmission line: `NR 003 WA PLAIN 4:01AM 12-14-73 JPS`, the time then the date
TELETYPE_SENT = re.compile(r"^\S.{0,30}?\b\d{1,2}[:.]\d{2}\s?[AP]\.?M\.?(?:\s+[A-Z]{3})?\s+(?P<m>\d{1,2})-(?P<d>\d{1,2})-(?P<y>\d{2})\b")
NUMBERED_PARA = re.compile(r"^\(?\d{1,2}[.)]\s+\S")
# a name's initials alone on their line, the surname on the next (`A.` / `Rosen`)
INITIALS_ONLY = re.compile(r"^(?:[A-Z]\.\s?){1,3}$")


@dataclass
class FormHeader:
    """What the header lines of a scanned form say."""

    to: list[Person] = field(default_factory=list)
    sender: list[Person] = field(default_factory=list)
    subject: str | None = None
    date: DayRange | None = None
    record: bool = False  # `MEMORANDUM FOR THE RECORD`


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


def text_lines(text: str) -> list[str]:
    """The lines of the text that are not page furniture, stripped; blank lines kept as ''."""
    return ["" if classify_line(ln) else ln.strip() for ln in text.split("\n")]


def _label(line: str) -> tuple[str, str] | None:
    """(field, value) of a header label line.

    >>> _label("MEMORANDUM FOR: Director of Security")
    ('to', 'Director of Security')
    >>> _label("FROM : H. Clark Schor"), _label("To:"), _label("From!")
    (('from', 'H. Clark Schor'), ('to', ''), ('from', ''))
    >>> _label("To be sure, conferences can become a bromide.") is None
    True
    """
    m = LABEL_LINE.match(line)
    if not m:
        return None
    label = re.sub(r"\s+", " ", m.group("label")).upper()
    word = m.group("label")
    value = m.group("value").strip().lstrip(":;.• ").strip()
    colon = bool(m.group("colon"))
    if not word.isupper() and not colon and value:
        return None  # "To be sure", "From the start": prose
    if label in ("TO", "FROM", "FM", "RE", "INFO", "ACTION", "VIA", "CC", "DATE", "DATED") and not colon and value:
        # uppercase label and value without a colon: only a short header line (`TO BERLIN`, `FROM SAC, MIAMI`)
        if len(line) > 60 or not value[:1].isupper() or label in ("RE", "INFO", "ACTION", "VIA", "DATE", "DATED"):
            return None
    if label in ("RE", "CC", "INFO", "ACTION", "VIA") and not colon:
        return None
    if label in ("FROM", "TO") and not colon and re.match(r"THE\s", value):
        return None  # `FROM THE GERALD R. FORD LIBRARY`: a copy stamp or a phrase, not a header
    if len(line) > 110:
        return None
    return HEADER_LABELS.get(label, label.lower()), value


def _sentence_case(line: str) -> bool:
    """A line of a sentence, not of a heading: five words or more, most of the longer ones in lower case.

    >>> _sentence_case("This memorandum identifies those Office of Security"), _sentence_case("Robert A. Maheu and Associates")
    (True, False)
    """
    words = re.findall(r"[^\W\d_]+", line)
    longer = [w for w in words if len(w) > 3]
    return len(words) >= 5 and bool(longer) and sum(w.islower() for w in longer) >= 0.5 * len(longer)


def _is_value_line(line: str) -> bool:
    return bool(line) and len(line) <= 80 and not NUMBERED_PARA.match(line) and _label(line) is None


def header_values(lines: list[str]) -> list[list[tuple[str, list[str], int]]]:
    """Runs of header labels with their values: [(field, value lines, line index)], one list per run.

    A label with its value on the same line takes it; labels printed without
    values take the following non-label lines in order; further lines go on
    the last value (an office under a name, a subject's second line).
    """
    runs: list[list[tuple[str, list[str], int]]] = []
    run: list[tuple[str, list[str], int]] = []
    pending: list[int] = []
    gap = 0
    carry = ""  # initials alone on their line (`A.`), the start of the next line's name
    colon_led = False  # the form prints its values after a colon (`: H. Clark Schor`)
    last = None  # the run index of the value taken last
    for i, ln in enumerate(lines):
        if carry and ln:
            ln, carry = f"{carry} {ln}", ""
        lab = _label(ln) if ln else None
        above = next((x for x in reversed(lines[max(0, i - 3):i]) if x), "")
        if lab and lab[0] == "from" and not lab[1] and re.search(COPY_STAMP, above):
            lab = None  # `PHOTOCOPY` / `FROM` / `THE GERALD R. FORD LIBRARY`: a stamp, not a sender
        if lab:
            fld, value = lab
            if fld == "to" and value.upper() == "THE" and i + 1 < len(lines) and lines[i + 1].upper().startswith("RECORD"):
                fld, value = "record", ""  # `MEMORANDUM FOR THE` / `RECORD` on two lines
            if fld == "subject" and re.fullmatch(r"\(?optional\)?", value, re.I):
                value = ""
            run.append((fld, [value] if value else [], i))
            if not value and fld != "record":
                pending.append(len(run) - 1)
            last = None
            gap = 0
            continue
        if not run:
            continue
        if pending and INITIALS_ONLY.match(ln) and i + 1 < len(lines) and _is_value_line(lines[i + 1]):
            carry = ln
            continue
        if _is_value_line(ln) and gap < 4:
            if pending and colon_led and last is not None and not ln.startswith(":") \
                    and run[last][0] in ("to", "from", "subject") and len(run[last][1]) < 3:
                run[last][1].append(ln)  # a line without the colon goes on with the value above it
            elif pending:
                k = pending.pop(0)
                run[k][1].append(ln)
                colon_led = colon_led or ln.startswith(":")
                last = k
            else:
                fld, vals, _ = run[-1]
                limit = 3 if fld in ("to", "from", "subject") else 1
                if fld == "subject" and (len(ln) > 55 or not re.match(r"[A-Z(\"“]", ln)
                                         or re.search(NOT_A_NAME, ln, re.I) or _sentence_case(ln)):
                    gap += 1  # prose or a caption after the subject line, not more of it
                elif len(vals) < limit and fld in ("to", "from", "subject", "ref"):
                    vals.append(ln)
                else:
                    gap += 1
            continue
        gap += 1
        if gap >= 4 or (ln and not _is_value_line(ln) and len(ln) > 80):
            runs.append(run)
            run, pending, gap, colon_led, last = [], [], 0, False, None
    if run:
        runs.append(run)
    return runs


def _plausible(fld: str, vals: list[str]) -> bool:
    """Whether a label's value can be what the label asks for (a routing slip's captions cannot)."""
    if fld == "record":
        return True
    if not vals:
        return False
    if fld in ("to", "from", "action"):
        return bool(_persons(vals))
    if fld == "date":
        return _date_value(" ".join(vals)) is not None
    if fld == "subject":
        return bool(re.search(r"[A-Za-z]{3}", " ".join(vals))) and not re.search(NOT_A_NAME, vals[0], re.I)
    return True


def _best_run(runs):
    """The run that names most of (to, from, subject, date) plausibly, a sender and an addressee
    counting double; the first of equals."""
    def score(run):
        fields = {"to" if f == "action" else f for f, vals, _ in run if _plausible(f, vals)}
        return len(fields & {"to", "from", "subject", "date", "record"}) + int({"to", "from"} <= fields)
    best = max(runs, key=score, default=None)
    return best if best and score(best) >= 2 else None


def _clean_value(text: str) -> str:
    text = FILE_REF.sub("", text)
    text = re.sub(r"\s+", " ", text).strip(" .,:;•'\"-–—|_*#")
    return text


def _looks_like_role(line: str) -> bool:
    words = re.findall(r"[A-Za-z]+", line)
    return bool(words) and words[0].lower() in ROLE_WORDS


def _looks_like_name(line: str) -> bool:
    s = line.strip()
    if re.match(rf"^{NAME_TITLES}\s+[A-Z]", s):
        return True
    words = s.replace(",", " ").split()
    return 2 <= len(words) <= 4 and all(re.fullmatch(r"[A-Z][a-z'’-]+|(?:[A-Z]\.){1,3}|[A-Z][A-Z'’-]+", w) for w in words)


def _persons(values: list[str]) -> list[Person]:
    """People from a label's value lines: a name with the office under it, or one addressee a line."""
    lines = []
    for v in (_clean_value(re.split(r"\s[\[|{]", x)[0]) for x in values):  # a margin stamp after `[` or `|`
        if not v or not re.search(r"[A-Za-z]{2}", v) or re.search(NOT_A_NAME, v, re.I):
            break  # a caption or stamp ends the value
        lines.append(v)
    if not lines:
        return []
    if len(lines) > 1 and _looks_like_name(lines[0]) and all(_looks_like_role(x) or not _looks_like_name(x) for x in lines[1:]):
        return [_person(lines[0], ", ".join(lines[1:]))]
    return [_person(x, None) for x in lines]


def _person(name: str, role: str | None) -> Person:
    """A person; an office the catalogue writes short (`Deputy Director of Central Intelligence`)
    keeps its short form as the role (`DDCI`)."""
    if role is None:
        role = OFFICE_ABBREVIATIONS.get(re.sub(r"\s+", " ", name).lower().strip(" ,."))
    if role is None:
        # an agency written out inside a longer name, OCR-damaged (`MEDERAL BUREAU OP INVESTIGATIONS`)
        role = next((abbr for pat, abbr in AGENCY_NAMES if re.search(pat, name, re.I)), None)
    return Person(name=display_name(name), role=role)


def read_form_header(lines: list[str]) -> FormHeader:
    """The document's header fields from its best run of header labels.

    >>> h = read_form_header(["SECRET", "MEMORANDUM FOR: Deputy Director", "FROM", ": H. Clark Schor",
    ...                       "Chief, Plans Group", "SUBJECT", ": House Select Committee Request", "",
    ...                       "1. This memorandum is in response to the request in paragraph 4."])
    >>> [p.name for p in h.to], [(p.name, p.role) for p in h.sender], h.subject
    (['Deputy Director'], [('H. Clark Schor', 'Chief, Plans Group')], 'House Select Committee Request')
    """
    out = FormHeader()
    runs = header_values(lines)
    run = _best_run(runs)
    if run is None:
        # no header run; a label with its value on its own line still counts (`TO RUEISSA SECRET SERVICE`),
        # one waiting for values below it may be a routing slip's caption and does not
        for fld, vals, i in (x for r in runs for x in r):
            same = _label(lines[i])
            named = same and (_looks_like_name(same[1]) or any(re.search(pat, same[1], re.I) for pat, _ in AGENCY_NAMES))
            if fld in ("to", "from") and named and not getattr(out, "to" if fld == "to" else "sender"):
                people = _persons([same[1]])
                if fld == "to":
                    out.to = people
                else:
                    out.sender = people
        return out
    # the best run first; a field it lacks may stand in another run (a cable's `FM CIA` below its `TO`,
    # a memorandum's `SUBJECT` below a garbled first header)
    for fld, vals, i in run + [x for r in runs if r is not run for x in r if x[0] in ("to", "from", "subject")]:
        if fld == "record":
            out.record = True
        elif fld == "to" and not out.to:
            out.to = _persons(vals)
        elif fld == "from" and not out.sender:
            out.sender = _persons(vals)
        elif fld == "subject" and out.subject is None and _plausible(fld, vals):
            subject = _clean_value(" ".join(vals))
            out.subject = subject if re.search(r"[A-Za-z]{3}", subject) else None
        elif fld == "date" and out.date is None:
            out.date = _date_value(" ".join(vals))
    if not out.to:
        # a State telegram's `ACTION: Secstate`; a memorandum for the record is addressed to the record
        action = next((vals for fld, vals, _ in run if fld == "action" and vals), None)
        out.to = _persons(action) if action else []
    if not out.to and out.record:
        out.to = [Person(name="the Record", role=None)]
    return out


def read_title(lines: list[str]) -> str | None:
    """A heading that names the document: `MEMORANDUM FOR THE RECORD OF SPECIAL GROUP MEETING OF` and its
    next line, when the heading runs on past the type words.

    >>> read_title(["178-10003-10001", "MEMORANDUM FOR THE RECORD OF SPECIAL GROUP MEETING OF", "20 SEPTEMBER 1962"])
    'MEMORANDUM FOR THE RECORD OF SPECIAL GROUP MEETING OF 20 SEPTEMBER 1962'
    """
    for i, ln in enumerate(lines[:80]):
        m = re.match(r"^MEMORANDUM\s+FOR\s+THE\s+RECORD\W+(?P<rest>\w.{8,})$", ln)
        if m:
            title = ln
            if ln.rstrip().endswith((" OF", " ON", " AND", " THE")) and i + 1 < len(lines) and _is_value_line(lines[i + 1]):
                title += " " + lines[i + 1]
            return _clean_value(title)
    return None


def _is_prose(line: str) -> bool:
    """A line of running text: six words or more, nearly all of them words, no label before a colon."""
    tokens = line.split()
    words = [t for t in tokens if re.fullmatch(r"[\"'(]?[^\W\d_][^\W\d_'’-]+[.,;:)\"'-]{0,2}", t)]
    return (len(line) >= 35 and len(tokens) >= 6 and len(words) >= 0.8 * len(tokens)
            and not re.match(r"^[^:]{0,15}:", line) and not re.search(NOT_A_NAME, line, re.I))


def read_opening_words(lines: list[str]) -> str | None:
    """An untitled cable's opening words, by which archives title it: its first numbered paragraph or
    first line of running text, to the end of the sentence, at most twelve words.

    >>> read_opening_words(["CITE DIR 92725", "RE: BRIN 5267 (IN 90848)", "1. AGREE WITH REF A.", "2. TEXT."])
    'AGREE WITH REF A'
    >>> read_opening_words(["SECRET", "FOR ALEXIS JOHNSON.", "MEXICAN AUTHORITIES HAVE INFORMED US THAT THE NICARAGUAN,"])
    'MEXICAN AUTHORITIES HAVE INFORMED US THAT THE NICARAGUAN'
    """
    for ln in lines:
        m = re.match(r"^1\.\s+(?P<text>[A-Za-z].{6,})$", ln)
        text = m.group("text") if m else (ln if _is_prose(ln) else None)
        if text:
            text = re.split(r"(?<=[a-z]{2}|[A-Z]{2})\.(?:\s|$)", text)[0]
            return _clean_value(" ".join(text.split()[:12])) or None
    return None


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
    """
    sender: list[Person] = []
    to: list[Person] = []
    office: list[Person] = []
    for ln in lines[:60]:
        if not to and re.search(FBI_HEADQUARTERS, ln):
            to = [Person(name="Director, FBI", role=None)]
        m = re.search(FBI_FIELD_OFFICE, ln)
        if not sender and m and not re.search(NOT_A_NAME, m.group("office")):
            head = m.group(0).split(",")[0].split()[0].upper().replace("BAC", "SAC")
            sender = [Person(name=f"{head}, {display_name(m.group('office'))}", role=None)]
        m = re.search(FBI_OFFICE_FILE, ln)
        if not office and m:
            office = [Person(name=display_name(re.sub(r"\s+", " ", m.group("office"))), role=None)]
    return sender or (office if to else []), to


def _date_value(text: str) -> DayRange | None:
    """A full date in a header value; OCR's `i971` is 1971 and junk glued before the day is cut off."""
    text = re.sub(r"\b[iIl](9\d\d)\b", r"1\1", text)
    text = re.sub(r"(?<=[A-Za-z])(?=\d{1,2}\s+[A-Za-z])", " ", text)
    text = re.sub(rf"\b{MONTH_ANY}", lambda m: m.group(0).capitalize(), text, flags=re.I)  # `NOVEMBER 30, 1963`
    r = parse_date(text, numeric=True)
    if r is None:
        m = re.search(r"\b(\d{1,2})-(\d{1,2})-(\d{2})\b", text)  # `9-23-69`
        if m:
            r = _day_range(1900 + int(m.group(3)), int(m.group(1)), int(m.group(2)), None, m.group(0))
    if r is None or len(r.iso) != 10 or not DOCUMENT_YEARS[0] <= int(r.iso[:4]) <= DOCUMENT_YEARS[1]:
        return None
    return r


def date_candidates(lines: list[str]) -> list[tuple[int, int, DayRange]]:
    """(tier, line, date) of every line that can give the document's date, lower tiers surer.

    Tier 0 a `Date:` label with the month written out; 1 a line that is only a
    date, or a cable's date-time group (`152017Z MAR 76`); 2 a `Date:` label with
    a numeric date; 3 a received stamp alone on its line (`JAN 1 9 1978`). Dates
    on release, review and classification stamps are not the document's.

    >>> [(t, i, r.iso) for t, i, r in date_candidates(["Date: 4/4/60", "AIRTEL", "MAR 3 1 1960"])]
    [(2, 0, '1960-04-04'), (3, 2, '1960-03-31')]
    >>> [(t, r.iso) for t, i, r in date_candidates(["FTB003 4:01AM 12-14-73 JPS", "JAN 1 9 1378"])]
    [(1, '1973-12-14'), (3, '1978-01-19')]
    """
    found: list[tuple[int, int, DayRange]] = []  # (tier, line, date)
    for i, ln in enumerate(lines):
        if not ln or re.search(NOT_DOCUMENT_DATE, ln, re.I):
            continue
        ln = re.sub(r"\b[iIl](9\d\d)\b", r"1\1", ln)
        m = re.search(r"(?:^|[\s)])(?:Date|DATE|Dated|DATED|Late)\s*[:.;]\s*(?P<v>.*)$", ln)
        if m:
            v = m.group("v").strip() or (lines[i + 1] if i + 1 < len(lines) else "")
            r = _date_value(v)
            if r:
                # a written month is the typist's; a numeric date may be a printout's or a stamp's
                found.append((0 if re.search(r"[A-Za-z]{3}", r.text) else 2, i, r))
                continue
        if (DATE_ONLY.match(ln) or DATE_LEADS.match(ln)) and len(ln) <= 40:
            r = _date_value(ln)
            if r:
                found.append((1, i, r))
                continue
        m = STAMP_DATE.match(ln)
        if m and _month(m.group("mon")):
            d = int(m.group("d").replace(" ", ""))
            r = _date_value(f"{m.group('mon')} {d}, 19{m.group('y')[2:]}")
            if r:
                found.append((3, i, r))
                continue
        m = TELETYPE_SENT.match(ln) if len(ln) <= 60 else None
        if m:
            r = _day_range(1900 + int(m.group("y")), int(m.group("m")), int(m.group("d")), None, m.group(0))
            if r:
                found.append((1, i, r))
                continue
        m = DTG.search(ln) or DTG_OCR.search(ln)
        if m and _month(m.group("mon")):
            day = int(m.group(0)[:2].translate(OCR_DIGITS))
            r = _day_range(1900 + int(m.group("y")), _month(m.group("mon")), day, None, m.group(0))
            if r:
                found.append((1, i, r))
                continue
        m = DECODE_DATED.match(ln)
        r = _date_value(m.group("v")) if m else None
        if r:
            found.append((1, i, r))
    return found


def read_date(lines: list[str]) -> DayRange | None:
    """The document's date, by the surest evidence (`date_candidates`), then the earliest line.

    >>> read_date(["DECLASSIFICATION AUTHORITY", "DATE 05-12-2023", "FBI", "Date:", "6/23/64"]).iso
    '1964-06-23'
    >>> read_date(["CONFIDENTIAL", "24 January 1978", "MEMORANDUM FOR: Chief"]).iso
    '1978-01-24'
    >>> read_date(["SECRET", "TOT: 190508Z JAN 96", "CIA 604607"]).iso
    '1996-01-19'
    >>> read_date(["APPROVED FOR RELEASE 1993", "On 9 October 1957 he called."]) is None
    True
    """
    found = date_candidates(lines)
    if not found:
        return None
    return min(found, key=lambda t: (t[0], t[1]))[2]


def _written_date(line: str) -> DayRange | None:
    """A full date with its month written out anywhere in a line (`(27 NOVEMBER 1963)`)."""
    if re.search(NOT_DOCUMENT_DATE, line, re.I):
        return None
    line = re.sub(rf"\b{MONTH_ANY}", lambda m: m.group(0).capitalize(), line, flags=re.I)
    r = parse_date(line)
    if r is None or len(r.iso) != 10 or not DOCUMENT_YEARS[0] <= int(r.iso[:4]) <= DOCUMENT_YEARS[1]:
        return None
    return r


def date_conflict(lines: list[str], date: DayRange) -> str | None:
    """Why the page does not support `date` as the document's date, or None when nothing speaks against it.

    * A received stamp earlier than the date: a paper is not received before it is written, so the
      date read is another one's (a later page's, a transmittal's).
    * In an intelligence information report, a later date in the report's header: the report is
      distributed after the information is acquired, so the date read is the date of the information.

    >>> date_conflict(["Date: 4/4/60", "AIRTEL", "MAR 3 1 1960"], read_date(["Date: 4/4/60"]))
    'a received stamp (MAR 3 1 1960, line 3) is earlier than the date read (1960-04-04)'
    >>> date_conflict(["INFORMATION REPORT", "25 NOVEMBER 1963", "THE HAGUE (27 NOVEMBER 1963)"],
    ...               read_date(["25 NOVEMBER 1963"]))
    'the information report names a later date (1963-11-27, line 3) than the date read (1963-11-25)'
    >>> date_conflict(["Date: May 2, 1949", "MAY 5 1949"], read_date(["Date: May 2, 1949"])) is None
    True
    """
    for tier, i, r in date_candidates(lines):
        if tier == 3 and r.iso < date.iso:
            return f"a received stamp ({lines[i].strip(' •')}, line {i + 1}) is earlier than the date read ({date.iso})"
    head = lines[:REPORT_HEADER_LINES]
    if any(re.search(INFORMATION_REPORT, ln) for ln in head):
        for i, ln in enumerate(head):
            r = _written_date(ln) if ln else None
            if r and r.iso > date.iso:
                return (f"the information report names a later date ({r.iso}, line {i + 1}) "
                        f"than the date read ({date.iso})")
    return None


def later_document_line(raw_lines: list[str], date: DayRange) -> int | None:
    """The first line of a later document filed in the same text: the line that starts the page
    (after an archive footer) holding a date line more than a year after `date`, or None.

    >>> later_document_line(["DATE: 16 December 1947", "Text.", "NW 65924 Docld:32399873 Page 4", "",
    ...                      "SECRET", "23 August 1978"], read_date(["DATE: 16 December 1947"]))
    3
    """
    from datetime import date as _date
    start = _date.fromisoformat(date.iso)
    kinds = [classify_line(ln) for ln in raw_lines]
    lines = ["" if k else ln.strip() for ln, k in zip(raw_lines, kinds)]
    for tier, i, r in date_candidates(lines):
        if tier > 1 or (_date.fromisoformat(r.iso) - start).days <= LATER_DOCUMENT_DAYS:
            continue
        page = next((j + 1 for j in range(i - 1, -1, -1) if kinds[j] == "archive-footer"), None)
        return page if page is not None else max(0, i - 3)
    return None


def read_doc_type(lines: list[str]) -> str | None:
    """The kind of document a page names: the first cue line (`MEMORANDUM`, `AIRTEL`, `Dear Mr. Chasen:`).

    >>> read_doc_type(["FD-36 (Rev. 12-13-56)", "Transmit the following in", "Via", "AIRTEL", "FBI"])
    'Airtel'
    >>> read_doc_type(["Select Committee", "Dear Mr. Chasen:", "In connection with"])
    'Letter'
    """
    for ln in lines:
        s = ln.strip(" .•'\"‘’*")
        if not s or len(s) > 60:
            continue
        for pat, kind in DOC_TYPE_CUES:
            if re.search(pat, s):
                return kind
    return None


def read_cable_people(lines: list[str]) -> tuple[list[Person], list[Person]]:
    """(sender, addressee) of a cable from its `CITE` line: `DIR CITE MEXI 2818`, `CITE DIR 92725`.

    >>> s, t = read_cable_people(["RYBAT", "DIR CITE MEXI 2818"]); s[0].name, t[0].name
    ('Mexico City', 'Director')
    """
    for i, ln in enumerate(lines):
        m = CITE.search(ln)
        if not m:
            continue
        code = m.group("from").split("/")[0]
        sender = [Person(name=CABLE_ADDRESSES.get(code, display_name(m.group("from"))), role=m.group("from"))]
        to = []
        # the addressee before CITE, on its line or alone on the line above (`DIRECTOR` / `CITE TRUJ 2724`)
        above = next((x.strip(" .,") for x in reversed(lines[max(0, i - 2):i]) if x), "")
        addressee = m.group("to") or (above if ln.lstrip().startswith("CITE") else None)
        if addressee and addressee in CABLE_ADDRESSES:
            to = [Person(name=CABLE_ADDRESSES[addressee], role=addressee)]
        return sender, to
    for ln in lines:
        # a later cable's serial line under its date-time group: `190508Z DIRECTOR 604606`
        m = re.match(CABLE_SERIAL, ln)
        if m and m.group("from") in CABLE_ADDRESSES:
            return [Person(name=CABLE_ADDRESSES[m.group("from")], role=m.group("from"))], []
    return [], []


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
    """
    to: list[Person] = []
    sender: list[Person] = []
    for i, ln in enumerate(lines):
        m = re.match(rf"^(?:My\s+)?Dear\s+(?P<name>(?:{NAME_TITLES}\s+)?[A-Z][\w.' -]{{1,40}})[:,]$", ln)
        if m and not to:
            for j in range(max(0, i - 8), i):
                a = re.sub(rf"^(?:The\s+Honorable|Honorable)\s+", "", lines[j])
                if _looks_like_name(lines[j]) or a != lines[j]:
                    role = lines[j + 1] if j + 1 < i and _looks_like_role(lines[j + 1]) else None
                    to = [Person(name=_clean_value(a), role=role)]
                    break
            if not to:
                to = [Person(name=_clean_value(m.group("name")), role=None)]
        if SALUTATION.match(ln[:1].upper() + ln[1:]) and to and not sender:
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
        ln = lines[i].strip()
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


def _office_line(line: str) -> bool:
    """An office as a signature prints it: a role word, then only capitalised words and connectors."""
    words = re.findall(r"[A-Za-z/]+", line)
    return (_looks_like_role(line) and len(line) <= 50 and not line.rstrip().endswith(",")
            and all(w[0].isupper() or w in ("of", "and", "for", "the", "to") for w in words))


def ocr_quality(text: str) -> float | None:
    """Share of the text's letter tokens (two letters or more) that are English words; None when too short.

    >>> ocr_quality("The committee met on Tuesday and agreed with the plan for the Congo. " * 2)
    1.0
    >>> ocr_quality("Menars Buries pad aligatric sareed with le plan for tae Congo lia Soulos corettioned " * 2)
    0.643
    """
    from ..clean.wordlist import is_word
    tokens = re.findall(r"[A-Za-z][a-z]+|[A-Z]{2,}", text)
    if len(tokens) < 20:
        return None
    return round(sum(1 for t in tokens if is_word(t)) / len(tokens), 3)
