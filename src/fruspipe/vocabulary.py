"""Named data the rules read: document types, classification and handling words,
month names, repositories. Rules never spell these out themselves.
"""
from __future__ import annotations

import re

# --- document types -----------------------------------------------------------------
# Leading phrases of FRUS headings, matched longest first, followed by end, space or comma.
DOC_TYPES: tuple[str, ...] = (
    "Memorandum of Conversation",
    "Memorandum for the Record",
    "Memorandum on the Substance of Discussion",
    "Memorandum of Discussion",
    "Memorandum of Meeting",
    "Memorandum of Telephone Conversation",
    "Action Memorandum",
    "Information Memorandum",
    "Intelligence Memorandum",
    "Memorandum",
    "Circular Telegram",
    "Telegram",
    "Backchannel Message",
    "Message",
    "Circular Airgram",
    "Airgram",
    "Despatch",
    "Dispatch",
    "Instruction",
    "Letter",
    "Editorial Note",
    "Note",
    "Notes of a Meeting",
    "Notes of Meeting",
    "Notes of Conversation",
    "Minutes of Meeting",
    "Minutes of a Meeting",
    "Minutes of the",
    "Summary of Discussion",
    "Summary of Conversation",
    "Summary of Meeting",
    "Record of Meeting",
    "Record of Conversation",
    "Transcript of Telephone Conversation",
    "Transcript of a Telephone Conversation",
    "Transcript of Conversation",
    "National Intelligence Estimate",
    "Special National Intelligence Estimate",
    "National Security Council Report",
    "National Security Action Memorandum",
    "National Security Decision Memorandum",
    "National Security Study Memorandum",
    "National Security Decision Directive",
    "Presidential Directive",
    "Presidential Review Memorandum",
    "Intelligence Note",
    "Intelligence Report",
    "Intelligence Information Cable",
    "Paper Prepared",
    "Paper",
    "Report",
    "Study",
    "Briefing Paper",
    "Position Paper",
    "Talking Points",
    "Aide-Mémoire",
    "Diary Entry",
    "Oral Statement",
    "Statement",
    "Airtel",
)
# Headings that use a phrase above whose recorded type is shorter.
DOC_TYPE_CANONICAL = {
    "Minutes of the": None,  # "Minutes of the 123rd Meeting" is typed by its whole phrase: leave null
    "Paper Prepared": "Paper",
    "Dispatch": "Despatch",
}

# Opener markings of 19th-century volumes that tell the type when the heading does not.
OPENER_DOC_TYPES = {
    "telegram": "Telegram",
    "by cable": "Telegram",
    "by telegraph": "Telegram",
    "cablegram": "Telegram",
    "circular": None,
    "extract": None,
}

# Type words after the colon of an inline source note (`890.00/9–949: Airgram`).
SOURCE_NOTE_DOC_TYPES = ("Telegram", "Airgram", "Despatch", "Instruction", "Circular Telegram",
                         "Circular Airgram", "Memorandum", "Letter", "Note", "Circular")

# --- classification -------------------------------------------------------------------
CLASSIFICATION_LEVELS: tuple[str, ...] = (
    "Top Secret",
    "Secret",
    "Confidential",
    "Limited Official Use",
    "Official Use Only",
    "Restricted",
    "Unclassified",
    "No classification marking",
)

# Handling and precedence words that follow a classification (`Secret; Priority; Limdis.`).
HANDLING_WORDS: tuple[str, ...] = (
    "Priority", "Immediate", "Niact", "Flash", "Routine", "Operational Immediate",
    "Eyes Only", "Limit Distribution", "Limdis", "Nodis", "Exdis", "Noforn", "Sensitive",
    "Presidential Handling", "Exclusive Distribution", "No Distribution", "Personal",
    "Roger Channel", "Cherokee", "Via Cherokee Channels", "Specat", "Limited Distribution",
    "Eyes Only for", "Bypass", "Administratively Confidential", "Handle via", "Orcon",
    "Personal and Confidential", "Personal and Private", "Official–Informal",
)

# OCR confusions seen in typed markings: a letter may be read as a look-alike.
_CONFUSABLE = {
    "O": "[O0Q]", "I": "[I1l|]", "E": "[EF]", "C": "[CG(]", "S": "[S5$]", "T": "[T7]",
    "R": "[R]", "D": "[D0O]", "N": "[N]", "F": "[FE]", "L": "[L1I]", "A": "[A4]",
    "U": "[UV]", "P": "[P]", "Y": "[Y]",
}


def marking_pattern(phrase: str) -> str:
    """A regex that matches a typed marking despite letter spacing and look-alike letters.

    >>> bool(re.fullmatch(marking_pattern("Top Secret"), "T0P SECRFT"))
    True
    >>> bool(re.fullmatch(marking_pattern("Secret"), "S E C R E T"))
    True
    """
    words = []
    for word in phrase.upper().split():
        letters = [_CONFUSABLE.get(ch, re.escape(ch)) for ch in word]
        words.append(" ?".join(letters))
    return r"\s+".join(words)


# --- dates ----------------------------------------------------------------------------------
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
MONTH_ANY = rf"(?:{MONTH_NAMES}|{MONTH_ABBR})"

# --- repositories (the first element of a source-note citation) ----------------------------
REPOSITORIES: tuple[str, ...] = (
    "Department of State",
    "National Archives",
    "Washington National Records Center",
    "Truman Library",
    "Eisenhower Library",
    "Kennedy Library",
    "Johnson Library",
    "Nixon Library",
    "Ford Library",
    "Carter Library",
    "Reagan Library",
    "Bush Library",
    "Library of Congress",
    "Central Intelligence Agency",
    "National Security Council",
    "Department of Defense",
    "Naval Historical Center",
    "Hoover Institution",
    "Princeton University",
    "Yale University",
    "Columbia University",
)

# Initialisms that stay in capitals when an all-capitals name is put in title case.
INITIALISMS = frozenset("""CIA FBI NSA NSC JCS DCI DDCI DDP DDI USIA USIS US USA UN UK USSR GRC PRC ROC NATO SEATO
OSS AEC ICA AID USAF USN USMC HQ HQS WFO SAC ASAC LEGAT INR FE EUR NEA ARA SP S/P II III IV JR SR""".split())

# --- offices in headings ----------------------------------------------------------------------
# Titles that may stand before a surname (`Secretary of State Herter`, `General Secretary Brezhnev`).
OFFICE_TITLES: tuple[str, ...] = (
    "President", "Vice President", "President-elect", "Secretary", "Under Secretary", "Assistant Secretary",
    "Deputy Secretary", "Director", "Deputy Director", "Ambassador", "Minister", "Prime Minister",
    "Foreign Minister", "Defense Minister", "General Secretary", "Chairman", "Chancellor", "Premier",
    "Senator", "Representative", "Congressman", "Governor", "General", "Admiral", "Attorney General",
    "Counselor", "Commissioner", "King", "Queen", "Shah", "Emperor", "Pope", "Prince", "Sultan", "Emir",
    "Chargé", "Chargé d’Affaires", "Consul General", "Consul", "Mayor", "Chief Justice", "Judge",
)
# What an office is "of": `Secretary of State`, `Director of Central Intelligence`.
OFFICE_OBJECTS: tuple[str, ...] = (
    "State", "Defense", "War", "the Navy", "the Army", "the Air Force", "the Treasury", "Commerce",
    "Agriculture", "Labor", "the Interior", "Justice", "Energy", "Transportation", "Health", "Central Intelligence",
    "Staff", "the Joint Chiefs of Staff", "the Soviet Union", "the USSR", "Germany", "China", "Japan",
)
