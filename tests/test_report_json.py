"""The JSON report: the result shape with a schema version, and its committed JSON Schema."""

from __future__ import annotations

import json

import jsonschema
from pydantic import TypeAdapter

from factcheck.report import json as json_report
from factcheck.report.paths import relative_to_case
from factcheck.result import SCHEMA_VERSION, Result
from tests.conftest import ROOT
from tests.report_fixture import hostile_result, sample_result

SCHEMA = ROOT / "schema" / json_report.SCHEMA_FILE


def test_json_round_trips_to_the_same_result() -> None:
    for result in (sample_result(), hostile_result()):
        text = json_report.render(result)
        assert TypeAdapter(Result).validate_json(text) == relative_to_case(result)


def test_json_has_the_schema_version_and_readable_korean() -> None:
    text = json_report.render(sample_result())
    data = json.loads(text)
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["case"] == "govexpo-2023"
    assert "이코노믹데일리" in text
    assert data["sources"][0]["claim_file"] == "economic-daily.yaml"
    assert data["findings"][0]["values"][0]["position"] == {
        "path": "economic-daily.yaml",
        "line": 17,
        "column": 5,
    }


def test_committed_schema_is_current() -> None:
    assert SCHEMA.read_text(encoding="utf-8") == json_report.render_schema(), (
        "schema/report.schema.json is stale; regenerate it with `./run factcheck schema`"
    )


def test_reports_validate_against_the_schema_in_draft_07_and_2020_12() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    jsonschema.Draft7Validator.check_schema(schema)
    for result in (sample_result(), hostile_result()):
        data = json.loads(json_report.render(result))
        jsonschema.Draft7Validator(schema).validate(data)
        jsonschema.Draft202012Validator(schema).validate(data)
    broken = json.loads(json_report.render(sample_result()))
    broken["findings"][0]["kind"] = "rumour"
    assert not jsonschema.Draft7Validator(schema).is_valid(broken)
