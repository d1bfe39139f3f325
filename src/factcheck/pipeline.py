"""From paths to reconciled results: validation first, then one Result per valid case."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from factcheck.loading import LoadOptions, case_folders, load_case
from factcheck.problems import Problem, Severity, sort_problems
from factcheck.reconcile import reconcile
from factcheck.result import Result

# Which findings make a run fail, for each `--fail-on` choice.
FAIL_ON: dict[str, frozenset[str]] = {
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
        kinds = FAIL_ON[fail_on]
        return any(f.kind in kinds for r in self.results for f in r.findings)


def check_cases(paths: Iterable[Path], options: LoadOptions | None = None) -> Outcome:
    """Load every case under the paths; reconcile those without errors."""
    options = options or LoadOptions()
    folders, problems = case_folders(paths)
    results = []
    for folder in folders:
        case, found = load_case(folder, options)
        problems.extend(found)
        if any(p.severity is Severity.ERROR for p in found):
            continue
        results.append(reconcile(case))
    return Outcome(tuple(results), tuple(sort_problems(problems)))
