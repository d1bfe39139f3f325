"""Golden files: the whole HTML, Markdown and JSON reports of the hand-made result.

After an intended change, regenerate them and review the diff:

    UPDATE_GOLDEN=1 ./run pytest tests/test_report_golden.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.report import EXTENSIONS, REPORTERS
from tests.report_fixture import sample_result

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("report_format", sorted(REPORTERS))
def test_report_matches_golden_file(report_format: str) -> None:
    path = GOLDEN / f"sample.{EXTENSIONS[report_format]}"
    text = REPORTERS[report_format](sample_result())
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8", newline="\n")
    assert path.read_text(encoding="utf-8") == text, (
        f"{path.name} differs; if the change is intended: UPDATE_GOLDEN=1 ./run pytest {__file__}"
    )


@pytest.mark.parametrize("report_format", sorted(REPORTERS))
def test_rendering_twice_gives_the_same_text(report_format: str) -> None:
    render = REPORTERS[report_format]
    assert render(sample_result()) == render(sample_result())
