"""Claims in Korean sentences: numbers, people with titles, quotes, caveats, venues, organisers.

Each finder reads one sentence (its text, morphemes and entity mentions) and adds what it
finds to the context; the evidence of every claim is a slice of the sentence, so it is a
verbatim passage of the article.
"""

from __future__ import annotations

import itertools
import re

from factcheck.extract import korean as ko
from factcheck.extract import vocabulary as vocab
from factcheck.extract.found import Context, Found, Sentence
from factcheck.extract.korean import Token
from factcheck.extract.korean_relations import places_around
from factcheck.quantity import QuantityError, parse_quantity

_UNITS = (
    r"개\s?기관|개사|개국|개소|개월|개|곳|명|건|가구|차례|배|톤|원|달러|유로|%|퍼센트|세|채|마리|"
    r"일간|일\s동안|시간|년간|km|㎞|m(?![A-Za-z])|대(?=[\s,.]|[이가은는을를의도와과로에](?![가-힣])|$)"
)
# Small counts in native numerals before a counter: 관람객 두 명, 세 곳 (parse_quantity reads them).
_NATIVE_COUNT = r"(?<![가-힣])(?:두세|서너|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|스무)(?=\s?(?:명|곳|개|대|가지))"
QUANTITY = re.compile(
    rf"(?:(?:약|총|최소|최대|무려|거의|대략)\s?)?(?:(?<![\d.,])\d[\d,]*(?:\.\d+)?|{_NATIVE_COUNT})"
    r"(?:\s?(?:[십백천만억조]+|여(?=\s?[십백천만억조명개곳건원])))*(?:\s?여)?"
    rf"\s?(?P<unit>{_UNITS})(?![가-힣])?"
    r"(?:\s?(?:여|가량|안팎|정도|내외|남짓|이상|이하|초과|미만|이내|넘게))?"
)
_SHARE = re.compile(
    r"(?P<whole>\d[\d,]*\s?(?:개|곳|명|건))\s?중\s?"
    r"(?P<part>\d[\d,]*\s?(?:개|곳|명|건))\s?\(?(?P<share>\d+(?:\.\d+)?\s?%)?\)?\s?(?:이|가|은|는)\s"
)
_NOUN_TAGS = ("NNG", "NNP", "SL", "SH")
QUOTED = re.compile(r"[“\"](?P<text>[^“”\"]{10,}?)[”\"]")
_QUOTATIVE = re.compile(
    r"^\s?(?:이?라며|며|이?라고|고|하고|라면서|면서|하겠다고|했다고|한다고|이?라는)"
)
_CASE_PARTICLE = re.compile(r"^(?:를|을|의|이|가|는|은|에|과|와|로|으로|도)(?![가-힣])")
_CONTRAST_OPENERS = re.compile(r"^(?:그러나|하지만|다만|반면|그런데|그럼에도)\s?,?\s*")
_SENTENCE_END = re.compile(r"[.?!]+[\"”’']?$")


def _trim(text: str) -> str:
    return _SENTENCE_END.sub("", text.strip()).strip()


def _subject_near(ctx: Context, sentence: Sentence, position: int) -> str | None:
    return ko.subject_of(ctx, sentence, position)


