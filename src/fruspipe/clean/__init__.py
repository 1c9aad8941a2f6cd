"""Stage 2 — clean: run the named rules in order, log what each changed.

The rule lists are declared here, once, in the order they run. A rule that
changes nothing leaves no step. Rules are run until nothing changes (at most a
few rounds), so cleaning is idempotent: clean(clean(x)) == clean(x).
"""
from __future__ import annotations

from ..document import Cleaned, Ingested
from ..models import CleaningStep
from ..options import Options
from . import dashes, ocr_rules, rules
from .detect import detect_kind
from .offsets import OffsetMap
from .rule import Rule

COMMON_RULES: tuple[Rule, ...] = (
    rules.strip_forbidden_controls,
    rules.repair_mojibake,
    rules.strip_trailing_spaces,
    rules.strip_leading_blank_lines,
)

# Only for scanned/OCR'd text: a web copy has no hard wraps or OCR confusions.
OCR_RULES: tuple[Rule, ...] = ocr_rules.OCR_RULES
OPTIONAL_RULES: dict[str, tuple[Rule, ...]] = {"normalise_quotes": ocr_rules.QUOTE_RULES,
                                               "normalise_dashes": dashes.DASH_RULES}

MAX_ROUNDS = 4
MAX_POSITIONS = 50


def optional_rules_asked(options: Options) -> tuple[str, ...]:
    """The names of the optional rule sets the options turn on."""
    return tuple(name for name in OPTIONAL_RULES if getattr(options, name))


def rules_for(kind: str, options: Options) -> tuple[Rule, ...]:
    chosen = COMMON_RULES
    if kind == "archival-ocr":
        chosen += OCR_RULES
        for name in optional_rules_asked(options):
            chosen += OPTIONAL_RULES[name]
    return chosen


def clean(doc: Ingested, options: Options) -> Cleaned:
    kind = detect_kind(doc.text)
    text, steps, offsets = apply_rules(doc.text, rules_for(kind, options))
    return Cleaned(ingested=doc, kind=kind, text=text, steps=steps, offsets=offsets,
                   options=optional_rules_asked(options))


def apply_rules(text: str, chosen: tuple[Rule, ...]) -> tuple[str, tuple[CleaningStep, ...], OffsetMap]:
    """Run rules in order until a round changes nothing; count and place every change."""
    offsets = OffsetMap()
    counts: dict[str, int] = {}
    positions: dict[str, list[int]] = {}
    version = 0  # how many changes the text has had
    idle_at: dict[str, int] = {}  # the version each rule last left unchanged
    for _ in range(MAX_ROUNDS):
        changed = False
        for r in chosen:
            if idle_at.get(r.name) == version:
                continue  # rules are pure: on the same text it would change nothing again
            new, edits = r.explain(text)
            if not edits:
                idle_at[r.name] = version
                continue
            changed = True
            version += 1
            counts[r.name] = counts.get(r.name, 0) + len(edits)
            positions.setdefault(r.name, []).extend(offsets.edits_to_source(edits[:MAX_POSITIONS]))
            offsets = offsets.then(edits)
            text = new
        if not changed:
            break
    steps = tuple(CleaningStep(rule=r.name, count=counts[r.name], positions=sorted(positions[r.name])[:MAX_POSITIONS])
                  for r in chosen if r.name in counts)
    return text, steps, offsets
