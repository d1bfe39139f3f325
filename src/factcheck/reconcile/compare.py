"""Comparators, one per value kind: are two sources' values compatible, and if not, why not.

Each works on the values one source states for a (subject, property) and is a pure function, so
the engine's laws (order does not matter, a source agrees with itself) can be checked on each.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from factcheck.dates import dates_compatible
from factcheck.quantity import Interval
from factcheck.reconcile.describe import interval_text
from factcheck.units import comparable, unit_of
from factcheck.values import DateClaim, EntityRef, EntitySet, Quantity

Verdict = Literal["agreement", "near_match", "list_difference", "conflict"]
VERDICT_RANK: dict[Verdict, int] = {
    "agreement": 0,
    "near_match": 1,
    "list_difference": 2,
    "conflict": 3,
}


@dataclass(frozen=True)
class Comparison:
    """The verdict on two sources, and a one-line reason when they are not in plain agreement."""

    verdict: Verdict
    reason: str = ""


AGREE = Comparison("agreement")


def _intersection(intervals: list[Interval]) -> Interval | None:
    """The interval every one of the given intervals contains, or None if they do not meet."""
    current = intervals[0]
    for other in intervals[1:]:
        if not current.overlaps(other):
            return None
        low, low_inclusive = current.low, current.low_inclusive
        if other.low is not None and (
            low is None or other.low > low or (other.low == low and not other.low_inclusive)
        ):
            low, low_inclusive = other.low, other.low_inclusive
        high, high_inclusive = current.high, current.high_inclusive
        if other.high is not None and (
            high is None or other.high < high or (other.high == high and not other.high_inclusive)
        ):
            high, high_inclusive = other.high, other.high_inclusive
        current = Interval(low, high, low_inclusive, high_inclusive)
    return current


def in_base_unit(quantity: Quantity, *, converted: bool = False) -> Interval:
    """The quantity's interval in the base unit of its dimension (4.2 km as 4,200 m).

    `converted`: the other figure is in another unit, so one of the two was probably converted
    and rounded ('12 hectares (30 acres)'); an exact figure then stands for anything that
    rounds to it at its last written digit.
    """
    factor = unit_of(quantity.unit).factor
    interval = quantity.interval
    half = quantity.step / 2 if converted else 0.0
    if factor == 1 and not half:
        return interval
    low = (interval.low - half) * factor if interval.low is not None else None
    high = (interval.high + half) * factor if interval.high is not None else None
    return Interval(low, high, interval.low_inclusive, interval.high_inclusive)


def _converted(values: list[Quantity]) -> bool:
    """Whether the figures are written in more than one unit (of one dimension, or not)."""
    return len({q.unit for q in values}) > 1


def _compare_pair(a: Quantity, b: Quantity, converted: bool) -> Comparison:
    if not comparable(a.unit, b.unit):
        # Figures of different dimensions are not compared: a person must look at them.
        return Comparison("near_match", f"different units ({a.text} and {b.text}): not compared")
    if in_base_unit(a, converted=converted).overlaps(in_base_unit(b, converted=converted)):
        return AGREE
    return Comparison(
        "conflict",
        f"{a.text} ({interval_text(a)}) and {b.text} ({interval_text(b)}) cannot both be true",
    )


def quantities_consistent(values: list[Quantity]) -> Comparison:
    """Whether one source's own figures for one thing can all be true together."""
    converted = _converted(values)
    for index, left in enumerate(values):
        for right in values[index + 1 :]:
            verdict = _compare_pair(left, right, converted)
            if verdict.verdict != "agreement":
                return verdict
    meet = _intersection([in_base_unit(q, converted=converted) for q in values])
    if meet is None:
        return Comparison("conflict", "the figures have no value in common")
    return AGREE


def compare_quantities(left: list[Quantity], right: list[Quantity]) -> Comparison:
    """Compatible when the intervals can overlap (each side's own figures taken together).

    A source that contradicts itself is reported on its own; against others, one compatible
    pair suffices, so that a source always agrees with a copy of itself.
    """
    pairs = [(a, b) for a in left for b in right]
    converted = _converted(left + right)
    consistent = quantities_consistent(left) is AGREE and quantities_consistent(right) is AGREE
    if not consistent:
        verdicts = [_compare_pair(a, b, converted) for a, b in pairs]
        return AGREE if AGREE in verdicts else verdicts[0]
    unit_clash = _compare_pair(left[0], right[0], converted)
    if unit_clash.verdict == "near_match":
        return unit_clash
    left_meet = _intersection([in_base_unit(q, converted=converted) for q in left])
    right_meet = _intersection([in_base_unit(q, converted=converted) for q in right])
    # Widening only grows intervals, so a side consistent alone still meets itself.
    assert left_meet is not None and right_meet is not None
    if left_meet.overlaps(right_meet):
        return AGREE
    # Intervals that overlap pairwise share a point (Helly, in one dimension), so when the two
    # sides' meets are apart some pair of figures is apart too: name that pair.
    return next(v for v in (_compare_pair(a, b, converted) for a, b in pairs) if v is not AGREE)


def _compare_date_pair(a: DateClaim, b: DateClaim) -> Comparison:
    if dates_compatible(a.date, b.date):
        return AGREE
    return Comparison("conflict", f"{a.date.iso()} and {b.date.iso()} are different dates")


def dates_consistent(values: list[DateClaim]) -> Comparison:
    """Whether one source's own dates for one thing can all be true together."""
    verdicts = (_compare_date_pair(a, b) for i, a in enumerate(values) for b in values[i + 1 :])
    return next((v for v in verdicts if v is not AGREE), AGREE)


