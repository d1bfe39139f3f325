"""Dropping page furniture: what is left is the article's body, line by line, verbatim.

Saved web pages go through trafilatura, a maintained main-text extractor. Plain-text scrapes
(what a browser's "save as text" or a copy-paste gives) keep their furniture as short lines
around the body: menus, share buttons, a weather box, ads, a comment widget. The body is the
run of lines from the first to the last line of prose; inside it, short lines that are not
prose and lines a scrape printed twice are dropped. Lines are kept verbatim, so every passage
of the body is a passage of the archived text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.errors import InputError
from factcheck.normalize import statement_key

# A line of at least this many characters reads as prose even without a full stop (captions,
# leads that run into a sub-heading); a shorter one needs a sentence end.
PROSE_LENGTH = 40
SENTENCE_LENGTH = 20
# Shorter lines inside the body are furniture (labels, buttons, a lone name or date).
MIN_LINE = 15

_SENTENCE_END = re.compile(r"[.?!。…]['\"”’)\]]*\s*$|다\s*$")
_WEATHER = re.compile(r"-?\d+(?:\.\d+)?\s*(?:˚|°|℃|º)\s*[CF]?")
_STAMP = re.compile(
    r"\d{4}\s*[-./년]\s*\d{1,2}\s*[-./월]\s*\d{1,2}"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2},?\s\d{4}"
)


@dataclass(frozen=True)
class Line:
    """One kept line: its 1-based number in the archived text and its text."""

    number: int
    text: str


@dataclass(frozen=True)
class CleanArticle:
    """The archived text, its kept body lines, and the dropped lines before and after the lede
    (where metadata is printed)."""

    archived: str
    body: tuple[Line, ...]
    header: tuple[Line, ...]
    footer: tuple[Line, ...]


def _is_prose(text: str) -> bool:
    stripped = text.strip()
    if _WEATHER.search(stripped) and len(stripped) < PROSE_LENGTH:
        return False
    if len(stripped) >= PROSE_LENGTH:
        return True
    return len(stripped) >= SENTENCE_LENGTH and bool(_SENTENCE_END.search(stripped))


def _keep_in_body(text: str) -> bool:
    stripped = text.strip()
    if len(stripped) < MIN_LINE:
        return False
    if _STAMP.search(stripped) and len(stripped) < PROSE_LENGTH:
        return False  # a date stamp: metadata, not body
    if stripped.count("|") >= 2 or (stripped.count("/") >= 3 and "http" not in stripped):
        return False  # a menu: Home | World | Business
    return not (_WEATHER.search(stripped) and len(stripped) < PROSE_LENGTH)


def clean_lines(archived: str) -> CleanArticle:
    """The body of a plain-text article, without furniture and repeated lines."""
    lines = [Line(number, text) for number, text in enumerate(archived.splitlines(), start=1)]
    prose = [index for index, line in enumerate(lines) if _is_prose(line.text)]
    if not prose:
        raise InputError("no article text found: no line reads as prose")
    last = prose[-1]
    # Headline and sub-headings stand before the first line of prose: keep the lines there that
    # are long enough and are not date stamps (which metadata reads from the header).
    seen: set[str] = set()
    body: list[Line] = []
    for line in lines[: last + 1]:
        if not _keep_in_body(line.text):
            continue
        key = statement_key(line.text)
        if key in seen:
            continue  # a scrape that prints the body (or a caption) twice
        seen.add(key)
        body.append(line)
    kept = {line.number for line in body}
    lede = next((line.number for line in body if _SENTENCE_END.search(line.text)), body[0].number)
    header = tuple(line for line in lines[:lede] if line.number not in kept)
    footer = tuple(line for line in lines[lede:] if line.number not in kept)
    return CleanArticle(archived, tuple(body), header, footer)


@dataclass(frozen=True)
class HtmlArticle:
    """What trafilatura finds in a saved web page: main text and the page's own metadata."""

    text: str
    title: str | None
    author: str | None
    date: str | None
    sitename: str | None
    url: str | None


def extract_html(html: str) -> HtmlArticle:
    """Main text and metadata of a saved web page, through trafilatura."""
    import trafilatura  # imported here: a second of start-up that only HTML input needs

    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None:
        raise InputError("no article text found in the web page")
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    text = data.get("text") or ""
    if not text.strip():
        raise InputError("no article text found in the web page")

    def field(name: str) -> str | None:
        value = data.get(name)
        return str(value).strip() or None if value else None

    return HtmlArticle(
        text.strip() + "\n",
        field("title"),
        field("author"),
        field("date"),
        field("sitename"),
        field("url"),
    )
