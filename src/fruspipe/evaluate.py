"""Score a folder of fruspipe records against the gold records of the evaluation corpus.

This is fruspipe's own copy of the corpus scorer (`corpus/score.py`): the same
fields, the same normalisation and the same counting, so a number printed by
`fruspipe evaluate` is the number `score.py` prints for the same folders. It is
kept apart from `score.py` because that file is not shipped with fruspipe; when
the corpus changes its scorer, this module changes with it (the test suite
compares the two whenever `score.py` is at hand).

Layout: gold records are `<stem>.gold.json` in GOLD_DIR; the record for the
same text is `<stem>.json` in the output folder (`<stem>.ocr.gold.json` pairs
with `<stem>.ocr.json`).

How fields are scored (see the corpus README for what each field means):

* scalar fields: exact match after `normalise()`; a gold null is matched by a
  null or missing value. Precision counts correct answers among the documents
  where the record gives a value at all (a wrong value is worse than none).
* `date`: the record's day must lie in the gold day range (`day_range()`);
  `dateline_text`, `place` and `date` count only on texts that show the
  dateline; `date_any` is the same test on every text.
* `number`: counted only where the gold says the number is printed in the text.
* list fields: micro precision/recall/F1 over the multiset of normalised items,
  and the rate of documents whose list is exactly right (order included);
  `from`, `to` and `subject` count only where the gold list is non-empty.
* a missing record is wrong on every field; a record that is not valid JSON
  counts as present but empty.
* macro: mean of the scalar accuracies and list F1s.

Usage::

    from fruspipe.evaluate import evaluate
    result = evaluate(Path("corpus/dev"), Path("output"))
    print(result.to_table(max_misses=50))
"""
from __future__ import annotations

import collections
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from fruspipe.exceptions import UsageError

# --- field definitions (kept identical to the corpus scorer) --------------------------
SCALAR_FIELDS: tuple[str, ...] = (
    "number", "title", "doc_type", "date", "date_any", "dateline_text", "place",
    "source_note", "archival_citation", "classification", "drafted_by",
    "signed", "body_paragraph_count",
)
LIST_FIELDS: tuple[str, ...] = ("handling", "footnotes", "page_breaks", "from", "to", "subject")
FIELDS: tuple[str, ...] = SCALAR_FIELDS + LIST_FIELDS
# List fields the TEI tags only sometimes: scored only where the gold list is non-empty.
WHERE_TAGGED = frozenset({"from", "to", "subject"})
# Compared case-insensitively.
CASELESS = frozenset({"doc_type", "classification", "place"})
# Scored only on texts whose rendering keeps the dateline line.
DATELINE_DEPENDENT = frozenset({"dateline_text", "place", "date"})
DATE_FIELDS = frozenset({"date", "date_any"})
# Body block types counted as paragraphs.
PARAGRAPH_TYPES = ("p", "paragraph")

# Typographic characters folded to ASCII before comparing.
FOLDED_CHARACTERS: dict[str, str] = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2011": "-", "\u2010": "-", "\u2212": "-",
    "\u00a0": " ",
}

GOLD_SUFFIX = ".gold.json"
OCR_SUFFIX = ".ocr"
Only = Literal["clean", "ocr"]
_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})")
_WHITESPACE = re.compile(r"\s+")
_SOURCE_LABEL = re.compile(r"^Source:\s*")


# --- normalisation ---------------------------------------------------------------------
def normalise(value: Any, field: str | None = None) -> str | None:
    """The form a value is compared in: NFKC, curly quotes and dashes folded to
    ASCII, whitespace collapsed; lower case for `doc_type`, `classification` and
    `place`; a trailing period of `title` and a leading `Source:` label of
    `source_note` dropped. Empty becomes None; numbers become their digits.

    >>> normalise("  Memorandum\\u00a0From  Parsons\\u2019s office ", "title")
    "Memorandum From Parsons's office"
    >>> normalise("Mr. Low to Mr. Fish.", "title")
    'Mr. Low to Mr. Fish'
    >>> normalise("Top Secret", "classification")
    'top secret'
    >>> normalise("Source: Department of State, 661.93/12\\u2013159.", "source_note")
    'Department of State, 661.93/12-159.'
    >>> normalise(4), normalise(4.0), normalise("   "), normalise(None)
    ('4', '4', None, None)
    """
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(int(value)) if float(value).is_integer() else str(value)
    text = unicodedata.normalize("NFKC", str(value))
    for character, replacement in FOLDED_CHARACTERS.items():
        text = text.replace(character, replacement)
    text = _WHITESPACE.sub(" ", text).strip()
    if field in CASELESS:
        text = text.lower()
    if field == "title":
        text = text.rstrip(".").strip()
    if field == "source_note":
        text = _SOURCE_LABEL.sub("", text)
    return text or None


