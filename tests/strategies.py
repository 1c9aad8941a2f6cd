"""Hypothesis strategies that build realistic FRUS documents together with their expected structure.

Three shapes of input, as in `corpus/README.md`:

* `web_documents()` — a history.state.gov web copy: `319. Memorandum From … (Parsons) to …0`
  with the source note's marker (0 or 1, drawn as the "volume style") glued to the
  title, an optional dateline, an optional `SUBJECT` list, paragraphs with footnote
  markers glued to words (`word3`, `”2`, `(Tab A)4`), `[Page N]` markers inline or as
  blocks of their own, a signature, and the footnote list numbered from 1;
* `inline_note_documents()` — the older style: the central-file number line
  (`740.00119 FEAC/10–449: Telegram`) above an unnumbered title, opener markings as
  their own lines, every list item a footnote from marker 1;
* `ocr_memos()` — a scanned, typed memorandum: `~~SECRET~~` markings, `MEMORANDUM FOR`,
  `SUBJECT:`, numbered paragraphs, `- 2 -` page headers between pages, a
  declassification stamp table at the bottom of page 1, optionally hard-wrapped.

Each returns a `GeneratedDoc`: the text and what the segmenter should find in it.
`noisy_ocr_texts()` adds the OCR artifacts (confusions, dropped and doubled spaces,
end-of-line hyphenation, markdown) for properties that do not need the structure.
"""
from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field

from hypothesis import strategies as st

from fruspipe.clean.wordlist import is_word


@dataclass
class GeneratedDoc:
    """A generated document and its expected structure."""

    text: str
    kind: str  # "frus-web" | "archival-ocr"
    layout: str  # "frus" | "memo"
    number: str | None = None
    title: str | None = None  # without its marker
    paragraphs: list[str] = field(default_factory=list)  # `p` blocks, markers and page markers removed
    marked_paragraphs: list[str] = field(default_factory=list)  # the same with their footnote markers
    # footnotes in list order as (marker, text); a footnote-placed source note comes first
    footnotes: list[tuple[str, str]] = field(default_factory=list)
    source_note_marker: str | None = None  # "0"/"1" when the source note is a footnote
    inline_source_note: str | None = None
    page_breaks: list[str] = field(default_factory=list)  # page numbers in reading order
    furniture: int = 0
    subject: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    signed: str | None = None
    # printed characters that only carry layout and go into no block text
    # (heading number, list bullets and numbers, `SUBJECT` heads, memo labels)
    layout_tokens: list[str] = field(default_factory=list)


# ------------------------------------------------------------------------------ vocabulary

OFFICES = [
    ("Assistant Secretary of State for Far Eastern Affairs", "Parsons"),
    ("Assistant Secretary of State for European Affairs", "Kohler"),
    ("Director of the Policy Planning Staff", "Smith"),
    ("Under Secretary of State for Political Affairs", "Murphy"),
    ("Deputy Assistant Secretary of State for Far Eastern Affairs", "Berger"),
    ("Director of the Office of Northeast Asian Affairs", "Young"),
    ("President’s Special Assistant for National Security Affairs", "Bundy"),
    ("Joint Chiefs of Staff", "Wheeler"),
]
RECIPIENTS = ["Secretary of State Herter", "Secretary of State Rusk", "President Eisenhower", "President Johnson",
              "the Under Secretary of State (Dillon)", "the Consul General in Hong Kong (Rice)",
              "Secretary of Defense McNamara"]
