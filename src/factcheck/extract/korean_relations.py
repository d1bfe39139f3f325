"""Relations between entities that Korean sentences state indirectly.

- the places around a venue, from the registry's part_of: `부산 해운대구 벡스코에서 열린 X` →
  X's district and city, each named by its administrative suffix (구, 시, 군, 도);
- the larger event something took place at: `E1에서 E2를 진행했다`, `E1 마지막 날 E2를 개최했다`,
  `E1 프로그램으로 마련된 E2`, and in `E0에서 E1에서 E2가 열리고` E2's programme item E1;
- a post given as `의장은 X이 맡는다`, of the organisation the text was talking about;
- the parties of a contract or agreement: `A와 X을 계약해 … B`, `A와 체결한 X`.
"""

from __future__ import annotations

import re

from factcheck.extract import korean as ko
from factcheck.extract import vocabulary as vocab
from factcheck.extract.found import Context, Found, Sentence
from factcheck.extract.korean import Token
from factcheck.extract.mentions import Mention
from factcheck.normalize import name_key

_SENTENCE_END = re.compile(r"[.?!]+[\"”’']?$")

_ADMINISTRATIVE = (
    (("특별시", "광역시", "시"), vocab.CITY_PROPERTIES),
    (("구",), vocab.DISTRICT_PROPERTIES),
    (("군",), vocab.COUNTY_PROPERTIES),
    (("특별자치도", "도"), vocab.PROVINCE_PROPERTIES),
)
_HELD = r"(?:열린|개최된|진행된|마련된)"
_HAPPENED = ("개최", "진행", "열", "열리", "마련")


def _administrative(ctx: Context, place: str) -> list[str] | None:
    for name in ctx.entities.names(place):
        for suffixes, properties in _ADMINISTRATIVE:
            if name.replace(" ", "").endswith(suffixes) and len(name) > 2:
                return properties
    return None


def places_around(ctx: Context, sentence: Sentence, venue: Mention, event: Mention) -> None:
    """The district, city… of an event's venue, when the text writes them with it."""
    text = sentence.text
    ancestors = ctx.entities.parents(venue.entity)
    written = [venue]
    for mention in reversed([m for m in sentence.mentions if m.end <= venue.start]):
        if mention.entity in ancestors and not text[mention.end : written[-1].start].strip():
            written.append(mention)
        else:
            break
    start = written[-1].start
    seen: list[str] = []
    for mention in written:
        if mention is not venue:
            seen.append(mention.entity)
        key = name_key(mention.text)
        for ancestor in sorted(ancestors):
            names = [name_key(name) for name in ctx.entities.names(ancestor)]
            if any(name and key.startswith(name) and key != name for name in names):
                seen.append(ancestor)
    for place in dict.fromkeys(seen):
        properties = _administrative(ctx, place)
        if properties is not None:
            ctx.add(
                Found(event.entity, tuple(properties), "entity", place, text[start : event.end])
            )


def occasions(ctx: Context, sentence: Sentence, token_list: list[Token]) -> None:
    """The larger event an event took place at or during."""
    text = sentence.text
    events = [m for m in sentence.mentions if ctx.entities.type_of(m.entity) == "event"]
    happened = [t for form, t in ko.predicates(token_list) if form in _HAPPENED]
    if happened:
        last = happened[-1]
        at = [
            m
            for m in events
            if m.end <= last.start
            and re.match(r"^['’”]?\s?(?:에서|\s?마지막\s?날|\s?첫날|\s?기간\s?중)", text[m.end :])
        ]
        held = [
            m
            for m in events
            if m.end <= last.start
            and m not in at
            and (at and m.start > at[0].end)
            and (
                ko.followed_by_object(text, m.end)
                or ko.followed_by_subject(text, m.end)
                or re.match(r"^['’”]?\s?(?:과|와)\s함께", text[m.end :])
            )
        ]
        for event in held:
            chain = [m for m in at if m.end <= event.start and m.entity != event.entity]
            if not chain:
                continue
            ctx.add(
                Found(
                    event.entity,
                    tuple(vocab.OCCASION_PROPERTIES),
                    "entity",
                    chain[0].entity,
                    text[chain[0].start : last.end],
                )
            )
            if len(chain) > 1 and chain[-1].entity != chain[0].entity:
                ctx.add(
                    Found(
                        event.entity,
                        tuple(vocab.PROGRAM_PROPERTIES),
                        "entity",
                        chain[-1].entity,
                        text[chain[-1].start : last.end],
                    )
                )
    nouns = "|".join(vocab.EVENT_NOUNS)
    for match in re.finditer(
        rf"(?<![가-힣])({nouns})\s?(?:프로그램|부대\s?행사)(?:으로|로)\s{_HELD}\s", text
    ):
        whole = ko.event_for_noun(ctx, match.group(1))
        part = next((m for m in sentence.mentions if m.start >= match.end()), None)
        if whole is None or part is None or part.start - match.end() > 2 or part.entity == whole:
            continue
        ctx.add(
            Found(
                part.entity,
                tuple(vocab.OCCASION_PROPERTIES),
                "entity",
                whole,
                text[match.start() : part.end].rstrip("'’\"”"),
            )
        )


_POST = re.compile(rf"^(?P<role>{'|'.join(vocab.HEAD_ROLES)})(?:은|는)\s")


