"""Many cases at once: `--jobs` uses several processes with the same output; no bar off a terminal."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.generate import generate

FACTCHECK = str(Path(sys.executable).parent / "factcheck")


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("jobs")
    for seed in range(1, 5):
        generate(folder / f"case-{seed}", sources=3, claims=20, seed=seed)
    return folder


def _check(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [FACTCHECK, "check", *args], capture_output=True, text=True, check=False, timeout=120
    )


def test_jobs_give_the_same_output_as_one_process(cases: Path) -> None:
    alone = _check(str(cases), "--jobs", "1", "--format", "json")
    together = _check(str(cases), "--jobs", "3", "--format", "json")
    assert alone.returncode == together.returncode
    assert alone.stdout == together.stdout
    assert '"case-4"' in alone.stdout


def test_no_progress_bar_when_stderr_is_not_a_terminal(cases: Path) -> None:
    done = _check(str(cases), "--format", "json")
    assert done.stderr == ""


def test_limits_apply_to_check_too(cases: Path) -> None:
    done = _check(str(cases / "case-1"), "--max-claims", "5")
    assert done.returncode == 2
    assert "claims (limit 5) [too-many-claims]" in done.stdout
