"""The two schemas: JSON Schema for records (generated from the model), RELAX NG for TEI.

Both are loaded once. `fruspipe schema` writes them to `schema/` in the
project, where they are committed; a test fails when those copies are stale.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

import fastjsonschema
import jsonschema
from lxml import etree

from .models import Record

RECORD_SCHEMA_NAME = "record.schema.json"
TEI_SCHEMA_NAME = "fruspipe-tei.rng"


def record_schema() -> dict:
    schema = Record.model_json_schema(by_alias=True, mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://fruspipe.example/schema/record.schema.json"
    return schema


def record_schema_text() -> str:
    return json.dumps(record_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def tei_schema_text() -> str:
    return resources.files("fruspipe").joinpath("schemas", TEI_SCHEMA_NAME).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def record_validator() -> jsonschema.protocols.Validator:
    schema = record_schema()
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


@lru_cache(maxsize=1)
def fast_record_validator():
    """The same schema compiled to Python by fastjsonschema: 30x faster than jsonschema on
    large records (benchmarks/bench_pipeline.py). Draft 7 is declared for it: the schema
    uses nothing of 2020-12 that draft 7 lacks ($defs/$ref, anyOf, enum, required)."""
    schema = dict(record_schema())
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"
    return fastjsonschema.compile(schema)


@lru_cache(maxsize=1)
def tei_validator() -> etree.RelaxNG:
    return etree.RelaxNG(etree.fromstring(tei_schema_text().encode("utf-8")))


def write_schemas(folder: Path) -> list[Path]:
    """Write both schemas into `folder`; return the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, text in ((RECORD_SCHEMA_NAME, record_schema_text()), (TEI_SCHEMA_NAME, tei_schema_text())):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        out.append(path)
    return out
