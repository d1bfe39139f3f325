"""Claims in English sentences: counts, dates, people with titles, quotes, caveats.

English has no analyser here: patterns over words, with the registry for names. The kinds
match the Korean reader's so drafts of both languages reconcile with each other.
"""

from __future__ import annotations

import re
from datetime import date

from factcheck.dates import DateValue
from factcheck.extract import english_relations as relations
from factcheck.extract import vocabulary as vocab
from factcheck.extract.found import Context, Found, Sentence
from factcheck.extract.relative_dates import last_weekday, written
from factcheck.quantity import QuantityError, parse_quantity
from factcheck.units import normalize_unit, unit_of

_MARKERS = r"(?:about|around|roughly|approximately|nearly|almost|more than|less than|fewer than|at least|over|some|up to)"
# Not inside a word or a tally: 'cover 12' is no 'over 12', and '7-2' holds no '2'.
QUANTITY = re.compile(
    rf"(?<![\w.-])(?:{_MARKERS}\s)?(?P<currency>(?:US)?\$|€|£|₩)?\d[\d,]*(?:\.\d+)?"
    r"(?:\s(?:thousand|million|billion))?(?:\s?(?:%|percent|per cent))?"
    # The thing counted: a word, or two when the second is a plural ('30 shuttle buses').
    r"(?:\s(?P<noun>[a-z]+(?:\s(?!(?:as|has|is|its|this|was)\b)[a-z]+s\b)?))?",
    re.IGNORECASE,
)
# Words that follow a figure without being what it counts ('in 2024 and', '7-2 on Tuesday').
_NOT_COUNTED = frozenset(
    {"a", "an", "and", "are", "as", "at", "be", "before", "but", "by", "each", "for", "from"}
    | {"in", "into", "is", "of", "on", "or", "over", "per", "since", "so", "than", "that"}
    | {"the", "this", "to", "until", "was", "were", "with"}
)
# What a figure measures, by its unit's dimension, when the unit is all the sentence gives.
_DIMENSION_PROPERTIES = {
    "length": vocab.LENGTH_PROPERTIES,
    "area": ["area", "면적"],
    "mass": ["weight", "무게"],
    "time": vocab.DURATION_PROPERTIES,
}
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATE = re.compile(
    rf"\b(?:on\s)?(?:(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    rf"|(?P<month>{_MONTH})\s(?P<day>\d{{1,2}})(?:,\s(?P<year>\d{{4}}))?)\b"
)
_QUOTE = re.compile(
    r"[\"“](?P<text>[^\"“”]{10,}?)[,.]?[\"”],?\s(?:(?P<after>[A-Z][\w.-]+(?:\s[A-Z][\w.-]+){0,3})\s(?:said|says|told|added)|(?:said|says|added)\s(?P<before>[A-Z][\w.-]+(?:\s[A-Z][\w.-]+){0,3}))"
)
_CONTRAST = re.compile(
    r"(?:^|,\s|;\s)(?:but|however|although|though|yet)\s(?P<rest>.+)$", re.IGNORECASE
)
_LENGTH = re.compile(
    r"\b(?P<number>\d[\d,]*(?:\.\d+)?)[-\s](?P<unit>kilometre|kilometer|km|metre|meter|mile)s?\b"
    r"(?=[-\s][a-z])",
    re.IGNORECASE,
)
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _predicate(text: str) -> list[str]:
    lowered = text.casefold()
    for stem, names in vocab.ENGLISH_PREDICATES.items():
        if re.search(rf"\b{stem}", lowered):
            return names
    return []