POSTS = ["Japan", "the Soviet Union", "the Republic of China", "Korea", "France", "the United Kingdom", "Poland"]
CITIES = ["Washington", "Tokyo", "Taipei", "Moscow", "Paris", "London", "Seoul", "Nanking"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

# Sentences of the kind FRUS prints. No digit glued to a word, so the only markers are ours.
SENTENCES = [
    "While we in FE were most interested in S/P’s commentary (Tab A) addressed to you on this subject, we differ "
    "somewhat from the conclusion.",
    "The following comments are offered in continued support of the thesis that properly used we can gain great "
    "advantage from time to time.",
    "It appears to FE that S/P has slightly misconceived the concept of the “use of the USSR as a brake on Chinese "
    "Communist actions”.",
    "To be sure, certain appeals must be made in private to have any chance of success.",
    "It was a pity that this appeal broke publicly.",
    "However, I have not conceived of using the USSR as a brake mainly by appeals to the sense of reasonableness.",
    "In other words, I have thought of a two stage process whereby from time to time: 1) we hold the USSR publicly "
    "responsible and 2) in its own good time the Soviet Union reacts.",
    "The Ambassador said that the Japanese Government was meeting today to approve the 1953–1954 budget.",
    "This budget totals 940 billion yen but is likely to contain only 130 billion for defense.",
    "I informed Okazaki that the proposed reduction was likely to cause serious repercussions in the United States.",
    "The Secretary asked whether the Chinese Communists would accept such a proposal.",
    "Mr. Bevin said that the people who live near the Japanese are anxious about them.",
    "We all should give more attention and thought to Japan.",
    "General MacArthur said that the Embassy would be ready for immediate occupancy.",
    "The President agreed that we should not press the matter at this time.",
    "Ambassador Thompson reported that Khrushchev had been “in a very bad humor” on December 1, 1959.",
    "The Department concurs in the Embassy’s recommendation (Deptel 4521).",
    "I would agree with this only if we imputed responsibility to the Soviets publicly.",
    "We told Chiang Ching-kuo that we would be ready to consult more closely on policy matters.",
    "The State–Defense Working Group on the Ryukyus has met a number of times.",
    "Is it not better to state our program now?",
]

OCR_SENTENCES = [
    "One of the basic postulates of the Acheson memorandum -- repeated yesterday by Secretary Rusk -- is the "
    "notion that negotiations should not take place until the Berlin crisis becomes much more acute.",
    "In his present frame of mind, it is said, Mr. Khrushchev will not accept \"reasonable\" proposals.",
    "British readiness to negotiate is often contrasted with our firmness.",
    "I am somewhat uneasy to have refusal to negotiate become a test of firmness.",
    "But in any event, firmness should be related to the substance of our negotiation position.",
    "If we are clear about what we consider a reasonable settlement, we should state our program.",
    "Everybody knows what Khrushchev wants.",
    "Any other course will see us jockeyed into a position of refusing diplomatic solutions.",
    "To be sure, conferences can become a bromide.",
    "They do involve the danger of complacency.",
    "But whether this happens depends on our leadership.",
    "This is what happened under Eisenhower.",
    "I do not expect it to be too helpful, but it will be involved and we must have our position worked out.",
    "What if in response to our build-up Khrushchev asks for a conference?",
    "The mere fact that diplomats meet will be construed as a sign of relaxing tension.",
]
# the cut sentence at a page turn: the next page goes on in lower case
OCR_CUT = ("Preferably, these should", "relate to a general European settlement and not simply the Berlin issue.")

FOOTNOTES = [
    "Document 316.",
    "Not printed.",
    "Not found.",
    "See footnote 2 above.",
    "Printed from a copy that bears this typed signature.",
    "The tabs are not attached to the source text; Tab A is Document 316, Tab B is Document 308.",
    "Telegram 1934 from Moscow, December 3, is ibid., 611.61/12–359.",
    "Other portions of this memorandum are printed in vol. ix, pp. 88–91.",
    "Copy transmitted to the Department in despatch 664, September 23, from Tokyo, not printed.",
    "Rice replied in a December 13 letter to Berger that he had “some qualms” about this.",
]
CLASSIFICATIONS = ["Secret", "Confidential", "Top Secret", "Secret; Eyes Only", "Confidential; Priority",
                   "Official Use Only"]
FILE_NUMBERS = ["661.93/12–159", "611.94/1–2260", "793.00/11–2559", "794A.5622/3–1460", "740.00119 FEAC/10–449",
                "893.01/9–1749", "794C.0221/1–753", "740.0011 PW (Peace)/9–2349"]
PARTICIPANTS = ["The Secretary", "Ambassador Thompson", "Mr. Bevin", "Foreign Minister Kosaka",
                "Assistant Secretary Parsons", "Mr. Clappier"]
SIGNERS = ["Parsons", "J. Graham Parsons", "Christian A. Herter", "W. J. Sebald", "Samuel D. Berger", "Dean Rusk"]

# a marker may be glued after these characters (footnote markers never follow a bare number)
_GLUE_OK = re.compile(r"(?:[^\W\d_]|[.,;:!?)\]”’\"']|\b1[6-9]\d\d|\b20\d\d)$")


# ------------------------------------------------------------------------------ pieces


@st.composite
def dates(draw) -> str:
    return f"{draw(st.sampled_from(MONTHS))} {draw(st.integers(1, 28))}, {draw(st.integers(1946, 1976))}"


@st.composite
def titles(draw, *, dated: bool = False) -> str:
    """A document heading as FRUS prints it (without number and marker)."""
    office, name = draw(st.sampled_from(OFFICES))
    form = draw(st.integers(0, 4))
    if form == 0:
        t = f"Memorandum From the {office} ({name}) to {draw(st.sampled_from(RECIPIENTS))}"
    elif form == 1:
        t = f"Telegram From the Embassy in {draw(st.sampled_from(POSTS))} to the Department of State"
    elif form == 2:
        t = f"Telegram From the Department of State to the Embassy in {draw(st.sampled_from(POSTS))}"
    elif form == 3:
        t = f"Letter From the {office} ({name}) to {draw(st.sampled_from(RECIPIENTS))}"
    else:
        t = "Memorandum of Conversation"
    if dated:  # `Memorandum of Conversation, Washington, May 6, 1975`
        t += f", {draw(st.sampled_from(CITIES))}, {draw(dates())}"
    return t


class _Markers:
    """Hands out footnote markers in reading order and records their footnotes."""

    def __init__(self, first: int):
        self.next = first
        self.notes: list[tuple[str, str]] = []

    def take(self, note: str) -> str:
        n = str(self.next)
        self.next += 1
        self.notes.append((n, note))
        return n


class _Pages:
    def __init__(self, first: int):
        self.next = first
        self.seen: list[str] = []

    def take(self) -> str:
        n = str(self.next)
        self.next += 1
        self.seen.append(n)
        return n


@st.composite
def _paragraph(draw, markers: _Markers, pages: _Pages, *, max_markers: int = 3) -> tuple[str, str, str]:
    """(printed paragraph, expected text, text with markers): sentences with glued markers and inline `[Page N]`."""
    sentences = draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4, unique=True))
    words = " ".join(sentences).split(" ")
    printed, plain, marked = list(words), list(words), list(words)
    glue_at = draw(st.lists(st.integers(0, len(words) - 1), max_size=max_markers, unique=True))
    page_at = draw(st.one_of(st.none(), st.integers(1, len(words) - 1))) if len(words) > 1 else None
    for i in range(len(words)):
        if i == page_at:
            printed[i] = f"[Page {pages.take()}] " + printed[i]
        if i in glue_at and _GLUE_OK.search(words[i]):
            n = markers.take(draw(st.sampled_from(FOOTNOTES)))
            printed[i] += n
            marked[i] += n
    return " ".join(printed), " ".join(plain), " ".join(marked)


