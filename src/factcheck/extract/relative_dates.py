"""Dates as articles write them, read relative to the article's own date.

"25일" is the 25th of the article's month (or of the month before, when the 25th is still to
come); "지난 10월" the last October before the article; "전날" the day before the day the text
last talked about; "on Saturday" the last Saturday on or before the article's date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from factcheck.dates import DateValue

KOREAN_DATE = re.compile(
    r"(?:(?P<rel>지난해|작년|올해|내년|지난|오는)\s?)?"
    r"(?:(?P<year>\d{4})\s?년\s?)?(?:(?P<month>\d{1,2})\s?월\s?)?(?:(?P<day>\d{1,2})\s?일(?!\s?간|\s?동안|\s?만에|\s?째))?"
    r"(?:\s?(?P<part>오전|오후|새벽|저녁|밤))?"
)
KOREAN_DAY_WORDS = {
    "전날": -1,
    "전일": -1,
    "이날": 0,
    "당일": 0,
    "다음날": 1,
    "다음 날": 1,
    "이튿날": 1,
}
KOREAN_TODAY_WORDS = {"어제": -1, "오늘": 0, "그제": -2, "내일": 1}
_PARTS = {"오전": "오전", "오후": "오후", "새벽": "오전", "저녁": "저녁", "밤": "밤"}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def _month_back(day: date) -> tuple[int, int]:
    return (day.year - 1, 12) if day.month == 1 else (day.year, day.month - 1)


def _month_ahead(day: date) -> tuple[int, int]:
    return (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)


def resolve_korean(match: re.Match[str], published: date) -> DateValue | None:
    """The date a KOREAN_DATE match means, or None when it names no month or day."""
    rel, year_text, month_text, day_text, part = (
        match["rel"],
        match["year"],
        match["month"],
        match["day"],
        match["part"],
    )
    if not month_text and not day_text:
        return None
    forward = rel in ("오는", "내년")
    try:
        if year_text:
            year = int(year_text)
        elif rel in ("지난해", "작년"):
            year = published.year - 1
        elif rel == "내년":
            year = published.year + 1
        else:
            year = published.year
        month = int(month_text) if month_text else None
        day = int(day_text) if day_text else None
        if month is None and day is not None:
            candidate = date(year, published.month, 1)
            if forward and day < published.day:
                year, month = _month_ahead(candidate)
            elif not forward and day > published.day:
                year, month = _month_back(candidate)
            else:
                month = published.month
        elif month is not None and not year_text and rel not in ("지난해", "작년", "내년", "올해"):
            if rel == "지난" and month >= published.month:
                year -= 1
            elif forward and month < published.month:
                year += 1
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    return DateValue(year, month, day, _PARTS.get(part) if part and day else None)


def shifted(reference: DateValue | None, published: date, days: int) -> DateValue:
    """The day `days` after the reference day (the article's date when there is none)."""
    if reference is not None and reference.day is not None and reference.month is not None:
        base = date(reference.year, reference.month, reference.day)
    else:
        base = published
    moved = base + timedelta(days=days)
    return DateValue(moved.year, moved.month, moved.day)


def last_weekday(name: str, published: date) -> DateValue:
    """The last such weekday on or before the article's date ("on Saturday")."""
    target = WEEKDAYS.index(name.casefold())
    moved = published - timedelta(days=(published.weekday() - target) % 7)
    return DateValue(moved.year, moved.month, moved.day)


def written(value: DateValue) -> str:
    """The date as a claim file writes it: 2023-11-25, 2023-11, 2023-11-25 오후."""
    text = f"{value.year:04d}"
    if value.month is not None:
        text += f"-{value.month:02d}"
    if value.day is not None:
        text += f"-{value.day:02d}"
    if value.part_of_day is not None:
        text += f" {value.part_of_day}"
    return text
