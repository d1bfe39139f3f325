"""Many cases at once: `--jobs` uses several processes with the same output; no bar off a terminal."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.generate import generate
from factcheck.loading import PARALLEL_FROM_FILES, LoadOptions, load_case, processes, split_runs
from factcheck.problems import sort_problems

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


def test_validate_on_several_cores_reports_what_one_process_does(tmp_path: Path) -> None:
    case = generate(tmp_path / "many", sources=70, claims=3)
    last = case / "s0069.yaml"
    last.write_text(last.read_text(encoding="utf-8").replace("id: s0069", "id: s0000"), "utf-8")
    middle = case / "s0035.yaml"
    middle.write_text(
        middle.read_text(encoding="utf-8").replace("subject: ", "subject: x"), "utf-8"
    )

    def validate(jobs: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [FACTCHECK, "validate", "--jobs", jobs, str(case)],
            capture_output=True,
            text=True,
            check=False,
            cwd=tmp_path,
        )

    alone, together = validate("1"), validate("2")
    assert (together.stdout, together.returncode) == (alone.stdout, alone.returncode)
    assert "many/s0069.yaml:2:7: error source id 's0000' is also used by many/s0000.yaml:2:7" in (
        alone.stdout
    )
    assert "many/s0035.yaml" in alone.stdout


def test_one_large_case_read_on_several_cores_is_the_same_case(tmp_path: Path) -> None:
    case = generate(tmp_path / "large", sources=PARALLEL_FROM_FILES + 6, claims=8)
    # Two texts shared by files in different runs, one of them broken: reported once.
    (case / "shared.txt").write_bytes(b"\xff\xfe broken")
    for name in ("s0001.yaml", "s0068.yaml"):
        claim_file = case / name
        text = claim_file.read_text(encoding="utf-8")
        claim_file.write_text(text.replace(f"text: {name[:-5]}.txt", "text: shared.txt"), "utf-8")

    alone, alone_problems = load_case(case, LoadOptions(), jobs=1)
    together, together_problems = load_case(case, LoadOptions(), jobs=3)
    assert together == alone
    assert [s.id for s in together.sources][-1] == f"s{PARALLEL_FROM_FILES + 5:04d}"
    assert sort_problems(together_problems) == sort_problems(alone_problems)
    assert sum(p.rule == "text-encoding" for p in alone_problems) >= 1


def test_split_runs_keeps_order_and_sizes_even() -> None:
    paths = [Path(f"f{i}") for i in range(10)]
    runs = split_runs(paths, 3)
    assert [len(run) for run in runs] == [4, 3, 3]
    assert [p for run in runs for p in run] == paths
    assert split_runs(paths[:2], 4) == [[Path("f0")], [Path("f1")]]
    assert split_runs([], 2) == []


def test_jobs_never_ask_for_more_processes_than_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("os.cpu_count", lambda: 4)
    assert (processes(0), processes(1), processes(3), processes(1000)) == (4, 1, 3, 4)