def _note_list(notes: list[str]) -> tuple[str, list[str]]:
    lines = [f"  {k}. {text}" for k, text in enumerate(notes, 1)]
    return "\n".join(lines), [f"{k}." for k in range(1, len(notes) + 1)]


# ------------------------------------------------------------------------------ web copies


@st.composite
def web_documents(draw, *, dated_titles: bool = True) -> GeneratedDoc:
    """A history.state.gov web copy with a numbered heading and the source note as footnote.

    `dated_titles` allows headings ending in a date (`…, May 6, 19750`): see the
    xfail in test_properties.py.
    """
    base = draw(st.sampled_from([0, 1]))  # 1958–63 volumes: marker 0; from 1964 on: marker 1
    number = str(draw(st.integers(1, 999)))
    title = draw(titles(dated=dated_titles and draw(st.booleans())))
    markers = _Markers(base + 1)
    pages = _Pages(draw(st.integers(2, 1400)))
    source = (f"Source: Department of State, Central Files, {draw(st.sampled_from(FILE_NUMBERS))}. "
              f"{draw(st.sampled_from(CLASSIFICATIONS))}. Drafted by {draw(st.sampled_from(OFFICES))[1]}.")
    doc = GeneratedDoc(text="", kind="frus-web", layout="frus", number=number, title=title,
                       source_note_marker=str(base))
    blocks = [f"{number}. {title}{base}"]
    doc.layout_tokens.append(f"{number}.")
    if draw(st.booleans()):
        blocks.append(f"{draw(st.sampled_from(CITIES))}, {draw(dates())}.")
    if draw(st.booleans()):
        blocks.append("SUBJECT")
        doc.layout_tokens.append("SUBJECT")
        items = []
        for text in draw(st.lists(st.sampled_from(["S/P Memorandum of November 17 entitled “The Tactic of "
                                                   "‘Partial Responsibility’”", "Status of our work on the "
                                                   "problem of the Ryukyus", "Chinese Communist Intentions",
                                                   "Negotiations"]), min_size=1, max_size=2, unique=True)):
            marker = markers.take(draw(st.sampled_from(FOOTNOTES))) if draw(st.booleans()) else ""
            items.append(f"  • {text}{marker}")
            doc.subject.append(text)
            doc.layout_tokens.append("•")
        blocks.append("\n".join(items))
    if title.startswith("Memorandum of Conversation") and draw(st.booleans()):
        blocks.append("PARTICIPANTS")
        doc.participants = draw(st.lists(st.sampled_from(PARTICIPANTS), min_size=1, max_size=4, unique=True))
        blocks.append("\n".join(f"  • {p}" for p in doc.participants))
        doc.layout_tokens.extend("•" * len(doc.participants))
    _add_paragraphs(draw, blocks, doc, markers, pages, most=5)
    if draw(st.booleans()):
        doc.signed = draw(st.sampled_from(SIGNERS))
        blocks.append(doc.signed)
    if draw(st.integers(0, 3)) == 0:  # a page turn after the signature, before the footnote list
        blocks.append(f"[Page {pages.take()}]")
    doc.footnotes = [(str(base), source)] + markers.notes
    note_list, tokens = _note_list([t for _, t in doc.footnotes])
    blocks.append(note_list)
    doc.layout_tokens.extend(tokens)
    doc.page_breaks = pages.seen
    doc.text = "\n\n".join(blocks)
    return doc