def read(ctx: Context, sentence: Sentence) -> None:
    """All English finders on one sentence."""
    text = sentence.text
    subject = _topic(ctx, sentence)
    for match in QUANTITY.finditer(text):
        written_text = match.group().strip()
        noun = match.group("noun") or ""
        currency = match.group("currency")
        if noun.casefold() in _NOT_COUNTED or (
            # '$4.2 million plan': the noun is what the money is for, not a unit.
            currency and unit_of(normalize_unit(noun)).dimension.startswith("unit:")
        ):
            written_text, noun = written_text[: len(written_text) - len(noun)].strip(), ""
        if not (noun or currency or "%" in written_text or "percent" in written_text):
            continue  # a bare number: a year, an age, a page
        try:
            parsed = parse_quantity(written_text)
        except QuantityError:
            continue
        quantity = written_text
        dimension = unit_of(parsed.unit).dimension
        names = (
            _predicate(text[match.end() : match.end() + 40])
            or _verb_before(text, match.start(), vocab.ENGLISH_AMOUNT_VERBS)
            or _DIMENSION_PROPERTIES.get(dimension)
            or (vocab.ENGLISH_AMOUNT_VERBS["cost"] if dimension.startswith("money") else [])
            or ([noun] if noun else [])
        )
        if subject and names:
            ctx.add(Found(subject, tuple(names), "quantity", quantity, written_text))
    for match in _LENGTH.finditer(text):
        if subject:
            length = f"{match.group('number')} {match.group('unit')}"
            evidence = text[match.start() : text.find(" ", match.end() + 1) % (len(text) + 1)]
            ctx.add(
                Found(subject, tuple(vocab.LENGTH_PROPERTIES), "quantity", length, evidence.strip())
            )
    for match in DATE.finditer(text):
        value = _date(match, ctx.published)
        if value is not None and subject:
            ctx.add(
                Found(
                    subject,
                    tuple(
                        _verb_before(text, match.start(), vocab.ENGLISH_DATE_VERBS)
                        or vocab.DATE_PROPERTIES
                    ),
                    "date",
                    written(value),
                    match.group().strip(),
                )
            )
    for match in _QUOTE.finditer(text):
        name = match.group("after") or match.group("before") or ""
        speaker = (
            ctx.entities.resolve(name) or relations.by_surname(ctx, name) or person_named(ctx, name)
        )
        if speaker:
            words = match.group("text").strip()
            ctx.add(
                Found(
                    speaker,
                    tuple(vocab.QUOTE_PROPERTIES),
                    "quote",
                    {"speaker": speaker, "text": words},
                    words,
                )
            )
    relations.agents(ctx, sentence, subject)
    relations.named_among(ctx, sentence, subject, _predicate(text))
    contrast = _CONTRAST.search(text)
    if contrast and subject and len(contrast.group("rest")) > 15:
        caveat = contrast.group("rest").rstrip(".")
        ctx.add(
            Found(
                subject, tuple(vocab.CAVEAT_PROPERTIES), "caveat", caveat, caveat, importance="high"
            )
        )


def _verb_before(text: str, position: int, verbs: dict[str, list[str]]) -> list[str]:
    """Property names of the verb that ends right before a position (cost | about 600 …)."""
    before = re.sub(
        r"\s(?:on|in|at|about|around|some|nearly|roughly)$", "", text[:position].rstrip()
    )
    for verb, names in verbs.items():
        if re.search(rf"\b{verb}$", before, re.IGNORECASE):
            return names
    return []


def person_named(ctx: Context, name: str) -> str | None:
    """A person named after a title (Mayor Jane Roe, lawmaker Jane Roe), proposed if new."""
    name = re.sub(r"^(?:[a-z]+\s)+", "", name)  # a lowercase title: lawmaker, coach
    for title in vocab.ENGLISH_TITLES:
        if name.startswith(title + " "):
            name = name[len(title) + 1 :]
    if re.fullmatch(r"[A-Z][\w'-]+(?:\s[A-Z][\w'-]+){1,2}", name):
        return ctx.entities.propose(name, "person")
    return None


def _topic(ctx: Context, sentence: Sentence) -> str | None:
    for mention in sentence.mentions:
        if ctx.entities.type_of(mention.entity) == "event":
            return mention.entity
    return relations.event_named(ctx, sentence) or ctx.main_topic


def _date(match: re.Match[str], published: date) -> DateValue | None:
    if match.group("weekday"):
        return last_weekday(match.group("weekday"), published)
    month = _MONTHS.index(match.group("month")[:3].casefold()) + 1
    year = int(match.group("year")) if match.group("year") else published.year
    try:
        date(year, month, int(match.group("day")))
    except ValueError:
        return None
    return DateValue(year, month, int(match.group("day")))
