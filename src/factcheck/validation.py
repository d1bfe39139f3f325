"""`validate` over many files on several cores: the same problems as one process, sooner.

The claim files of a case are split into runs of consecutive files, each loaded in a worker
process with the case's registry and texts. Only problems travel back, plus each file's source
id, so that a source id used in two runs is still reported, as `load_case` reports it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from factcheck.loading import (
    PARALLEL_FROM_FILES,
    LoadOptions,
    claim_files,
    duplicate_source,
    load_case,
    plan_paths,
    processes,
    split_runs,
)
from factcheck.problems import Problem, display_path


def validate_paths(
    paths: Iterable[Path], options: LoadOptions | None = None, *, jobs: int = 1
) -> list[Problem]:
    """Every problem in the files and folders given (unsorted), using up to `jobs` processes
    (0: one per core)."""
    options = options or LoadOptions()
    plan, problems = plan_paths(paths)
    tasks: list[tuple[Path, list[Path]]] = []
    for folder, only in plan:
        tasks.append((folder, only if only is not None else claim_files(folder)))
    workers = min(processes(jobs), sum(len(files) for _, files in tasks))
    if workers <= 1 or sum(len(files) for _, files in tasks) < PARALLEL_FROM_FILES:
        for folder, files in tasks:
            problems.extend(_load(folder, files, options)[0])
        return problems
    chunks: list[tuple[Path, list[Path]]] = []
    for folder, files in tasks:
        chunks.extend((folder, run) for run in split_runs(files, workers))
        if not files:
            chunks.append((folder, []))  # the registry is still checked
    # Imported here: it costs a hundredth of a second that a one-file run should not pay.
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(_load, folder, files, options) for folder, files in chunks]
        outcomes = [future.result() for future in futures]
    first_use: dict[tuple[Path, str], Path] = {}
    for (folder, _), (found, sources) in zip(chunks, outcomes, strict=True):
        problems.extend(found)
        for source_id, path in sources:
            earlier = first_use.setdefault((folder, source_id), path)
            if earlier != path:
                problems.append(duplicate_source(path, source_id, earlier, options))
    return problems


def _load(
    folder: Path, files: list[Path], options: LoadOptions
) -> tuple[list[Problem], list[tuple[str, Path]]]:
    case, problems = load_case(folder, options, only=files)
    paths = {display_path(path): path for path in files}
    return problems, [(source.id, paths[source.claim_file]) for source in case.sources]