def _add_paragraphs(draw, blocks: list[str], doc: GeneratedDoc, markers, pages, most: int) -> None:
    """One to `most` paragraphs, some after a page marker of their own."""
    for _ in range(draw(st.integers(1, most))):
        if draw(st.integers(0, 4)) == 0:
            blocks.append(f"[Page {pages.take()}]")
        printed, plain, marked = draw(_paragraph(markers, pages))
        blocks.append(printed)
        doc.paragraphs.append(plain)
        doc.marked_paragraphs.append(marked)


@st.composite
def inline_note_documents(draw) -> GeneratedDoc:
    """Pre-1950 and 1952–54 style: the central-file number above the title, footnotes from marker 1.

    1949 volumes print no number; 1952–54 volumes a `No. 623` line above the title.
    Markings (`top secret`, `Extract`, `Secret` / `Priority`) stand on lines of their own.
    """
    file_no = draw(st.sampled_from(FILE_NUMBERS))
    doc_type = draw(st.sampled_from(["", ": Telegram", ": Airgram", ": Memorandum"]))
    office, name = draw(st.sampled_from(OFFICES))
    title = draw(st.sampled_from([f"The Ambassador in {draw(st.sampled_from(POSTS))} ({name}) to the Secretary of "
                                  "State", f"Memorandum of Conversation, by the {office} ({name})",
                                  "The Secretary of State to the Embassy in the United Kingdom"]))
    markers = _Markers(1)
    pages = _Pages(draw(st.integers(2, 1400)))
    number = str(draw(st.integers(1, 999))) if draw(st.booleans()) else None
    doc = GeneratedDoc(text="", kind="frus-web", layout="frus", title=title, number=number,
                       inline_source_note=file_no + doc_type)
    title_marker = markers.take(draw(st.sampled_from(FOOTNOTES))) if draw(st.booleans()) else ""
    blocks = [file_no + doc_type, (f"No. {number}\n" if number else "") + title + title_marker]
    if number:
        doc.layout_tokens.append(f"No. {number}")
    for opener in draw(st.lists(st.sampled_from(["top secret", "Extract", "[Telegram.]", "No. 665", "Secret\nPriority"]),
                                max_size=2, unique=True)):
        if opener == "Extract" and draw(st.booleans()):  # `Extract1`
            opener += markers.take(draw(st.sampled_from(FOOTNOTES)))
        blocks.append(opener)
    if draw(st.booleans()):
        blocks.append(f"{draw(st.sampled_from(CITIES))}, {draw(dates())}—{draw(st.sampled_from(['noon', '7 p.m.']))}.")
    _add_paragraphs(draw, blocks, doc, markers, pages, most=4)
    doc.signed = draw(st.sampled_from(SIGNERS))
    blocks.append(doc.signed)
    if markers.notes:
        note_list, tokens = _note_list([t for _, t in markers.notes])
        blocks.append(note_list)
        doc.layout_tokens.extend(tokens)
    doc.footnotes = markers.notes
    doc.page_breaks = pages.seen
    doc.text = "\n\n".join(blocks)
    return doc