def quantities(ctx: Context, sentence: Sentence, token_list: list[Token], skip: set[int]) -> None:
    """Counts and amounts, each with what is counted (from its predicate or noun)."""
    text = sentence.text
    shares = {}
    for match in _SHARE.finditer(text):
        shares[match.start("whole")] = match
    for match in shares.values():
        skip = skip | set(range(match.start(), match.end()))
    for match in QUANTITY.finditer(text):
        if any(match.start() <= position < match.end() for position in skip):
            continue
        written_text = match.group().strip()
        unit = match.group("unit")
        duration = unit.startswith(("일", "시간", "년", "개월"))
        if duration:
            written_text = re.sub(r"\s?(?:간|동안)$", "", written_text.replace("일 동안", "일"))
        if (
            unit == "대"
            and re.match(r"(?:약\s?)?[1-9]0\s?대", written_text)
            and not noun_phrase_before(text, token_list, match.start())
        ):
            continue  # 20대 남성: an age group; 셔틀버스 20대: twenty buses
        try:
            parse_quantity(written_text)
        except QuantityError:
            continue
        evidence_start, evidence_end = match.start(), match.end()
        subject = _subject_near(ctx, sentence, match.start())
        if subject is None:
            continue
        if duration and _owned_by_another(sentence, match.start()):
            continue
        if duration:
            properties = vocab.DURATION_PROPERTIES
        elif unit in ("%", "퍼센트"):
            continue  # a share: read with the counts it is a share of, below
        else:
            properties = _counted(text, token_list, match.start(), match.end())
            if not properties:
                continue
            predicate = predicate_after(token_list, match.end())
            evidence_end = predicate.end if predicate is not None else evidence_end
        ctx.add(
            Found(
                subject,
                tuple(properties),
                "quantity",
                written_text,
                text[evidence_start:evidence_end].strip(),
            )
        )
    for match in shares.values():
        subject = _subject_near(ctx, sentence, match.start())
        whole_noun = noun_phrase_before(text, token_list, match.start())
        part_noun = noun_phrase_after(text, token_list, match.end())
        if subject is None or not whole_noun or not part_noun:
            continue
        evidence = text[
            text.rfind(whole_noun, 0, match.start()) : text.find(part_noun, match.end())
            + len(part_noun)
        ]
        whole_handle, part_handle = f"whole@{id(match)}", f"part@{id(match)}"
        ctx.add(
            Found(
                subject,
                (whole_noun,),
                "quantity",
                match.group("whole"),
                evidence,
                handle=whole_handle,
            )
        )
        ctx.add(
            Found(
                subject, (part_noun,), "quantity", match.group("part"), evidence, handle=part_handle
            )
        )
        if match.group("share"):
            names = tuple(f"{part_noun} {suffix}" for suffix in vocab.SHARE_SUFFIXES)
            ctx.add(
                Found(
                    subject,
                    names,
                    "quantity",
                    match.group("share").replace(" ", ""),
                    evidence,
                    share_of=(part_handle, whole_handle),
                )
            )


def noun_phrase_before(text: str, token_list: list[Token], position: int) -> str:
    """The run of nouns that ends right before a position (전시 공간 | 93개)."""
    start = position
    for token in reversed([t for t in token_list if t.end <= position]):
        if token.tag in _NOUN_TAGS and start - token.end <= 1:
            start = token.start
        else:
            break
    return text[start:position].strip()


def noun_phrase_after(text: str, token_list: list[Token], position: int) -> str:
    """The run of nouns that starts at a position (민간 전시 공간 | 으로)."""
    while position < len(text) and text[position] == " ":
        position += 1
    end = position
    for token in [t for t in token_list if t.start >= position]:
        if token.tag in _NOUN_TAGS and token.start - end <= 1:
            end = token.end
        else:
            break
    return text[position:end].strip()


def predicate_after(token_list: list[Token], position: int) -> Token | None:
    """The first predicate after a position, when only particles and spaces come between."""
    for token in token_list:
        if token.start < position:
            continue
        if token.tag.startswith(("J", "SS", "SE")) or token.tag in ("MM", "MAG"):
            continue
        following = [t for t in token_list if t.start >= token.end]
        if token.tag == "NNG" and following and following[0].tag in ("XSV", "XSA"):
            return token
        if (
            token.tag == "NNG"
            and token.form in vocab.KOREAN_PREDICATES
            and (not following or following[0].tag.startswith(("S", "E")))
        ):
            return token  # a headline drops 하다: 3만명 방문…
        if token.tag in ("VV",):
            return token
        return None
    return None


# Harm done to the people counted, later in the same clause (관람객 3명이 넘어져 … 이송됐다):
# what the count is of, whoever they were before (관람객 is who, not what is counted).
_HARM = re.compile(
    r"[^,.]{0,40}?(?P<harm>숨져|숨졌|사망|넘어져|넘어졌|다쳐|다쳤|부상|이송|입원|중상|경상)"
)


_SUBJECT_BEFORE = re.compile(r"(?P<noun>[가-힣]+)(?:이|가)\s*$")


def _owned_by_another(sentence: Sentence, position: int) -> bool:
    """Whether the figure at `position` is said of a noun that names no entity (도로가 2시간가량
    정체를 빚었다: the road's, not the topic's)."""
    before = _SUBJECT_BEFORE.search(sentence.text[:position])
    if before is None:
        return False
    return not any(m.start <= before.start() < m.end for m in sentence.mentions)


