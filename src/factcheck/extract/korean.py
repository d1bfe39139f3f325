"""The Korean analyser (Kiwi) and what extract asks of it: sentences, tokens, phrases.

Kiwi and its model install from PyPI (kiwipiepy, kiwipiepy-model) and load offline; loading
takes about a second and a half, so one instance serves a whole process.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from factcheck.extract.errors import AnalyserMissing
from factcheck.extract.found import Context, Sentence
from factcheck.extract.vocabulary import EVENT_NOUNS, KOREAN_TITLES, ORGANIZATION_SUFFIXES
from factcheck.normalize import strip_particle

_PHRASE_TAGS = ("NNG", "NNP", "SL", "SH", "SN", "XSN", "SSO", "SSC")
_PERSON_NAME = re.compile(r"^[가-힣]{2,4}$")
_TOPIC = re.compile(
    r"^\s*['\"‘’“”)\]]*\s*(?:에서는|에서도|에는|에선|께서는|은|는|이|가|도)(?![가-힣])"
)
_OBJECT = re.compile(r"^\s*['\"‘’“”)\]]*\s*(?:을|를)(?![가-힣])")
_SUBJECT = re.compile(r"^\s*['\"‘’“”)\]]*\s*(?:이|가|은|는|께서)(?![가-힣])")


@dataclass(frozen=True)
class Token:
    """One morpheme: its form, part-of-speech tag (Sejong tags) and span in the sentence."""

    form: str
    tag: str
    start: int
    end: int


@functools.cache
def analyser() -> Any:
    """The one Kiwi instance of this process."""
    try:
        from kiwipiepy import Kiwi  # type: ignore[import-untyped]  # ships no type hints
    except ImportError:
        raise AnalyserMissing(
            "the Korean analyser is not installed; install factcheck with its extract extra: "
            "pip install 'factcheck[extract]'"
        ) from None
    return Kiwi()


def split_sentences(line: str) -> list[str]:
    """The sentences of one body line, each a verbatim slice of it."""
    sentences = [line[s.start : s.end].strip() for s in analyser().split_into_sents(line)]
    return [s for s in sentences if s]


def tokens(text: str) -> list[Token]:
    """The morphemes of a sentence, with spans in it."""
    return [Token(t.form, t.tag, t.start, t.start + t.len) for t in analyser().tokenize(text)]


def followed_by_topic(text: str, end: int) -> bool:
    """Whether the phrase ending at `end` is marked as topic or subject (…는, …에는, …이)."""
    return bool(_TOPIC.match(text[end:]))


def followed_by_object(text: str, end: int) -> bool:
    """Whether the phrase ending at `end` takes the object particle (…을, …를)."""
    return bool(_OBJECT.match(text[end:]))


def followed_by_subject(text: str, end: int) -> bool:
    """Whether the phrase ending at `end` takes a subject or topic particle."""
    return bool(_SUBJECT.match(text[end:]))


def _modifies(token_list: list[Token], index: int) -> bool:
    for token in token_list[index + 1 : index + 4]:
        if token.tag == "ETM":
            return True
        if token.tag not in ("XSV", "XSA", "EP"):
            return False
    return False


def predicates(
    token_list: list[Token], start: int = 0, *, modifiers: bool = True
) -> list[tuple[str, Token]]:
    """Predicates from character `start` on: verbal nouns (참석하다 → 참석) and verb stems."""
    found: list[tuple[str, Token]] = []
    for index, token in enumerate(token_list):
        if token.start < start:
            continue
        following = token_list[index + 1] if index + 1 < len(token_list) else None
        if (
            token.tag == "NNG"
            and following is not None
            and following.tag in ("XSV", "XSA")
            and (following.start == token.end or following.start == token.end - 1)
        ) or (token.tag in ("VV", "VA") and token.form not in ("하", "되", "있", "없", "이")):
            # Without modifiers: 보유한 (기업) is a relative clause, not the clause's predicate.
            keep = modifiers or not _modifies(token_list, index)
            if keep:
                found.append((token.form, token))
    return found


def topic(ctx: Context, sentence: Sentence, before: int | None = None) -> str | None:
    """The entity the sentence is about: the first one marked as topic, or a word like 이번 행사."""
    limit = len(sentence.text) if before is None else before
    for mention in sentence.mentions:
        if mention.end <= limit and followed_by_topic(sentence.text, mention.end):
            return mention.entity
    match = re.search(
        rf"(이번|이날|올해|해당)?\s?({'|'.join(EVENT_NOUNS)})(?:에서는|에는|은|는)(?![가-힣])",
        sentence.text[:limit],
    )
    if match:
        if match.group(1) == "이번" and match.group(2) == "행사" and ctx.previous_events:
            return ctx.previous_events[0]  # "이번 행사": the event just described
        return event_for_noun(ctx, match.group(2))
    return None


# Openers that carry on the previous sentences' topic (…는 X. 뿐만 아니라 …, 특히 …).
_CONTINUATION = re.compile(r"^(?:뿐만\s?아니라|또한|아울러|특히|이와\s?함께|이밖에도?|또)\s?,?\s")


def subject_of(ctx: Context, sentence: Sentence, before: int | None = None) -> str | None:
    """What a sentence's claims are about: its topic; in a sentence that opens by carrying on
    (뿐만 아니라, 특히 …), the last topic the text named; else the story's main event."""
    found = topic(ctx, sentence, before)
    if found is not None:
        return found
    if ctx.last_topic is not None and _CONTINUATION.match(sentence.text):
        return ctx.last_topic
    return ctx.main_topic


