"""Units of quantities: one canonical name per unit, and conversions within a dimension.

'4.2km', '4.2 킬로미터' and '4,200 m' measure one length; '6천억 원' and '600 billion won' one
sum of money. Quantities in units of one dimension are converted to its base unit before they
are compared; quantities of different dimensions are never compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.normalize import nfc


@dataclass(frozen=True)
class Unit:
    """A canonical unit: its dimension and how many base units of that dimension it is."""

    name: str
    dimension: str
    factor: float = 1.0


def _table() -> dict[str, Unit]:
    table: dict[str, Unit] = {}

    def add(unit: Unit, *spellings: str) -> None:
        for spelling in (unit.name, *spellings):
            table[spelling] = unit

    add(
        Unit("person", "person"),
        "명",
        "인",
        "사람",
        "people",
        "persons",
        "guests",
        "visitors",
        "attendees",
        "participants",
        "delegates",
        "residents",
        "workers",
        "employees",
        "students",
        "members",
        "victims",
        "casualties",
        "deaths",
        "dead",
        "injured",
        "관람객",
        "방문객",
        "참가자",
        "참석자",
        "사망자",
        "부상자",
        "명의 관람객",
        "귀빈",
        "children",
        "adults",
        "men",
        "women",
        "firefighters",
        "soldiers",
        "troops",
        "survivors",
        "evacuees",
        "refugees",
        "patients",
        "voters",
        "councillors",
        "councilors",
        "officers",
        "police officers",
        "officials",
        "medics",
        "doctors",
        "nurses",
        "rescuers",
        "volunteers",
        "passengers",
        "tourists",
        "spectators",
        "fans",
        "protesters",
        "demonstrators",
        "citizens",
        "inhabitants",
        "teachers",
        "staff",
        "personnel",
        "wounded",
        "missing",
    )
    # Counters of things: '10개 기관', '10곳' and '5만 대' all count discrete things.
    add(
        Unit("count", "count"),
        "",
        "개",
        "곳",
        "개소",
        "군데",
        "건",
        "개사",
        "사",
        "기관",
        "개 기관",
        "개기관",
        "업체",
        "개 업체",
        "개업체",
        "개국",
        "나라",
        "대",
        "척",
        "채",
        "마리",
        "권",
        "편",
        "회",
        "차례",
        "번",
        "item",
        "items",
        "places",
        "place",
        "organizations",
        "organisations",
        "institutions",
        "companies",
        "countries",
        "times",
        "vehicles",
        "cars",
        "units",
        "homes",
        "households",
        "booths",
        # Votes are counted things too: '7 votes', '찬성 6표' and a bare '6' compare.
        "표",
        "vote",
        "votes",
        "ballots",
        "석",
        "seats",
        "면",
        "동",
        "가구",
        "세대",
        "그루",
        "벌",
        "병",
        "잔",
        "송이",
        "켤레",
        "량",
    )
    add(Unit("percent", "percent"), "%", "％", "퍼센트", "프로", "per cent", "pct")
    # Not a percent: the difference of two percentages (30% to 33.5% is 3.5 points).
    add(
        Unit("percentage point", "percentage point"),
        "%p",
        "%포인트",
        "퍼센트포인트",
        "포인트",
        "percentage points",
        "percentage point",
        "pp",
    )
    add(Unit("m", "length"), "meter", "meters", "metre", "metres", "미터")
    add(
        Unit("km", "length", 1000),
        "㎞",
        "kilometer",
        "kilometers",
        "kilometre",
        "kilometres",
        "킬로미터",
        "킬로",
    )
    add(Unit("cm", "length", 0.01), "㎝", "centimeter", "centimeters", "센티미터", "센티")
    add(Unit("mile", "length", 1609.344), "miles", "mi", "마일")
    add(Unit("ft", "length", 0.3048), "feet", "foot", "피트")
    add(Unit("in", "length", 0.0254), "inch", "inches", "인치")
    add(Unit("l", "volume"), "litre", "litres", "liter", "liters", "리터", "ℓ")
    add(Unit("ml", "volume", 0.001), "millilitre", "millilitres", "milliliter", "milliliters")
    add(Unit("gal", "volume", 3.785411784), "gallon", "gallons", "갤런")
    add(Unit("m2", "area"), "㎡", "m²", "square meters", "square metres", "제곱미터")
    add(Unit("평", "area", 3.305785), "pyeong")
    add(Unit("km2", "area", 1e6), "㎢", "km²", "square kilometers", "square kilometres")
    add(Unit("ha", "area", 1e4), "hectare", "hectares", "헥타르", "㏊")
    add(Unit("acre", "area", 4046.8564224), "acres", "에이커")
    add(Unit("kg", "mass"), "㎏", "kilogram", "kilograms", "킬로그램")
    add(Unit("g", "mass", 0.001), "gram", "grams", "그램")
    add(Unit("t", "mass", 1000), "톤", "ton", "tons", "tonne", "tonnes")
    add(Unit("KRW", "money:KRW"), "원", "won", "krw", "₩", "￦")
    add(Unit("USD", "money:USD"), "달러", "dollars", "dollar", "usd", "$", "us$", "미국 달러")
    add(Unit("EUR", "money:EUR"), "유로", "euros", "euro", "eur", "€")
    add(Unit("JPY", "money:JPY"), "엔", "yen", "jpy", "¥")
    add(Unit("GBP", "money:GBP"), "파운드", "pounds", "pound", "gbp", "£")
    add(Unit("day", "time", 86400), "days", "일", "일간")
    add(Unit("hour", "time", 3600), "hours", "시간")
    # 분 after a figure in news is minutes: people are counted in 명 (the honorific 10분 is rare).
    add(Unit("second", "time", 1), "seconds", "sec", "secs", "초")
    add(Unit("minute", "time", 60), "minutes", "min", "mins", "분")
    add(Unit("year", "time", 365.25 * 86400), "years", "년", "년간")
    add(Unit("month", "time", 30.44 * 86400), "months", "개월", "달")
    # Not 주: it also counts shares of stock.
    add(Unit("week", "time", 7 * 86400), "weeks", "주간", "주일")
    return {spelling.casefold(): unit for spelling, unit in table.items()}


_UNITS = _table()
_CANONICAL = {unit.name: unit for unit in _UNITS.values()}


# Words for things counted that no table can list ('20 buses', '500 parking spaces'): an
# English plural. Units of measure are all in the table above, so none is taken for one.
_COUNTED_NOUNS = re.compile(r"(?:[a-z]+ )*[a-z]*[a-rt-z]s")


def normalize_unit(unit: str) -> str:
    """The unit's canonical name ('명' → person, '㎞' → km), or the unit as written, case-folded."""
    text = " ".join(nfc(unit).strip().casefold().split())
    known = _UNITS.get(text)
    if known is not None:
        return known.name
    if len(text) > 3 and _COUNTED_NOUNS.fullmatch(text):
        return "count"
    return text


def unit_of(name: str) -> Unit:
    """The Unit behind a canonical name; an unknown unit is a dimension of its own."""
    return _CANONICAL.get(name) or Unit(name, f"unit:{name}")


def comparable(left: str, right: str) -> bool:
    """Whether two canonical units measure the same dimension."""
    return unit_of(left).dimension == unit_of(right).dimension
