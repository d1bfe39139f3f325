"""Terminal tables for `factcheck check`: a summary, the findings by kind, a coverage matrix.

Rendered with rich into a string; the CLI decides where it goes. Article text is shown as rich
Text objects, never as markup, and stripped of control characters, so `[/x]` or an escape
sequence in a claim prints as itself and cannot restyle or take over the terminal.
"""

from __future__ import annotations

import io
import re

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from factcheck.report import labels
from factcheck.result import KIND_ORDER, Finding, FindingKind, Result

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
STYLES: dict[FindingKind, str] = {
    "conflict": "bold red",
    "internal_inconsistency": "bold magenta",
    "list_difference": "yellow",
    "near_match": "cyan",
    "omission": "bold yellow",
    "agreement": "green",
}


# Rows for one finding at most: a case of hundreds of sources stays readable on a terminal,
# and the reports hold every value.
MAX_VALUES = 6


def _few(names: list[str] | tuple[str, ...]) -> str:
    """Names, or the first few of many and how many more."""
    if len(names) <= MAX_VALUES:
        return ", ".join(names)
    return f"{', '.join(names[:MAX_VALUES])} and {len(names) - MAX_VALUES} more"


def clean(text: str) -> str:
    """Article text made safe for a terminal: control characters become spaces."""
    return _CONTROL.sub(" ", text)


def summary_line(result: Result) -> str:
    """'2 sources, 93 claims: 3 conflicts, …' as plain text."""
    parts = [labels.counted(count) for count in result.counts]
    sources, claims = len(result.sources), result.claims
    return (
        f"{sources} source{'s' if sources != 1 else ''}, "
        f"{claims} claim{'s' if claims != 1 else ''}: {', '.join(parts)}"
    )


def _what(finding: Finding) -> Text:
    text = Text(clean(finding.subject_name), style="bold")
    text.append(f"\n{finding.property}", style="dim")
    return text


def _finding_table(kind: FindingKind, findings: list[Finding], limit: int) -> RenderableType:
    table = Table(
        title=Text(f"{labels.PLURAL[kind].capitalize()} ({len(findings)})", style=STYLES[kind]),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_lines=True,
        expand=True,
        pad_edge=False,
    )
    table.add_column("what", ratio=2, overflow="fold")
    table.add_column("source", ratio=2, overflow="fold")
    table.add_column("value and evidence", ratio=5, overflow="fold")
    for finding in findings[:limit]:
        details = Text(clean(finding.explanation), style=STYLES[kind])
        for value in finding.values[:MAX_VALUES]:
            line = f" (line {value.evidence_line})" if value.evidence_line else ""
            details.append(f"\n{value.source}: ", style="bold")
            details.append(clean(value.value))
            if kind != "agreement":  # agreements stay compact; the reports show their evidence
                details.append(f"\n  “{clean(value.evidence)}”{line}", style="italic")
        if len(finding.values) > MAX_VALUES:
            more = len(finding.values) - MAX_VALUES
            details.append(f"\n… {more} more values in the report", style="dim")
        if finding.missing:
            details.append(f"\nmissing from: {_few(finding.missing)}", style=STYLES[kind])
        for difference in finding.differences[:MAX_VALUES]:
            who = labels.named_by([_few(difference.named_by)], [_few(difference.not_named_by)])
            details.append(f"\n{who}: {clean(', '.join(difference.items))}")
        if len(finding.differences) > MAX_VALUES:
            more = len(finding.differences) - MAX_VALUES
            details.append(f"\n… {more} more in the report", style="dim")
        sources = _few(sorted({v.source for v in finding.values}))
        table.add_row(_what(finding), Text(sources), details)
    if len(findings) > limit:
        # A caption, not a row: the first column is too narrow to hold the note on one line.
        table.caption = Text(f"… {len(findings) - limit} more in the report", style="dim")
        table.caption_justify = "left"
    return table


def _coverage_table(result: Result, limit: int, max_sources: int) -> RenderableType:
    sources = result.sources[:max_sources]
    table = Table(
        title=Text(
            f"Coverage ({len(result.coverage)} items × {len(result.sources)} sources)",
            style="bold",
        ),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        expand=True,
        pad_edge=False,
    )
    table.add_column("what", ratio=3, overflow="fold")
    for source in sources:
        table.add_column(source.id, ratio=2, overflow="fold")
    table.add_column("finding", ratio=2, overflow="fold")
    for row in result.coverage[:limit]:
        cells = [
            Text(clean(cell) if cell else "—", style="" if cell else "dim")
            for cell in row.cells[:max_sources]
        ]
        what = Text(clean(row.subject_name))
        what.append(f" · {row.property}", style="dim")
        table.add_row(what, *cells, Text(labels.SINGULAR[row.status], style=STYLES[row.status]))
    if len(result.coverage) > limit:
        table.add_row(
            Text(f"… {len(result.coverage) - limit} more rows in the report", style="dim")
        )
    if len(result.sources) > max_sources:
        table.caption = f"{len(result.sources) - max_sources} more sources in the report"
    return table


def render(result: Result, *, width: int = 80, color: bool = False, limit: int = 25) -> str:
    """The whole terminal output for one case as text (with ANSI styles when `color`)."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=color,
        color_system="standard" if color else None,
        no_color=not color,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
    )
    header = Text(f"factcheck: {clean(result.case)}", style="bold")
    for source in result.sources[:limit]:
        author = f", {clean(source.author)}" if source.author else ""
        header.append(f"\n  {source.id}: {clean(source.outlet)}{author}, {source.published}")
    if len(result.sources) > limit:
        header.append(
            f"\n  … {len(result.sources) - limit} more sources in the report", style="dim"
        )
    header.append(f"\n{summary_line(result)}", style="bold")
    parts: list[RenderableType] = [header]
    for kind in KIND_ORDER:
        findings = [f for f in result.findings if f.kind == kind]
        if findings:
            parts.append(Text())
            parts.append(_finding_table(kind, findings, limit))
    parts.append(Text())
    parts.append(_coverage_table(result, limit, max_sources=6))
    console.print(Group(*parts))
    return buffer.getvalue()
