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
from ..memo_vocabulary import (CABLE_ADDRESSES, DOC_TYPE_CUES, DOCUMENT_YEARS, HEADER_LABELS, NAME_TITLES,
                               NOT_DOCUMENT_DATE, ROLE_WORDS)
from ..models import Person
from ..segment.patterns import SALUTATION
from ..vocabulary import MONTH_ANY
from .dates import DayRange, _day_range, _month, parse_date
from .memo import display_name

_LABELS = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in HEADER_LABELS), key=len, reverse=True))
# a label at the start of a line (after OCR junk such as `•`, `'`, `¡`), with `:`, `;`, `!` or `.` after it
LABEL_LINE = re.compile(rf"^[\W_]{{0,3}}(?P<label>{_LABELS})(?![\w/-])\s*(?P<colon>[:;!.]|\s:)?\s*(?P<value>.*)$", re.I)
# `(105-72630)`, `(RUC)`, `(P)`: file numbers and case-status codes after an office
FILE_REF = re.compile(r"\s*[({\[][\dA-Z\s./-]*\d[\dA-Z\s./-]*[)}\]]|\s*\((?:RUC|P|C|UC)\)|\s*\(\d[^)]*$")
CITE = re.compile(r"(?:^|\s)(?:(?P<to>[A-Z]{3,8})\s+)?CITE\s*[:(]?\s*(?P<from>[A-Z][A-Z/]{1,20})\b")
DTG = re.compile(rf"\b(?P<d>[0-3]\d)[0-2]\d[0-5]\dZ\s+(?P<mon>{MONTH_ANY})\s+(?P<y>\d{{2}})\b", re.I)
DATE_ONLY = re.compile(rf"^[\W_]{{0,3}}(?:\d{{1,2}}\s+{MONTH_ANY}\.?,?\s+\d{{4}}|{MONTH_ANY}\.?\s+\d{{1,2}},?\s+\d{{4}})[\W_]{{0,3}}$", re.I)
NUMBERED_PARA = re.compile(r"^\(?\d{1,2}[.)]\s+\S")


@dataclass
class FormHeader:
    """What the header lines of a scanned form say."""

    to: list[Person] = field(default_factory=list)
    sender: list[Person] = field(default_factory=list)
    subject: str | None = None
    date: DayRange | None = None
    record: bool = False  # `MEMORANDUM FOR THE RECORD`


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
    if len(line) > 110:
        return None
    return HEADER_LABELS.get(label, label.lower()), value


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
    for i, ln in enumerate(lines):
        lab = _label(ln) if ln else None
        if lab:
            fld, value = lab
            if fld == "subject" and re.fullmatch(r"\(?optional\)?", value, re.I):
                value = ""
            run.append((fld, [value] if value else [], i))
            if not value and fld != "record":
                pending.append(len(run) - 1)
            gap = 0
            continue
        if not run:
            continue
        if _is_value_line(ln) and gap < 4:
            if pending:
                k = pending.pop(0)
                run[k][1].append(ln)
            else:
                fld, vals, _ = run[-1]
                limit = 3 if fld in ("to", "from", "subject") else 1
                if len(vals) < limit and fld in ("to", "from", "subject", "ref"):
                    vals.append(ln)
                else:
                    gap += 1
            continue
        gap += 1
        if gap >= 4 or (ln and not _is_value_line(ln) and len(ln) > 80):
            runs.append(run)
            run, pending, gap = [], [], 0
    if run:
        runs.append(run)
    return runs


def _best_run(runs):
    """The run that names most of (to, from, subject, date); the first of equals."""
    def score(run):
        fields = {f for f, vals, _ in run if vals or f == "record"}
        return len(fields & {"to", "from", "subject", "date", "record"})
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
    return 2 <= len(words) <= 4 and all(re.fullmatch(r"[A-Z][a-z'’-]+|[A-Z]\.|[A-Z][A-Z'’-]+", w) for w in words)


def _persons(values: list[str]) -> list[Person]:
    """People from a label's value lines: a name with the office under it, or one addressee a line."""
    lines = [v for v in (_clean_value(x) for x in values) if v and re.search(r"[A-Za-z]{2}", v)]
    if not lines:
        return []
    if len(lines) > 1 and _looks_like_name(lines[0]) and all(_looks_like_role(x) or not _looks_like_name(x) for x in lines[1:]):
        return [Person(name=display_name(lines[0]), role=", ".join(lines[1:]))]
    return [Person(name=display_name(x), role=None) for x in lines]


def read_form_header(lines: list[str]) -> FormHeader:
    """The document's header fields from its best run of header labels.

    >>> h = read_form_header(["SECRET", "MEMORANDUM FOR: Deputy Director", "FROM", ": H. Clark Schor",
    ...                       "Chief, Plans Group", "SUBJECT", ": House Select Committee Request", "",
    ...                       "1. This memorandum is in response to the request in paragraph 4."])
    >>> [p.name for p in h.to], [(p.name, p.role) for p in h.sender], h.subject
    (['Deputy Director'], [('H. Clark Schor', 'Chief, Plans Group')], 'House Select Committee Request')
    """
    out = FormHeader()
    run = _best_run(header_values(lines))
    if run is None:
        return out
    for fld, vals, i in run:
        if fld == "record":
            out.record = True
        elif fld == "to" and not out.to:
            out.to = _persons(vals)
        elif fld == "from" and not out.sender:
            out.sender = _persons(vals)
        elif fld == "subject" and out.subject is None and vals:
            subject = _clean_value(" ".join(vals))
            out.subject = subject if re.search(r"[A-Za-z]{3}", subject) else None
        elif fld == "date" and out.date is None:
            out.date = _date_value(" ".join(vals))
    return out


