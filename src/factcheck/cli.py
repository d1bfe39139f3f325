"""The `factcheck` command line: parses arguments, calls the core, maps results to exit codes.

Exit codes: 0 clean, 1 findings or problems, 2 usage or invalid input to `check`, 3 internal
error, 130 interrupted.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from factcheck import problems as problem_format
from factcheck.loading import LoadOptions, load_paths
from factcheck.problems import Problem, Severity, sort_problems
from factcheck.yamltree import Limits

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
DEFAULT_CLAIMS = Path("claims")

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Check where articles about one event agree, conflict, and what each leaves out.",
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


class ProblemFormat(str, Enum):
    """How `validate` prints problems."""

    text = "text"
    json = "json"
    github = "github"


def _print_problems(problems: list[Problem], output: ProblemFormat | None) -> None:
    chosen = output or (ProblemFormat.github if os.environ.get("GITHUB_ACTIONS") == "true" else ProblemFormat.text)
    if chosen is ProblemFormat.json:
        sys.stdout.write(problem_format.format_json(problems))
        return
    for problem in problems:
        if chosen is ProblemFormat.github:
            print(problem_format.format_github(problem))
        print(problem_format.format_line(problem))


PathsArgument = Annotated[
    list[Path] | None,
    typer.Argument(help="Claim files, registries or case folders (default: claims/).", show_default=False),
]


@app.command()
def validate(
    paths: PathsArgument = None,
    output: Annotated[
        ProblemFormat | None,
        typer.Option("--format", help="text, json, or github (default: github under GitHub Actions)."),
    ] = None,
    max_file_bytes: Annotated[int, typer.Option(min=1, help="Largest claim file or registry read.")] = LoadOptions.max_file_bytes,
    max_article_bytes: Annotated[int, typer.Option(min=1, help="Largest archived text read.")] = LoadOptions.max_article_bytes,
    max_claims: Annotated[int, typer.Option(min=1, help="Most claims in one file.")] = LoadOptions.max_claims,
    max_depth: Annotated[int, typer.Option(min=1, help="Deepest YAML nesting.")] = Limits.max_depth,
) -> None:
    """Check claim files: schema, entities, evidence in the archived text (the pre-commit hook)."""
    options = LoadOptions(
        max_file_bytes=max_file_bytes,
        max_article_bytes=max_article_bytes,
        max_claims=max_claims,
        yaml=Limits(max_depth=max_depth),
    )
    result = load_paths(paths or [DEFAULT_CLAIMS], options)
    problems = sort_problems(result.problems)
    _print_problems(problems, output)
    if any(p.severity is Severity.ERROR for p in problems):
        raise typer.Exit(EXIT_FINDINGS)


@app.command()
def schema(
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the schema files.")] = Path("schema"),
) -> None:
    """Write the JSON Schemas of claim files and of the entity registry."""
    from factcheck.atomic import write_atomic
    from factcheck.schema import render_schemas

    for name, text in render_schemas().items():
        write_atomic(output / name, text)
        print(output / name)


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
    sys.exit(code if isinstance(code, int) else EXIT_CLEAN)
