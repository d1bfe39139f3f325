"""Dates in Korean sentences, read relative to the article's date, and what each one dates.

A date belongs to the thing its predicate says happened (…25일 선포식을 개최했다), to an event
whose first or last day it is (박람회 마지막 날인 25일), to an incident (전날 … 장애), to the
announcement itself when the predicate is a verb of saying (…했다고 25일 밝혔다), or to the
topic of the sentence when the topic is what happened (X는 이날 출범했다).
"""

from __future__ import annotations

import re

from factcheck.extract import korean as ko
from factcheck.extract import vocabulary as vocab
from factcheck.extract.found import Context, Found, Sentence
from factcheck.extract.korean import Token
from factcheck.extract.relative_dates import (
    KOREAN_DATE,
    KOREAN_DAY_WORDS,
    KOREAN_TODAY_WORDS,
    resolve_korean,
    shifted,
    written,
)

_BOUNDARY = re.compile(r"\s?(?:마지막\s?날|첫날|폐막일|개막일)(?:인|이었던|에)?\s?$")
# "…했다고 25일 밝혔다": the date of the announcement, not of what it announces.
_QUOTATIVE_BEFORE = re.compile(r"(?:다|라)고\s?$")
_SAYING_AFTER = re.compile(r"^\s?(?:에\s)?(?:밝혔다|발표했다|전했다|알렸다|공개했다|설명했다)")
# Verbs that report what the clause before them says (…했다고 시가 밝혔다).
_SAYING_VERBS = frozenset({"밝히", "발표", "전하", "알리", "설명", "공개", "말하"})
_PRESS_RELEASE_PROPERTIES = ("press_release_date", "announcement_date", "발표일")
_FOUNDING_CEREMONIES = ("출범식", "창립식", "발족식", "개소식", "설립식", "창립총회")


def dates(ctx: Context, sentence: Sentence, token_list: list[Token]) -> set[int]:
    """Dates of what happened, relative to the article's date; returns the spans they cover."""
    text = sentence.text
    covered: set[int] = set()
    spans: list[tuple[int, int, str]] = []
    for match in KOREAN_DATE.finditer(text):
        if not match.group().strip() or (match.start() > 0 and text[match.start() - 1].isdigit()):
            continue
        value = resolve_korean(match, ctx.published)
        if value is None:
            continue
        covered.update(range(match.start(), match.end()))
        spans.append((match.start(), match.end(), written(value)))
        ctx.reference_day = value
    for word, days in (*KOREAN_DAY_WORDS.items(), *KOREAN_TODAY_WORDS.items()):
        for match in re.finditer(rf"(?<![가-힣]){word}(?![가-힣])", text):
            if word in KOREAN_TODAY_WORDS:
                value = shifted(None, ctx.published, days)
            else:
                value = shifted(ctx.reference_day, ctx.published, days)
            spans.append((match.start(), match.end(), written(value)))
    for start, end, value_text in sorted(spans):
        claim = _announcement(ctx, sentence, start, end, value_text) or _date_claim(
            ctx, sentence, token_list, start, end, value_text
        )
        if claim is not None:
            ctx.add(claim)
    return covered


def _announcement(
    ctx: Context, sentence: Sentence, start: int, end: int, value: str
) -> Found | None:
    """`A는 …했다고 25일 밝혔다`: the day A announced it (a press release's date)."""
    text = sentence.text
    saying = _SAYING_AFTER.match(text[end:])
    if not saying or not _QUOTATIVE_BEFORE.search(text[:start]):
        return None
    speaker = ko.topic(ctx, sentence, start)
    if speaker is None or ctx.entities.type_of(speaker) not in ("organization", "person"):
        return None
    evidence_start = text.rfind(" ", 0, max(start - 1, 0)) + 1
    return Found(
        speaker,
        _PRESS_RELEASE_PROPERTIES,
        "date",
        value,
        text[evidence_start : end + saying.end()].strip(),
    )


