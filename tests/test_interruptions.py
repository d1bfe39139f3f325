"""Ctrl-C and concurrent runs: exit 130 and nothing half written; two writers leave whole files;
the process ends with its exit code and all its output.

These run the installed `factcheck` as a real process, since signals and races are the point.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.generate import generate
from tests.conftest import ROOT

FACTCHECK = str(Path(sys.executable).parent / "factcheck")
pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")


@pytest.fixture(scope="module")
def big_case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A case whose report takes long enough (about a second) to be interrupted."""
    return generate(tmp_path_factory.mktemp("interrupt") / "big", sources=30, claims=100)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.fixture(scope="module")
def report_seconds(big_case: Path, tmp_path_factory: pytest.TempPathFactory) -> float:
    """How long an uninterrupted report of the big case takes on this machine."""
    out = tmp_path_factory.mktemp("uninterrupted")
    # The faster of two: the first run also pays for cold caches the interrupted ones do not.
    seconds = []
    for _ in range(2):
        started = time.perf_counter()
        subprocess.run([FACTCHECK, "report", str(big_case), "-o", str(out)], check=True)
        seconds.append(time.perf_counter() - started)
    return min(seconds)


# Fractions of a whole run, so that the signal lands while libraries load, while the case is
# read and reconciled, and while reports are written, on a fast machine as on a slow one.
@pytest.mark.parametrize("fraction", [0.15, 0.45, 0.75])
def test_ctrl_c_exits_130_and_leaves_no_partial_report(
    big_case: Path, tmp_path: Path, report_seconds: float, fraction: float
) -> None:
    out = tmp_path / "reports"
    # Not before 0.2 s: in the interpreter's own start-up, before `entry.main` runs, Python
    # handles SIGINT itself (a traceback), and nothing of factcheck can be there to catch it.
    delay = max(0.2, report_seconds * fraction)
    process = subprocess.Popen(
        [FACTCHECK, "report", str(big_case), "-o", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(delay)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    if process.returncode == 0:
        pytest.skip(f"the report finished before the signal arrived ({delay:.2f} s)")
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert stderr.endswith("factcheck: interrupted\n")
    if out.exists():
        assert _leftovers(out) == []
        for report in out.iterdir():  # any report present is a whole one
            if report.suffix == ".json":
                json.loads(report.read_text(encoding="utf-8"))
            if report.suffix == ".html":
                assert report.read_text(encoding="utf-8").rstrip().endswith("</html>")


def test_two_concurrent_reports_leave_complete_files(big_case: Path, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    command = [FACTCHECK, "report", str(big_case), "-o", str(out)]
    runs = [
        subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for _ in "ab"
    ]
    outcomes = [(run.communicate(timeout=120)[1], run.returncode) for run in runs]
    assert outcomes == [("", 0), ("", 0)]
    written = {p.name: p.read_bytes() for p in out.iterdir()}
    assert _leftovers(out) == []
    assert sorted(written) == ["big.html", "big.json", "big.md"]
    # Each file is one run's complete output: the same bytes a single run writes.
    alone = tmp_path / "alone"
    subprocess.run(
        [FACTCHECK, "report", str(big_case), "-o", str(alone)], check=True, capture_output=True
    )
    assert written == {p.name: p.read_bytes() for p in alone.iterdir()}


@pytest.mark.parametrize(
    ("arguments", "code"),
    [(["check", "claims/govexpo-2023", "--format", "json"], 1), (["validate", "claims"], 0)],
)
def test_the_installed_command_ends_with_its_exit_code_and_all_its_output(
    arguments: list[str], code: int
) -> None:
    # The entry point ends the process without the interpreter's teardown (entry._exit):
    # what was printed must still arrive whole, and the exit code unchanged.
    done = subprocess.run(
        [FACTCHECK, *arguments], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == code, done.stderr
    assert "Traceback" not in done.stderr
    if "json" in arguments:
        assert json.loads(done.stdout)["case"] == "govexpo-2023"
    else:
        assert done.stdout == ""
