"""The source's metadata: outlet, byline and the article's own date, not a page or scrape date.

Plain-text scrapes carry them as furniture around the body: a lead like "[매체명] …", a
dateline "(서울=연합뉴스)", a signature "/연합뉴스", a copyright line, "홍길동 기자", a
name beside a date stamp, "By Jane Roe". The article's date is told from a page's date (the
masthead's "today") by what news sites print with it: a time of day, a label such as 입력 or
"Published", and its place before the body. A time without an offset in a Korean article is
Korean Standard Time; in an English one the offset is unknown, so only the date is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from factcheck.extract.clean import CleanArticle, Line

KST = timezone(timedelta(hours=9))

_LEAD_OUTLET = re.compile(r"^\s*\[([^\]=\d][^\]=]{1,24})\]\s*\S")
_DATELINE_OUTLET = re.compile(r"\((?:[^()=]{1,12})=([^()=]{2,24})\)")
_COPYRIGHT_OUTLET = re.compile(
    r"(?:ⓒ|©|\(c\)|copyright|저작권자)\s*(?:ⓒ|©|\(c\))?\s*(?:\d{4}\s*)?"
    r"([^\s,<>().|][^,<>().|]{1,24}?)\s*(?:[,.<>|]|무단|all rights|$)",
    re.IGNORECASE,
)
_SIGNATURE_OUTLET = re.compile(r"^\s*/\s*(\S[^/]{1,20}?)\s*$")
_ENGLISH_DATELINE = re.compile(r"^[A-Z][A-Z ,.'-]{1,40}\(([A-Z][A-Za-z&. ]{1,30})\)\s*[-—–]")
_KOREAN_BYLINE = re.compile(r"(?<![가-힣])([가-힣]{2,4})\s?(?:기자|특파원)(?![가-힣])")
_ENGLISH_BYLINE = re.compile(r"^\s*By\s+([A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})\b")
_NAME_LINE = re.compile(r"^\s*([가-힣]{2,4})\s*$")
# A byline line with what follows the name: "By Jane Roe, The Daily, March 15, 2024",
# "By Jane Roe | The Daily | Published March 15, 2024", "By Jane Roe, Staff Reporter".
_BYLINE_LINE = re.compile(r"^\s*By\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*(?:$|[,|·—–-]\s*\S)")
_BYLINE_PARTS = re.compile(r"\s*(?:[|·—–]|,(?!\s*\d{4}))\s*")
_STAFF_WORDS = re.compile(
    r"\b(?:reporter|writer|correspondent|editor|staff|contributor|columnist)s?\b", re.IGNORECASE
)
# A dateline alone on its line, or opening the lede: "SEOUL --", "INCHEON (Reuters) —".
_DATELINE_ONLY = re.compile(r"^[A-Z][A-Z ,.'-]{1,40}(?:\([A-Za-z&. ]{1,30}\))?\s*(?:--|[—–-])\s*$")


def is_byline(text: str) -> bool:
    """Whether a line is an English byline ("By Jane Roe, The Daily, March 15, 2024")."""
    return bool(_BYLINE_LINE.match(text))


def _byline_lines(article: CleanArticle) -> tuple[Line, ...]:
    return tuple(line for line in article.body[:4] if is_byline(line.text))


def _byline_outlet(text: str) -> str | None:
    """The outlet in a byline: a part after the name that is neither a date nor a job."""
    for part in _BYLINE_PARTS.split(text.strip())[1:]:
        part = part.strip(" .")
        if not part or _ENGLISH_STAMP.search(part) or _NUMERIC_STAMP.search(part):
            continue
        if _STAFF_WORDS.search(part) or _DATE_LABELS.search(part):
            continue
        if re.fullmatch(r"(?:The\s)?[A-Z][\w&.'-]*(?:\s[A-Z&][\w&.'-]*){0,4}", part):
            return part
    return None


_MONTH_NAMES = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    "july|august|september|october|november|december"
)
_NUMERIC_STAMP = re.compile(
    r"(?<!\d)(?P<year>20\d{2}|19\d{2})\s*[-./년]\s*(?P<month>\d{1,2})\s*[-./월]\s*(?P<day>\d{1,2})"
    r"(?:\s*일)?\.?(?:\s*\(?[월화수목금토일]\)?(?:요일)?)?"
    r"(?:\s*[T ]?\s*(?P<part>오전|오후|AM|PM)?\s*(?P<hour>\d{1,2})\s*(?::|시)\s*(?P<minute>\d{2})"
    r"(?:\s*(?::|분)\s*(?P<second>\d{2}))?(?:\s*(?P<ampm>AM|PM|a\.m\.|p\.m\.))?"
    r"(?P<offset>Z|[+-]\d{2}:?\d{2})?)?",
    re.IGNORECASE,
)
_ENGLISH_STAMP = re.compile(
    rf"(?P<month>{_MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})"
    r"(?:,?\s*(?:at\s+)?(?P<hour>\d{1,2}):(?P<minute>\d{2})\s*(?P<ampm>AM|PM|a\.m\.|p\.m\.)?)?",
    re.IGNORECASE,
)
_DATE_LABELS = re.compile(
    r"입력|등록|승인|게재|발행|송고|기사등록|published|posted|first published", re.IGNORECASE
)
_UPDATE_LABELS = re.compile(r"수정|업데이트|updated|modified", re.IGNORECASE)


@dataclass(frozen=True)
class Metadata:
    """What the article says about itself; None where it says nothing."""

    title: str | None
    outlet: str | None
    author: str | None
    published: date | datetime | None


@dataclass(frozen=True)
class _Stamp:
    value: date | datetime
    line: int
    score: int


def _month_number(name: str) -> int:
    key = name.casefold().rstrip(".")
    months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    if key == "sept":
        return 9
    return months.index(key[:3]) + 1


def _stamp_value(match: re.Match[str], language: str, *, english: bool) -> date | datetime | None:
    groups = match.groupdict()
    try:
        year = int(groups["year"])
        month = _month_number(groups["month"]) if english else int(groups["month"])
        day = int(groups["day"])
        found = date(year, month, day)
    except (ValueError, TypeError):
        return None
    if not groups.get("hour"):
        return found
    hour, minute = int(groups["hour"]), int(groups["minute"])
    second = int(groups.get("second") or 0)
    marker = (groups.get("part") or groups.get("ampm") or "").casefold().replace(".", "")
    if marker in ("오후", "pm") and hour < 12:
        hour += 12
    if marker in ("오전", "am") and hour == 12:
        hour = 0
    offset = groups.get("offset")
    try:
        if offset:
            stamp = datetime.fromisoformat(
                f"{found.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}"
                + ("+00:00" if offset.upper() == "Z" else offset)
            )
            return stamp
        if language == "ko":
            return datetime(year, month, day, hour, minute, second, tzinfo=KST)
    except ValueError:
        return None
    return found  # a wall-clock time in an unknown zone: keep the day only


def _stamps(lines: tuple[Line, ...], language: str, *, before_body: bool) -> list[_Stamp]:
    stamps = []
    previous = ""
    for line in lines:
        text = line.text
        for pattern, english in ((_NUMERIC_STAMP, False), (_ENGLISH_STAMP, True)):
            for match in pattern.finditer(text):
                value = _stamp_value(match, language, english=english)
                if value is None:
                    continue
                score = 0
                if isinstance(value, datetime) or match.groupdict().get("hour"):
                    score += 2
                if _DATE_LABELS.search(text) or _DATE_LABELS.search(previous):
                    score += 2
                if _UPDATE_LABELS.search(text):
                    score -= 1
                if before_body:
                    score += 1
                stamps.append(_Stamp(value, line.number, score))
        previous = text
    return stamps


def find_published(
    article: CleanArticle, language: str
) -> tuple[date | datetime | None, int | None]:
    """The article's own date (and time), and the line it was found on.

    Dates in the body are what the article reports, not when it was published, so only the
    lines around the body are searched; the stamp with a time, a label and a place before the
    body wins, and of equals the earliest (an update stamp follows the first one).
    """
    stamps = _stamps(article.header + _byline_lines(article), language, before_body=True)
    # A closing signature ('2024년 11월 4일 정다은 기자 daeun@…') can stay in the body.
    signature = tuple(
        line
        for line in article.body[-2:]
        if len(line.text) <= 80 and _KOREAN_BYLINE.search(line.text)
    )
    stamps += _stamps(signature + article.footer, language, before_body=False)
    if not stamps:
        return None, None
    best = max(stamps, key=lambda stamp: (stamp.score, -_ordinal(stamp.value)))
    return best.value, best.line


def _ordinal(value: date | datetime) -> float:
    if isinstance(value, datetime):
        return value.timestamp() / 86400
    return float(value.toordinal() - date(1970, 1, 1).toordinal())


def find_outlet(article: CleanArticle) -> str | None:
    """The outlet as the article names itself: lead bracket, dateline, signature, copyright."""
    # A byline line ('[청솔신문] 정다은 기자') is set apart from the body as a header line.
    for line in (*article.header[-3:], *article.body[:5]):
        match = _LEAD_OUTLET.match(line.text)
        if match and "사진" not in match.group(1):
            return match.group(1).strip()
        match = _DATELINE_OUTLET.search(line.text[:60])
        if match:
            return match.group(1).strip()
        match = _ENGLISH_DATELINE.match(line.text)
        if match:
            return match.group(1).strip()
    for line in _byline_lines(article):
        outlet = _byline_outlet(line.text)
        if outlet is not None:
            return outlet
    everything = (*article.body, *article.footer, *article.header)
    for line in everything:
        match = _SIGNATURE_OUTLET.match(line.text)
        if match and not re.search(r"\d", match.group(1)):
            return match.group(1).strip()
    for line in everything:
        match = _COPYRIGHT_OUTLET.search(line.text)
        if match:
            return match.group(1).strip()
    return None


def find_author(article: CleanArticle, date_line: int | None) -> str | None:
    """The byline: "홍길동 기자", "By Jane Roe", or a lone name beside the date stamp."""
    for line in (*article.header, *article.body[:3], *article.footer):
        match = _ENGLISH_BYLINE.match(line.text) or _KOREAN_BYLINE.search(line.text)
        if match:
            return match.group(1)
    if date_line is not None:
        for line in (*article.header, *article.footer):
            if abs(line.number - date_line) <= 2 and _NAME_LINE.match(line.text):
                return line.text.strip()
    for line in article.body[-3:]:
        match = _KOREAN_BYLINE.search(line.text)
        if match:
            return match.group(1)
    return None


def find_title(article: CleanArticle) -> str | None:
    """The headline: the first body line, when it reads like one (not a byline or dateline)."""
    for line in article.body[:2]:
        text = line.text.strip()
        if is_byline(text) or _DATELINE_ONLY.match(text):
            continue
        if 8 <= len(text) <= 200:
            return text
    return None


def read_metadata(article: CleanArticle, language: str) -> Metadata:
    """Everything the plain text tells about its source."""
    published, line = find_published(article, language)
    return Metadata(
        find_title(article), find_outlet(article), find_author(article, line), published
    )
