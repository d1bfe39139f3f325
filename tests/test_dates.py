"""Dates at the precision the source gives, compared at the precision both give."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.dates import DateError, DateValue, dates_compatible, parse_date, with_year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-11-25", DateValue(2023, 11, 25)),
        ("2023-11", DateValue(2023, 11)),
        ("2023", DateValue(2023)),
        ("2023-11-25 오후", DateValue(2023, 11, 25, "afternoon")),
        ("2023년 11월 25일", DateValue(2023, 11, 25)),
        ("2023년 11월 25일 오후", DateValue(2023, 11, 25, "afternoon")),
        ("2023년 10월", DateValue(2023, 10)),
        ("2023.11.25", DateValue(2023, 11, 25)),
        ("2023. 11. 25.", DateValue(2023, 11, 25)),
        ("2023/11/25", DateValue(2023, 11, 25)),
        ("25 November 2023", DateValue(2023, 11, 25)),
        ("November 25, 2023", DateValue(2023, 11, 25)),
        ("Nov 2023", DateValue(2023, 11)),
        ("November 25th, 2023", DateValue(2023, 11, 25)),
        ("1st of November 2023", DateValue(2023, 11, 1)),
        ("2023-11-26T14:04:10+09:00", DateValue(2023, 11, 26, None, 14, 4, "+09:00")),
        ("2023년 11월 25일 오후 2시", DateValue(2023, 11, 25, None, 14, 0)),
        ("2023년 11월 25일 새벽", DateValue(2023, 11, 25, "dawn")),
    ],
)
def test_reads_dates(text: str, expected: DateValue) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["2023-02-30", "2023-13", "next week", "오후", "2023 afternoon"])
def test_rejects_impossible_or_unreadable_dates(text: str) -> None:
    with pytest.raises(DateError):
        parse_date(text)


@pytest.mark.parametrize(
    ("left", "right", "compatible"),
    [
        ("2023-11-25 오후", "2023-11-25", True),
        ("2023-11", "2023-11-25", True),
        ("2023-11-25", "2023-11-26", False),
        ("2023-11-25 오전", "2023-11-25 오후", False),
        ("2023-11-26T14:04+09:00", "2023-11-26 오후", True),
        ("2023-11-26T09:04+09:00", "2023-11-26 오후", False),
        ("2023", "2024-01-01", False),
    ],
)
def test_compares_at_common_precision(left: str, right: str, compatible: bool) -> None:
    assert dates_compatible(parse_date(left), parse_date(right)) is compatible
    assert dates_compatible(parse_date(right), parse_date(left)) is compatible


def test_iso_round_trip_is_idempotent() -> None:
    for text in ("2023-11-25 오후", "2023-11", "2023-11-26T14:04+09:00"):
        once = parse_date(text)
        assert parse_date(once.iso().replace(" afternoon", " 오후")) == once


@pytest.mark.parametrize(
    ("written", "published", "expected"),
    [
        ("11월 3일 오후", date(2024, 11, 4), DateValue(2024, 11, 3, "afternoon")),
        ("3 November", date(2024, 11, 4), DateValue(2024, 11, 3)),
        ("December 30", date(2025, 1, 2), DateValue(2024, 12, 30)),  # last year's
        ("Jan 5", date(2024, 12, 20), DateValue(2025, 1, 5)),  # a preview: next year's
        ("2023-11-25", date(2024, 11, 4), DateValue(2023, 11, 25)),  # has its year
    ],
)
def test_a_date_without_its_year_takes_the_nearest_to_publication(
    written: str, published: date, expected: DateValue
) -> None:
    assert parse_date(with_year(written, published)) == expected
