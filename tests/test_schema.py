"""The committed schemas are up to date, and every output validates against both."""
from __future__ import annotations

import json

from lxml import etree

from conftest import ROOT
from fruspipe.schemas import (RECORD_SCHEMA_NAME, TEI_SCHEMA_NAME, record_schema_text, record_validator,
                              tei_schema_text, tei_validator)


def test_record_schema_committed_and_current():
    committed = (ROOT / "schema" / RECORD_SCHEMA_NAME).read_text(encoding="utf-8")
    assert committed == record_schema_text(), "schema/record.schema.json is stale: run `fruspipe schema`"


def test_tei_schema_committed_and_current():
    committed = (ROOT / "schema" / TEI_SCHEMA_NAME).read_text(encoding="utf-8")
    assert committed == tei_schema_text(), "schema/fruspipe-tei.rng is stale: run `fruspipe schema`"


def test_seed_outputs_validate_against_both_schemas(seed_records):
    for v in seed_records.values():
        assert not list(record_validator().iter_errors(json.loads(v.json_text)))
        assert tei_validator().validate(etree.fromstring(v.tei_text))


def test_tei_schema_rejects_foreign_elements(seed_records):
    v = next(iter(seed_records.values()))
    tree = etree.fromstring(v.tei_text)
    div = tree.find(".//{http://www.tei-c.org/ns/1.0}div")
    etree.SubElement(div, "{http://www.tei-c.org/ns/1.0}unknownThing")
    assert not tei_validator().validate(tree)


def test_record_schema_rejects_missing_required_field(seed_records):
    data = json.loads(next(iter(seed_records.values())).json_text)
    del data["source"]
    assert list(record_validator().iter_errors(data))


def test_fast_validator_agrees_with_reference(seed_records):
    from fruspipe.schemas import fast_record_validator
    import fastjsonschema
    import pytest

    data = json.loads(next(iter(seed_records.values())).json_text)
    fast_record_validator()(data)
    for broken in ({**data, "source": {"path": 1}}, {**data, "body": [{"type": "p", "text": 3}]},
                   {**data, "number": 319}):
        assert list(record_validator().iter_errors(broken))
        with pytest.raises(fastjsonschema.JsonSchemaException):
            fast_record_validator()(broken)