def _date_value(text: str) -> DayRange | None:
    r = parse_date(text, numeric=True)
    if r is None:
        m = re.search(r"\b(\d{1,2})-(\d{1,2})-(\d{2})\b", text)  # `9-23-69`
        if m:
            r = _day_range(1900 + int(m.group(3)), int(m.group(1)), int(m.group(2)), None, m.group(0))
    if r is None or len(r.iso) != 10 or not DOCUMENT_YEARS[0] <= int(r.iso[:4]) <= DOCUMENT_YEARS[1]:
        return None
    return r


def read_date(lines: list[str]) -> DayRange | None:
    """The document's date: a `Date:` line, else a line that is only a date, else a cable's date-time group.

    Dates on release, review and classification stamps are not the document's.

    >>> read_date(["DECLASSIFICATION AUTHORITY", "DATE 05-12-2023", "FBI", "Date:", "6/23/64"]).iso
    '1964-06-23'
    >>> read_date(["CONFIDENTIAL", "24 January 1978", "MEMORANDUM FOR: Chief"]).iso
    '1978-01-24'
    >>> read_date(["SECRET", "TOT: 190508Z JAN 96", "CIA 604607"]).iso
    '1996-01-19'
    >>> read_date(["APPROVED FOR RELEASE 1993", "On 9 October 1957 he called."]) is None
    True
    """
    found: list[tuple[int, int, DayRange]] = []  # (tier, line, date)
    for i, ln in enumerate(lines):
        if not ln or re.search(NOT_DOCUMENT_DATE, ln, re.I):
            continue
        m = re.search(r"(?:^|[\s)])(?:Date|DATE|Dated|DATED|Late)\s*[:.;]\s*(?P<v>.*)$", ln)
        if m:
            v = m.group("v").strip() or (lines[i + 1] if i + 1 < len(lines) else "")
            r = _date_value(v)
            if r:
                found.append((0, i, r))
                continue
        if DATE_ONLY.match(ln) and len(ln) <= 30:
            r = _date_value(ln)
            if r:
                found.append((1, i, r))
                continue
        m = DTG.search(ln)
        if m and _month(m.group("mon")):
            r = _day_range(1900 + int(m.group("y")), _month(m.group("mon")), int(m.group("d")), None, m.group(0))
            if r:
                found.append((2, i, r))
    if not found:
        return None
    return min(found, key=lambda t: (t[0], t[1]))[2]


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
    for ln in lines:
        m = CITE.search(ln)
        if not m:
            continue
        code = m.group("from").split("/")[0]
        sender = [Person(name=CABLE_ADDRESSES.get(code, display_name(m.group("from"))), role=m.group("from"))]
        to = []
        if m.group("to") and m.group("to") in CABLE_ADDRESSES:
            to = [Person(name=CABLE_ADDRESSES[m.group("to")], role=m.group("to"))]
        return sender, to
    return [], []


def read_letter_people(lines: list[str]) -> tuple[list[Person], list[Person]]:
    """(sender, addressee) of a letter: `Dear Mr. Chasen:` and the inside address above it; the signature.

    >>> s, t = read_letter_people(["The Honorable Robert E. Chasen", "Commissioner", "Dear Mr. Chasen:", "Text.",
    ...                            "Sincerely,", "G. Robert Blakey", "Chief Counsel and Director"])
    >>> [(p.name, p.role) for p in t], [(p.name, p.role) for p in s]
    ([('Robert E. Chasen', 'Commissioner')], [('G. Robert Blakey', 'Chief Counsel and Director')])
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
        if SALUTATION.match(ln) and to:
            window = lines[i + 1:i + 6]
            for k, cand in enumerate(window):
                nxt = window[k + 1] if k + 1 < len(window) else ""
                if cand and _looks_like_name(cand) and _looks_like_role(nxt):
                    sender = [Person(name=cand, role=nxt)]
                    break
    return sender, to


def ocr_quality(text: str) -> float | None:
    """Share of the text's letter tokens (two letters or more) that are English words; None when too short.

    >>> ocr_quality("The committee met on Tuesday and agreed with the plan for the Congo. " * 2)
    1.0
    >>> ocr_quality("Menars Buries pad aligatric sareed with le plan for tae Congo lia Soulos corettioned " * 2) < 0.7
    True
    """
    from ..clean.wordlist import is_word
    tokens = re.findall(r"[A-Za-z][a-z]+|[A-Z]{2,}", text)
    if len(tokens) < 20:
        return None
    return round(sum(1 for t in tokens if is_word(t)) / len(tokens), 3)
