"""From paths to reconciled results: validation first, then one Result per valid case."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from factcheck.loading import LoadOptions, case_folders, load_case, processes
from factcheck.problems import Problem, Severity, sort_problems
from factcheck.reconcile import reconcile
from factcheck.result import FindingKind, Result

# Which findings make a run fail, for each `--fail-on` choice.
FAIL_ON: dict[str, frozenset[FindingKind]] = {
    "conflict": frozenset({"conflict", "internal_inconsistency"}),
    "omission": frozenset({"conflict", "internal_inconsistency", "omission"}),
    "never": frozenset(),
}


@dataclass(frozen=True)
class Outcome:
    """Results of the cases that validated, and the problems of those that did not."""

    results: tuple[Result, ...]
    problems: tuple[Problem, ...]

    @property
    def invalid(self) -> bool:
        """Whether any input had an error (the results then cover only the valid cases)."""
        return any(p.severity is Severity.ERROR for p in self.problems)

    def fails(self, fail_on: str) -> bool:
        """Whether any result has a finding of the kinds `fail_on` names."""
        return bool(self.failing(fail_on))

    def failing(self, fail_on: str) -> dict[FindingKind, int]:
        """How many findings of each kind that `fail_on` names, over all results."""
        kinds = FAIL_ON[fail_on]
        counts: dict[FindingKind, int] = {}
        for result in self.results:
            for finding in result.findings:
                if finding.kind in kinds:
                    counts[finding.kind] = counts.get(finding.kind, 0) + 1
        return dict(sorted(counts.items()))


Progress = Callable[[int, int], None]


def check_cases(
    paths: Iterable[Path],
    options: LoadOptions | None = None,
    *,
    jobs: int = 1,
    progress: Progress | None = None,
    cases_home: Path | None = None,
) -> Outcome:
    """Load every case under the paths; reconcile those without errors.

    With `jobs` above one (0: one per core), cases are checked in that many processes at once;
    the outcome is the same, in the same order. `progress(done, total)` follows the cases; a
    case name that does not exist is answered with the cases in `cases_home`.
    """
    options = options or LoadOptions()
    folders, problems = case_folders(paths, cases_home)
    results = []
    for result, found in _map_cases(folders, options, jobs, progress):
        problems.extend(found)
        if result is not None:
            results.append(result)
    return Outcome(tuple(results), tuple(sort_problems(problems)))


def check_case(
    folder: Path, options: LoadOptions, jobs: int = 1
) -> tuple[Result | None, list[Problem]]:
    """One case: its result (None when its input has errors) and its problems; a case of
    many files is read by up to `jobs` processes."""
    case, found = load_case(folder, options, jobs=jobs)
    if any(p.severity is Severity.ERROR for p in found):
        return None, found
    return reconcile(case), found


def _map_cases(
    folders: list[Path], options: LoadOptions, jobs: int, progress: Progress | None
) -> list[tuple[Result | None, list[Problem]]]:
    cores = processes(jobs)
    workers = min(cores, len(folders))
    if progress:
        progress(0, len(folders))
    if workers <= 1:
        # One case at a time: its files are then what the cores share.
        outcomes = []
        for done, folder in enumerate(folders, start=1):
            outcomes.append(check_case(folder, options, cores))
            if progress:
                progress(done, len(folders))
        return outcomes
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(check_case, folder, options) for folder in folders]
        for done, _ in enumerate(as_completed(futures), start=1):
            if progress:
                progress(done, len(folders))
        return [future.result() for future in futures]