def compare_dates(left: list[DateClaim], right: list[DateClaim]) -> Comparison:
    """Compatible when every pair agrees at the precision both give.

    A source that contradicts itself is reported on its own; against others, one compatible
    pair suffices, so that a source always agrees with a copy of itself.
    """
    verdicts = [_compare_date_pair(a, b) for a in left for b in right]
    if dates_consistent(left) is AGREE and dates_consistent(right) is AGREE:
        return next((v for v in verdicts if v is not AGREE), AGREE)
    return AGREE if AGREE in verdicts else verdicts[0]


Relations = Mapping[str, frozenset[str]]


def related(a: str, b: str, part_of: Relations, links: Relations) -> bool:
    """Whether two distinct entities are easily confused: one part of the other, or linked."""
    return (
        a in part_of.get(b, frozenset())
        or b in part_of.get(a, frozenset())
        or a in links.get(b, frozenset())
        or b in links.get(a, frozenset())
    )


def compare_entities(
    left: list[EntityRef], right: list[EntityRef], part_of: Relations, links: Relations
) -> Comparison:
    """Same entities agree; related ones (part of, or linked) are a near match; others conflict."""
    a_ids = {e.id for e in left}
    b_ids = {e.id for e in right}
    if a_ids == b_ids:
        return AGREE
    names = {e.id: e.name for e in (*left, *right)}
    unmatched = [(a, b) for a in sorted(a_ids - b_ids) for b in sorted(b_ids - a_ids)]
    near = [(a, b) for a, b in unmatched if related(a, b, part_of, links)]
    if near and {a for a, _ in near} == a_ids - b_ids and {b for _, b in near} == b_ids - a_ids:
        pairs = "; ".join(f"{names[a]} ~ {names[b]}" for a, b in near)
        return Comparison("near_match", f"related but not the same: {pairs}")
    a_text = ", ".join(sorted(names[i] for i in a_ids))
    b_text = ", ".join(sorted(names[i] for i in b_ids))
    return Comparison("conflict", f"{a_text} and {b_text} are different entities")


@dataclass(frozen=True)
class SetComparison:
    """Two sources' lists compared: verdict, reason, items only one names, related pairs."""

    verdict: Verdict
    reason: str
    near: frozenset[tuple[str, str]]


def total_exceeded(total: Quantity, count: int) -> bool:
    """Whether `count` distinct items cannot fit in a declared total."""
    return not total.interval.overlaps(Interval(count, None))


def _above(total: Quantity, count: int) -> bool:
    """Whether a declared total is more than `count` items, whatever its rounding."""
    return not total.interval.contains(count) and not total_exceeded(total, count)


def merge_sets(values: list[EntitySet]) -> EntitySet:
    """One source's lists for one thing, taken together."""
    if len(values) == 1:
        return values[0]
    items = {item.id: item for value in values for item in value.items}
    totals = [v.total for v in values if v.total is not None]
    return EntitySet(
        tuple(items[i] for i in sorted(items)),
        any(v.closed for v in values),
        totals[0] if totals else None,
    )


def set_self_check(value: EntitySet) -> str | None:
    """Why a single list contradicts itself (a total smaller than its own items), or None."""
    if value.total is not None and total_exceeded(value.total, len(value.ids)):
        return f"declares a total of {value.total.text} but names {len(value.ids)}"
    return None


def compare_sets(
    left_name: str,
    left: EntitySet,
    right_name: str,
    right: EntitySet,
    part_of: Relations,
    links: Relations,
) -> SetComparison:
    """Compare two sources' lists: closed lists must match; totals must hold the other's items."""
    a, b = left.ids, right.ids
    only_a, only_b = a - b, b - a
    near = frozenset((x, y) for x in only_a for y in only_b if related(x, y, part_of, links))
    only_a = only_a - {x for x, _ in near}
    only_b = only_b - {y for _, y in near}
    # Both lists name members of one set, so it has at least this many; a related pair
    # (a company and its subsidiary) may be one member written two ways, and counts once.
    union = len(a) + len(only_b)
    reasons = []
    for name, value, other_name, other in (
        (left_name, left, right_name, right),
        (right_name, right, left_name, left),
    ):
        total = value.total
        if total is None:
            continue
        # A total the source's own list already exceeds is its own contradiction, reported
        # once as such; against another source it counts only when the others name more.
        own, theirs = len(value.ids), len(other.ids)
        if theirs > own and total_exceeded(total, theirs):
            reasons.append(f"{name} gives a total of {total.text}, but {other_name} names {theirs}")
        elif union > own and total_exceeded(total, union) and not total_exceeded(total, own):
            reasons.append(
                f"{name} gives a total of {total.text}, but the two lists name {union} between them"
            )
        elif other.closed and _above(total, theirs):
            reasons.append(
                f"{other_name}'s list is complete with {theirs}, "
                f"but {name} gives a total of {total.text}"
            )
    for name, value, other_name, extra in (
        (left_name, left, right_name, only_b),
        (right_name, right, left_name, only_a),
    ):
        if value.closed and extra:
            reasons.append(
                f"{name}'s list is complete, but {other_name} also names {len(extra)} more"
            )
    if (
        not reasons
        and left.total is not None
        and right.total is not None
        and not left.total.interval.overlaps(right.total.interval)
    ):
        reasons.append(
            f"{left_name} gives a total of {left.total.text}, {right_name} of {right.total.text}"
        )
    if reasons:
        return SetComparison("conflict", "; ".join(reasons), near)
    if only_a or only_b:
        return SetComparison("list_difference", "the lists name different items", near)
    if near:
        return SetComparison("near_match", "the lists name related but different items", near)
    return SetComparison("agreement", "", near)
