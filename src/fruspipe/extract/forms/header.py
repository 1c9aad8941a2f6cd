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
from collections import Counter
from dataclasses import dataclass, field

from ...memo_vocabulary import (AGENCY_NAMES, CABLE_REFERENCE, COPY_STAMP, COPY_STAMP_AT_END, FBI_FIELD_OFFICE,
                                FBI_HEADQUARTERS, FORM_CAPTION, FORM_CAPTION_WITH_VALUE, NOT_A_NAME, OFFICE_FILE_NUMBER_END,
                                SUBJECT_BOX_CAPTION)
from ...models import Person
from ...vocabulary import MONTH_ANY
from ..dates import DayRange
from .dates import _date_value
from .lines import NUMBERED_PARA, _is_value_line, _label
from .names import _clean_value, _looks_like_name, _persons

# the first words of a sentence, not of a heading: a pronoun or article, then a word in lower case
# (`The attached`, `This memorandum`, `In response`)
SENTENCE_OPENING = re.compile(r"^(?:The|This|These|That|In|On|At|As|It|He|She|They|We|I|You|Your|Our|Attached)\s+[a-z]"
                              r"|^Re(?:\s+[A-Z]|\w{0,6}?(?:let|tel|airtel|teletype|memo)\b)")  # `ReMMlet`, `Reurlet 11/25`
# two typed labels with their values on one line (`TO: DIRECTOR FROM: MEXICO CITY`)
LABEL_PAIR = re.compile(r"^(?P<a>[\W_]{0,3}(?:TO|FROM|FM|SUBJECT|SUBJ|MEMORANDUM\s+FOR)\s?[:;]\s*\S.*?)\s+"
                        r"(?P<b>(?:FROM|TO|FM|INFO|DATE|SUBJECT|SUBJ|REF|CC)\s?[:;].*)$")
# a subject line that ends on a connector runs on to the next line, whatever its case (`Interview with X concerning`
# / `her contacts in Dallas`)
SUBJECT_RUNS_ON = r"\b(?:of|on|the|and|to|for|with|in|concerning|regarding|about|by|from|at|re)[,:]?$"
# the labels of boxes a form may leave empty (`INFO.` above `FROM`)
OPTIONAL_FIELDS = ("info", "cc", "attn", "through", "action", "ref")
# a dispatch's caption of the box under its subject
DISPATCH_CAPTION = re.compile(r"^[\W_]{0,3}ACTION\s+REQUIRED\b", re.I)
# a classification stamp typed or stamped into the subject's line: the subject ends before it
STAMP_IN_SUBJECT = re.compile(r"\s\W{0,2}\s*\b(?:REASON|CLASSIFIED\s+BY|DECLASSIFY|EXEMPT\s+FROM)\b.*$")

# the Bureau's routing stamp under a form's caption: its serial (`REC- 74`, `EX-103`), or its date alone on
# the line with the month in letters and the year in full (`DEC 16 1968`, `16 DEC 1968`)
ROUTING_STAMP = (rf"\b(?:REC|EX|REG)\s?-\s?\d|"
                 rf"^\W*(?:{MONTH_ANY}\s+\d\s?\d?|\d{{1,2}}\s+{MONTH_ANY})\s+\d{{4}}\W*$")

# this many labels of one field on a page without a header run make a list of documents (`MEMO FOR C/AS DTD ...`)
LIST_LABELS = 4

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


