"""A cleaning rule: a named regular-expression substitution that can explain itself.

A rule is a pure `str -> str` function; `explain()` also returns the edits it
made, in the coordinates of its input, so the clean stage can log them with
offsets back to the source. Rules are written as a function from a match to
its replacement and turned into a `Rule` by the `rule` decorator:

    @rule(r"\\r\\n?")
    def normalise_newlines(m):
        "Windows and old Mac line ends become \\n."
        return "\\n"

A replacement equal to the matched text is no edit (a rule may look at a match
and decide to leave it), so counts and positions only show real changes.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .offsets import Edit


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    replace: Callable[[re.Match[str]], str]
    doc: str

    def explain(self, text: str) -> tuple[str, tuple[Edit, ...]]:
        """The cleaned text and the edits made (input coordinates)."""
        edits: list[Edit] = []
        out: list[str] = []
        last = 0
        for m in self.pattern.finditer(text):
            new = self.replace(m)
            if new == m.group(0):
                continue
            out.append(text[last:m.start()])
            out.append(new)
            last = m.end()
            edits.append(Edit(m.start(), m.end(), new))
        if not edits:
            return text, ()
        out.append(text[last:])
        return "".join(out), tuple(edits)

    def __call__(self, text: str) -> str:
        return self.explain(text)[0]


def rule(pattern: str, flags: int = 0) -> Callable[[Callable[[re.Match[str]], str]], Rule]:
    """Decorator: make a `Rule` named after the function from a pattern and a replacer."""

    def wrap(fn: Callable[[re.Match[str]], str]) -> Rule:
        return Rule(fn.__name__, re.compile(pattern, flags), fn, (fn.__doc__ or "").strip())

    return wrap
