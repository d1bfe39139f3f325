"""Shared fixtures: run the CLI in-process from the repository root, as a user would."""

from __future__ import annotations

import os
import shlex
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from factcheck import cli

ROOT = Path(__file__).resolve().parent.parent

# Property and fuzz tests: a modest number of examples by default, so the suite stays fast;
# `--hypothesis-profile=release` (or FACTCHECK_FUZZ_EXAMPLES=N) for the long run before a release.
_EXAMPLES = os.environ.get("FACTCHECK_FUZZ_EXAMPLES")
settings.register_profile(
    "ci",
    max_examples=int(_EXAMPLES or 60),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "release",
    max_examples=int(_EXAMPLES or 5_000),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("ci")


@dataclass(frozen=True)
class Run:
    """What one `factcheck …` command printed and how it exited."""

    code: int
    out: str
    err: str


RunCli = Callable[..., Run]


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Output must not depend on the terminal, CI or hook the tests happen to run under."""
    for name in ("GITHUB_ACTIONS", "PRE_COMMIT", "FORCE_COLOR", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("TERM", "dumb")


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> RunCli:
    """Run `factcheck ARGS` in-process from `cwd` (default: the repository root)."""

    def run(command: str | list[str], cwd: Path = ROOT) -> Run:
        args = shlex.split(command) if isinstance(command, str) else command
        monkeypatch.chdir(cwd)
        monkeypatch.setattr(sys, "argv", ["factcheck", *args])
        capsys.readouterr()
        try:
            cli.main()
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else 1
        else:  # pragma: no cover - main always exits
            code = 0
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run
