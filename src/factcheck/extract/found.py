"""What the language readers find: claims before ids and property names are settled."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from factcheck.dates import DateValue
from factcheck.extract.mentions import Entities, Mention


@dataclass(frozen=True)
class Found:
    """One claim as found: subject id, candidate property names, value, verbatim evidence."""

    subject: str
    properties: tuple[str, ...]
    kind: str
    value: Any
    evidence: str
    importance: str | None = None
    qualifiers: tuple[tuple[str, str], ...] = ()
    handle: str | None = None  # lets a share_of name this claim before ids exist
    share_of: tuple[str, str] | None = None


@dataclass
class Context:
    """What one extraction knows while it reads the sentences in order."""

    entities: Entities
    published: date
    main_event: str | None = None
    # What an article about no event is about (a bridge, a policy): its most named thing.
    main_topic: str | None = None
    reference_day: DateValue | None = None  # the day the text last talked about (for 전날)
    affiliations: dict[str, str] = field(default_factory=dict)  # person id -> organisation id
    # What the previous sentences were about, for words that refer back (이번 행사, 의장은 …):
    # the events the last sentence described (not the ones it named as a place, …에서) and the
    # last entity a sentence took as its topic (…는).
    previous_events: tuple[str, ...] = ()
    last_topic: str | None = None
    found: list[Found] = field(default_factory=list)

    def add(self, claim: Found) -> None:
        """Keep a claim; the same subject, property and value twice is kept once."""
        for other in self.found:
            if (other.subject, other.properties, other.kind, repr(other.value)) == (
                claim.subject,
                claim.properties,
                claim.kind,
                repr(claim.value),
            ):
                return
        self.found.append(claim)


@dataclass(frozen=True)
class Sentence:
    """A sentence of the body with the entity mentions found in it."""

    text: str
    mentions: tuple[Mention, ...]