def _counted(text: str, token_list: list[Token], start: int, end: int) -> list[str]:
    """Property names for a count: harm done to those counted (3명이 다쳤다), a noun that names
    an amount right before it (사업비 6천억 원), its predicate (8명이 참석), else the noun before
    it."""
    harm = _HARM.match(text, end) if "명" in text[start:end] else None
    if harm:
        return vocab.KOREAN_PREDICATES[
            "사망" if harm["harm"] in ("숨져", "숨졌", "사망") else "부상"
        ]
    # An amount noun right before, or as the topic or subject: 사업비 6천억 원, 사업비는 12억 원.
    topic = re.search(r"([가-힣]+)(?:은|는|이|가)\s*$", text[:start])
    for noun in (noun_phrase_before(text, token_list, start), topic.group(1) if topic else ""):
        named = next((k for k in vocab.KOREAN_AMOUNT_NOUNS if noun and noun.endswith(k)), None)
        if named is not None:
            return vocab.KOREAN_AMOUNT_NOUNS[named]
    # 3만여 명의 관람객, 10여 곳의 먹거리 부스: what is counted follows the 의.
    if text.startswith("의 ", end):
        counted = noun_phrase_after(text, token_list, end + 2)
        if counted:
            return [counted]
    predicate = predicate_after(token_list, end)
    if predicate is not None and predicate.form in vocab.KOREAN_PREDICATES:
        return vocab.KOREAN_PREDICATES[predicate.form]
    # The thing counted before a verb the vocabulary does not know: 셔틀버스 20대를 운행.
    noun = noun_phrase_before(text, token_list, start)
    if noun:
        return [noun]
    return [predicate.form] if predicate is not None and predicate.tag == "NNG" else []


def affiliations(ctx: Context, sentence: Sentence, token_list: list[Token]) -> None:
    """People with titles: the person (known or proposed) and the organisation they serve."""
    text = sentence.text
    for person in ko.people(
        text,
        token_list,
        lambda name: ctx.entities.resolve(name) is not None,
        lambda name: ko.known_person(ctx, name),
    ):
        known = ctx.entities.resolve(person.name)
        if known is not None and ctx.entities.type_of(known) not in ("person", None):
            continue
        organization = _organization(ctx, person.organization) if person.organization else None
        description = f"{person.organization} {person.role}".strip()
        person_id = known or ctx.entities.propose(person.name, "person", description)
        if organization is None:
            continue
        earlier = ctx.affiliations.setdefault(person_id, organization)
        if earlier != organization and person.role in vocab.HEAD_ROLES:
            # A second post (협회장, then 얼라이언스 의장) is not a second affiliation, which
            # would read as a contradiction: it is the head of that organisation.
            ctx.add(
                Found(
                    organization,
                    tuple(vocab.HEAD_ROLES[person.role]),
                    "entity",
                    person_id,
                    text[person.start : person.end],
                )
            )
            continue
        ctx.add(
            Found(
                person_id,
                tuple(vocab.AFFILIATION_PROPERTIES),
                "entity",
                organization,
                text[person.start : person.end],
                qualifiers=(("role", person.role),),
            )
        )


def _organization(ctx: Context, name: str) -> str | None:
    known = ctx.entities.resolve(name)
    if known is not None:
        return known
    inside = ctx.entities.find(name)
    if inside and inside[0].start == 0:
        return inside[0].entity
    if name.replace(" ", "").endswith(vocab.ORGANIZATION_SUFFIXES) and len(name) >= 3:
        return ctx.entities.propose(name, "organization")
    return None


def quotes(ctx: Context, sentence: Sentence, token_list: list[Token]) -> None:
    """Quoted words with the speaker named before them (…은 "…"라며 … 밝혔다)."""
    text = sentence.text
    segments = list(QUOTED.finditer(text))
    if not segments:
        return
    persons = ko.people_in(ctx, text, token_list)
    speaker: str | None = None
    for start, person in sorted(persons.items()):
        if start < segments[0].start():
            speaker = person
    if speaker is None:
        for mention in sentence.mentions:
            if (
                mention.end <= segments[0].start()
                and ctx.entities.type_of(mention.entity) == "person"
            ):
                speaker = mention.entity
    if speaker is None:
        return
    quotative = [bool(_QUOTATIVE.match(text[segment.end() :])) for segment in segments]
    if not any(quotative):
        return
    for segment, spoken in zip(segments, quotative, strict=True):
        if not spoken and _CASE_PARTICLE.match(text[segment.end() :]):
            continue  # a quoted slogan or title ("…"를 위해), not words said
        words = segment.group("text").strip()
        ctx.add(
            Found(
                speaker,
                tuple(vocab.QUOTE_PROPERTIES),
                "quote",
                {"speaker": speaker, "text": words},
                words,
            )
        )


