"""Dates and times with the precision the source gives: a year, a month, a day, a part of day."""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date, datetime

from factcheck.normalize import nfc

PARTS_OF_DAY = {
    "오전": "morning",
    "아침": "morning",
    "morning": "morning",
    "a.m.": "morning",
    "am": "morning",
    "오후": "afternoon",
    "낮": "afternoon",
    "afternoon": "afternoon",
    "p.m.": "afternoon",
    "pm": "afternoon",
    "저녁": "evening",
    "evening": "evening",
    "밤": "night",
    "night": "night",
    "새벽": "dawn",
    "dawn": "dawn",
}
# Hours each part of day covers, for comparing 14:04 with 오후.
_PART_HOURS = {
    "morning": range(0, 12),
    "afternoon": range(12, 18),
    "evening": range(17, 22),
    "night": list(range(20, 24)) + list(range(0, 5)),
    "dawn": range(0, 7),
}
_MONTHS = {name.casefold(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.casefold(): number for number, name in enumerate(calendar.month_abbr) if name}

_ISO = re.compile(
    r"(?P<year>\d{4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2})"
    r"(?:[T ](?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"(?P<offset>Z|[+-]\d{2}:?\d{2})?)?)?)?"
)
_KOREAN = re.compile(
    r"(?P<year>\d{4})\s*년(?:\s*(?P<month>\d{1,2})\s*월(?:\s*(?P<day>\d{1,2})\s*일)?)?"
    r"|(?P<year2>\d{4})\s*[./]\s*(?P<month2>\d{1,2})\s*(?:[./]\s*(?P<day2>\d{1,2})\.?)?"
)
_ENGLISH = re.compile(
    r"(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>[A-Za-z]+)\.?,?\s+(?P<year>\d{4})"
    r"|(?P<month2>[A-Za-z]+)\.?\s+(?:(?P<day2>\d{1,2})(?:st|nd|rd|th)?,?\s+)?(?P<year2>\d{4}))"
)
# A month and day without the year, as articles write dates of their own year: '11월 3일 오후',
# '3 November', 'November 3'. The year comes from the publication date.
_YEARLESS = re.compile(
    r"(?P<month>\d{1,2})\s*월\s*(?P<day>\d{1,2})\s*일"
    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>[A-Za-z]{3,})\.?"
    r"|(?P<month3>[A-Za-z]{3,})\.?\s+(?P<day3>\d{1,2})(?:st|nd|rd|th)?"
)
_CLOCK = re.compile(
    r"(?P<hour>\d{1,2})(?::(?P<minute>\d{2})|\s*시(?:\s*(?P<minute2>\d{1,2})\s*분)?)"
)


class DateError(ValueError):
    """A date written in a form this reader does not understand, or one that does not exist."""


