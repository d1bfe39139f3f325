"""Values as text: what reports show a reader (as written) and the normalised form behind it."""

from __future__ import annotations

from factcheck.values import (
    DateClaim,
    EntityRef,
    EntitySet,
    Quantity,
    QuoteValue,
    Statement,
    Value,
)


def number(value: float) -> str:
    """A number with thousands separators and no needless decimals."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.2f}"


def interval_text(quantity: Quantity) -> str:
    """The interval of a quantity in words a reader checks quickly: '30,000 < x < 40,000 person'."""
    low, high = quantity.low, quantity.high
    unit = f" {quantity.unit}" if quantity.unit else ""
    if low is not None and high is not None and low == high:
        return f"= {number(low)}{unit}"
    parts = []
    if low is not None:
        parts.append(f"{number(low)} {'≤' if quantity.low_inclusive else '<'} ")
    parts.append("x")
    if high is not None:
        parts.append(f" {'≤' if quantity.high_inclusive else '<'} {number(high)}")
    return "".join(parts) + unit


def shown(value: Value) -> str:
    """The value as the source writes it, with entity names."""
    if isinstance(value, Quantity):
        return value.text
    if isinstance(value, DateClaim):
        return value.text
    if isinstance(value, EntityRef):
        return value.name
    if isinstance(value, EntitySet):
        names = ", ".join(item.name for item in value.items)
        notes = ["complete" if value.closed else "not exhaustive"]
        if value.total is not None:
            notes.append(f"total {value.total.text}")
        return f"{names} ({'; '.join(notes)})"
    if isinstance(value, QuoteValue):
        return f"{value.speaker.name}: “{value.text}”"
    assert isinstance(value, Statement)
    return value.text


def normalized(value: Value) -> str:
    """The normalised value the engine compared."""
    if isinstance(value, Quantity):
        return interval_text(value)
    if isinstance(value, DateClaim):
        return value.date.iso()
    if isinstance(value, EntityRef):
        return value.id
    if isinstance(value, EntitySet):
        ids = ", ".join(sorted(value.ids))
        closed = "closed" if value.closed else "open"
        total = f"; total {interval_text(value.total)}" if value.total is not None else ""
        return f"{{{ids}}} {closed}{total}"
    if isinstance(value, QuoteValue):
        return f"{value.speaker.id}: {value.text}"
    assert isinstance(value, Statement)
    return value.text