def list_items(field: str, value: Any) -> list[str]:
    """The normalised items of a list field: footnotes as `n|text`, handling
    words compared case-insensitively like classifications.

    >>> list_items("footnotes", [{"n": "1", "text": "Document\\u00a0316."}])
    ['1|Document 316.']
    >>> list_items("handling", ["Priority", "Limit Distribution"])
    ['priority', 'limit distribution']
    >>> list_items("subject", None)
    []
    """
    if not value:
        return []
    if field == "footnotes":
        return [f"{normalise(note.get('n')) or ''}|{normalise(note.get('text')) or ''}" for note in value]
    item_field = "classification" if field == "handling" else field
    return [normalise(item, item_field) or "" for item in value]


# --- dates -----------------------------------------------------------------------------
def day_range(gold: dict) -> tuple[str, str] | None:
    """The days (YYYY-MM-DD) a gold record's date may fall on: the span of
    `date_min`, `date_max` and the dateline date; None for an undated document.

    >>> day_range({"date_min": "1965-09-23T10:45:00-05:00", "date_max": "1965-09-23T11:30:00-05:00"})
    ('1965-09-23', '1965-09-23')
    >>> day_range({"date_min": "1959-12-01T00:00:00", "date_max": "1959-12-01T23:59:59",
    ...            "dateline_date_when": ["1959-11-30", "1959-12-02"]})
    ('1959-11-30', '1959-12-02')
    >>> day_range({"date_min": None, "date_max": None}) is None
    True
    """
    days = [value[:10] for value in (gold.get("date_min"), gold.get("date_max")) if value]
    days += [value[:10] for value in gold.get("dateline_date_when") or [] if value]
    return (min(days), max(days)) if days else None


def date_in_range(gold: dict, predicted: Any) -> bool:
    """Whether a record's date (`YYYY-MM-DD…`) lies in the gold day range; an
    undated gold wants no date at all.

    >>> gold = {"date_min": "1959-12-01T00:00:00", "date_max": "1959-12-03T23:59:59"}
    >>> [date_in_range(gold, d) for d in ("1959-12-02", "1959-12-03T18:00", "1959-12-04", "1959-12", None)]
    [True, True, False, False, False]
    >>> date_in_range({"date_min": None}, None), date_in_range({"date_min": None}, "1959-12-01")
    (True, False)
    """
    span = day_range(gold)
    if span is None:
        return predicted in (None, "")
    if not predicted or not isinstance(predicted, str):
        return False
    match = _DAY.match(predicted.strip())
    return bool(match) and span[0] <= match.group(1) <= span[1]


def _expected_date(gold: dict) -> str | None:
    """The gold day range as shown in a miss: one day, or an ISO interval `first/last`."""
    span = day_range(gold)
    if span is None:
        return None
    return span[0] if span[0] == span[1] else f"{span[0]}/{span[1]}"


# --- reading records -------------------------------------------------------------------
def _first(record: Any, *paths: str) -> Any:
    """First non-None value among dotted key paths (`"source_note.text"`)."""
    for path in paths:
        current = record
        for key in path.split("."):
            if not isinstance(current, dict) or key not in current:
                current = None
                break
            current = current[key]
        if current is not None:
            return current
    return None


