"""JSON Schemas of the files people write, in draft-07 form for editors' YAML language servers."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from factcheck.model import ClaimFile, Registry

DRAFT_07 = "http://json-schema.org/draft-07/schema#"
SCHEMAS: dict[str, type[BaseModel]] = {
    "claims.schema.json": ClaimFile,
    "entities.schema.json": Registry,
}


def to_draft07(node: Any) -> Any:
    """Rewrite pydantic's 2020-12 `$defs` into draft-07 `definitions`, which editors understand."""
    if isinstance(node, dict):
        result = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                result[key] = value.replace("#/$defs/", "#/definitions/")
            else:
                result["definitions" if key == "$defs" else key] = to_draft07(value)
        return result
    if isinstance(node, list):
        return [to_draft07(item) for item in node]
    return node


def json_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The draft-07 JSON Schema of a model, as used for validation of input files."""
    schema = to_draft07(model.model_json_schema(mode="validation"))
    return {"$schema": DRAFT_07, **schema}


def render_schemas() -> dict[str, str]:
    """File name to text of every committed schema, deterministic byte for byte."""
    from factcheck.report import json as json_report  # it imports this module

    schemas = {
        name: json.dumps(json_schema(model), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        for name, model in SCHEMAS.items()
    }
    schemas[json_report.SCHEMA_FILE] = json_report.render_schema()
    return schemas
