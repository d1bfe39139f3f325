"""Normalised claims and values: what the engine compares and the reports show."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from factcheck.dates import DateValue
from factcheck.quantity import Interval

Kind = Literal["quantity", "date", "entity", "entities", "statement", "caveat", "quote"]
IMPORTANCE_RANK = {"critical": 3, "high": 2, "normal": 1, "low": 0}


@dataclass(frozen=True)
class Quantity:
    """A number as an interval (None: unbounded) with a canonical unit and the text as written."""

    low: float | None
    high: float | None
    low_inclusive: bool
    high_inclusive: bool
    unit: str
    approximate: bool
    text: str
    step: float = field(default=0.0, compare=False)  # see ParsedQuantity.step

    @property
    def interval(self) -> Interval:
        """The interval, for overlap tests."""
        return Interval(self.low, self.high, self.low_inclusive, self.high_inclusive)


@dataclass(frozen=True)
class DateClaim:
    """A date value with the text as written."""

    date: DateValue
    text: str


@dataclass(frozen=True)
class EntityRef:
    """An entity resolved through the registry: its id, canonical name and the text as written."""

    id: str
    name: str
    text: str


@dataclass(frozen=True)
class EntitySet:
    """Entities a source lists; whether the list is closed, and any total it declares."""

    items: tuple[EntityRef, ...]
    exhaustive: bool
    total: Quantity | None

    @property
    def ids(self) -> frozenset[str]:
        """The distinct entity ids named."""
        return frozenset(item.id for item in self.items)

    @property
    def closed(self) -> bool:
        """Whether the list is complete: marked exhaustive, or as long as its declared total."""
        if self.exhaustive:
            return True
        total = self.total
        return (
            total is not None
            and total.low is not None
            and total.low == total.high
            and int(total.low) == len(self.ids)
        )


@dataclass(frozen=True)
class Statement:
    """Free text whose presence matters; a caveat qualifies the whole story."""

    text: str
    caveat: bool


@dataclass(frozen=True)
class QuoteValue:
    """Words and who said them."""

    speaker: EntityRef
    text: str


Value = Quantity | DateClaim | EntityRef | EntitySet | Statement | QuoteValue


@dataclass(frozen=True)
class Position:
    """Where something stands in a file: path as shown to users, 1-based line and column."""

    path: str
    line: int
    column: int


@dataclass(frozen=True)
class Claim:
    """A claim after entity resolution and normalisation, tied to its source and evidence."""

    source: str
    id: str
    subject: EntityRef
    property: str
    kind: Kind
    value: Value
    importance: str
    evidence: str
    evidence_line: int | None
    position: Position
    qualifiers: tuple[tuple[str, str], ...] = ()
    share_of: tuple[str, str] | None = None
    item: str | None = None


@dataclass(frozen=True)
class Source:
    """An article: its metadata as the claim file gives it."""

    id: str
    outlet: str
    title: str
    author: str | None
    published: str
    language: str
    url: str | None
    text_path: str
    claim_file: str


@dataclass(frozen=True)
class Case:
    """All sources and claims of one case folder, ready for reconciliation."""

    name: str
    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]
    part_of: dict[str, frozenset[str]] = field(default_factory=dict, compare=False)
    related: dict[str, frozenset[str]] = field(default_factory=dict, compare=False)