def adapt_record(record: Any) -> dict[str, Any]:
    """A fruspipe JSON record under the gold field names; missing keys give None or [].

    >>> adapted = adapt_record({"title": "Telegram", "date": {"iso": "1959-12-01"},
    ...     "classification": {"level": "Secret", "handling": ["Priority"]},
    ...     "body": [{"type": "p"}, {"type": "signed"}, {"type": "p"}]})
    >>> adapted["date"], adapted["classification"], adapted["handling"], adapted["body_paragraph_count"]
    ('1959-12-01', 'Secret', ['Priority'], 2)
    >>> adapted["footnotes"], adapted["signed"]
    ([], None)
    """
    out: dict[str, Any] = {
        "number": _first(record, "number"),
        "title": _first(record, "title"),
        "doc_type": _first(record, "doc_type"),
    }
    date = _first(record, "date")
    if isinstance(date, dict):
        date = _first(date, "iso")
    out["date"] = out["date_any"] = date
    dateline = _first(record, "dateline")
    out["dateline_text"] = dateline if dateline is None or isinstance(dateline, str) else _first(dateline, "text")
    place = _first(record, "place")
    out["place"] = place if place is None or isinstance(place, str) else _first(place, "name", "text")
    note = _first(record, "source_note")
    out["source_note"] = note if isinstance(note, str) else _first(record, "source_note.text")
    out["archival_citation"] = _first(record, "source_note.citation")
    level = _first(record, "classification")
    out["classification"] = level if isinstance(level, str) else _first(record, "classification.level")
    out["handling"] = _first(record, "classification.handling", "handling") or []
    drafted = _first(record, "drafted_by")
    out["drafted_by"] = " and ".join(map(str, drafted)) if isinstance(drafted, list) else drafted
    out["footnotes"] = [
        {"n": None if note.get("n") is None else str(note.get("n")), "text": note.get("text")}
        if isinstance(note, dict) else {"n": None, "text": note}
        for note in _first(record, "footnotes") or []
    ]
    out["page_breaks"] = [str(pb.get("n")) if isinstance(pb, dict) else str(pb)
                          for pb in _first(record, "page_breaks") or []]
    for side in ("from", "to"):
        out[side] = [p.get("name") if isinstance(p, dict) else p for p in _first(record, side) or []]
    subject = _first(record, "subject")
    out["subject"] = [subject] if isinstance(subject, str) else (subject or [])
    signed = _first(record, "signed")
    out["signed"] = " ".join(map(str, signed)) if isinstance(signed, list) else signed
    body = _first(record, "body")
    out["body_paragraph_count"] = (
        sum(1 for block in body if isinstance(block, dict) and block.get("type") in PARAGRAPH_TYPES)
        if isinstance(body, list) else None
    )
    return out


def gold_value(gold: dict, field: str) -> Any:
    """The gold value a record's field is compared with (`from`/`to` are `head_from`/`head_to`)."""
    if field == "date":
        return (gold.get("date_min"), gold.get("date_max"))
    if field in ("from", "to"):
        return gold.get(f"head_{field}") or []
    return gold.get(field)


def _check_only(only: str | None) -> None:
    if only not in (None, "clean", "ocr"):
        raise UsageError(f"only must be 'clean', 'ocr' or None, not {only!r}")


def load_gold(gold_dir: Path, only: Only | None = None) -> dict[str, dict]:
    """Gold records by stem, in stem order; `only` keeps the clean or the OCR texts."""
    _check_only(only)
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise UsageError(f"gold folder {gold_dir} does not exist: give the corpus split folder (e.g. corpus/dev)")
    golds = {}
    for path in sorted(gold_dir.iterdir(), key=lambda p: p.name):
        if not path.name.endswith(GOLD_SUFFIX):
            continue
        stem = path.name[: -len(GOLD_SUFFIX)]
        is_ocr = stem.endswith(OCR_SUFFIX)
        if (only == "clean" and is_ocr) or (only == "ocr" and not is_ocr):
            continue
        golds[stem] = json.loads(path.read_text(encoding="utf-8"))
    return golds


def load_predictions(pred_dir: Path, stems: Any) -> dict[str, dict]:
    """Adapted records by stem for the stems that have a `<stem>.json`; a file that
    is not a readable JSON record counts as present but empty."""
    pred_dir = Path(pred_dir)
    if not pred_dir.is_dir():
        raise UsageError(f"output folder {pred_dir} does not exist: give the folder fruspipe wrote its records to")
    preds = {}
    for stem in stems:
        path = pred_dir / f"{stem}.json"
        if path.exists():
            try:
                preds[stem] = adapt_record(json.loads(path.read_text(encoding="utf-8")))
            except (ValueError, AttributeError, TypeError):
                preds[stem] = {}
    return preds


# --- results ---------------------------------------------------------------------------
@dataclass(frozen=True)
class ScalarResult:
    """One scalar field: `accuracy` over the `n` documents it is counted on,
    `precision` among the `answered` documents (where the record gives a value)."""

    n: int
    correct: int
    accuracy: float | None
    answered: int
    answered_correct: int
    precision: float | None
    kind: Literal["scalar"] = "scalar"

    @property
    def score(self) -> float | None:
        """The field's headline number (accuracy)."""
        return self.accuracy

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "n": self.n, "correct": self.correct, "accuracy": self.accuracy,
                "answered": self.answered, "answered_correct": self.answered_correct,
                "precision": self.precision}