def _sentence_case(line: str) -> bool:
    """A line of a sentence, not of a heading: five words or more, most of the longer ones in lower case.

    >>> _sentence_case("This memorandum identifies those Office of Security"), _sentence_case("Robert A. Maheu and Associates")
    (True, False)
    """
    words = re.findall(r"[^\W\d_]+", line)
    longer = [w for w in words if len(w) > 3]
    return len(words) >= 5 and bool(longer) and sum(w.islower() for w in longer) >= 0.5 * len(longer)


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
    closed = False  # a caption stood since the last label: no more lines go on its value
    for i, ln in enumerate(lines):
        if carry and ln:
            ln, carry = f"{carry} {ln}", ""
        lab = _label(ln) if ln else None
        above = next((x for x in reversed(lines[max(0, i - 3):i]) if x), "")
        if lab and lab[0] == "from" and not lab[1] and (re.search(COPY_STAMP, above) or re.search(COPY_STAMP_AT_END, above)):
            lab = None  # `PHOTOCOPY` / `FROM` / `THE GERALD R. FORD LIBRARY`: a stamp, not a sender
        if lab:
            fld, value = lab
            if fld == "to" and value.upper() == "THE" and i + 1 < len(lines) and lines[i + 1].upper().startswith("RECORD"):
                fld, value = "record", ""  # `MEMORANDUM FOR THE` / `RECORD` on two lines
            if fld == "to" and re.fullmatch(r"(?:THE\s+)?RECORD\W*", value.upper()):
                fld, value = "record", ""  # `MEMORANDUM FOR RECORD`, the Army's form
            if fld == "subject" and re.fullmatch(r"\(?optional\)?", value, re.I):
                value = ""
            if fld == "subject" and re.match(CABLE_REFERENCE, value):
                fld = "ref"  # `RE: BRIN 5267 (IN 90848)`: the cable it answers, not its subject
            run.append((fld, [value] if value else [], i))
            nxt = next((x for x in lines[i + 1:i + 3] if x), "")
            if not value and fld in OPTIONAL_FIELDS and _label(nxt):
                pass  # `INFO.` / `FROM`: a form's optional box left empty takes none of the values below
            elif not value and fld != "record":
                pending.append(len(run) - 1)
            last = None
            gap = 0
            closed = False
            continue
        if not run:
            continue
        if re.match(SUBJECT_BOX_CAPTION, ln, re.I):
            continue  # `SUBJECT` / `(SPECIFIC)` / `Robert A. Maheu`: the box's caption, not its value
        if re.match(FORM_CAPTION, ln) or re.match(DISPATCH_CAPTION, ln) or re.match(FORM_CAPTION_WITH_VALUE, ln):
            gap += 1  # `FROM: DIRECTOR` / `CONF:` / `C/WH 4`: a caption ends the value above it
            closed, last = True, None
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
            elif closed:
                gap += 1
            elif run[-1][0] in ("to", "from") and run[-1][1] and re.search(OFFICE_FILE_NUMBER_END, run[-1][1][-1]):
                # `FROM: SAC, MIAMI (105-1598)` / `PEDRO LUIS DIAZ LANZ` / `IS - CUBA`: an FBI form's case caption
                if _caption_line(ln):
                    run.append(("caption", [ln], i))
                else:
                    gap += 1
                    closed = True
            elif run[-1][0] == "to" and re.search(FBI_HEADQUARTERS, " ".join(run[-1][1])) \
                    and (office := re.search(FBI_FIELD_OFFICE, ln)):
                # `TO: DIRECTOR, FBI` / `i SAC, WFO (P)`: the sender whose FROM label OCR lost
                run.append(("from", [ln[office.start():]], i))
                last = None
            elif run[-1][0] == "caption":
                if _caption_line(ln) and len(run[-1][1]) < 3:
                    run[-1][1].append(ln)
                else:
                    gap += 1
                    closed = True  # the caption ends at its first line of another kind
            else:
                fld, vals, _ = run[-1]
                limit = 3 if fld in ("to", "from", "subject") else 1
                runs_on = fld == "subject" and vals and re.search(SUBJECT_RUNS_ON, vals[-1]) and not NUMBERED_PARA.match(ln)
                if fld in ("to", "from", "subject") and vals and re.search(NOT_A_NAME, ln, re.I):
                    gap += 1  # a stamp's word (`RECEIVED`) under the value: what follows is the stamp's
                    closed = True
                elif fld == "subject" and ((_date_value(ln) is not None and len(ln) <= 25)
                                           or re.search(ROUTING_STAMP, ln, re.I)):
                    gap += 1  # a date alone (`MAR 3 1 1960`) or a routing stamp (`REC- 74 DEC 16 1968`) is no subject
                elif fld == "subject" and not runs_on and (len(ln) > 55 or not re.match(r"[A-Z(\"“]", ln)
                                         or _sentence_case(ln) or re.match(SENTENCE_OPENING, ln)):
                    gap += 1  # prose or a caption after the subject line, not more of it
                elif len(vals) < limit and fld in ("to", "from", "subject", "ref"):
                    vals.append(ln)
                else:
                    gap += 1
            continue
        gap += 1
        if gap >= 4 or (ln and not _is_value_line(ln) and len(ln) > 80):
            runs.append(run)
            run, pending, gap, colon_led, last, closed = [], [], 0, False, None, False
    if run:
        runs.append(run)
    return runs


