"""Stage 5 — validate: the record against the JSON Schema, the TEI against the RELAX NG schema."""
from __future__ import annotations

import json
from dataclasses import dataclass

import fastjsonschema
from lxml import etree

from .exceptions import ValidationFailed
from .models import Record
from .schemas import fast_record_validator, record_validator, tei_validator
from .tei import tei_bytes


@dataclass(frozen=True)
class Validated:
    record: Record
    json_text: str
    tei_text: bytes


def validate(record: Record, tei: etree._Element) -> Validated:
    """Raise `ValidationFailed` (with the first reasons) unless both outputs are valid."""
    json_text = record.to_json()
    data = json.loads(json_text)
    try:
        fast_record_validator()(data)
    except fastjsonschema.JsonSchemaException:
        # explain with the reference validator: it lists every reason, with paths
        errors = sorted(record_validator().iter_errors(data), key=lambda e: list(e.path))
        reasons = "; ".join(f"{'/'.join(map(str, e.path)) or '(root)'}: {e.message}" for e in errors[:3])
        raise ValidationFailed(f"record does not match the JSON Schema: {reasons or 'see fastjsonschema'}")
    validator = tei_validator()
    if not validator.validate(tei):
        first = validator.error_log.last_error
        raise ValidationFailed(f"TEI does not match fruspipe-tei.rng: line {first.line}: {first.message}")
    return Validated(record, json_text, tei_bytes(tei))
