"""Entity and property lookup: ids and aliases, through Unicode form, spacing, case and particles."""

from __future__ import annotations

import difflib
import heapq
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from factcheck import model
from factcheck.normalize import name_key, property_key, strip_particle


@dataclass(frozen=True)
class _Name:
    entity: str
    valid_from: date | None
    until: date | None

    def valid_on(self, day: date | None) -> bool:
        if day is None:
            return True
        if self.valid_from is not None and day < self.valid_from:
            return False
        return not (self.until is not None and day > self.until)

    def overlaps(self, other: _Name) -> bool:
        starts = [d for d in (self.valid_from, other.valid_from) if d is not None]
        ends = [d for d in (self.until, other.until) if d is not None]
        return not starts or not ends or max(starts) <= min(ends)


_SUGGEST_KEY_CHARS = 100
_WORDS = re.compile(r"[\s\-_.,/]+")
_SUGGEST_MAX_POSTINGS = 2000  # a letter pair shared by more spellings than this says little


def _grams(key: str) -> set[str]:
    """The letters and letter pairs of a lookup key."""
    return set(key) | {key[i : i + 2] for i in range(len(key) - 1)}


class NameLookupError(ValueError):
    """A name the registry cannot resolve; the message says why and suggests a fix."""


@dataclass
class Registry:
    """Resolves names to entity ids; built from one or more `entities.yaml` files."""

    entities: dict[str, model.Entity] = field(default_factory=dict)
    names: dict[str, list[_Name]] = field(default_factory=lambda: defaultdict(list))
    properties: dict[str, str] = field(default_factory=dict)
    _spellings: tuple[dict[str, str], dict[str, list[str]]] | None = field(
        default=None, init=False, repr=False
    )

    @classmethod
    def build(cls, registries: list[model.Registry]) -> tuple[Registry, list[tuple[str, str]]]:
        """Merge registries; returns the registry and (entity id, message) for each conflict."""
        registry = cls()
        errors: list[tuple[str, str]] = []
        for source in registries:
            for entity in source.entities:
                if entity.id in registry.entities:
                    errors.append((entity.id, f"entity id '{entity.id}' is defined twice"))
                    continue
                registry.entities[entity.id] = entity
            for prop in source.properties:
                for name in (prop.id, *prop.aliases):
                    key = property_key(name)
                    if registry.properties.get(key, prop.id) != prop.id:
                        errors.append((prop.id, f"property name '{name}' names two properties"))
                    registry.properties[key] = prop.id
        for entity in registry.entities.values():
            seen: set[tuple[str, date | None, date | None]] = set()
            for alias in (entity.id, entity.name, *entity.aliases):
                if isinstance(alias, model.Alias):
                    text, entry = alias.name, _Name(entity.id, alias.valid_from, alias.until)
                else:
                    text, entry = alias, _Name(entity.id, None, None)
                key = name_key(text)
                # One name may recur with several validity periods (an abbreviation reused after
                # a reorganisation); each period is kept and checked against other entities.
                if (key, entry.valid_from, entry.until) in seen:
                    continue
                seen.add((key, entry.valid_from, entry.until))
                for other in registry.names[key]:
                    if other.entity != entity.id and other.overlaps(entry):
                        errors.append(
                            (
                                entity.id,
                                f"alias '{text}' names both '{other.entity}' and '{entity.id}' "
                                f"(give one of them a validity period, from/until)",
                            )
                        )
                registry.names[key].append(entry)
            for parent in (*entity.part_of, *entity.related):
                if parent not in registry.entities:
                    errors.append(
                        (entity.id, f"entity '{entity.id}' refers to unknown entity '{parent}'")
                    )
        return registry, errors

    def _candidates(self, key: str, day: date | None) -> list[str]:
        entries = self.names.get(key, [])
        if len(entries) == 1 and entries[0].valid_from is None and entries[0].until is None:
            return [entries[0].entity]  # most names: one entity, always valid
        valid = sorted({e.entity for e in entries if e.valid_on(day)})
        return valid or sorted({e.entity for e in entries})

    def resolve(self, name: str, day: date | None = None) -> str:
        """The entity id a name refers to on `day`; raises NameLookupError with a suggestion."""
        key = name_key(name)
        candidates = self._candidates(key, day)
        if not candidates:
            stripped = strip_particle(key)
            if stripped:
                candidates = self._candidates(stripped, day)
        if len(candidates) == 1:
            return candidates[0]
        if len(candidates) > 1:
            raise NameLookupError(f"'{name}' may be any of {', '.join(candidates)}; use the id")
        raise NameLookupError(f"unknown entity '{name}'{self._suggestion(name)}")

    def _suggestion(self, name: str) -> str:
        spellings, index = self._spelling_index()
        # A title or an id-like join around a known name ('councillor-khan', 'Mayor Linda
        # Park'): the word that is a name by itself says more than shared letters do.
        for word in _WORDS.split(name):
            found = self._candidates(name_key(word), None) if len(word) > 1 else []
            if len(found) == 1:
                return f"; did you mean '{self.name_of(found[0])}' ({found[0]})?"
        key = name_key(name)[:_SUGGEST_KEY_CHARS]
        # Only spellings that share letters with the name are compared: difflib against every
        # alias of a large registry, for every unknown name, takes minutes.
        shared: Counter[str] = Counter()
        for gram in _grams(key):
            postings = index.get(gram, ())
            if len(postings) <= _SUGGEST_MAX_POSTINGS:
                shared.update(postings)
        most = max(shared.values(), default=0)
        ranked = heapq.nsmallest(
            20, ((-count, spelling) for spelling, count in shared.items() if 2 * count >= most)
        )
        candidates = [spelling for _, spelling in ranked]
        close = difflib.get_close_matches(key, candidates, n=1, cutoff=0.5)
        if close:
            return f"; did you mean '{spellings[close[0]]}'?"
        return "; add it to entities.yaml"

    def _spelling_index(self) -> tuple[dict[str, str], dict[str, list[str]]]:
        """Every lookup key with one way to write it, and the keys holding each letter or pair."""
        if self._spellings is None:
            spellings: dict[str, str] = {}
            for entity in self.entities.values():
                for alias in (entity.id, entity.name, *entity.aliases):
                    text = alias.name if isinstance(alias, model.Alias) else alias
                    spellings[name_key(text)] = text
            index: dict[str, list[str]] = defaultdict(list)
            for spelling in sorted(spellings):
                for gram in _grams(spelling):
                    index[gram].append(spelling)
            self._spellings = (spellings, dict(index))
        return self._spellings

    def property_id(self, name: str) -> str:
        """The canonical property key; with a property list in the registry, unknown ones raise."""
        key = property_key(name)
        if not self.properties:
            return key
        if key in self.properties:
            return self.properties[key]
        close = difflib.get_close_matches(key, list(self.properties), n=1, cutoff=0.5)
        hint = f"; did you mean '{self.properties[close[0]]}'?" if close else ""
        raise NameLookupError(f"unknown property '{name}'{hint}")

    def ancestors(self, entity_id: str) -> frozenset[str]:
        """Every entity the given one is part of, directly or through others."""
        found: set[str] = set()
        stack = [entity_id]
        while stack:
            entity = self.entities.get(stack.pop())
            if entity is None:
                continue
            for parent in entity.part_of:
                if parent not in found:
                    found.add(parent)
                    stack.append(parent)
        return frozenset(found)

    def name_of(self, entity_id: str) -> str:
        """The canonical name of an entity."""
        return self.entities[entity_id].name
