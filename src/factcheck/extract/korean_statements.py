"""Statements Korean sentences make about an entity: purpose, pledge, plan, function, meaning.

Each statement is the clause that says it, verbatim, so a reviewer sees the article's words:
- purpose: `X는 … 하고자 마련했다`, `X는 … 위한 협의체로`, or a purpose clause that describes a
  name (`… 지원을 위해 … 참여하는 협력체계 'X'`);
- pledge: `… 노력할 것을 다짐했다` (약속, 결의); plan: `… 논의할 예정이다` (계획이다, 하기로 했다);
- function: a present-tense relative clause on a product (`세금 신고서를 대신 작성해 주는 X`);
- significance: `…점에서 의미가 있다`.
A clause starts after the sentence's topic, after the predicate of who took part (`A 등이
참석해 …`), or after a comma; never inside quoted words.
"""

from __future__ import annotations

import re

from factcheck.extract import korean as ko
from factcheck.extract import vocabulary as vocab
from factcheck.extract.found import Context, Found, Sentence
from factcheck.extract.korean import Token
from factcheck.extract.korean_dates import founded_organization

_QUOTED = re.compile(r"[“\"‘'][^“”\"‘’']*[”\"’']")
_SENTENCE_END = re.compile(r"[.?!]+[\"”’']?$")
_SIGNIFICANCE = re.compile(r"(?:의미|의의)(?:가|를)\s(?:있다|갖는다|지닌다|크다)")
_PURPOSE = re.compile(r"(?:을|를)?\s?위(?:해|하여|한)\s|고자\s")
_PLEDGE = re.compile(r"것을\s(?:다짐|약속|결의|서약)(?:했|하였|한)")
_PLAN = re.compile(r"(?:ㄹ|을|할|일)\s(?:예정|계획)이다|하기로\s했다")
_TOPIC_END = re.compile(r"^\s*['\"‘’“”)\]]*\s*(?:은|는|에는|에서는)\s")


def _trim(text: str) -> str:
    return _SENTENCE_END.sub("", text.strip()).strip(" ,")


def _quoted(text: str, position: int) -> bool:
    return any(m.start() < position < m.end() for m in _QUOTED.finditer(text))


def _clause_start(ctx: Context, sentence: Sentence, token_list: list[Token], before: int) -> int:
    """Where the clause that ends at `before` begins (see the module docstring)."""
    text = sentence.text
    start = 0
    for mention in sentence.mentions:
        particle = _TOPIC_END.match(text[mention.end :])
        if mention.end <= before and particle:
            start = mention.end + particle.end()
            break
    noun = re.search(r"(?:이번|올해|이날)?\s?[가-힣]+(?:은|는|에는|에서는)\s", text[:before])
    if start == 0 and noun and noun.start() == 0:
        start = noun.end()
    for index, token in enumerate(token_list[1:], start=1):
        if token.end > before:
            break
        previous = token_list[index - 1]
        if (
            token.tag == "EC"
            and previous.tag in ("XSV", "VV")
            and token_list[index - 2].form in vocab.KOREAN_PREDICATES
            and not _quoted(text, token.start)
        ):
            start = max(start, token.end)
    return start


def _add(ctx: Context, subject: str, names: list[str], statement: str, evidence: str) -> None:
    if len(statement) >= 8:
        ctx.add(Found(subject, tuple(names), "statement", statement, evidence))


def significance(ctx: Context, sentence: Sentence) -> None:
    """What the article says an event means ("…점에서 의미가 있다")."""
    text = sentence.text
    match = _SIGNIFICANCE.search(text)
    if not match:
        return
    subject = ko.subject_of(ctx, sentence)
    if subject is None:
        return
    topic_end = re.search(r"(?:은|는)\s", text[: match.start()])
    start = topic_end.end() if topic_end else 0
    _add(ctx, subject, vocab.SIGNIFICANCE_PROPERTIES, _trim(text[start:]), _trim(text))


def pledges_and_plans(ctx: Context, sentence: Sentence, token_list: list[Token]) -> None:
    """`… 노력할 것을 다짐했다` (a pledge) and `… 논의할 예정이다` (a plan)."""
    text = sentence.text
    for pattern, names in ((_PLEDGE, vocab.PLEDGE_PROPERTIES), (_PLAN, vocab.PLAN_PROPERTIES)):
        match = pattern.search(text)
        if match is None or _quoted(text, match.start()):
            continue
        subject = ko.subject_of(ctx, sentence, match.start())
        if subject is None:
            continue
        start = _clause_start(ctx, sentence, token_list, match.start())
        clause = _trim(text[start:])
        _add(ctx, subject, names, clause, clause)


