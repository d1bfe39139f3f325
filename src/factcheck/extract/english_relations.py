"""English phrasings that relate entities: the event a noun phrase names ("the opening
ceremony"), who made a thing ("built by X"), the people a count names ("among them A, B and C")
and a speaker named by surname alone ("…," Kim said).
"""

from __future__ import annotations

import re

from factcheck.extract import vocabulary as vocab
from factcheck.extract.found import Context, Found, Sentence

_AGENT = re.compile(
    rf"\b(?:was|were|is|are|been|being)?\s?(?P<verb>{'|'.join(vocab.ENGLISH_AGENTS)})\sby\s"
)
_AMONG = re.compile(r"\b(?:among them|including|among others|such as)\s(?P<items>[^.;:]+)")
_ITEM_SEPARATOR = re.compile(r",\s(?:and\s)?|\sand\s")


def event_named(ctx: Context, sentence: Sentence) -> str | None:
    """A known event named by its last words ("the opening ceremony" for "X opening
    ceremony"), when exactly one known event ends with them."""
    lowered = sentence.text.casefold()
    found: set[str] = set()
    for event in ctx.entities.known_events():
        for name in ctx.entities.names(event):
            words = name.casefold().split()
            if len(words) < 3 or words[-1] not in vocab.ENGLISH_EVENT_NOUNS:
                continue
            if re.search(rf"\bthe\s{re.escape(' '.join(words[-2:]))}\b", lowered):
                found.add(event)
    return found.pop() if len(found) == 1 else None


def agents(ctx: Context, sentence: Sentence, subject: str | None) -> None:
    """`X was built by Y`: Y is X's builder (designer, operator …), when Y is a known name."""
    text = sentence.text
    for match in _AGENT.finditer(text):
        after = [m for m in sentence.mentions if m.start == match.end()]
        if subject is None or not after or after[0].entity == subject:
            continue
        ctx.add(
            Found(
                subject,
                tuple(vocab.ENGLISH_AGENTS[match.group("verb")]),
                "entity",
                after[0].entity,
                text[match.start() : after[0].end].strip(),
            )
        )


def named_among(ctx: Context, sentence: Sentence, subject: str | None, names: list[str]) -> None:
    """`About 250 people attended, among them Mayor A, Minister B and C`: a list that is not
    exhaustive, each item a known entity or a person proposed by name after a title."""
    from factcheck.extract.english_claims import person_named

    match = _AMONG.search(sentence.text)
    if match is None or subject is None or not names:
        return
    items: list[str] = []
    for piece in _ITEM_SEPARATOR.split(match.group("items").strip()):
        inside = ctx.entities.find(piece)
        entity = inside[-1].entity if inside else person_named(ctx, piece.strip())
        if entity is None:
            return  # an item that names nothing: a list of things, not of entities
        if entity not in items:
            items.append(entity)
    if len(items) < 2:
        return
    ctx.add(
        Found(
            subject,
            tuple(names),
            "entities",
            {"items": items, "exhaustive": False},
            match.group().strip().rstrip(".,"),
        )
    )


def by_surname(ctx: Context, name: str) -> str | None:
    """The one known person whose name begins or ends with the word ("Kim" for "Kim Min-su",
    "Roe" for "Jane Roe"), as English copy names a person the second time."""
    if " " in name.strip():
        return None
    found = set()
    for person in ctx.entities.of_type("person"):
        for alias in ctx.entities.names(person):
            words = alias.split()
            if len(words) >= 2 and name in (words[0], words[-1]):
                found.add(person)
    return found.pop() if len(found) == 1 else None