def _date_claim(
    ctx: Context, sentence: Sentence, token_list: list[Token], start: int, end: int, value: str
) -> Found | None:
    text = sentence.text
    before = text[:start]
    edge = _BOUNDARY.search(before)
    if edge:
        owner = [m for m in sentence.mentions if m.end <= edge.start() + 2]
        if owner:
            last_day = "마지막" in edge.group() or "폐막" in edge.group()
            names = vocab.END_DATE_PROPERTIES if last_day else vocab.START_DATE_PROPERTIES
            evidence = text[owner[-1].start : end]
            ctx.add(Found(owner[-1].entity, tuple(names), "date", value, evidence))
    stream = ko.predicates(token_list, end) + [
        (t.form, t)
        for t in token_list
        if t.start >= end and t.tag.startswith("NN") and t.form in vocab.KOREAN_INCIDENTS
    ]
    for form, token in sorted(stream, key=lambda item: item[1].start):
        incident = vocab.KOREAN_INCIDENTS.get(form)
        if form in vocab.KOREAN_HAPPENINGS:
            between = [m for m in sentence.mentions if end <= m.start < token.start]
            objects = [m for m in between if ko.followed_by_object(text, m.end)]
            subjects = [m for m in between if ko.followed_by_subject(text, m.end)]
            candidates = objects or subjects
            if not candidates:
                later = ko.predicates(token_list, token.end)
                reported = bool(re.match(r"^[가-힣]{0,3}고\s", text[token.end :])) and all(
                    f in _SAYING_VERBS for f, _ in later
                )
                if form in vocab.KOREAN_SUBJECT_HAPPENINGS and (not later or reported):
                    return _topic_happened(ctx, sentence, form, start, token, value)
                continue  # a clause about something else (… 열린 박람회에서): look further
            chosen = candidates[-1]
            return Found(
                chosen.entity, tuple(vocab.DATE_PROPERTIES), "date", value, text[start : token.end]
            )
        if incident is not None:
            between = [m for m in sentence.mentions if end <= m.start < token.start]
            subjects = [m for m in between if ko.followed_by_subject(text, m.end)] or between
            if not subjects:
                return None
            dated = (*(f"{name}_date" for name in incident[:-1]), f"{incident[-1]} 발생일")
            return Found(subjects[-1].entity, dated, "date", value, text[start : token.end])
    return None


def _topic_happened(
    ctx: Context, sentence: Sentence, form: str, start: int, token: Token, value: str
) -> Found | None:
    """`X는 … 이날 출범했다`: the sentence's last predicate happened to its topic X.

    An organisation that is launched (출범, 창립, 발족) is dated through its founding ceremony
    when the registry knows one (an event related to it, or named after it with 출범식…), as
    the ceremony's `date`; otherwise the date is the organisation's founding date.
    """
    subject = ko.topic(ctx, sentence, start)
    if subject is None:
        return None
    properties: tuple[str, ...] = tuple(vocab.KOREAN_SUBJECT_HAPPENINGS[form])
    if ctx.entities.type_of(subject) == "organization" and form in vocab.KOREAN_FOUNDINGS:
        ceremony = founding_ceremony(ctx, subject)
        if ceremony is not None:
            subject, properties = ceremony, tuple(vocab.DATE_PROPERTIES)
    evidence_start = sentence.text.rfind(" ", 0, max(start - 1, 0)) + 1
    return Found(
        subject, properties, "date", value, sentence.text[evidence_start : token.end].strip()
    )


def founding_ceremony(ctx: Context, organization: str) -> str | None:
    """The event that launched an organisation: related to it in the registry or named after
    it (X 출범식), and named as a founding ceremony."""
    names = [name.replace(" ", "") for name in ctx.entities.names(organization)]
    for event in ctx.entities.known_events():
        event_names = [name.replace(" ", "") for name in ctx.entities.names(event)]
        if not any(name.endswith(_FOUNDING_CEREMONIES) for name in event_names):
            continue
        named_after = any(
            event_name.startswith(name) for event_name in event_names for name in names if name
        )
        if named_after or event in ctx.entities.related(organization):
            return event
    return None


def founded_organization(ctx: Context, event: str) -> str | None:
    """The organisation a founding ceremony launches (the inverse of founding_ceremony)."""
    if ctx.entities.type_of(event) != "event":
        return None
    candidates = set(ctx.entities.related(event))
    event_names = [name.replace(" ", "") for name in ctx.entities.names(event)]
    for organization in ctx.entities.of_type("organization"):
        names = [name.replace(" ", "") for name in ctx.entities.names(organization)]
        if any(e.startswith(n) for e in event_names for n in names if n):
            candidates.add(organization)
    for organization in sorted(candidates):
        if (
            ctx.entities.type_of(organization) == "organization"
            and founding_ceremony(ctx, organization) == event
        ):
            return organization
    return None
