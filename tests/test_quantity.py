"""Quantities read as intervals with the real meaning of Korean and English markers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.quantity import (
    Interval,
    QuantityError,
    figures_missing_from,
    interval_notation,
    parse_quantity,
)
from factcheck.units import normalize_unit

INF = None


@pytest.mark.parametrize(
    ("text", "low", "high", "low_inclusive", "high_inclusive", "unit"),
    [
        ("8명", 8, 8, True, True, "person"),
        ("93개", 93, 93, True, True, "count"),
        ("총 10개 기관", 10, 10, True, True, "count"),
        ("30,000 people", 30_000, 30_000, True, True, "person"),
        ("3만", 25_000, 40_000, True, False, "count"),
        ("3만명", 25_000, 40_000, True, False, "person"),
        ("1억 2천만", 115_000_000, 130_000_000, True, False, "count"),
        ("1억2천만 원", 115_000_000, 130_000_000, True, False, "KRW"),
        ("3만여 명", 30_000, 40_000, False, False, "person"),
        ("10만여", 100_000, 110_000, False, False, "count"),
        ("10여만", 110_000, 200_000, True, False, "count"),
        ("30여 명", 31, 40, True, False, "person"),
        ("1,200만여 명", 12_000_000, 12_010_000, False, False, "person"),
        ("about 30,000 people", 27_000, 33_000, True, True, "person"),
        ("약 100명", 90, 110, True, True, "person"),
        ("100명가량", 90, 110, True, True, "person"),
        ("100명 안팎", 90, 110, True, True, "person"),
        ("100명 남짓", 100, 110, True, True, "person"),
        ("nearly 100", 90, 100, True, True, "count"),
        ("3만 명 이상", 30_000, INF, True, True, "person"),
        ("at least 5", 5, INF, True, True, "count"),
        ("more than 2 million", 2_000_000, INF, False, False, "count"),
        ("5천 명 미만", INF, 5_000, False, False, "person"),
        ("100명 이하", INF, 100, True, True, "person"),
        ("100명 초과", 100, INF, False, False, "person"),
        ("30~40만 명", 300_000, 400_000, True, True, "person"),
        ("3만~4만 명", 30_000, 40_000, True, True, "person"),
        ("between 30 and 40 people", 30, 40, True, True, "person"),
        ("34%", 33.5, 34.5, True, True, "percent"),
        ("34.4%", 34.35, 34.45, True, True, "percent"),
        ("1.2 million", 1_150_000, 1_300_000, True, False, "count"),
        # Currency written first, as English papers write money.
        ("$4.2 million", 4_150_000, 4_300_000, True, False, "USD"),
        ("US$ 4.2 million", 4_150_000, 4_300_000, True, False, "USD"),
        ("USD 300", 300, 300, True, True, "USD"),
        ("$4,200,000", 4_200_000, 4_200_000, True, True, "USD"),
        ("about $4 million", 3_500_000, 5_000_000, True, True, "USD"),
        ("$2 million to $3 million", 2_000_000, 3_000_000, True, True, "USD"),
        ("₩3000", 3000, 3000, True, True, "KRW"),
        ("£10", 10, 10, True, True, "GBP"),
        # Korean numbers in words.
        ("두 명", 2, 2, True, True, "person"),
        ("스물세 곳", 23, 23, True, True, "count"),
        ("두세 명", 2, 3, True, True, "person"),
        ("사흘", 3, 3, True, True, "day"),
        ("이틀간", 2, 2, True, True, "day"),
        ("사흘 동안", 3, 3, True, True, "day"),
        ("이백오십 명", 250, 250, True, True, "person"),
        ("이백여 명", 201, 300, True, False, "person"),
        ("수십 명", 20, 100, True, False, "person"),
        ("수만 명", 20_000, 100_000, True, False, "person"),
        ("수백억 원", 2e10, 1e11, True, False, "KRW"),
        ("십수 명", 11, 20, True, False, "person"),
        ("한두 명", 1, 2, True, True, "person"),
        ("$4.2m", 4_150_000, 4_300_000, True, False, "USD"),
        ("£3bn", 2.5e9, 4e9, True, False, "GBP"),
        ("12 soldiers", 12, 12, True, True, "person"),
        ("약 20초", 18, 22, True, True, "second"),
        ("40분", 40, 40, True, True, "minute"),
        ("3.5%p", 3.5, 3.5, True, True, "percentage point"),
    ],
)
def test_reads_the_real_meaning(
    text: str,
    low: float | None,
    high: float | None,
    low_inclusive: bool,
    high_inclusive: bool,
    unit: str,
) -> None:
    parsed = parse_quantity(text)
    interval = parsed.interval
    assert interval.low == pytest.approx(low) if low is not None else interval.low is None
    assert interval.high == pytest.approx(high) if high is not None else interval.high is None
    if low is not None:
        assert interval.low_inclusive is low_inclusive
    if high is not None:
        assert interval.high_inclusive is high_inclusive
    assert parsed.unit == unit


def test_headline_figure_and_body_figure_are_compatible() -> None:
    """3만명 (rounded) and 3만여 명 (more than 30,000) differ only in precision."""
    assert parse_quantity("3만명").interval.overlaps(parse_quantity("3만여 명").interval)


def test_more_than_excludes_the_figure_itself() -> None:
    assert not parse_quantity("3만여 명").interval.contains(30_000)
    assert parse_quantity("3만여 명").interval.contains(30_001)
    assert not parse_quantity("3만여 명").interval.contains(40_000)


@pytest.mark.parametrize(
    "text", ["", "많은 사람", "abc", "3만 5만", "40~30명", "$5 euros", "한국 10곳"]
)
def test_unreadable_quantities_raise(text: str) -> None:
    with pytest.raises(QuantityError):
        parse_quantity(text)


def test_units_fold_to_one_name() -> None:
    assert normalize_unit("명") == normalize_unit("people") == "person"
    assert normalize_unit("%") == normalize_unit("퍼센트") == "percent"
    assert normalize_unit("곳") == normalize_unit("개 기관") == "count"
    assert normalize_unit("KM") == "km"
    assert normalize_unit("visitors") == normalize_unit("관람객") == "person"
    assert normalize_unit("원") == normalize_unit("won") == normalize_unit("KRW") == "KRW"
    assert normalize_unit("㎞") == normalize_unit("킬로미터") == "km"
    assert normalize_unit("대") == normalize_unit("vehicles") == "count"


@given(st.integers(min_value=1, max_value=9999), st.sampled_from(["만", "억"]))
def test_korean_scale_words_multiply(leading: int, scale: str) -> None:
    multiplier = {"만": 10**4, "억": 10**8}[scale]
    interval = parse_quantity(f"{leading}{scale}").interval
    assert interval.contains(leading * multiplier)
    assert parse_quantity(f"{leading}{scale}여").interval.low == leading * multiplier


@given(st.integers(min_value=0, max_value=10**12))
def test_plain_digits_are_exact(number: int) -> None:
    interval = parse_quantity(f"{number:,}명").interval
    assert interval == Interval(number, number)


KOREAN_QUANTITIES = st.builds(
    lambda prefix, number, scale, marker, unit: f"{prefix}{number}{scale}{marker} {unit}",
    st.sampled_from(["", "약 ", "총 ", "최소 ", "about "]),
    st.integers(min_value=1, max_value=9999),
    st.sampled_from(["", "만", "억", "천", "백만"]),
    st.sampled_from(["", "여", " 이상", " 미만", " 남짓", " 가량"]),
    st.sampled_from(["명", "개", "%", "원", "people", ""]),
)


@given(KOREAN_QUANTITIES)
def test_normalisation_is_idempotent(text: str) -> None:
    """Normalising the normal form of a quantity gives that normal form again."""
    try:
        once = parse_quantity(text)
    except QuantityError:
        return
    again = parse_quantity(interval_notation(once))
    assert again == once
    assert parse_quantity(interval_notation(again)) == again


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("three people", 3, 3, "person"),
        ("twenty-one visitors", 21, 21, "person"),
        ("between two and five", 2, 5, "count"),
        ("6,000억원", 550_000_000_000, 700_000_000_000, "KRW"),
        ("6천억 원", 550_000_000_000, 700_000_000_000, "KRW"),
        ("600 billion won", 550_000_000_000, 700_000_000_000, "KRW"),
    ],
)
def test_words_and_written_zeros(text: str, low: float, high: float, unit: str) -> None:
    parsed = parse_quantity(text)
    assert (parsed.interval.low, parsed.interval.high, parsed.unit) == (low, high, unit)


def test_units_of_votes_areas_and_lengths() -> None:
    assert normalize_unit("표") == normalize_unit("votes") == normalize_unit("") == "count"
    assert normalize_unit("헥타르") == normalize_unit("hectares") == "ha"
    assert normalize_unit("acres") == "acre"
    assert parse_quantity("30-acre").unit == "acre"
    assert parse_quantity("2.5-km").unit == "km"


@pytest.mark.parametrize(
    ("written", "evidence", "missing"),
    [
        ("about 500 people", "About 150 residents packed the chamber", ["500"]),
        ("5만명", "3일간 총 3만명이 방문했다", ["5"]),
        ("3만여 명", "3일간 총 3만여 명이 방문했다", []),
        ("1,200만 명", "1200만 명", []),
        ("34%", "32개(34%)가 민간 전시", []),
        ("$4.2 million", "a $4.2 million budget", []),
        ("18-24 months", "between 18 and 24 months", []),
        ("３４%", "34%", []),
        # The evidence cannot tell: no figure at all, or numbers in words.
        ("3명", "세 명이 숨졌다", []),
        ("7 votes", "Seven councillors voted on 12 March", []),
        ("3명", "2023년 세 명이 숨졌다", []),
        ("8명", "고진 위원장 등이 참석했다", []),
    ],
)
def test_figures_missing_from_the_evidence(written: str, evidence: str, missing: list[str]) -> None:
    assert figures_missing_from(written, evidence) == missing


def test_things_counted_in_any_words_are_counts() -> None:
    assert normalize_unit("buses") == normalize_unit("20대"[2:]) == "count"
    assert normalize_unit("parking spaces") == normalize_unit("면") == "count"
    assert normalize_unit("litres") == "l"  # units of measure are listed, never taken for counts
    assert normalize_unit("class") == "class"