def described_events(ctx: Context, sentence: Sentence) -> tuple[str, ...]:
    """Events a sentence is about (taken as object, subject or 과 함께), not the ones it only
    names as the place or time of something else (…박람회에서, …박람회 마지막 날)."""
    found = [
        mention.entity
        for mention in sentence.mentions
        if ctx.entities.type_of(mention.entity) == "event"
        and (
            followed_by_object(sentence.text, mention.end)
            or followed_by_subject(sentence.text, mention.end)
            or re.match(r"^['’”]?\s?(?:과|와)\s함께", sentence.text[mention.end :])
        )
    ]
    return tuple(dict.fromkeys(found))


def topic_entity(sentence: Sentence) -> str | None:
    """The entity marked as the sentence's topic by 은/는 (X는 …), if any."""
    for mention in sentence.mentions:
        if re.match(r"^\s*['\"‘’“”)\]]*\s*(?:은|는)(?![가-힣])", sentence.text[mention.end :]):
            return mention.entity
    return None


def event_for_noun(ctx: Context, noun: str) -> str | None:
    """The event a generic noun refers back to: the main event, or one whose name ends with it."""
    main = ctx.main_event
    if main is not None and (
        noun == "행사" or ctx.entities.name_of(main).replace(" ", "").endswith(noun)
    ):
        return main
    for entity_id in ctx.entities.known_events():
        if ctx.entities.name_of(entity_id).replace(" ", "").endswith(noun):
            return entity_id
    return main


@dataclass(frozen=True)
class Person:
    """A name with a title, as in 이상민 행안부 장관: where it stands and what it says."""

    start: int
    end: int
    name: str
    organization: str  # the words between name and title, as written ('' when none)
    role: str


def _looks_like_organization(name: str) -> bool:
    return len(name) >= 3 and name.endswith(ORGANIZATION_SUFFIXES)


def split_title(phrase: str, is_organization: Callable[[str], bool]) -> tuple[str, str] | None:
    """(organisation, role) of the words after a name, or None when they end in no title.

    A title may be fused to its organisation: 협회장 is the 회장 of a 협회, 진흥원장 the 원장
    of a 진흥원; 정보통신정책실장 is one title (실장 of a 정책실, a department).
    """
    words = phrase.split()
    if not words:
        return None
    last = words[-1]
    title = next((t for t in KOREAN_TITLES if last.endswith(t)), None)
    if title is None:
        return None
    before = " ".join(words[:-1])
    if last == title:
        return before, title
    fused = last[: -len(title) + 1]
    if is_organization(fused) or _looks_like_organization(fused):
        return " ".join([*words[:-1], fused]), title
    return before, last


def _title_word(word: str) -> str | None:
    """The word without trailing punctuation and particle, when it ends in a title."""
    core = word.rstrip(",.·:;!?\"'”’")
    candidates = [core]
    stripped = strip_particle(core)
    if stripped:
        candidates.append(stripped)
    for candidate in candidates:
        if any(candidate.endswith(title) for title in KOREAN_TITLES):
            return candidate
    return None


def people(
    text: str,
    token_list: list[Token],
    is_organization: Callable[[str], bool],
    is_person: Callable[[str], bool] = lambda _name: False,
) -> list[Person]:
    """Names followed by a title within a few words (이상민 장관, 조준희 한국소프트웨어산업협회장).

    Works on words rather than morphemes, which split unknown names and titles unevenly; the
    analyser only confirms that the word before the title is a proper noun. A name the
    registry knows as a person needs no confirmation: the analyser splits some names into
    common words (이도현 as 이 + 도 + 현).
    """
    proper = {token.start for token in token_list if token.tag == "NNP"}
    words = [(m.start(), m.group()) for m in re.finditer(r"[^\s,]+", text)]
    found: list[Person] = []
    taken = -1
    for index, (start, word) in enumerate(words):
        if start < taken or not _PERSON_NAME.match(word):
            continue
        if start not in proper and not is_person(word):
            continue
        for later in range(index + 1, min(index + 6, len(words))):
            later_start, later_word = words[later]
            core = _title_word(later_word)
            if core is not None:
                phrase = text[start + len(word) : later_start] + core
                split = split_title(phrase.strip(), is_organization)
                if split is not None:
                    end = later_start + len(core)
                    found.append(Person(start, end, word, split[0], split[1]))
                    taken = end
                break
            if later_word.endswith((",", ".", "”", '"', "’")) or any(
                q in later_word for q in '“"‘'
            ):
                break
    return found


def known_person(ctx: Context, name: str) -> bool:
    """Whether the registry knows the name as a person's."""
    known = ctx.entities.resolve(name)
    return known is not None and ctx.entities.type_of(known) == "person"


def people_in(ctx: Context, text: str, token_list: list[Token]) -> dict[int, str]:
    """Person ids by the start of their name, for lists and quotes."""
    found = {}
    for person in people(
        text,
        token_list,
        lambda name: ctx.entities.resolve(name) is not None,
        lambda name: known_person(ctx, name),
    ):
        known = ctx.entities.resolve(person.name)
        if known is None or ctx.entities.type_of(known) == "person":
            found[person.start] = known or ctx.entities.propose(person.name, "person")
    return found
