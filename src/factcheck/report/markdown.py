"""The Markdown report: GitHub-flavoured, for a pull-request comment or a CI job summary.

A summary comes first (counts, sources, what needs attention, omissions); the evidence of each
finding and the coverage matrix follow, folded in `<details>`. Article text can hold anything, so
every string goes through `inline()`, which keeps it on one line and inert: it cannot end a
table cell, open a code span, emphasis or link, or inject HTML.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from pathlib import PurePosixPath

from factcheck.report import labels
from factcheck.report.paths import relative_to_case
from factcheck.result import Finding, FindingKind, Result, SourceValue

# GitHub refuses comments longer than 65,536 characters; leave room for what CI adds around it.
COMMENT_LIMIT = 60_000
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]")
_LINE_BREAK = re.compile(r"\r\n|[\n\r\x0b\x0c\x85\u2028\u2029]")
# ASCII punctuation that means something inline in GFM (CommonMark lets any of it be escaped):
# code spans, emphasis, links and images, tables, strikethrough, math, entities' '#', headings.
_SPECIAL = re.compile(r"([\\`*_\[\]|~$#!])")
_ATTENTION: tuple[FindingKind, ...] = (
    "conflict",
    "internal_inconsistency",
    "list_difference",
    "near_match",
)


def inline(text: str) -> str:
    """Text as inert GFM inline content on one line, safe in a table cell."""
    text = _UNPRINTABLE.sub(" ", text)
    text = _SPECIAL.sub(r"\\\1", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    lines = [line.strip() for line in _LINE_BREAK.split(text.strip())]
    return "<br>".join(lines)


def in_html(text: str) -> str:
    """Text for inside an HTML element such as `<summary>`, where Markdown is not parsed."""
    text = _LINE_BREAK.sub(" ", _UNPRINTABLE.sub(" ", text)).strip()
    return html.escape(text, quote=True)


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines.extend("| " + " | ".join(cell or " " for cell in row) + " |" for row in rows)
    return "\n".join(lines)


class _Writer:
    """The parts of one report; short ones first, the ones that can be left out last."""

    def __init__(self, result: Result) -> None:
        self.result = result
        self.outlets = labels.outlets(result.sources)

    def outlet(self, source: str) -> str:
        return inline(self.outlets.get(source, source))

    def what(self, finding: Finding) -> str:
        return f"{inline(finding.subject_name)} · {inline(finding.property)}"

    def values(self, finding: Finding) -> str:
        return "<br>".join(
            f"**{self.outlet(v.source)}**: {inline(v.value)}" for v in finding.values
        )

    def where(self, value: SourceValue) -> str:
        place = f"{PurePosixPath(value.position.path).name}:{value.position.line}"
        line = f", article line {value.evidence_line}" if value.evidence_line else ""
        return inline(f"{place} ({value.claim}){line}")

    def title(self) -> str:
        result = self.result
        counts = []
        for count in result.counts:
            text = f"{labels.SYMBOLS[count.kind]} {labels.counted(count)}"
            counts.append(f"**{text}**" if count.kind in labels.ATTENTION and count.count else text)
        sources = labels.plural(len(result.sources), "source")
        claims = labels.plural(result.claims, "claim")
        return (
            f"# Fact-check report: {inline(result.case)}\n\n"
            f"{sources} · {claims} compared: {' · '.join(counts)}"
        )

    def sources(self) -> str:
        rows = []
        for source in self.result.sources:
            title = inline(source.title)
            url = _link_target(source.url)
            rows.append(
                (
                    f"{inline(source.outlet)} ({inline(source.id)})",
                    f"[{title}]({url})" if url else title,
                    inline(source.published),
                    inline(source.author or "—"),
                )
            )
        return "## Sources\n\n" + _table(("outlet", "article", "published", "author"), rows)

    def attention(self) -> str:
        rows = []
        for finding in self.result.findings:
            if finding.kind not in _ATTENTION:
                continue
            detail = self.values(finding)
            for difference in finding.differences:
                items = inline(", ".join(difference.items))
                who = labels.named_by(
                    map(self.outlet, difference.named_by), map(self.outlet, difference.not_named_by)
                )
                detail += f"<br>{who}: {items}"
            rows.append((labels.label(finding.kind), self.what(finding), detail))
        if not rows:
            return "## Needs attention\n\nNo conflicts, inconsistencies, list differences or near matches."
        table = _table(("finding", "claim", "what each source says"), rows)
        return f"## Needs attention\n\n{table}"

    def omissions(self) -> str:
        rows = [
            (
                inline(finding.importance),
                self.what(finding),
                self.values(finding),
                ", ".join(self.outlet(source) for source in finding.missing),
            )
            for finding in self.result.findings
            if finding.kind == "omission"
        ]
        if not rows:
            return "## Omissions\n\nEvery claim is stated by every source."
        header = ("importance", "claim", "stated by", "missing from")
        return f"## Omissions\n\nRanked by importance.\n\n{_table(header, rows)}"

    def agreements(self) -> str:
        findings = [f for f in self.result.findings if f.kind == "agreement"]
        if not findings:
            return "## Agreements\n\nNone."
        rows = [(self.what(f), self.values(f)) for f in findings]
        summary = in_html(f"{labels.SYMBOLS['agreement']} {labels.plural(len(rows), 'agreement')}")
        table = _table(("claim", "what the sources say"), rows)
        return f"## Agreements\n\n<details><summary>{summary}</summary>\n\n{table}\n\n</details>"

    def evidence(self) -> str:
        blocks = []
        for finding in self.result.findings:
            if finding.kind == "agreement":
                continue
            summary = in_html(
                f"{labels.label(finding.kind)}: {finding.subject_name} · {finding.property}"
            )
            rows = [
                (self.outlet(v.source), inline(v.value), inline(v.evidence), self.where(v))
                for v in finding.values
            ]
            table = _table(("source", "value", "evidence", "where"), rows)
            why = inline(finding.explanation)
            blocks.append(
                f"<details><summary>{summary}</summary>\n\n**Why:** {why}\n\n{table}\n\n</details>"
            )
        if not blocks:
            return ""
        return "## Evidence\n\n" + "\n\n".join(blocks)

    def coverage(self) -> str:
        result = self.result
        header = ("claim", "finding", *(inline(s.id) for s in result.sources))
        rows = [
            (
                f"{inline(row.subject_name)} · {inline(row.property)}",
                labels.label(row.status),
                *(inline(cell) if cell else "—" for cell in row.cells),
            )
            for row in result.coverage
        ]
        size = (
            f"{labels.plural(len(rows), 'item')} × {labels.plural(len(result.sources), 'source')}"
        )
        return (
            f"## Coverage\n\n<details><summary>{in_html(size)}: who said what</summary>\n\n"
            f"{_table(header, rows)}\n\n</details>"
        )


def _link_target(url: str | None) -> str | None:
    """An http(s) URL as a Markdown link destination, or None for anything else."""
    if not url or not re.fullmatch(r"https?://[^\s\x00-\x1f\x7f]+", url, re.IGNORECASE):
        return None
    # Percent-encode what could end the destination or the table cell; keep the URL's meaning.
    return re.sub(
        r"[^A-Za-z0-9:/?#@!$&*+,;=%._~-]",
        lambda m: "".join(f"%{byte:02X}" for byte in m.group().encode("utf-8")),
        url,
    )


def render(result: Result, limit: int = COMMENT_LIMIT) -> str:
    """The report as GitHub-flavoured Markdown, at most `limit` characters where possible.

    When the whole report is longer, the coverage matrix goes first, then the evidence, then the
    agreements, each replaced by a line saying where to find it.
    """
    writer = _Writer(relative_to_case(result))
    fixed = [writer.title(), writer.sources(), writer.attention(), writer.omissions()]
    optional = [
        ("agreements", writer.agreements()),
        ("evidence", writer.evidence()),
        ("coverage matrix", writer.coverage()),
    ]
    kept = [True] * len(optional)
    while True:
        parts = fixed + [
            text for (_, text), keep in zip(optional, kept, strict=True) if keep and text
        ]
        left_out = [name for (name, _), keep in zip(optional, kept, strict=True) if not keep]
        if left_out:
            names = " and the ".join(left_out)
            parts.append(
                f"*The {names} did not fit in a comment; the HTML and JSON reports hold everything.*"
            )
        document = "\n\n".join(parts) + "\n"
        if len(document) <= limit or not any(kept):
            return document
        kept[max(i for i, keep in enumerate(kept) if keep)] = False