# ------------------------------------------------------------------------------ OCR memos

STAMP = ("|                           |                           |\n"
         "|---------------------------|---------------------------|\n"
         "| DECLASSIFIED              |                           |\n"
         "| US ARCHIVIST (NLK-77-393) |                           |\n"
         "| By <u>mm</u>              | NARS, Date <u>3/11/83</u> |")


def _wrap(text: str, width: int, rnd=None, hyphen_rate: float = 0.0) -> str:
    """Hard-wrap a paragraph at the typewriter margin, hyphenating some long words at the line end.

    No line starts with something that reads as an item (`(a) to achieve`).
    """
    lines = textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False)
    out = [lines[0]]
    for ln in lines[1:]:
        if re.match(r"(?:[-•*]|\d{1,4}[.)]|[A-Za-z][.)]|\(\w{1,3}\)|[ivxIVX]{1,5}\.)\s", ln):
            out[-1] += " " + ln  # keep it on the line before (a slightly long line, as typists did)
        else:
            out.append(ln)
    if rnd is not None and hyphen_rate:
        for i in range(1, len(out)):
            word = out[i].split(" ", 1)[0]
            # only words the cleaner's word list knows: `joc-keyed` cannot be told from a compound
            if re.fullmatch(r"[a-z]{7,}", word) and is_word(word) and rnd.random() < hyphen_rate:
                k = rnd.randint(3, len(word) - 3)  # `negoti-` / `ations`
                out[i - 1] += f" {word[:k]}-"
                out[i] = word[k:] + out[i][len(word):]
    return "\n".join(out)


@st.composite
def ocr_memos(draw, *, wrap: bool | None = None, short_wraps: bool = True) -> GeneratedDoc:
    """A scanned typed memorandum as a PDF-to-markdown converter returns it (without OCR confusions).

    A hard-wrapped memo gets at least four wrapped line ends unless `short_wraps`: the
    cleaner trusts no margin below that, and the segmenter then splits a paragraph of
    long lines at each line (see the xfail in test_properties.py).
    """
    level = draw(st.sampled_from(["SECRET", "TOP SECRET", "CONFIDENTIAL", None]))
    # an unclassified single page typed without wraps cannot be told from a web copy: give it a page header
    n_pages = draw(st.integers(1 if level else 2, 3))
    wrap = draw(st.booleans()) if wrap is None else wrap
    width = draw(st.integers(62, 68))
    numbered = draw(st.booleans())
    doc = GeneratedDoc(text="", kind="archival-ocr", layout="memo")
    marking = f"~~{level}~~" if level else None
    head = []
    to = draw(st.sampled_from(["MR. BUNDY", "THE SECRETARY", "THE PRESIDENT", "THE RECORD"]))
    if to == "THE RECORD":
        head.append("MEMORANDUM FOR THE RECORD")
        doc.layout_tokens.append("MEMORANDUM FOR THE RECORD")
    else:
        head.append(f"MEMORANDUM FOR {to}")
        doc.layout_tokens.append("MEMORANDUM FOR")
    if draw(st.booleans()):
        head.append(f"FROM: {draw(st.sampled_from(['Henry A. Kissinger', 'W. W. Rostow', 'McGeorge Bundy']))}")
        doc.layout_tokens.append("FROM:")
    head.append(draw(dates()))
    subject = draw(st.sampled_from(["Negotiations", "Berlin", "Japanese Defense Budget", "The Ryukyus"]))
    head.append(f"SUBJECT: {subject}")  # a memo header field: a `subject` block without its label
    doc.layout_tokens.append("SUBJECT:")
    doc.subject.append(subject)

    # paragraphs per page; a page may end inside a paragraph that the next page goes on with
    pages: list[list[str]] = []
    k = 1
    for p in range(n_pages):
        paras = []
        for _ in range(draw(st.integers(1, 3))):
            text = " ".join(draw(st.lists(st.sampled_from(OCR_SENTENCES), min_size=1, max_size=4, unique=True)))
            paras.append(f"{k}. {text}" if numbered else text)
            k += 1
        pages.append(paras)
    if wrap and not short_wraps:
        inner = sum(len(textwrap.wrap(t, width=width)) - 1 for paras in pages for t in paras)
        if inner < 4:  # one more, long paragraph on the last page
            pages[-1].append((f"{k}. " if numbered else "") + " ".join(OCR_SENTENCES[:3]))
    cuts = [draw(st.booleans()) for _ in range(n_pages - 1)]
    for p, cut in enumerate(cuts):
        if cut:
            pages[p][-1] += " " + OCR_CUT[0]
            pages[p + 1].insert(0, OCR_CUT[1])

    rnd = draw(st.randoms(use_true_random=False))
    hyphen_rate = draw(st.sampled_from([0.0, 0.3]))
    lay = (lambda t: _wrap(t, width, rnd, hyphen_rate)) if wrap else (lambda t: t)
    blocks: list[str] = []
    for p, paras in enumerate(pages):
        if marking:
            blocks.append(marking)
            doc.furniture += 1
        if p == 0:
            blocks.extend(head)
        else:
            blocks.append(f"- {p + 1} -")
            doc.furniture += 1
            doc.page_breaks.append(str(p + 1))
        blocks.extend(lay(t) for t in paras)
        if p == n_pages - 1:
            doc.signed = draw(st.sampled_from(["Henry A. Kissinger", "W. W. Rostow", "McGeorge Bundy"]))
            blocks.append(doc.signed)
            if draw(st.booleans()):
                blocks.append(draw(st.sampled_from(["cc -- Mr. Rostow", "cc: Mr. Sorensen"])))
        if p == 0 and level:
            blocks.append(STAMP)
            doc.furniture += 1
        if marking:
            blocks.append(marking)
            doc.furniture += 1
    # expected paragraphs: a paragraph cut by a page turn is one paragraph
    flat: list[str] = []
    for p, paras in enumerate(pages):
        for i, t in enumerate(paras):
            if p > 0 and i == 0 and cuts[p - 1]:
                flat[-1] += " " + t
            else:
                flat.append(t)
    doc.paragraphs = flat
    doc.marked_paragraphs = list(flat)
    doc.text = "\n\n".join(blocks)
    return doc


