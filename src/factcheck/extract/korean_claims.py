"""Claims in Korean sentences: numbers, dates, people, lists, quotes and caveats.

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
from factcheck.extract.korean_dates import founded_organization
from factcheck.extract.korean_relations import places_around
from factcheck.quantity import QuantityError, parse_quantity

_UNITS = (
    r"개\s?기관|개사|개국|개소|개월|개|곳|명|건|가구|차례|배|톤|원|달러|유로|%|퍼센트|세|채|마리|"
    r"일간|일\s동안|시간|년간"
)
QUANTITY = re.compile(
    r"(?:(?:약|총|최소|최대|무려|거의|대략)\s?)?(?<![\d.,])\d[\d,]*(?:\.\d+)?"
    r"(?:\s?(?:[십백천만억조]+|여(?=\s?[십백천만억조명개곳건원])))*(?:\s?여)?"
    rf"\s?(?P<unit>{_UNITS})(?![가-힣])?"
    r"(?:\s?(?:여|가량|안팎|정도|내외|남짓|이상|이하|초과|미만|이내|넘게))?"
)
_SHARE = re.compile(
    r"(?P<whole>\d[\d,]*\s?(?:개|곳|명|건))\s?중\s?"
    r"(?P<part>\d[\d,]*\s?(?:개|곳|명|건))\s?\(?(?P<share>\d+(?:\.\d+)?\s?%)?\)?\s?(?:이|가|은|는)\s"
)
_NOUN_TAGS = ("NNG", "NNP", "SL", "SH")
_LIST_END = re.compile(
    r"\s등(?:\s(?P<category>[가-힣]{2,8}?))?(?:(?:\s총)?\s(?P<total>\d[\d,]*\s?(?:개\s?기관|개사|곳|명|개|건)))?(?=[,\s이가은는을를과와의도]|$)"
)
_QUOTED = re.compile(r"[“\"](?P<text>[^“”\"]{10,}?)[”\"]")
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
        try:
            parse_quantity(written_text)
        except QuantityError:
            continue
        evidence_start, evidence_end = match.start(), match.end()
        subject = _subject_near(ctx, sentence, match.start())
        if subject is None:
            continue
        if duration:
            properties = vocab.DURATION_PROPERTIES
        elif unit in ("%", "퍼센트"):
            continue  # a share: read with the counts it is a share of, below
        else:
            properties = _counted(text, token_list, match.start(), match.end())
            if not properties:
                continue
            predicate = _predicate_after(token_list, match.end())
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


def _predicate_after(token_list: list[Token], position: int) -> Token | None:
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


def _counted(text: str, token_list: list[Token], start: int, end: int) -> list[str]:
    """Property names for a count: its predicate (8명이 참석), else the noun before it."""
    predicate = _predicate_after(token_list, end)
    if predicate is not None:
        if predicate.form in vocab.KOREAN_PREDICATES:
            return vocab.KOREAN_PREDICATES[predicate.form]
        if predicate.tag == "NNG":
            return [predicate.form]
    noun = noun_phrase_before(text, token_list, start)
    return [noun] if noun else []


def affiliations(ctx: Context, sentence: Sentence, token_list: list[Token]) -> None:
    """People with titles: the person (known or proposed) and the organisation they serve."""
    text = sentence.text
    for person in ko.people(text, token_list, lambda name: ctx.entities.resolve(name) is not None):
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


_SEPARATOR = re.compile(
    r"\s*(?:,|·|(?<=[가-힣])(?:과|와)\s|(?:을|를)\s비롯(?:해|한)\s?|\s및\s|(?:은|는)\s물론\s?,?)\s*"
)


def lists(ctx: Context, sentence: Sentence, token_list: list[Token]) -> set[int]:
    """Lists closed by 등 (not exhaustive) with a declared total (…등 총 10개 기관)."""
    text = sentence.text
    covered: set[int] = set()
    persons = ko.people_in(ctx, text, token_list)
    quoted = [range(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    ends = list(_LIST_END.finditer(text))
    for number, end_match in enumerate(ends):
        if any(end_match.start() in span for span in quoted):
            continue
        later = ends[number + 1] if number + 1 < len(ends) else None
        if later is not None and not any(
            end_match.end() <= t.start < later.start()
            for _, t in ko.predicates(token_list, end_match.end())
        ):
            continue  # "A, B 등 관계부처, C 등 총 10개": the last 등 closes the whole list
        start = _list_start(text, token_list, end_match.start())
        region = text[start : end_match.start()]
        items: list[str] = []
        position = start
        for piece in _SEPARATOR.split(region):
            offset = text.find(piece, position)
            position = offset + len(piece)
            nested = re.search(r"\s등\s[가-힣\s]+$", piece)
            if nested:
                piece = piece[: nested.start()]
                offset = text.find(piece, offset)
            entity = _item(
                ctx, piece.strip(" '‘’\""), offset, persons, end_match.group("total") or ""
            )
            if entity is None:
                items = []
                break  # an item that names nothing: a list of ideas, not of entities
            if entity not in items:
                items.append(entity)
        if len(items) < 1 or (len(items) < 2 and not end_match.group("total")):
            continue
        predicate = _predicate_after(token_list, end_match.end()) or next(
            (t for _, t in ko.predicates(token_list, end_match.end(), modifiers=False)), None
        )
        names: list[str] = []
        category = end_match.group("category")
        if predicate is not None:
            if category:
                names += [f"{predicate.form} {category}", f"{predicate.form} {category[-2:]}"]
            names += vocab.KOREAN_PREDICATES.get(predicate.form, [predicate.form])
        if not names:
            continue
        subject = ko.subject_of(ctx, sentence, start)
        if subject is None:
            continue
        subject = _founded_by(ctx, subject, predicate.form if predicate else "")
        value: dict[str, object] = {"items": items, "exhaustive": False}
        if end_match.group("total"):
            total = re.sub(r"\s+", " ", end_match.group("total"))
            value["total"] = ("총 " if "총" in end_match.group() else "") + total
            covered.update(range(end_match.start(), end_match.end()))
        evidence_end = predicate.end if predicate is not None else end_match.end()
        ctx.add(
            Found(
                subject,
                tuple(dict.fromkeys(names)),
                "entities",
                value,
                text[start:evidence_end].strip(),
            )
        )
    return covered


def _founded_by(ctx: Context, subject: str, predicate: str) -> str:
    """Who takes part (참여, 참가) in a founding ceremony takes part in what it founds: the
    organisation the registry relates to it or names it after (X 출범식 → X)."""
    if predicate not in ("참여", "참가"):
        return subject
    return founded_organization(ctx, subject) or subject


def _list_start(text: str, token_list: list[Token], end: int) -> int:
    """Where a list that ends at `end` begins: after the topic or the clause before it."""
    start = 0
    for token in token_list:
        if token.end > end:
            break
        if (token.tag == "JX" and text[token.end : token.end + 3] == " 물론") or (
            token.form == "물론" and text[max(token.start - 2, 0) : token.start] in ("는 ", "은 ")
        ):
            continue  # "A는 물론, B": the list goes on
        if token.tag in ("JX", "EF", "SF", "ETM", "MAG") or (
            token.tag == "EC" and token.form not in ("어", "아")
        ):
            start = token.end
        if token.tag == "JKB" and token.form not in ("과", "와"):
            start = token.end
    while start < end and text[start] in " '\"‘’“”,":
        start += 1
    return start


def _item(ctx: Context, piece: str, offset: int, persons: dict[int, str], total: str) -> str | None:
    if not piece or len(piece) > 40:
        return None
    counts_institutions = any(word in total for word in ("기관", "곳", "개사"))
    for start, person in persons.items():
        if offset <= start < offset + len(piece):
            if counts_institutions and person in ctx.affiliations:
                return ctx.affiliations[person]
            return person
    known = ctx.entities.resolve(piece)
    if known is not None:
        return known
    inside = ctx.entities.find(piece)
    if inside and inside[0].start == 0:
        rest = piece[inside[0].end :].strip()
        if not rest or rest.endswith(tuple(vocab.KOREAN_TITLES)) or rest == "장":
            return inside[0].entity
    if (
        not re.fullmatch(r"[가-힣A-Za-z0-9][가-힣A-Za-z0-9 &.\-]{0,30}", piece)
        or len(piece.split()) > 3
    ):
        return None
    proper = any(t.tag in ("NNP", "SL") for t in ko.tokens(piece))
    if piece.replace(" ", "").endswith(vocab.ORGANIZATION_SUFFIXES) or proper:
        return ctx.entities.propose(piece, "organization")
    return None


def quotes(ctx: Context, sentence: Sentence, token_list: list[Token]) -> None:
    """Quoted words with the speaker named before them (…은 "…"라며 … 밝혔다)."""
    text = sentence.text
    segments = list(_QUOTED.finditer(text))
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