def caveats(ctx: Context, sentence: Sentence, token_list: list[Token]) -> None:
    """Sentences that qualify the story: a contrast (…했으나, 다만, 그러나) or an incident."""
    text = sentence.text
    clause_start: int | None = None
    opener = _CONTRAST_OPENERS.match(text)
    if opener:
        clause_start = opener.end()
    else:
        for token in token_list:
            if (
                token.tag == "EC"
                and token.form in ("으나", "나", "지만", "는데도", "음에도")
                and token.start > 4
            ):
                clause_start = token.end
                break
    incidents = [
        t for t in token_list if t.form in vocab.KOREAN_INCIDENTS and t.tag.startswith("NN")
    ]
    if clause_start is None and not incidents:
        return
    subject = ko.subject_of(ctx, sentence)
    if subject is None:
        return
    if clause_start is not None:
        caveat = _trim(text[clause_start:])
        names = vocab.CAVEAT_PROPERTIES
    else:
        caveat = _trim(text)
        names = vocab.KOREAN_INCIDENTS[incidents[-1].form] + vocab.CAVEAT_PROPERTIES
    if len(caveat) < 8:
        return
    ctx.add(Found(subject, tuple(names), "caveat", caveat, caveat, importance="high"))


def venues(ctx: Context, sentence: Sentence) -> None:
    """A place named right before an event ("부산 벡스코 '2023 …박람회'"), or "X에서 열린 Y"."""
    text = sentence.text
    mentions = sentence.mentions
    for place, event in itertools.pairwise(mentions):
        if (
            ctx.entities.type_of(place.entity) != "place"
            or ctx.entities.type_of(event.entity) != "event"
        ):
            continue
        between = text[place.end : event.start]
        if re.fullmatch(r"[\s'‘\"“]*|에서\s(?:열린|개최된|진행된)\s", between):
            ctx.add(
                Found(
                    event.entity,
                    tuple(vocab.VENUE_PROPERTIES),
                    "entity",
                    place.entity,
                    text[place.start : event.end],
                )
            )
            places_around(ctx, sentence, place, event)


def organizers(ctx: Context, sentence: Sentence, token_list: list[Token]) -> None:
    """Who held an event: "A와 B는 … 'X'을 개최했다", "A는 B, C와 함께 … X을 진행했다"."""
    text = sentence.text
    for form, token in ko.predicates(token_list, 0, modifiers=False):
        if form not in ("개최", "주최", "주관", "진행", "열"):
            continue
        events = [
            m
            for m in sentence.mentions
            if m.end <= token.start
            and ctx.entities.type_of(m.entity) == "event"
            and (ko.followed_by_object(text, m.end) or re.match(r"^['’”]?과\s함께", text[m.end :]))
        ]
        if not events:
            continue
        first_event = min(m.start for m in events)
        hosts = [
            m
            for m in sentence.mentions
            if m.end <= first_event and ctx.entities.type_of(m.entity) == "organization"
        ]
        topic_at = next((m.end for m in hosts if ko.followed_by_topic(text, m.end)), None)
        if topic_at is None:
            continue
        together = re.match(r"^\s?(?:는|은)\s", text[topic_at:])
        close = topic_at
        if together:
            partners = re.search(r"(?:와|과)\s함께", text[topic_at:first_event])
            close = topic_at + partners.end() if partners else topic_at
        items = list(dict.fromkeys(m.entity for m in hosts if m.end <= close))
        if not items:
            continue
        exhaustive = "등" not in text[hosts[0].start : close]
        for event in events:
            ctx.add(
                Found(
                    event.entity,
                    tuple(vocab.ORGANIZER_PROPERTIES),
                    "entities",
                    {"items": items, "exhaustive": exhaustive},
                    text[hosts[0].start : token.end],
                )
            )
        return