@dataclass(frozen=True)
class DateValue:
    """A calendar date at some precision, with an optional part of day or time of day."""

    year: int
    month: int | None = None
    day: int | None = None
    part_of_day: str | None = None
    hour: int | None = None
    minute: int | None = None
    offset: str | None = None

    @property
    def precision(self) -> str:
        """The finest field the source gave: year, month, day, part_of_day or minute."""
        if self.hour is not None:
            return "minute"
        if self.part_of_day is not None:
            return "part_of_day"
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def iso(self) -> str:
        """ISO 8601 text at the value's own precision, with the part of day after a space."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        if self.hour is not None and self.minute is not None:
            text += f"T{self.hour:02d}:{self.minute:02d}{self.offset or ''}"
        elif self.part_of_day is not None:
            text += f" {self.part_of_day}"
        return text


def _part(hour: int) -> set[str]:
    return {name for name, hours in _PART_HOURS.items() if hour in hours}


def dates_compatible(left: DateValue, right: DateValue) -> bool:
    """Whether two dates can describe the same moment, compared at their common precision."""
    for field in ("year", "month", "day"):
        a, b = getattr(left, field), getattr(right, field)
        if a is None or b is None:
            return True
        if a != b:
            return False
    if left.hour is not None and right.hour is not None:
        if left.offset and right.offset and left.offset != right.offset:
            return True  # different zones: the same instant may have two wall-clock times
        return (left.hour, left.minute) == (right.hour, right.minute)
    parts_left = (
        {left.part_of_day}
        if left.part_of_day
        else (_part(left.hour) if left.hour is not None else None)
    )
    parts_right = (
        {right.part_of_day}
        if right.part_of_day
        else (_part(right.hour) if right.hour is not None else None)
    )
    if parts_left is None or parts_right is None:
        return True
    return bool(parts_left & parts_right)


def _checked(year: int, month: int | None, day: int | None) -> None:
    try:
        date(year, month or 1, day or 1)
    except ValueError as error:
        raise DateError(f"no such date: {error}") from None


@functools.lru_cache(maxsize=4096)  # the same dates recur across a case's sources
def parse_date(value: str | date | datetime) -> DateValue:
    """Read an ISO, Korean (2023년 11월 25일 오후) or English (25 November 2023) date."""
    if isinstance(value, datetime):
        zone = value.strftime("%z")
        zone = f"{zone[:3]}:{zone[3:]}" if zone else ""
        return DateValue(
            value.year, value.month, value.day, None, value.hour, value.minute, zone or None
        )
    if isinstance(value, date):
        return DateValue(value.year, value.month, value.day)
    text = " ".join(nfc(value).split())
    part: str | None = None
    words = text.split(" ")
    kept = []
    for word in words:
        folded = word.casefold()
        if folded in PARTS_OF_DAY:
            part = PARTS_OF_DAY[folded]
        else:
            kept.append(word)
    text = " ".join(kept)
    hour: int | None = None
    minute: int | None = None
    offset: str | None = None
    iso = _ISO.fullmatch(text)
    if iso:
        year = int(iso["year"])
        month = int(iso["month"]) if iso["month"] else None
        day = int(iso["day"]) if iso["day"] else None
        if iso["hour"]:
            hour, minute = int(iso["hour"]), int(iso["minute"])
            offset = iso["offset"]
            if offset and offset != "Z" and ":" not in offset:
                offset = f"{offset[:3]}:{offset[3:]}"
    else:
        match = _KOREAN.match(text) or _ENGLISH.match(text)
        if match is None:
            raise DateError(
                f"cannot read date {value!r}; write it as 2023-11-25 or 2023년 11월 25일"
            )
        groups = {k: v for k, v in match.groupdict().items() if v}
        year = int(groups.get("year") or groups["year2"])
        month_text = groups.get("month") or groups.get("month2")
        if month_text and not month_text.isdigit():
            if month_text.casefold() not in _MONTHS:
                raise DateError(f"unknown month {month_text!r} in {value!r}")
            month = _MONTHS[month_text.casefold()]
        else:
            month = int(month_text) if month_text else None
        day_text = groups.get("day") or groups.get("day2")
        day = int(day_text) if day_text else None
        rest = text[match.end() :].strip()
        if rest:
            clock = _CLOCK.fullmatch(rest)
            if clock is None:
                raise DateError(f"cannot read {rest!r} in date {value!r}")
            hour = int(clock["hour"])
            minute = int(clock["minute"] or clock["minute2"] or 0)
    _checked(year, month, day)
    if hour is not None:
        if part == "afternoon" and hour < 12:
            hour += 12
        if not (0 <= hour < 24 and minute is not None and 0 <= minute < 60):
            raise DateError(f"no such time of day in {value!r}")
        part = None
    if (part or hour is not None) and day is None:
        raise DateError(f"a part of day or time needs a full date in {value!r}")
    return DateValue(year, month, day, part, hour, minute, offset)


def with_year(value: str, published: date | None) -> str:
    """A date written without its year, with the year it has for an article of `published`.

    The year that puts the day nearest to publication (a December date in a January article is
    last year's; a preview's date may be next year's); text that already has a year, or is no
    month and day, comes back as it is.
    """
    text = " ".join(nfc(value).split())
    match = _YEARLESS.match(text)
    if match is None or re.search(r"\d{4}", text):
        return value
    groups = {k: v for k, v in match.groupdict().items() if v}
    month_text = groups.get("month") or groups.get("month2") or groups.get("month3") or ""
    month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text.casefold())
    day = int(groups.get("day") or groups.get("day2") or groups.get("day3") or 0)
    if month is None:
        return value
    reference = published or date.today()
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:  # 2월 30일, or 2월 29일 of a common year
            continue
    year = (
        min(candidates, key=lambda day_: abs((day_ - reference).days)).year
        if candidates
        else reference.year  # no such day in any year: parse_date says so
    )
    rest = text[match.end() :]
    if groups.get("month"):  # Korean: the rest (오후 2시) reads after a Korean date
        return f"{year}년 {month}월 {day}일{rest}"
    return f"{year:04d}-{month:02d}-{day:02d}{rest}"


def day_of(value: str) -> date:
    """The calendar day a date text names ('2023년 11월 25일'); DateError for less or more."""
    parsed = parse_date(value)
    if (
        parsed.month is None
        or parsed.day is None
        or parsed.hour is not None
        or parsed.part_of_day is not None
    ):
        raise DateError(f"{value!r} is not a single day")
    return date(parsed.year, parsed.month, parsed.day)
