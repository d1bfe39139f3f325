"""Finding entities in text: registry names first, then names proposed during this extraction.

Known aliases resolve to registry ids (through spacing, case, punctuation and a trailing
particle, as `factcheck.registry` does); a new name becomes a proposed entry with an id that is
free in the registry, and is never written into the registry itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from factcheck import model
from factcheck.extract.romanize import slug
from factcheck.normalize import name_key, nfc, strip_particle
from factcheck.registry import NameLookupError, Registry

_DROPPED = re.compile(r"[\s\W_]", re.UNICODE)


@dataclass(frozen=True)
class Mention:
    """A name found in a text: its span, the entity it names and the name as written."""

    start: int
    end: int
    entity: str
    text: str


@dataclass
class Proposal:
    """A new entity for the registry draft, with the passage it was first seen in."""

    id: str
    name: str
    type: model.EntityType
    description: str | None = None


def _keyed(text: str) -> tuple[str, list[int]]:
    """The text as name_key sees it, with the offset in the text of every kept character."""
    kept: list[str] = []
    offsets: list[int] = []
    for offset, char in enumerate(nfc(text)):
        if _DROPPED.match(char):
            continue
        for folded in char.casefold():
            kept.append(folded)
            offsets.append(offset)
    return "".join(kept), offsets


@dataclass
class Entities:
    """The entities one extraction knows: the registry's and the ones it proposes."""

    registry: Registry | None
    day: date | None
    proposals: dict[str, Proposal] = field(default_factory=dict)
    _names: dict[str, str] = field(default_factory=dict)  # name key -> entity id
    _types: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.registry is None:
            return
        for entity in self.registry.entities.values():
            self._types[entity.id] = entity.type
            for alias in (entity.name, *entity.aliases, entity.id):
                text = alias.name if isinstance(alias, model.Alias) else alias
                key = name_key(text)
                if len(key) < 2 or key in self._names:
                    continue
                try:
                    self._names[key] = self.registry.resolve(text, self.day)
                except NameLookupError:
                    continue  # an alias of two entities at once: never guess

    def type_of(self, entity_id: str) -> str | None:
        """The entity's type (person, organization, place, event, …)."""
        return self._types.get(entity_id)

    def of_type(self, kind: str) -> list[str]:
        """Ids of every entity of a type, known or proposed, in a stable order."""
        return sorted(entity for entity, found in self._types.items() if found == kind)

    def known_events(self) -> list[str]:
        """Ids of every event known or proposed, in a stable order."""
        return sorted(entity for entity, kind in self._types.items() if kind == "event")

    def parents(self, entity_id: str) -> frozenset[str]:
        """Every entity the given one is part of, by the registry."""
        return self.registry.ancestors(entity_id) if self.registry is not None else frozenset()

    def related(self, entity_id: str) -> frozenset[str]:
        """Entities the registry relates to the given one (either side of `related`)."""
        if self.registry is None:
            return frozenset()
        entity = self.registry.entities.get(entity_id)
        found = set(entity.related) if entity is not None else set()
        found |= {
            other.id for other in self.registry.entities.values() if entity_id in other.related
        }
        return frozenset(found)

    def names(self, entity_id: str) -> list[str]:
        """The canonical name and every alias of an entity, known or proposed."""
        if entity_id in self.proposals:
            return [self.proposals[entity_id].name]
        if self.registry is None or entity_id not in self.registry.entities:
            return []
        entity = self.registry.entities[entity_id]
        return [entity.name] + [
            alias.name if isinstance(alias, model.Alias) else alias for alias in entity.aliases
        ]

    def name_of(self, entity_id: str) -> str:
        """The canonical name, for proposals and registry entities alike."""
        if entity_id in self.proposals:
            return self.proposals[entity_id].name
        if self.registry is not None and entity_id in self.registry.entities:
            return self.registry.name_of(entity_id)
        return entity_id

    def find(self, text: str) -> list[Mention]:
        """Every known name in the text, longest first, not overlapping, in text order."""
        keyed, offsets = _keyed(text)
        by_first: dict[str, list[str]] = {}
        for key in self._names:
            by_first.setdefault(key[0], []).append(key)
        found: list[Mention] = []
        position = 0
        while position < len(keyed):
            best: str | None = None
            for key in by_first.get(keyed[position], ()):
                if keyed.startswith(key, position) and (best is None or len(key) > len(best)):
                    start = offsets[position]
                    end = offsets[position + len(key) - 1] + 1
                    if self._bounded(text, start, end):
                        best = key
            if best is None:
                position += 1
                continue
            start = offsets[position]
            end = offsets[position + len(best) - 1] + 1
            found.append(Mention(start, end, self._names[best], text[start:end]))
            position += len(best)
        return found

    @staticmethod
    def _bounded(text: str, start: int, end: int) -> bool:
        """A name starts a word; a Latin one also ends one (Korean names take particles)."""
        if start > 0 and text[start - 1].isalnum():
            return False
        return not (
            text[end - 1].isascii()
            and end < len(text)
            and text[end].isascii()
            and text[end].isalnum()
        )

    def resolve(self, name: str) -> str | None:
        """The entity a whole name (perhaps with a particle) refers to, or None."""
        key = name_key(name)
        if not key:
            return None
        if key in self._names:
            return self._names[key]
        stripped = strip_particle(key)
        if stripped and stripped in self._names:
            return self._names[stripped]
        return None

    def propose(
        self, name: str, entity_type: model.EntityType, description: str | None = None
    ) -> str:
        """The id of a new entity for the name, proposed once; known names resolve instead."""
        known = self.resolve(name)
        if known is not None:
            return known
        base = slug(name)
        candidate = base
        number = 2
        taken = set(self._types) | set(self.proposals)
        while candidate in taken:
            candidate = f"{base}-{number}"
            number += 1
        self.proposals[candidate] = Proposal(candidate, name.strip(), entity_type, description)
        self._names[name_key(name)] = candidate
        self._types[candidate] = entity_type
        return candidate
