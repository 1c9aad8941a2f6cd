"""The date a memorandum of conversation gives for the conversation it records.

Since the 1950s FRUS dates a memorandum of conversation by the conversation itself, and when the dateline
is missing the record's opening often says when the talk took place ("I called on President Chiang on the
afternoon of 29 December 1965"). Older memoranda "by" an officer are dated when written, often days after
the talk, so they are left alone.
"""
from __future__ import annotations

import re

from .dates import DayRange, parse_date

_MEMCON = re.compile(r"^Memorandum of (?:a )?Conversation\.?$", re.I)
# The sentence must be about the meeting itself, not about earlier events it recalls.
_MEETING = re.compile(r"\b(?:called on|calls? on|met with|met|meeting|conversation|talk(?:s|ed)?|luncheon|lunch|"
                      r"dinner|breakfast|interview|call)\b", re.I)
# How far into the body the account may start: the participants list comes first, then the talk.
_FIRST_BLOCKS = 2


def conversation_date(title: str | None, body: list[str]) -> DayRange | None:
    """The full date the first paragraphs of a memorandum of conversation give for the meeting.

    >>> conversation_date("Memorandum of Conversation",
    ...     ["1. I called on President Chiang Kai-shek on the afternoon of 29 December 1965."]).iso
    '1965-12-29'
    >>> conversation_date("Memorandum of Conversation, by the Acting Political Adviser in Japan (Sebald)",
    ...     ["In an informal conversation held on September 20, 1949 with General MacArthur ..."]) is None
    True
    >>> conversation_date("Memorandum of Conversation", ["The Treaty of May 6, 1950 was discussed."]) is None
    True
    """
    if not title or not _MEMCON.match(title.strip()):
        return None
    for text in body[:_FIRST_BLOCKS]:
        text = re.sub(r"^\(?[0-9a-z]{1,3}[.)]\s+", "", text)  # "1. I called on …"
        sentence = re.split(r"(?<=[.;])\s", text, maxsplit=1)[0]
        r = parse_date(sentence)
        if r and len(r.iso) == 10 and _MEETING.search(sentence):
            return r
    return None