def split_label_pairs(lines: list[str]) -> list[str]:
    """A cable's header line with two labels (`TO: DIRECTOR FROM: MEXICO CITY`) as two lines.

    >>> split_label_pairs(["TO: DIRECTOR FROM: MEXICO CITY", "Text to be sure: from the start."])
    ['TO: DIRECTOR', 'FROM: MEXICO CITY', 'Text to be sure: from the start.']
    >>> split_label_pairs(["FROM : SAC, DALLAS (100-1) TO: DIRECTOR, FBI DATE: 11/30/63"])
    ['FROM : SAC, DALLAS (100-1)', 'TO: DIRECTOR, FBI', 'DATE: 11/30/63']
    >>> split_label_pairs(["SUBJECT: Robert A. Maheu DATE: 3 December 1968"])
    ['SUBJECT: Robert A. Maheu', 'DATE: 3 December 1968']
    """
    out = []
    for ln in lines:
        while m := LABEL_PAIR.match(ln):
            out.append(m.group("a"))
            ln = m.group("b")
        out.append(ln)
    return out


def _caption_line(line: str) -> bool:
    """A line of an FBI case caption: typed in capitals, no stamp words.

    >>> _caption_line("IS - CUBA"), _caption_line("Re Bureau airtel dated 3/31/60."), _caption_line("PHOTOCOPY")
    (True, False, False)

    The Bureau's routing stamp, its serial and its date, is no line of the caption; a caption's own date is:

    >>> _caption_line("REC- 74 DEC 16 1968"), _caption_line("16 DEC 1968"), _caption_line("JOHN F. KENNEDY 11/22/63")
    (False, False, True)
    """
    return (bool(re.search(r"[A-Z]{2}", line)) and not any(c.islower() for c in line)
            and not re.search(NOT_A_NAME, line, re.I) and not re.search(ROUTING_STAMP, line, re.I))


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


def read_form_header(lines: list[str]) -> FormHeader:
    """The document's header fields from its best run of header labels.

    >>> h = read_form_header(["SECRET", "MEMORANDUM FOR: Deputy Director", "FROM", ": H. Clark Schor",
    ...                       "Chief, Plans Group", "SUBJECT", ": House Select Committee Request", "",
    ...                       "1. This memorandum is in response to the request in paragraph 4."])
    >>> [p.name for p in h.to], [(p.name, p.role) for p in h.sender], h.subject
    (['Deputy Director'], [('H. Clark Schor', 'Chief, Plans Group')], 'House Select Committee Request')
    """
    out = FormHeader()
    lines = split_label_pairs(lines)
    runs = header_values(lines)
    run = _best_run(runs)
    if run is None:
        # no header run; a label with its value on its own line still counts (`TO RUEISSA SECRET SERVICE`),
        # one waiting for values below it may be a routing slip's caption and does not; a page of many
        # `MEMO FOR` lines is a list of documents, not a document's header
        counts = Counter(fld for r in runs for fld, _, _ in r)
        for fld, vals, i in (x for r in runs for x in r if counts[x[0]] < LIST_LABELS):
            fld = "to" if fld == "action" else fld  # a State telegram's `ACTION: Amembassy MEXICO`
            same = _label(lines[i])
            value = re.sub(r"\s+\d{1,6}$", "", same[1]) if same else ""  # a telegram's number after the post
            named = same and (_looks_like_name(value) or any(re.search(pat, value, re.I) for pat, _ in AGENCY_NAMES))
            if fld in ("to", "from") and named and not getattr(out, "to" if fld == "to" else "sender"):
                people = _persons([same[1]])
                if fld == "to":
                    out.to = people
                else:
                    out.sender = people
            if fld == "subject" and out.subject is None and re.search(r"SUBJ\w*\s?:", lines[i], re.I) \
                    and _plausible(fld, vals[:1]) and not _sentence_case(vals[0]):
                # a typed `SUBJECT :` names the document in a cable or report as well; without the header run
                # around it, only its first line is surely the subject (a stamp's words may follow)
                out.subject = _clean_value(STAMP_IN_SUBJECT.sub("", vals[0])) or None
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
            # a classification stamp or a margin stamp after `|` / `[` on the subject's lines is no part of it
            subject = _clean_value(" ".join(re.split(r"\s[\[|{]", STAMP_IN_SUBJECT.sub("", v))[0] for v in vals))
            out.subject = subject if re.search(r"[A-Za-z]{3}", subject) else None
        elif fld == "date" and out.date is None:
            out.date = _date_value(" ".join(vals))
    if out.subject is None:
        # an FBI form's case caption under its FROM line stands for the subject it does not label
        caption = next((vals for fld, vals, _ in run if fld == "caption"), None)
        if caption:
            out.subject = _clean_value(" - ".join(x.strip(" ,.-") for x in caption)) or None
    if not out.to:
        # a State telegram's `ACTION: Secstate`; a memorandum for the record is addressed to the record
        action = next((vals for fld, vals, _ in run if fld == "action" and vals), None)
        out.to = _persons(action) if action else []
    if not out.to and out.record:
        out.to = [Person(name="the Record", role=None)]
    return out
