"""The reconciliation result: plain data that every reporter renders and JSON exposes.

The JSON shape is versioned by SCHEMA_VERSION; schema/report.schema.json is its JSON Schema.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from factcheck.values import Position, Source

SCHEMA_VERSION = 1

FindingKind = Literal[
    "conflict",
    "internal_inconsistency",
    "list_difference",
    "near_match",
    "omission",
    "agreement",
]
# The order in which findings are listed: what needs a reader's attention first.
KIND_ORDER: tuple[FindingKind, ...] = (
    "conflict",
    "internal_inconsistency",
    "list_difference",
    "near_match",
    "omission",
    "agreement",
)
Severity = Literal["high", "medium", "low"]
SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}


@dataclass(frozen=True)
class SourceValue:
    """What one source states in a finding, with the evidence to check it."""

    source: str
    claim: str
    value: str
    normalized: str
    evidence: str
    evidence_line: int | None
    position: Position


@dataclass(frozen=True)
class ItemDifference:
    """For list differences and set conflicts: items that some of the sources name, not all."""

    items: tuple[str, ...]
    named_by: tuple[str, ...]
    not_named_by: tuple[str, ...]


@dataclass(frozen=True)
class Finding:
    """One thing the engine found about a (subject, property) across sources."""

    id: str
    kind: FindingKind
    subject: str
    subject_name: str
    property: str
    value_kind: str
    severity: Severity
    importance: str
    explanation: str
    values: tuple[SourceValue, ...]
    missing: tuple[str, ...] = ()
    differences: tuple[ItemDifference, ...] = ()


@dataclass(frozen=True)
class CoverageRow:
    """One (subject, property) and, per source in `Result.sources` order, what it states ("" if nothing)."""

    subject: str
    subject_name: str
    property: str
    cells: tuple[str, ...]
    status: FindingKind


@dataclass(frozen=True)
class Count:
    """How many findings of one kind."""

    kind: FindingKind
    count: int


@dataclass(frozen=True)
class Result:
    """Everything one reconciliation found for one case."""

    schema_version: int = field(default=SCHEMA_VERSION, kw_only=True)
    case: str
    sources: tuple[Source, ...]
    claims: int
    counts: tuple[Count, ...]
    findings: tuple[Finding, ...]
    coverage: tuple[CoverageRow, ...]
