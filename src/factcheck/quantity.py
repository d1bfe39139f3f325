"""Quantities as intervals, read from the way articles write them (3만여 명, about 2 million).

A quantity is an interval with open or closed ends and a unit. Two quantities conflict only when
their intervals cannot overlap, so every marker of imprecision widens the interval by its real
meaning (see README, "Quantities"):

- `3만여` is more than 30,000 and less than 40,000; `10만여` is 100,001-109,999; `10여만` is
  110,000-199,999 (the -여 applies to the part it follows);
- 약 / 가량 / 안팎 / 정도 / 내외 / 쯤 / about / around / roughly: within 10 %;
- 남짓: from the figure to 10 % above; nearly / almost / 거의: from 10 % below to the figure;
- 이상 / 이하 / 초과 / 미만 / 이내 / 최소 / 최대 / at least / more than / up to / under: bounds;
- a round figure written with a scale word (3만, 1억 2천만, 2 million) is taken as rounded: from
  half its last unit below to one unit above; a percentage as rounded to its last digit.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from factcheck.normalize import nfc
from factcheck.units import normalize_unit

APPROXIMATE_TOLERANCE = 0.1

_BIG_UNITS = {"만": 10**4, "억": 10**8, "조": 10**12}
_SMALL_UNITS = {"십": 10, "백": 100, "천": 1000}
_ENGLISH_SCALES = {
    "thousand": 10**3,
    "million": 10**6,
    "mn": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "trillion": 10**12,
}

_PREFIX_MARKERS: list[tuple[str, str]] = [
    # (marker, meaning); longest first where one is a prefix of another.
    ("in excess of", "gt"),
    ("no more than", "le"),
    ("no fewer than", "ge"),
    ("no less than", "ge"),
    ("approximately", "approx"),
    ("more than", "gt"),
    ("fewer than", "lt"),
    ("less than", "lt"),
    ("upwards of", "gt"),
    ("at least", "ge"),
    ("at most", "le"),
    ("roughly", "approx"),
    ("around", "approx"),
    ("nearly", "nearly"),
    ("almost", "nearly"),
    ("about", "approx"),
    ("above", "gt"),
    ("below", "lt"),
    ("under", "lt"),
    ("up to", "le"),
    ("over", "gt"),
    ("some", "approx"),
    ("대략", "approx"),
    ("최소", "ge"),
    ("최대", "le"),
    ("거의", "nearly"),
    ("무려", "none"),
    ("총", "none"),
    ("약", "approx"),
]
_SUFFIX_MARKERS: list[tuple[str, str]] = [
    ("or more", "ge"),
    ("or less", "le"),
    ("or fewer", "le"),
    ("plus", "ge"),
    ("남짓", "little_over"),
    ("가량", "approx"),
    ("안팎", "approx"),
    ("정도", "approx"),
    ("내외", "approx"),
    ("이상", "ge"),
    ("이하", "le"),
    ("초과", "gt"),
    ("미만", "lt"),
    ("이내", "le"),
    ("넘게", "gt"),
    ("넘는", "gt"),
    ("넘어", "gt"),
    ("여", "yeo"),
    ("쯤", "approx"),
    ("동안", "span"),  # 사흘 동안: for three days; says nothing of the number
    ("+", "ge"),
]

_NUMBER = r"\d[\d,]*(?:\.\d+)?"
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_NUMERAL = re.compile(
    rf"({_NUMBER})|([조억만천백십])|(여)(?=[조억만천백십명개곳건원회]|[^가-힣]|$)|(\s+)"
)
# Korean numbers in words, as articles write small counts and spans: native numerals before a
# counter (두 명, 스물세 곳), their ranges (두세 명), day counts (사흘), Sino-Korean numerals
# (이백오십 명, 이백여 명), and 수십 / 수백 for "several tens / hundreds".
_NATIVE_ONES = {"하나": 1, "한": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "석": 3, "넷": 4, "네": 4}
_NATIVE_ONES |= {"넉": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9}
_NATIVE_TENS = {"열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50, "예순": 60}
_NATIVE_TENS |= {"일흔": 70, "여든": 80, "아흔": 90}
_NATIVE_RANGES = {"한두": "1~2", "두세": "2~3", "서너": "3~4", "네댓": "4~5", "너덧": "4~5"}
_NATIVE_RANGES |= {"대여섯": "5~6", "예닐곱": "6~7"}
_NATIVE_DAYS = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7}
_NATIVE_DAYS |= {"여드레": 8, "아흐레": 9, "열흘": 10, "보름": 15}
# A native numeral counts only before a counter or a space: '한국' holds no 한 (one).
_NATIVE_COUNTERS = "명|개|곳|군데|가지|사람|번|차례|대|마리|권|살|배|표|석|척|채|그루|벌|장|병|잔|송이|켤레|시간|달|해"


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_NATIVE = re.compile(
    rf"^(?:(?P<range>{_alternation(_NATIVE_RANGES)})"
    rf"|(?P<tens>{_alternation(_NATIVE_TENS)})?(?P<ones>{_alternation(_NATIVE_ONES)})?)"
    rf"(?=\s|{_NATIVE_COUNTERS})"
)
_NATIVE_DAY = re.compile(rf"^({_alternation(_NATIVE_DAYS)})(?=간|동안|[^가-힣]|$)")
# Sino-Korean numerals below 만, with a digit word in them: 오십 (50), 이백오십 (250).
_SINO = re.compile("(?:[일이삼사오육칠팔구]?[천백십])+[일이삼사오육칠팔구]?")
_SINO_DIGITS = {digit: value for value, digit in enumerate("일이삼사오육칠팔구", start=1)}
_SINO_UNITS = {"십": 10, "백": 100, "천": 1000}
# 수백억: several hundred 억; 십수 명: ten and some, 11 to 19.
_SEVERAL = re.compile("^수([십백천]?[만억조]|[십백천])|^(십수)")


def _korean_words(body: str) -> str:
    """Korean number words at the start of a quantity, written in digits ('두 명' → '2 명')."""
    day = _NATIVE_DAY.match(body)
    if day:
        return f"{_NATIVE_DAYS[day.group(1)]}일{body[day.end() :]}"
    native = _NATIVE.match(body)
    if native and native.group():
        if native.group("range"):
            return _NATIVE_RANGES[native.group("range")] + body[native.end() :]
        tens = _NATIVE_TENS.get(native.group("tens") or "", 0)
        return f"{tens + _NATIVE_ONES.get(native.group('ones') or '', 0)}{body[native.end() :]}"
    sino = _SINO.match(body)
    # Only with a digit word: a bare 천 or 십만 is a scale word the reader rounds (천 명).
    if sino and any(char in _SINO_DIGITS for char in sino.group()):
        value, digit = 0, 0
        for char in sino.group():
            if char in _SINO_UNITS:
                value += (digit or 1) * _SINO_UNITS[char]
                digit = 0
            else:
                digit = _SINO_DIGITS[char]
        return f"{value + digit}{body[sino.end() :]}"
    return body


# English writes money with the currency first ('$4.2 million', 'US$ 300', 'EUR 5'): read
# it as the unit. Only signs and codes: a word before a number is not a unit ('about 5').
_CURRENCY_FIRST = re.compile(
    r"(?P<currency>US\$|\$|₩|￦|€|£|¥|(?:USD|KRW|EUR|GBP|JPY)\b)\s?(?=[.\d])", re.IGNORECASE
)
_RANGE = re.compile(r"\s*(?:~|〜|∼|–|—|-|에서|to|and)\s*")


_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_NUMBER_WORDS = (
    {word: number for number, word in enumerate(_ONES + _TEENS)}
    | _TENS
    | {f"{tens}-{_ONES[one]}": value + one for tens, value in _TENS.items() for one in range(1, 10)}
    | {"a hundred": 100, "hundred": 100, "a thousand": 1000, "a dozen": 12, "dozen": 12}
)
# A number written as a word, at the start of the quantity or of a range's second end.
_NUMBER_WORD = re.compile(
    rf"(?i)(?:(?<=^)|(?<=\bto )|(?<=\band ))({_alternation(_NUMBER_WORDS)})\b"
)


class QuantityError(ValueError):
    """A quantity written in a form this reader does not understand."""


@dataclass(frozen=True)
class Interval:
    """A real interval; None is unbounded on that side."""

    low: float | None
    high: float | None
    low_inclusive: bool = True
    high_inclusive: bool = True

    def __post_init__(self) -> None:
        # An unbounded side has no end to include: one spelling for each interval.
        if self.low is None:
            object.__setattr__(self, "low_inclusive", False)
        if self.high is None:
            object.__setattr__(self, "high_inclusive", False)

    def overlaps(self, other: Interval) -> bool:
        """Whether some number lies in both intervals."""
        return _below(self, other) and _below(other, self)

    def contains(self, value: float) -> bool:
        """Whether the number lies in the interval."""
        return self.overlaps(Interval(value, value))


def _below(left: Interval, right: Interval) -> bool:
    """Whether left's lower end does not pass right's upper end."""
    if left.low is None or right.high is None:
        return True
    if left.low < right.high:
        return True
    return left.low == right.high and left.low_inclusive and right.high_inclusive


@dataclass(frozen=True)
class _Number:
    value: float
    step: float  # the last written unit: what -여 and rounding refer to
    scaled: bool  # written with a scale word (만, million): a rounded figure
    yeo: str | None = None  # "after_unit" (3만여) or "before_unit" (10여만)
    yeo_multiplier: float = 1.0
    scale: float = 1.0  # the multiplier of the last scale word (만 = 10,000, million)
    round_step: float | None = None  # when the written zeros round more coarsely than `step`


def _trailing_zeros_step(number: float) -> float:
    if number <= 0 or number != int(number):
        return 1.0
    step = 1
    while number % (step * 10) == 0:
        step *= 10
    return float(step)


def _read_korean_number(text: str) -> tuple[_Number, str] | None:
    """Read the numeral at the start of text: (number, rest) or None."""
    position = 0
    total = 0.0
    section = 0.0
    current: float | None = None
    step = 1.0
    scaled = False
    small_step: float | None = None
    yeo: str | None = None
    yeo_multiplier = 1.0
    yeo_base: float | None = None
    scale = 1.0
    round_step: float | None = None
    last_big: int | None = None
    seen_any = False
    while position < len(text):
        match = _NUMERAL.match(text, position)
        if not match:
            break
        number, unit, yeo_mark, space = match.groups()
        if space is not None:
            # Spaces separate parts of a numeral (1억 2천만) but also the numeral from its unit.
            next_match = _NUMERAL.match(text, match.end())
            if next_match is None or next_match.group(4) is not None or not seen_any:
                break
            position = match.end()
            continue
        if number is not None:
            if current is not None:
                break
            if "," in number and not _GROUPED.fullmatch(number):
                raise QuantityError(
                    f"'{number}': a comma groups thousands (30,000); write a decimal with a point (4.5)"
                )
            current = float(number.replace(",", ""))
            step = (
                _trailing_zeros_step(current)
                if "." not in number
                else 10.0 ** -len(number.split(".")[1])
            )
        elif unit in _SMALL_UNITS:
            multiplier = _SMALL_UNITS[unit]
            section += (current if current is not None else 1.0) * multiplier
            small_step = float(multiplier)
            step = float(multiplier)
            current = None
            scaled = True
        elif unit in _BIG_UNITS:
            multiplier = _BIG_UNITS[unit]
            if last_big is not None and multiplier >= last_big:
                raise QuantityError(f"scale words out of order in {text!r}")
            last_big = multiplier
            amount = section + (current or 0.0)
            if amount == 0:
                amount = 1.0
            total += amount * multiplier
            step = (small_step or 1.0) * multiplier
            round_step = step
            if small_step is None and current is not None and current >= 100:
                # 6,000억 is as round as 6천억: the written zeros set how it was rounded
                # (but -여 still counts in the scale word: 1,200만여 is below 1,201만).
                round_step = _trailing_zeros_step(current) * multiplier
            scale = float(multiplier)
            if yeo == "before_unit" and yeo_base is not None:
                yeo_multiplier = multiplier
            section, current, small_step = 0.0, None, None
            scaled = True
        elif yeo_mark is not None:
            if yeo is not None:
                break
            if current is not None or section:
                # 10여만: the -여 qualifies the 10, before the scale word that follows.
                yeo, yeo_base = "before_unit", current
            else:
                yeo = "after_unit"
        seen_any = True
        position = match.end()
    if not seen_any:
        return None
    total += section + (current or 0.0)
    if yeo == "before_unit" and yeo_base is not None:
        step = _trailing_zeros_step(yeo_base) if yeo_base >= 10 else 10.0
    # Anything written after the scale word (1억 2천만) brings its own, finer step.
    after_scale = section != 0 or current is not None
    rounded = None if after_scale else round_step
    return _Number(total, step, scaled, yeo, yeo_multiplier, scale, rounded), text[position:]


def _read_number(text: str) -> tuple[_Number, str] | None:
    """A Korean or English numeral at the start of text, with its scale word."""
    read = _read_korean_number(text)
    if read is None:
        return None
    number, rest = read
    scale = re.match(r"\s*([A-Za-z]+)\b", rest)
    if scale and scale.group(1).casefold() in _ENGLISH_SCALES and number.yeo is None:
        multiplier = _ENGLISH_SCALES[scale.group(1).casefold()]
        return (
            _Number(number.value * multiplier, number.step * multiplier, True, scale=multiplier),
            rest[scale.end() :],
        )
    return number, rest


def _strip_markers(
    text: str, markers: list[tuple[str, str]], *, prefix: bool
) -> tuple[str, list[str]]:
    found: list[str] = []
    changed = True
    while changed:
        changed = False
        for marker, meaning in markers:
            folded = text.casefold()
            if (
                prefix
                and folded.startswith(marker)
                and (
                    not marker.isascii()
                    or len(text) == len(marker)
                    or not text[len(marker)].isalpha()
                )
            ):
                text, changed = text[len(marker) :].strip(), True
            elif (
                not prefix
                and folded.endswith(marker)
                and (
                    not marker.isascii()
                    or len(text) == len(marker)
                    or not text[-len(marker) - 1].isalpha()
                )
            ):
                text, changed = text[: -len(marker)].strip(), True
            if changed:
                found.append(meaning)
                break
    return text, found


@dataclass(frozen=True)
class ParsedQuantity:
    """A quantity read from text: its interval, canonical unit and whether it is approximate."""

    interval: Interval
    unit: str
    approximate: bool
    # The last written digit of an exact figure ('4.2': 0.1, '30': 10); 0 for other forms.
    # How it was written, not what it means: two quantities of one normal form are equal.
    step: float = field(default=0.0, compare=False)


def _interval_of(number: _Number, meanings: list[str]) -> tuple[Interval, bool]:
    value = number.value
    approximate = False
    if number.yeo == "after_unit":
        interval = Interval(value, value + number.step, False, False)
        approximate = True
    elif number.yeo == "before_unit":
        multiplier = number.yeo_multiplier
        base = value / multiplier
        interval = Interval((base + 1) * multiplier, (base + number.step) * multiplier, True, False)
        approximate = True
    elif number.scaled:
        step = number.round_step or number.step
        interval = Interval(value - step / 2, value + step, True, False)
        approximate = True
    else:
        interval = Interval(value, value)
    for meaning in meanings:
        low, high = interval.low, interval.high
        if meaning == "approx":
            spread = abs(value) * APPROXIMATE_TOLERANCE
            interval = Interval(
                min(low if low is not None else value, value - spread),
                max(high if high is not None else value, value + spread),
            )
            approximate = True
        elif meaning == "little_over":
            interval = Interval(value, max(high or value, value * (1 + APPROXIMATE_TOLERANCE)))
            approximate = True
        elif meaning == "nearly":
            interval = Interval(value * (1 - APPROXIMATE_TOLERANCE), value)
            approximate = True
        elif meaning == "ge":
            interval = Interval(value, None)
        elif meaning == "gt":
            interval = Interval(value, None, False, False)
        elif meaning == "le":
            interval = Interval(None, value)
        elif meaning == "lt":
            interval = Interval(None, value, False, False)
    return interval, approximate


def _split_unit(rest: str) -> tuple[str, list[str]]:
    """The unit after a numeral, and markers (이상, 가량…) that may stand before or after it."""
    rest = rest.strip()
    if rest[:1] == "-" and rest[1:2].isalpha():  # '30-acre site', '2.5-km trail'
        rest = rest[1:]
    unit, meanings = _strip_markers(rest, _SUFFIX_MARKERS, prefix=False)
    unit, more = _strip_markers(unit, _SUFFIX_MARKERS, prefix=True)
    return unit, more + meanings


_NOTATION = re.compile(
    r"(?P<open>[\[(])\s*(?P<low>-?[\d.]+(?:e[+-]?\d+)?)?\s*,\s*"
    r"(?P<high>-?[\d.]+(?:e[+-]?\d+)?)?\s*(?P<close>[\])])\s*(?P<unit>.*)"
)


def interval_notation(parsed: ParsedQuantity) -> str:
    """The canonical text of a quantity, '(30000, 40000) person', which parse_quantity reads back."""
    interval = parsed.interval
    low = "" if interval.low is None else repr(float(interval.low))
    high = "" if interval.high is None else repr(float(interval.high))
    opening = "[" if interval.low_inclusive and interval.low is not None else "("
    closing = "]" if interval.high_inclusive and interval.high is not None else ")"
    marker = " ~" if parsed.approximate else ""
    return f"{opening}{low}, {high}{closing}{marker} {parsed.unit}".rstrip()


def _parse_notation(match: re.Match[str]) -> ParsedQuantity:
    low = float(match["low"]) if match["low"] else None
    high = float(match["high"]) if match["high"] else None
    if low is not None and high is not None and low > high:
        raise QuantityError(f"interval {match.group(0)!r} runs backwards")
    unit = match["unit"].strip()
    approximate = unit.startswith("~")
    unit = unit.removeprefix("~").strip()
    interval = Interval(
        low,
        high,
        match["open"] == "[" and low is not None,
        match["close"] == "]" and high is not None,
    )
    return ParsedQuantity(interval, normalize_unit(unit), approximate)


@functools.lru_cache(maxsize=8192)  # the schema check and the loader both read every quantity
def parse_quantity(text: str) -> ParsedQuantity:
    """Read a quantity written as an article writes it; raises QuantityError when it cannot.

    The interval notation of interval_notation(), '[8.0, 8.0] person', is read too.
    """
    original = text
    text = " ".join(nfc(text).split())
    if not text:
        raise QuantityError("empty quantity")
    notation = _NOTATION.fullmatch(text)
    if notation:
        return _parse_notation(notation)
    body, prefixes = _strip_markers(text, _PREFIX_MARKERS, prefix=True)
    if body.casefold().startswith("between "):
        body = body[len("between ") :]
    body = _NUMBER_WORD.sub(lambda match: str(_NUMBER_WORDS[match.group(1).casefold()]), body)
    several = _SEVERAL.match(body)
    if several:
        # 수십 명: some tens, two at least; up to (not including) the next power of ten.
        scale = _scale_of(several.group(1)) if several.group(1) else 1.0
        low, high = (11.0, 20.0) if several.group(2) else (2 * scale, 10 * scale)
        unit, meanings = _split_unit(body[several.end() :])
        interval, _ = _apply_bounds(Interval(low, high, True, False), prefixes + meanings, low)
        return ParsedQuantity(interval, normalize_unit(unit), True)
    body = _korean_words(body)
    currency, body = _currency_first(body)
    first = _read_number(body)
    if first is None:
        raise QuantityError(f"no number in quantity {original!r}")
    number, rest = first
    short = _MONEY_SHORT.match(rest) if currency else None
    if short:
        # '$4.2m', '£3bn', '$500k': a shorthand scale that only money takes ('4.2m' is metres).
        multiplier = _MONEY_SCALES[short.group(1).casefold()]
        number = _Number(
            number.value * multiplier, number.step * multiplier, True, scale=multiplier
        )
        rest = rest[short.end() :]
    range_match = _RANGE.match(rest)
    upper = _currency_first(rest[range_match.end() :])[1] if range_match else ""
    if range_match and _read_number(upper) is not None:
        second_read = _read_number(upper)
        assert second_read is not None
        second, rest = second_read
        unit, meanings = _split_unit(rest)
        unit = _with_currency(unit, currency, original)
        low_number = number
        if not number.scaled and second.scaled and second.value >= 10 * number.value:
            # 30~40만: the scale word of the upper end applies to both ends.
            low_number = _Number(
                number.value * second.scale, number.step * second.scale, True, scale=second.scale
            )
        if low_number.value > second.value:
            raise QuantityError(f"range {original!r} runs backwards")
        interval = Interval(low_number.value, second.value)
        interval, approximate = _apply_bounds(interval, prefixes + meanings, low_number.value)
        return ParsedQuantity(interval, normalize_unit(unit), approximate)
    unit, meanings = _split_unit(rest)
    if re.search(r"\d", unit):
        raise QuantityError(f"cannot read quantity {original!r}: more than one number")
    unit = _with_currency(unit, currency, original)
    interval, approximate = _interval_of(number, prefixes + meanings)
    canonical_unit = normalize_unit(unit)
    if (
        canonical_unit == "percent"
        and not number.scaled
        and number.yeo is None
        and not (prefixes or meanings)
    ):
        # Percentages in articles are rounded: 34% stands for anything from 33.5 to 34.5.
        half = number.step / 2 if number.value != int(number.value) else 0.5
        interval = Interval(number.value - half, number.value + half)
    step = number.step if interval.low == interval.high else 0.0
    return ParsedQuantity(interval, canonical_unit, approximate, step)


def _scale_of(words: str) -> float:
    """The multiplier of Korean scale words written together: 십만 is 100,000."""
    value = 1.0
    for word in words:
        value *= _BIG_UNITS.get(word) or _SMALL_UNITS[word]
    return value


_MONEY_SHORT = re.compile(r"\s?(m|bn|b|k)\b", re.IGNORECASE)
_MONEY_SCALES = {"m": 10**6, "bn": 10**9, "b": 10**9, "k": 10**3}


def _currency_first(text: str) -> tuple[str | None, str]:
    """A currency sign or code written before the number, and the text after it."""
    match = _CURRENCY_FIRST.match(text)
    if match is None:
        return None, text
    return match.group("currency"), text[match.end() :]


def _with_currency(unit: str, currency: str | None, original: str) -> str:
    """The unit, given once: before the number ('$5') or after it ('5 dollars'), or both alike."""
    if currency is None:
        return unit
    if unit and normalize_unit(unit) != normalize_unit(currency):
        raise QuantityError(
            f"cannot read quantity {original!r}: {currency!r} before the number "
            f"and {unit!r} after it"
        )
    return currency


def _apply_bounds(interval: Interval, meanings: list[str], value: float) -> tuple[Interval, bool]:
    approximate = False
    for meaning in meanings:
        if meaning == "approx":
            spread = (interval.high or value) * APPROXIMATE_TOLERANCE
            low = interval.low - spread if interval.low is not None else None
            high = interval.high + spread if interval.high is not None else None
            interval = Interval(low, high)
            approximate = True
    return interval, approximate


_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
# Numbers in words: English, and Korean native numerals before a counter ('세 명', '두 곳').
# Evidence with one may state the figure in words, so its digits cannot tell.
_WORDED_NUMBER = re.compile(
    rf"(?i)\b(?:{_alternation(_NUMBER_WORDS)})\b|(?:{_alternation(_NATIVE_ONES | _NATIVE_TENS | _NATIVE_RANGES)})\s?(?:{_NATIVE_COUNTERS})"
    + rf"|{_alternation(_NATIVE_DAYS)}|[일이삼사오육칠팔구][천백십]|수[십백천만]"
)


def figures(text: str) -> set[str]:
    """The figures a text writes in digits, without thousands separators ('1,200만' → 1200)."""
    figures = {figure.replace(",", "") for figure in _FIGURE.findall(text)}
    if all(figure.isascii() for figure in figures):
        return figures
    # int() reads any script's digits: '３４' is 34.
    return {".".join(str(int(part)) for part in figure.split(".")) for figure in figures}


def figures_missing_from(written: str, evidence: str) -> list[str]:
    """Figures of a quantity as written that its evidence lacks ('500' of 'about 500 people').

    Empty when the evidence cannot tell: it has no figure, or it writes numbers in words.
    """
    wanted = figures(nfc(written))
    if not wanted:
        return []
    evidence = nfc(evidence)
    have = figures(evidence)
    missing = wanted - have
    if not missing or not have or _WORDED_NUMBER.search(evidence):
        return []
    return sorted(missing)
