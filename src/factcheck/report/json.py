"""The JSON report: the reconciliation result as data, with a schema version, for other tools.

The shape is `factcheck.result.Result` as pydantic serialises it; `schema/report.schema.json`
is its JSON Schema (draft-07, like the claim-file schemas, so editors understand it too).
"""

from __future__ import annotations

import functools
import json
from typing import Any

from pydantic import TypeAdapter

from factcheck.report.paths import relative_to_case
from factcheck.result import Result
from factcheck.schema import DRAFT_07, to_draft07

SCHEMA_FILE = "report.schema.json"


@functools.cache
def _adapter() -> TypeAdapter[Result]:
    return TypeAdapter(Result)


def render(result: Result) -> str:
    """The result as indented UTF-8 JSON, fields in the order of the result model."""
    data = _adapter().dump_json(relative_to_case(result), indent=2)
    return data.decode("utf-8") + "\n"


def render_all(results: tuple[Result, ...] | list[Result]) -> str:
    """One case as its JSON object; several as a JSON array of those objects."""
    if len(results) == 1:
        return render(results[0])
    items = [json.loads(render(result)) for result in results]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def report_schema() -> dict[str, Any]:
    """The JSON Schema of the JSON report."""
    schema = to_draft07(_adapter().json_schema(mode="serialization"))
    return {
        "$schema": DRAFT_07,
        **schema,
        "title": "factcheck report",
        "description": (
            "The reconciliation result of one case, as written by `factcheck report --format "
            "json`. Paths are relative to the case folder. schema_version changes when the shape "
            "changes incompatibly."
        ),
    }


def render_schema() -> str:
    """The schema as the committed file holds it, byte for byte."""
    return json.dumps(report_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