@dataclass(frozen=True)
class ListResult:
    """One list field: micro precision/recall/F1 over items of the `n` documents
    it is counted on, and the share of those documents whose list is exactly right."""

    n: int
    tp: int
    fp: int
    fn: int
    exact: int
    precision: float
    recall: float
    f1: float
    exact_list_rate: float | None
    kind: Literal["list"] = "list"

    @property
    def score(self) -> float:
        """The field's headline number (F1)."""
        return self.f1

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "n": self.n, "precision": self.precision, "recall": self.recall,
                "f1": self.f1, "exact_list_rate": self.exact_list_rate,
                "tp": self.tp, "fp": self.fp, "fn": self.fn, "exact": self.exact}


@dataclass(frozen=True)
class Miss:
    """A field a record got wrong: normalised gold value and record value (lists for list fields)."""

    stem: str
    field: str
    expected: Any
    got: Any

    def to_dict(self) -> dict[str, Any]:
        return {"stem": self.stem, "field": self.field, "expected": self.expected, "got": self.got}


@dataclass(frozen=True)
class Evaluation:
    """The scores of one set of records against the gold, and every miss."""

    documents: int
    covered: int
    coverage: float | None
    macro: float | None
    fields: dict[str, ScalarResult | ListResult]
    misses: list[Miss] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # stems without a record

    def field_scores(self) -> dict[str, float | None]:
        """Headline number per field: accuracy for scalars, F1 for lists."""
        return {name: result.score for name, result in self.fields.items()}

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary; the same inputs always give the same dict, in the same order."""
        return {
            "documents": self.documents,
            "covered": self.covered,
            "coverage": self.coverage,
            "macro": self.macro,
            "fields": {name: result.to_dict() for name, result in self.fields.items()},
            "missing": list(self.missing),
            "misses": [miss.to_dict() for miss in self.misses],
        }

    def to_table(self, max_misses: int | None = 50, title: str = "") -> str:
        """A text table of the field scores, then the misses (at most `max_misses`;
        None shows all, 0 none)."""
        lines = [title] if title else []
        lines.append(f"documents {self.documents}, with prediction {self.covered}, "
                     f"coverage {_percent(self.coverage).strip()}")
        lines.append("%-22s %5s %8s %8s %8s %8s" % ("field", "n", "acc/F1", "prec", "recall", "exact"))
        for name, r in self.fields.items():
            if isinstance(r, ScalarResult):
                row = (name, r.n, _percent(r.accuracy), _percent(r.precision), "", "")
            else:
                row = (name, r.n, _percent(r.f1), _percent(r.precision), _percent(r.recall),
                       _percent(r.exact_list_rate))
            lines.append("%-22s %5d %8s %8s %8s %8s" % row)
        lines.append("%-22s %5s %8s" % ("MACRO", "", _percent(self.macro)))
        if self.missing:
            lines += ["", f"no prediction ({len(self.missing)}): " + ", ".join(self.missing)]
        if max_misses != 0 and self.misses:
            shown = self.misses if max_misses is None else self.misses[:max_misses]
            more = f", first {len(shown)} shown" if len(shown) < len(self.misses) else ""
            lines += ["", f"misses ({len(self.misses)}{more}):"]
            for miss in shown:
                lines.append(f"  {miss.stem}  {miss.field}")
                lines += ["      " + line for line in _describe_miss(miss)]
        return "\n".join(lines)


def _percent(value: float | None) -> str:
    return "   -  " if value is None else "%5.1f%%" % (100 * value)


def _shorten(value: Any, width: int = 160) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[: width - 1] + "…"


def _describe_miss(miss: Miss) -> list[str]:
    """Lines explaining a miss: the two values, or for a list the items missing and extra."""
    if miss.field not in LIST_FIELDS:
        return [f"expected: {_shorten(miss.expected)}", f"got:      {_shorten(miss.got)}"]
    expected, got = collections.Counter(miss.expected), collections.Counter(miss.got)
    lines = [f"- {_shorten(item)}" for item in (expected - got).elements()]
    lines += [f"+ {_shorten(item)}" for item in (got - expected).elements()]
    return lines or [f"same items, order differs: got {_shorten(miss.got)}"]


# --- scoring ---------------------------------------------------------------------------
def _counted(gold: dict, field: str) -> bool:
    """Whether a field is scored on this gold record at all."""
    if field in DATELINE_DEPENDENT and not (gold.get("rendering") or {}).get("dateline_in_text", True):
        return False
    if field == "number" and gold.get("number_printed") is False:
        return False
    if field in WHERE_TAGGED and not gold_value(gold, field):
        return False
    return True


def score_records(golds: dict[str, dict], preds: dict[str, dict]) -> Evaluation:
    """Score adapted records (`adapt_record()`) against gold records, both keyed by stem;
    a stem missing from `preds` has no record."""
    scalar = {f: collections.Counter() for f in SCALAR_FIELDS}
    lists = {f: collections.Counter() for f in LIST_FIELDS}
    misses: list[Miss] = []
    missing: list[str] = []
    for stem in sorted(golds):
        gold, pred = golds[stem], preds.get(stem)
        if pred is None:
            missing.append(stem)
        record = pred or {}
        for f in SCALAR_FIELDS:
            if not _counted(gold, f):
                continue
            counts = scalar[f]
            counts["n"] += 1
            got = normalise(record.get(f), f)
            if f in DATE_FIELDS:
                ok = pred is not None and date_in_range(gold, record.get(f))
                expected = _expected_date(gold)
            else:
                expected = normalise(gold_value(gold, f), f)
                ok = pred is not None and expected == got
            counts["correct"] += ok
            if got is not None:
                counts["answered"] += 1
                counts["answered_correct"] += ok
            if not ok:
                misses.append(Miss(stem, f, expected, got))
        for f in LIST_FIELDS:
            if not _counted(gold, f):
                continue
            expected = list_items(f, gold_value(gold, f))
            got = list_items(f, record.get(f))
            common = sum((collections.Counter(expected) & collections.Counter(got)).values())
            counts = lists[f]
            counts["n"] += 1
            counts["tp"] += common
            counts["fp"] += len(got) - common
            counts["fn"] += len(expected) - common
            exact = pred is not None and expected == got
            counts["exact"] += exact
            if not exact:
                misses.append(Miss(stem, f, expected, got))
    results: dict[str, ScalarResult | ListResult] = {f: _scalar_result(scalar[f]) for f in SCALAR_FIELDS}
    results.update({f: _list_result(lists[f]) for f in LIST_FIELDS})
    order = {f: i for i, f in enumerate(FIELDS)}
    misses.sort(key=lambda m: (m.stem, order[m.field]))
    headline = [r.score for r in results.values() if r.score is not None]
    documents, covered = len(golds), len(golds) - len(missing)
    return Evaluation(
        documents=documents,
        covered=covered,
        coverage=covered / documents if documents else None,
        macro=sum(headline) / len(headline) if headline else None,
        fields=results,
        misses=misses,
        missing=missing,
    )


def _scalar_result(c: collections.Counter) -> ScalarResult:
    return ScalarResult(
        n=c["n"], correct=c["correct"], accuracy=c["correct"] / c["n"] if c["n"] else None,
        answered=c["answered"], answered_correct=c["answered_correct"],
        precision=c["answered_correct"] / c["answered"] if c["answered"] else None,
    )


def _list_result(c: collections.Counter) -> ListResult:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    # No items predicted: perfect precision only if none were wanted either.
    precision = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return ListResult(n=c["n"], tp=tp, fp=fp, fn=fn, exact=c["exact"], precision=precision,
                      recall=recall, f1=f1, exact_list_rate=c["exact"] / c["n"] if c["n"] else None)


# --- entry points ----------------------------------------------------------------------
def evaluate(gold_dir: Path, pred_dir: Path, only: Only | None = None) -> Evaluation:
    """Score the records in `pred_dir` against the gold records in `gold_dir`.

    `only` is None (every text), "clean" or "ocr". Raises `UsageError` when a
    folder does not exist or holds no gold record.
    """
    golds = load_gold(gold_dir, only)
    if not golds:
        raise UsageError(f"no *{GOLD_SUFFIX} files in {gold_dir}"
                         + (f" for --only {only}" if only else "") + ": check the gold folder")
    return score_records(golds, load_predictions(pred_dir, golds))


def per_volume(gold_dir: Path, pred_dir: Path, only: Only | None = None) -> dict[str, Evaluation]:
    """`evaluate()` split by the gold `volume_id`, in volume order."""
    golds = load_gold(gold_dir, only)
    if not golds:
        raise UsageError(f"no *{GOLD_SUFFIX} files in {gold_dir}: check the gold folder")
    preds = load_predictions(pred_dir, golds)
    volumes = sorted({str(gold.get("volume_id")) for gold in golds.values()})
    return {
        volume: score_records({s: g for s, g in golds.items() if str(g.get("volume_id")) == volume}, preds)
        for volume in volumes
    }