_EVENT_TOPIC = re.compile(
    rf"^(?:이번|올해|이날|해당)\s?(?:{'|'.join(vocab.EVENT_NOUNS)})(?:은|는)\s"
)


def purposes(ctx: Context, sentence: Sentence, token_list: list[Token]) -> None:
    """What something is for: its topic's (`X는 … 하고자 마련했다`) or a name's it describes."""
    text = sentence.text
    match = _PURPOSE.search(text)
    if match is None or _quoted(text, match.start()):
        return
    topic = ko.topic_entity(sentence)
    led = any(m.entity == topic and m.end <= match.start() for m in sentence.mentions)
    if led or _EVENT_TOPIC.match(text):
        subject = ko.topic(ctx, sentence, match.start())
        if subject is not None:
            start = _clause_start(ctx, sentence, token_list, match.start())
            end = _purpose_end(text, token_list, match)
            _add(ctx, subject, vocab.PURPOSE_PROPERTIES, text[start:end], text[start:end])
        return
    named = _described_name(ctx, sentence, token_list, match.end())
    if named is not None:
        subject, head_end = named
        start = _clause_start(ctx, sentence, token_list, match.start())
        _add(ctx, subject, vocab.PURPOSE_PROPERTIES, text[start:head_end], text[start:head_end])


def _purpose_end(text: str, token_list: list[Token], match: re.Match[str]) -> int:
    """The end of a purpose phrase: the noun after 위한, else the next predicate's word."""
    if match.group().strip().endswith("위한"):
        head = [t for t in token_list if t.start >= match.end()]
        end = match.end()
        for token in head:
            if token.tag in ("NNG", "NNP", "SL", "SP", "XSN") and token.start - end <= 1:
                end = token.end
            else:
                break
        return end
    for form, token in ko.predicates(token_list, match.end(), modifiers=False):
        del form
        word_end = re.match(r"[^\s,.]*", text[token.start :])
        return token.start + (word_end.end() if word_end else 0)
    return len(_SENTENCE_END.sub("", text))


def _described_name(
    ctx: Context, sentence: Sentence, token_list: list[Token], position: int
) -> tuple[str, int] | None:
    """`… 참여하는 협력체계 'X'`: the entity X the clause from `position` describes, and
    where the describing words end. A founding ceremony named after an organisation, given a
    head noun that is not an event's, stands for the organisation (협력체계 'X 출범식')."""
    text = sentence.text
    mention = next((m for m in sentence.mentions if m.start >= position), None)
    if mention is None:
        return None
    head_end = len(text[: mention.start].rstrip(" '‘\"“"))
    between = [t for t in token_list if position <= t.start < head_end]
    if not any(t.tag == "ETM" for t in between) or any(t.tag in ("EF", "SF") for t in between):
        return None
    if not between or between[-1].tag not in ("NNG", "NNP"):
        return None
    subject = mention.entity
    head = between[-1].form
    if not head.endswith(vocab.EVENT_NOUNS):
        subject = founded_organization(ctx, subject) or subject
    return subject, head_end


def functions(ctx: Context, sentence: Sentence, token_list: list[Token]) -> None:
    """`세금 신고서를 대신 작성해 주는 X`: what a product does, from the clause on its name."""
    text = sentence.text
    for mention in sentence.mentions:
        if ctx.entities.type_of(mention.entity) != "product":
            continue
        before = [t for t in token_list if t.end <= mention.start]
        if not before or before[-1].tag != "ETM" or before[-1].form != "는":
            continue
        if mention.start - before[-1].end > 1:
            continue
        start = 0
        for token in before:
            if (token.tag in ("JX", "SF", "SSO", "SSC") or token.form == ",") and not _quoted(
                text, token.start
            ):
                start = token.end
        clause = text[start : before[-1].end].strip(" ,'\"")
        _add(
            ctx,
            mention.entity,
            vocab.FUNCTION_PROPERTIES,
            clause,
            text[start : mention.end].strip(" ,"),
        )