def posts(ctx: Context, sentence: Sentence, token_list: list[Token]) -> None:
    """`의장은 X이 맡는다`: the post in the organisation the text was talking about."""
    text = sentence.text
    match = _POST.match(text)
    holder = ctx.last_topic
    if not match or holder is None or ctx.entities.type_of(holder) != "organization":
        return
    if not re.search(r"맡(?:는다|았다|기로|게|고)", text):
        return
    people = ko.people(text, token_list, lambda name: ctx.entities.resolve(name) is not None)
    person = next((p for p in people if p.start >= match.end()), None)
    if person is None:
        return
    person_id = ctx.entities.resolve(person.name) or ctx.entities.propose(person.name, "person")
    end = text.find("맡", person.end)
    ctx.add(
        Found(
            holder,
            tuple(vocab.HEAD_ROLES[match.group("role")]),
            "entity",
            person_id,
            _trim_predicate(text[: end + 1], text[end:]),
        )
    )


def _trim_predicate(head: str, rest: str) -> str:
    word = re.match(r"^[가-힣]*", rest)
    return head + (word.group()[1:] if word else "")


_PARTIES = re.compile(r"^(?:과|와)\s")


def parties(ctx: Context, sentence: Sentence, token_list: list[Token]) -> None:
    """`A와 X을 계약해 … B`, `B는 A와 X을 체결했다`, `A와 체결한 X`: who signed with whom."""
    text = sentence.text
    for form, token in ko.predicates(token_list):
        if form not in vocab.KOREAN_AGREEMENTS:
            continue
        before = [m for m in sentence.mentions if m.end <= token.start]
        partner = next(
            (
                m
                for m in reversed(before)
                if _PARTIES.match(text[m.end :])
                and ctx.entities.type_of(m.entity) in ("place", "organization")
            ),
            None,
        )
        if partner is None:
            continue
        objects = [
            m for m in before if m.start > partner.end and ko.followed_by_object(text, m.end)
        ]
        relative = re.match(r"^[가-힣]*한\s", text[token.start :])
        document: Mention | None = None
        if objects:
            document = objects[-1]
        elif relative:
            document = next((m for m in sentence.mentions if m.start >= token.end), None)
            if document is not None and document.start - (token.start + relative.end()) > 2:
                document = None
        if document is None:
            continue
        if ctx.entities.type_of(document.entity) in ("person", "place", "event"):
            continue
        qualifiers = _speaker(ctx, sentence, token_list, partner.start)
        end = max(document.end, token.end) if relative else token.end
        ctx.add(
            Found(
                document.entity,
                tuple(vocab.COUNTERPARTY_PROPERTIES),
                "entity",
                partner.entity,
                text[partner.start : end].rstrip("'’\"”"),
                qualifiers=qualifiers,
            )
        )
        contractor = _contractor(ctx, sentence, token_list, partner, token)
        if contractor is not None:
            ctx.add(
                Found(
                    document.entity,
                    tuple(vocab.CONTRACTOR_PROPERTIES),
                    "entity",
                    contractor.entity,
                    text[min(partner.start, contractor.start) : max(contractor.end, token.end)],
                    qualifiers=qualifiers,
                )
            )


def _contractor(
    ctx: Context, sentence: Sentence, token_list: list[Token], partner: Mention, token: Token
) -> Mention | None:
    """Who signed: the topic before the partner, or the noun the clause describes (…한 B)."""
    text = sentence.text
    for mention in sentence.mentions:
        if mention.end <= partner.start and ko.followed_by_topic(text, mention.end):
            return mention if ctx.entities.type_of(mention.entity) == "organization" else None
    following = [t for t in token_list if t.start >= token.end]
    modifier = next((t for t in following if t.tag == "ETM"), None)
    if modifier is None or any(t.tag in ("EF", "SF") for t in following if t.end <= modifier.start):
        return None
    head = next((m for m in sentence.mentions if m.start >= modifier.end), None)
    if head is None or head.start - modifier.end > 2:
        return None
    return head if ctx.entities.type_of(head.entity) == "organization" else None


def _speaker(
    ctx: Context, sentence: Sentence, token_list: list[Token], position: int
) -> tuple[tuple[str, str], ...]:
    """`according_to` the speaker when the position lies inside quoted words."""
    text = sentence.text
    opened = max(text.rfind("“", 0, position), text.rfind('"', 0, position))
    if opened < 0 or text.find("”", opened, position) >= 0:
        return ()
    speakers = [
        p for start, p in sorted(ko.people_in(ctx, text, token_list).items()) if start < opened
    ]
    return (("according_to", speakers[-1]),) if speakers else ()


_AGENT_VERBS = "|".join(vocab.KOREAN_AGENTS)
_AGENT_TOPIC = re.compile(rf"(?P<verb>{_AGENT_VERBS})(?:은|는)\s$")
_AGENT_DONE = re.compile(rf"^(?:이|가)\s(?P<verb>{_AGENT_VERBS})(?:했|한|하였)")


def agents(ctx: Context, sentence: Sentence) -> None:
    """Who built (designed, runs) the thing the sentence is about: `시공은 A가 맡았다`,
    `A가 시공했다`, `A가 시공한 X`; A must be a known or proposed organisation."""
    text = sentence.text
    for mention in sentence.mentions:
        if ctx.entities.type_of(mention.entity) != "organization":
            continue
        before = _AGENT_TOPIC.search(text[: mention.start])
        after = _AGENT_DONE.match(text[mention.end :])
        if before and re.match(r"^(?:이|가)\s맡", text[mention.end :]):
            verb, start, end = before.group("verb"), before.start(), mention.end + 4
        elif after:
            verb, start = after.group("verb"), mention.start
            end = mention.end + after.end()
        else:
            continue
        subject = ko.subject_of(ctx, sentence, mention.start)
        if subject is None or subject == mention.entity:
            continue
        evidence = text[start:end]
        evidence = evidence + text[end:].split(" ")[0] if not evidence.endswith(" ") else evidence
        ctx.add(
            Found(
                subject,
                tuple(vocab.KOREAN_AGENTS[verb]),
                "entity",
                mention.entity,
                _SENTENCE_END.sub("", evidence.strip()),
            )
        )
