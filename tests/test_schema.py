"""The committed JSON Schemas are current, draft-07, and accept the bundled claim files."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from factcheck.schema import DRAFT_07, render_schemas
from factcheck.yamltree import read_tree
from tests.conftest import ROOT


@pytest.mark.parametrize("name", sorted(render_schemas()))
def test_committed_schema_is_current(name: str) -> None:
    committed = (ROOT / "schema" / name).read_text(encoding="utf-8")
    assert committed == render_schemas()[name], "run: ./run factcheck schema"


@pytest.mark.parametrize("name", sorted(render_schemas()))
def test_schema_is_valid_draft07(name: str) -> None:
    schema = json.loads(render_schemas()[name])
    assert schema["$schema"] == DRAFT_07
    assert "$defs" not in json.dumps(schema)
    jsonschema.Draft7Validator.check_schema(schema)


def _yaml_files() -> list[Path]:
    return sorted((ROOT / "claims").glob("*/*.yaml"))


@pytest.mark.parametrize("path", _yaml_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_bundled_files_validate_with_a_draft07_validator(path: Path) -> None:
    """What an editor's YAML language server checks agrees with factcheck on the bundled files."""
    name = "entities.schema.json" if path.name == "entities.yaml" else "claims.schema.json"
    schema = json.loads((ROOT / "schema" / name).read_text(encoding="utf-8"))
    tree, problems = read_tree(path.read_text(encoding="utf-8"), str(path))
    assert tree is not None and problems == []
    errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(tree.data), key=str)
    assert errors == []
    first_line = path.read_text(encoding="utf-8").splitlines()[0]
    assert first_line == f"# yaml-language-server: $schema=../../schema/{name}"


def test_draft07_validator_rejects_what_factcheck_rejects() -> None:
    schema = json.loads(render_schemas()["claims.schema.json"])
    bad = {"source": {"id": "x"}, "claims": [{"id": "a", "bogus": 1}]}
    assert list(jsonschema.Draft7Validator(schema).iter_errors(bad))
