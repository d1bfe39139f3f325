"""The catalogue of bad input: every folder under tests/examples/invalid/ is one case.

Each folder holds a tiny case (registry, archived text, the bad file) and `expected.txt`: the
command as typed at the repository root, everything it prints, and its exit status:

    $ factcheck validate tests/examples/invalid/tab-in-value
    tests/examples/invalid/tab-in-value/source.yaml:4:19: error value contains a tab … [tab]
    exit 1

To rewrite the expected files after a deliberate change of messages, run
`UPDATE_GOLDEN=1 ./run pytest tests/test_invalid_examples.py` and review `git diff`.
"""

from __future__ import annotations

import os
import re
import shlex
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, RunCli

EXAMPLES = ROOT / "tests" / "examples"
INVALID = sorted(p for p in (EXAMPLES / "invalid").iterdir() if p.is_dir())
VALID = sorted(p for p in (EXAMPLES / "valid").iterdir() if p.is_dir())
# Generous: every example runs in milliseconds; this only catches a hang or a blow-up.
SECONDS_PER_EXAMPLE = 5.0


def _transcript(command: str, out: str, code: int) -> str:
    return f"$ {command}\n{out}exit {code}\n"


@pytest.mark.parametrize("folder", INVALID, ids=[p.name for p in INVALID])
def test_invalid_example(folder: Path, run_cli: RunCli) -> None:
    expected_file = folder / "expected.txt"
    expected = expected_file.read_text(encoding="utf-8")
    command = expected.splitlines()[0].removeprefix("$ ")
    args = shlex.split(command)
    assert args[0] == "factcheck"
    started = time.perf_counter()
    result = run_cli(args[1:])
    elapsed = time.perf_counter() - started
    actual = _transcript(command, result.out, result.code)
    if os.environ.get("UPDATE_GOLDEN"):
        expected_file.write_text(actual, encoding="utf-8")
        expected = actual
    assert actual == expected
    assert result.code in (1, 2), "bad input must fail as findings (1) or usage (2)"
    assert result.out, "bad input must be reported"
    assert "Traceback" not in result.err and "internal error" not in result.err
    assert elapsed < SECONDS_PER_EXAMPLE


@pytest.mark.parametrize("folder", VALID, ids=[p.name for p in VALID])
def test_valid_example(folder: Path, run_cli: RunCli) -> None:
    result = run_cli(["validate", folder.relative_to(ROOT).as_posix()])
    assert (result.out, result.err, result.code) == ("", "", 0)


def test_every_invalid_example_has_an_expectation() -> None:
    assert len(INVALID) >= 60
    missing = [p.name for p in INVALID if not (p / "expected.txt").is_file()]
    assert missing == []


# Rules no committed example can show, and where they are tested instead.
_SHOWN_ELSEWHERE = {
    "file-read": "test_hostile_files.py (unreadable and missing files)",
    "surrogate": "only the pure-Python YAML parser lets a lone surrogate through; libyaml "
    "refuses it as a syntax error (example lone-surrogate)",
}


def test_every_rule_has_an_example() -> None:
    from factcheck.problems import RULES

    shown = set()
    for folder in INVALID:
        text = (folder / "expected.txt").read_text(encoding="utf-8")
        shown.update(re.findall(r" \[([a-z-]+)\]$", text, re.MULTILINE))
    assert sorted(set(RULES) - shown - set(_SHOWN_ELSEWHERE)) == []
    assert shown <= set(RULES)
