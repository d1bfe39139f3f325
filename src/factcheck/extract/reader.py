"""Reading a cleaned article sentence by sentence into found claims, in Korean or English."""

from __future__ import annotations

import re
from collections import Counter

from factcheck.extract import (
    english,
    korean,
    korean_claims,
    korean_dates,
    korean_lists,
    korean_relations,
    korean_statements,
)
from factcheck.extract.clean import CleanArticle
from factcheck.extract.found import Context, Found, Sentence
from factcheck.extract.metadata import is_byline
from factcheck.extract.vocabulary import EVENT_NOUNS

_QUOTED_NAME = re.compile(r"['‘\"“]([^'‘’\"“”]{2,40}?)['’\"”]")


def _sentences(article: CleanArticle, language: str) -> list[str]:
    found: list[str] = []
    for line in article.body:
        if is_byline(line.text):
            continue  # the source's details, read as metadata
        if language == "ko":
            found.extend(korean.split_sentences(line.text))
        else:
            found.extend(english.split_sentences(line.text))
    return found


def _propose_events(ctx: Context, texts: list[str]) -> None:
    """Event names the article quotes ('2023 대한민국 정부박람회') that the registry lacks."""
    for text in texts:
        for match in _QUOTED_NAME.finditer(text):
            name = match.group(1).strip()
            if (
                (
                    name.replace(" ", "").endswith(EVENT_NOUNS)
                    or re.search(r"\b(?:Expo|Summit|Forum|Festival|Conference)\b", name)
                )
                and ctx.entities.resolve(name) is None
                and not ctx.entities.find(name)
            ):
                ctx.entities.propose(name, "event")


_ENGLISH_EVENT = re.compile(
    r"\b(?:\d{4}\s)?(?:[A-Z][\w-]+\s){1,5}(?:Expo|Summit|Forum|Festival|Conference|Fair|Games|Olympics|Congress|Assembly)\b"
)


def _propose_english_events(ctx: Context, texts: list[str]) -> None:
    """Capitalised event names (the 2023 Korea Government Expo) the registry lacks."""
    for text in texts:
        for match in _ENGLISH_EVENT.finditer(text):
            name = match.group().strip()
            if ctx.entities.resolve(name) is None and not ctx.entities.find(name):
                ctx.entities.propose(name, "event")


def _main_event(ctx: Context, sentences: list[Sentence]) -> str | None:
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for index, sentence in enumerate(sentences):
        for mention in sentence.mentions:
            if ctx.entities.type_of(mention.entity) == "event":
                counts[mention.entity] += 1
                first.setdefault(mention.entity, index)
    if not counts:
        return None
    # "이번 박람회", "행사": generic nouns count for the events whose names end with them.
    for sentence in sentences:
        for match in re.finditer("|".join(EVENT_NOUNS), sentence.text):
            if any(m.start <= match.start() < m.end for m in sentence.mentions):
                continue
            for entity in list(counts):
                if ctx.entities.name_of(entity).replace(" ", "").endswith(match.group()):
                    counts[entity] += 1
    # A part of another event named in the article (a ceremony at an expo) is not the main one.
    wholes = {entity for entity in counts if not (ctx.entities.parents(entity) & set(counts))}
    candidates = wholes or set(counts)
    # Of events named equally often, the one named first.
    return min(candidates, key=lambda entity: (-counts[entity], first[entity]))


def _main_topic(ctx: Context, sentences: list[Sentence]) -> str | None:
    """The thing named most often, for an article that names no event: people and places
    are who speaks and where, not what the story is about; of equals, the one named first."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for index, sentence in enumerate(sentences):
        for mention in sentence.mentions:
            if ctx.entities.type_of(mention.entity) not in ("person", "place"):
                counts[mention.entity] += 1
                first.setdefault(mention.entity, index)
    if not counts:
        return None
    return min(counts, key=lambda entity: (-counts[entity], first[entity]))


def read_claims(article: CleanArticle, language: str, ctx: Context) -> list[Found]:
    """Every claim the reader for the language finds, in the order of the text."""
    texts = _sentences(article, language)
    _propose_events(ctx, texts)
    if language == "en":
        _propose_english_events(ctx, texts)
    sentences = [Sentence(text, tuple(ctx.entities.find(text))) for text in texts]
    ctx.main_event = _main_event(ctx, sentences)
    ctx.main_topic = ctx.main_event or _main_topic(ctx, sentences)
    for index, sentence in enumerate(sentences):
        if language == "ko":
            tokens = korean.tokens(sentence.text)
            korean_claims.affiliations(ctx, sentence, tokens)
            # Names proposed just now (people, organisations) are mentions too.
            sentence = Sentence(sentence.text, tuple(ctx.entities.find(sentence.text)))
            sentences[index] = sentence
            korean_claims.venues(ctx, sentence)
            covered = korean_dates.dates(ctx, sentence, tokens)
            covered |= korean_lists.lists(ctx, sentence, tokens)
            korean_claims.quantities(ctx, sentence, tokens, covered)
            korean_claims.quotes(ctx, sentence, tokens)
            korean_claims.caveats(ctx, sentence, tokens)
            korean_claims.organizers(ctx, sentence, tokens)
            korean_statements.significance(ctx, sentence)
            korean_statements.purposes(ctx, sentence, tokens)
            korean_statements.pledges_and_plans(ctx, sentence, tokens)
            korean_statements.functions(ctx, sentence, tokens)
            korean_relations.occasions(ctx, sentence, tokens)
            korean_relations.posts(ctx, sentence, tokens)
            korean_relations.parties(ctx, sentence, tokens)
            korean_relations.agents(ctx, sentence)
            ctx.previous_events = korean.described_events(ctx, sentence)
            ctx.last_topic = korean.topic_entity(sentence) or ctx.last_topic
        else:
            english.read_sentence(ctx, sentence)
    return ctx.found
