"""The committed reports in reports/ are those of the cases in claims/, byte for byte.

When this fails, regenerate them and commit the result:  ./run factcheck report
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.pipeline import check_cases
from factcheck.report import EXTENSIONS
from factcheck.report.writing import DEFAULT_OUTPUT, render_reports
from tests.conftest import ROOT

HINT = "reports/ is stale: regenerate with `./run factcheck report` and commit the result"


def test_committed_reports_are_current(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    outcome = check_cases([Path("claims")])
    assert not outcome.invalid, [str(problem) for problem in outcome.problems]
    expected = render_reports(outcome.results, list(EXTENSIONS), None)
    committed = sorted(
        p for p in DEFAULT_OUTPUT.glob("*") if p.suffix.lstrip(".") in EXTENSIONS.values()
    )
    assert committed == sorted(expected), HINT
    for path, text in expected.items():
        assert path.read_text(encoding="utf-8") == text, f"{path}: {HINT}"
