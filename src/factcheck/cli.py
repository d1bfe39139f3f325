"""The `factcheck` command line: parses arguments, calls the core, maps results to exit codes.

Exit codes: 0 clean, 1 findings or problems, 2 usage or invalid input to `check`, 3 internal
error, 130 interrupted.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from factcheck import problems as problem_format
from factcheck.loading import LoadOptions
from factcheck.problems import Problem, Severity, sort_problems
from factcheck.yamltree import Limits

if TYPE_CHECKING:  # the pipeline imports the engine: loaded only by the commands that use it
    from factcheck.pipeline import Outcome

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
DEFAULT_CLAIMS = Path("claims")

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Check where articles about one event agree, conflict, and what each leaves out.",
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


class ProblemFormat(StrEnum):
    """How `validate` prints problems."""

    text = "text"
    json = "json"
    github = "github"


def _print_problems(problems: list[Problem], output: ProblemFormat | None) -> None:
    chosen = output or (
        ProblemFormat.github if os.environ.get("GITHUB_ACTIONS") == "true" else ProblemFormat.text
    )
    if chosen is ProblemFormat.json:
        sys.stdout.write(problem_format.format_json(problems))
        return
    for problem in problems:
        if chosen is ProblemFormat.github:
            print(problem_format.format_github(problem))
        print(problem_format.format_line(problem))


# The limits every command that reads input takes (README: "Limits and exit codes").
MaxFileBytes = Annotated[int, typer.Option(min=1, help="Largest claim file or registry read.")]
MaxArticleBytes = Annotated[int, typer.Option(min=1, help="Largest archived text read.")]
MaxClaims = Annotated[int, typer.Option(min=1, help="Most claims in one file.")]
MaxDepth = Annotated[int, typer.Option(min=1, help="Deepest YAML nesting.")]
Jobs = Annotated[
    int,
    typer.Option(
        "--jobs",
        "-j",
        min=0,
        help=(
            "Processes (at most one per core): cases checked at once, or for one case of 64 or "
            "more files, its files; 0: one per core. The output is the same for any value."
        ),
    ),
]


def _load_options(
    max_file_bytes: int, max_article_bytes: int, max_claims: int, max_depth: int
) -> LoadOptions:
    return LoadOptions(
        max_file_bytes=max_file_bytes,
        max_article_bytes=max_article_bytes,
        max_claims=max_claims,
        yaml=Limits(max_depth=max_depth),
    )


@contextlib.contextmanager
def _progress_bar(what: str) -> Iterator[Callable[[int, int], None] | None]:
    """A bar on stderr while cases are checked, only on a terminal; it clears itself when done."""
    if not sys.stderr.isatty() or os.environ.get("PRE_COMMIT"):
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress as Bar

    with Bar(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(what, total=None)

        def update(done: int, total: int) -> None:
            if total > 1:
                bar.update(task, completed=done, total=total)

        yield update


PathsArgument = Annotated[
    list[Path] | None,
    typer.Argument(
        help="Claim files, registries or case folders (default: claims/).", show_default=False
    ),
]


@app.command()
def validate(
    paths: PathsArgument = None,
    output: Annotated[
        ProblemFormat | None,
        typer.Option(
            "--format", help="text, json, or github (default: github under GitHub Actions)."
        ),
    ] = None,
    max_file_bytes: MaxFileBytes = LoadOptions.max_file_bytes,
    max_article_bytes: MaxArticleBytes = LoadOptions.max_article_bytes,
    max_claims: MaxClaims = LoadOptions.max_claims,
    max_depth: MaxDepth = Limits.max_depth,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            "-j",
            min=0,
            help="Processes for many files; 0: one per core (1 under pre-commit).",
        ),
    ] = 0,
) -> None:
    """Check claim files: schema, entities, evidence in the archived text (the pre-commit hook)."""
    from factcheck.validation import validate_paths

    options = _load_options(max_file_bytes, max_article_bytes, max_claims, max_depth)
    if jobs == 0 and os.environ.get("PRE_COMMIT"):
        jobs = 1  # pre-commit already runs one hook process per core
    problems = sort_problems(validate_paths(paths or [DEFAULT_CLAIMS], options, jobs=jobs))
    _print_problems(problems, output)
    if any(p.severity is Severity.ERROR for p in problems):
        raise typer.Exit(EXIT_FINDINGS)


@app.command()
def schema(
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Folder for the schema files.")
    ] = Path("schema"),
) -> None:
    """Write the JSON Schemas of claim files and of the entity registry."""
    from factcheck.atomic import write_atomic
    from factcheck.schema import render_schemas

    for name, text in render_schemas().items():
        write_atomic(output / name, text)
        print(output / name)


class FailOn(StrEnum):
    """Which findings make `check` exit with status 1."""

    conflict = "conflict"
    omission = "omission"
    never = "never"


class CheckFormat(StrEnum):
    """How `check` prints its results."""

    text = "text"
    md = "md"
    json = "json"


def _use_color() -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def _valid_outcome(cases: list[str] | None, options: LoadOptions, jobs: int) -> Outcome:
    """Load and reconcile the cases; invalid input or no case at all ends the run with exit 2."""
    from factcheck.loading import case_paths
    from factcheck.pipeline import check_cases

    with _progress_bar("checking cases") as progress:
        outcome = check_cases(
            case_paths(cases, DEFAULT_CLAIMS) if cases else [DEFAULT_CLAIMS],
            options,
            jobs=jobs,
            progress=progress,
            cases_home=DEFAULT_CLAIMS,
        )
    if outcome.invalid:
        _print_problems(list(outcome.problems), None)
        raise typer.Exit(EXIT_USAGE)
    if not outcome.results:
        print("factcheck: no cases found", file=sys.stderr)
        raise typer.Exit(EXIT_USAGE)
    return outcome


@app.command()
def check(
    cases: Annotated[
        list[str] | None,
        typer.Argument(
            help="Case folders, folders of cases, or names of cases in claims/ (default: claims/).",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        CheckFormat,
        typer.Option(
            "--format", help="text (tables), md (the Markdown report) or json (the result as data)."
        ),
    ] = CheckFormat.text,
    fail_on: Annotated[
        FailOn,
        typer.Option(
            help="Exit 1 on conflicts (and internal inconsistencies), on omissions too, or never."
        ),
    ] = FailOn.conflict,
    width: Annotated[
        int | None, typer.Option(help="Terminal width (default: the terminal's, at most 120).")
    ] = None,
    limit: Annotated[
        int, typer.Option(min=0, help="Rows shown per table; the reports hold everything.")
    ] = 25,
    jobs: Jobs = 0,
    max_file_bytes: MaxFileBytes = LoadOptions.max_file_bytes,
    max_article_bytes: MaxArticleBytes = LoadOptions.max_article_bytes,
    max_claims: MaxClaims = LoadOptions.max_claims,
    max_depth: MaxDepth = Limits.max_depth,
) -> None:
    """Reconcile the sources of each case: conflicts, list differences, omissions, agreements."""
    from factcheck.report import REPORTERS, labels, terminal
    from factcheck.report import json as json_report

    options = _load_options(max_file_bytes, max_article_bytes, max_claims, max_depth)
    outcome = _valid_outcome(cases, options, jobs)
    columns = width or min(_terminal_width(), 120)
    if output is CheckFormat.json:
        sys.stdout.write(json_report.render_all(outcome.results))
    for result in outcome.results:
        if output is CheckFormat.md:  # the Markdown report, e.g. for $GITHUB_STEP_SUMMARY
            sys.stdout.write(REPORTERS["md"](result))
        elif output is CheckFormat.text:
            sys.stdout.write(
                terminal.render(result, width=columns, color=_use_color(), limit=limit)
            )
    if outcome.fails(fail_on.value):
        if output is CheckFormat.text:
            found = ", ".join(
                f"{count} {labels.SINGULAR[kind] if count == 1 else labels.PLURAL[kind]}"
                for kind, count in outcome.failing(fail_on.value).items()
            )
            print(f"factcheck: exit status 1: {found} (see --fail-on)", file=sys.stderr)
        raise typer.Exit(EXIT_FINDINGS)


def _terminal_width() -> int:
    import shutil

    return shutil.get_terminal_size((80, 24)).columns


class ReportFormat(StrEnum):
    """The file formats `report` writes (the keys of `factcheck.report.REPORTERS`)."""

    html = "html"
    md = "md"
    json = "json"


@app.command()
def report(
    cases: Annotated[
        list[str] | None,
        typer.Argument(
            help="Case folders, or names of cases in claims/ (default: every case in claims/).",
            show_default=False,
        ),
    ] = None,
    formats: Annotated[
        list[ReportFormat] | None,
        typer.Option("--format", help="html, md or json; repeat for several (default: all three)."),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            help="The file for a single report, else the folder for <case>.<ext> (default: reports/).",
            show_default=False,
        ),
    ] = None,
    jobs: Jobs = 0,
    max_file_bytes: MaxFileBytes = LoadOptions.max_file_bytes,
    max_article_bytes: MaxArticleBytes = LoadOptions.max_article_bytes,
    max_claims: MaxClaims = LoadOptions.max_claims,
    max_depth: MaxDepth = Limits.max_depth,
) -> None:
    """Write reports to share: self-contained HTML, GitHub-flavoured Markdown and JSON."""
    from factcheck.report.writing import ReportWriteError, render_reports, write_reports

    options = _load_options(max_file_bytes, max_article_bytes, max_claims, max_depth)
    outcome = _valid_outcome(cases, options, jobs)
    chosen = [f.value for f in formats] if formats else [f.value for f in ReportFormat]
    try:
        written = write_reports(
            render_reports(
                outcome.results,
                list(dict.fromkeys(chosen)),
                Path(output) if output else None,
                folder=output is not None and output.endswith(("/", os.sep)),
            )
        )
    except ReportWriteError as error:
        print(f"factcheck: {error}", file=sys.stderr)
        raise typer.Exit(EXIT_USAGE) from None
    for path in written:
        print(path.as_posix())


@app.command()
def extract(
    article: Annotated[
        Path, typer.Argument(help="The archived article: plain text or a saved web page.")
    ],
    source_id: Annotated[
        str | None, typer.Option(help="Id of the source (default: from the file name).")
    ] = None,
    registry: Annotated[
        Path | None,
        typer.Option(
            help="Entity registry to resolve names with (default: entities.yaml beside the article)."
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(help="Draft claim file (default: drafts/SOURCE-ID.yaml beside the article)."),
    ] = None,
    registry_out: Annotated[
        Path | None,
        typer.Option(
            help="Registry draft with proposed entities (default: entities.yaml beside --out)."
        ),
    ] = None,
    published: Annotated[
        str | None,
        typer.Option(
            help="The article's date (YYYY-MM-DD or ISO datetime) when the text lacks it."
        ),
    ] = None,
    outlet: Annotated[
        str | None, typer.Option(help="The outlet, when the text does not name it.")
    ] = None,
) -> None:
    """Draft a claim file from an article (Korean or English), with its evidence located."""
    from factcheck.atomic import write_atomic
    from factcheck.extract import ExtractError, ExtractOptions, extract_draft, parse_published

    try:
        when = parse_published(published) if published is not None else None
        options = ExtractOptions(article, out, source_id, registry, registry_out, when, outlet)
        result = extract_draft(options)
    except ExtractError as error:
        print(f"factcheck: {error}", file=sys.stderr)
        raise typer.Exit(error.exit_code) from None
    for path, text in result.files.items():
        write_atomic(path, text)
    for note in result.notes:
        print(f"factcheck: note: {note}", file=sys.stderr)
    written = list(result.files)
    print(
        f"{written[-1]}: {result.claims} claims; {result.proposals} proposed entities in {written[-2]}"
    )
    if result.claims == 0:
        # A draft with nothing in it is a result to look at, not a success a script can skip.
        raise typer.Exit(EXIT_FINDINGS)


def _version(value: bool) -> None:
    if value:
        from factcheck import __version__

        print(f"factcheck {__version__}")
        raise typer.Exit(EXIT_CLEAN)


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Check where articles about one event agree, conflict, and what each leaves out."""


def main() -> None:
    """Entry point: run the app, turning interruptions and unexpected errors into exit codes."""
    try:
        code = app(standalone_mode=False)
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        sys.exit(EXIT_INTERRUPTED)
    except typer.Exit as stop:
        sys.exit(stop.exit_code)
    except typer.Abort:
        print("factcheck: interrupted", file=sys.stderr)
        sys.exit(EXIT_INTERRUPTED)
    except typer.TyperException as error:
        # Usage errors: unknown options, missing arguments, bad choices.
        show = getattr(error, "show", None)
        if show is not None:
            show()
        else:
            print(f"factcheck: {error}", file=sys.stderr)
        sys.exit(EXIT_USAGE)
    except Exception as error:  # the one boundary where anything unexpected is caught
        print(f"factcheck: internal error: {type(error).__name__}: {error}", file=sys.stderr)
        sys.exit(EXIT_INTERNAL)
    if code == EXIT_INTERRUPTED:  # typer turns KeyboardInterrupt into this code, silently
        print("factcheck: interrupted", file=sys.stderr)
    sys.exit(code if isinstance(code, int) else EXIT_CLEAN)
