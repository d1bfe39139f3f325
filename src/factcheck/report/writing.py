"""From reconciled results to report files: where each goes, and writing them all or none.

Every report is rendered before the first is written, and each is written atomically, so an
error or an interruption never leaves a half-written report behind.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from factcheck.atomic import write_atomic
from factcheck.report import EXTENSIONS, REPORTERS
from factcheck.result import Result

DEFAULT_OUTPUT = Path("reports")


class ReportWriteError(Exception):
    """A report cannot be written where it was asked to go."""


def target(
    output: Path | None, case: str, report_format: str, single: bool, folder: bool = False
) -> Path:
    """Where one report goes.

    No output: `reports/<case>.<ext>`. An existing folder, a path written as a folder (`out/`),
    or several reports: `<output>/<case>.<ext>`. One report and any other path: that file.
    """
    name = f"{case}.{EXTENSIONS[report_format]}"
    if output is None:
        return DEFAULT_OUTPUT / name
    if single and not folder and not output.is_dir():
        return output
    return output / name


def render_reports(
    results: Sequence[Result], formats: Sequence[str], output: Path | None, folder: bool = False
) -> dict[Path, str]:
    """Every report, rendered, by the path it goes to (`folder`: output names a folder)."""
    count = len(results) * len(formats)
    single = count == 1
    if (
        output is not None
        and not single
        and not folder
        and output.suffix.lstrip(".") in EXTENSIONS.values()
        and not output.is_dir()
    ):
        # `-o expo.html` for three reports would make a folder named expo.html: say so instead.
        raise ReportWriteError(
            f"{output}: a file name, but {count} reports would be written; "
            f"give one --format for one case, or a folder (`{output.parent / output.stem}/`)"
        )
    reports: dict[Path, str] = {}
    for result in results:
        for report_format in formats:
            path = target(output, result.case, report_format, single, folder)
            if path in reports:
                raise ReportWriteError(f"{path}: two cases are named {result.case!r}")
            reports[path] = REPORTERS[report_format](result)
    return reports


def _reason(path: Path, error: OSError) -> str:
    for parent in reversed(path.parents):
        if parent.exists() and not parent.is_dir():
            return f"{parent} is a file, not a folder"
    if path.is_dir():
        return "it is a folder"
    return error.strerror or str(error)


def write_reports(reports: dict[Path, str]) -> list[Path]:
    """Write each report atomically; the paths written, in order."""
    for path, text in reports.items():
        try:
            write_atomic(path, text)
        except OSError as error:
            raise ReportWriteError(f"cannot write {path}: {_reason(path, error)}") from error
    return list(reports)