# ------------------------------------------------------------------------------ OCR noise

_CONFUSIONS = [("m", "rn"), ("rn", "m"), ("l", "1"), ("O", "0"), ("I", "l")]


@st.composite
def noisy_ocr_texts(draw) -> str:
    """An OCR memo with the converter's and the scanner's noise: hard wraps with end-of-line
    hyphenation, look-alike letters, dropped and doubled spaces, markdown emphasis."""
    doc = draw(ocr_memos(wrap=True))
    text = doc.text
    chars = list(text)
    for _ in range(draw(st.integers(0, 12))):
        i = draw(st.integers(0, max(0, len(text) - 3)))
        old, new = draw(st.sampled_from(_CONFUSIONS))
        if text.startswith(old, i) and "|" not in text[max(0, i - 80):i + 80]:
            chars[i:i + len(old)] = [new] + [""] * (len(old) - 1)
    text = "".join(chars)
    for _ in range(draw(st.integers(0, 4))):
        spaces = [m.start() for m in re.finditer(r"(?<=[a-z]) (?=[a-z])", text)]
        if not spaces:
            break
        i = draw(st.sampled_from(spaces))
        text = text[:i] + draw(st.sampled_from(["", "  ", " "])) + text[i + 1:]
    for _ in range(draw(st.integers(0, 3))):  # hyphenate the last word of a wrapped line
        ends = [m.start(1) for m in re.finditer(r"([a-z]{6,})\n(?=[a-z])", text)]
        if not ends:
            break
        i = draw(st.sampled_from(ends))
        word = re.match(r"[a-z]+", text[i:]).group(0)
        cut = draw(st.integers(2, len(word) - 2))
        text = text[:i] + word[:cut] + "-\n" + word[cut:] + " " + text[i + len(word) + 1:]
    if draw(st.booleans()):
        text = text.replace("Khrushchev", "<u>Khrushchev</u>", 1)
    if draw(st.booleans()):
        text = text.replace("firmness", "**firmness**", 1)
    return text


# ------------------------------------------------------------------------------ any document

def documents() -> st.SearchStrategy[GeneratedDoc]:
    return st.one_of(web_documents(), inline_note_documents(), ocr_memos())
