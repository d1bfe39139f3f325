"""The benchmark generator makes valid cases (a smoke test; the benchmarks are not run here)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.generate import generate
from tests.conftest import RunCli


def test_generated_case_is_valid_and_deterministic(tmp_path: Path, run_cli: RunCli) -> None:
    first = generate(tmp_path / "a", sources=4, claims=24)
    second = generate(tmp_path / "b", sources=4, claims=24)
    files = sorted(p.name for p in first.iterdir())
    assert files == sorted(p.name for p in second.iterdir())
    assert all((first / name).read_bytes() == (second / name).read_bytes() for name in files)
    result = run_cli(["validate", "a"], cwd=tmp_path)
    assert (result.out, result.code) == ("", 0)
    english = (first / "s0002.yaml").read_text(encoding="utf-8")
    assert "language: en" in english and "about " in english
