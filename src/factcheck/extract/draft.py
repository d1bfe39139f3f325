"""Turning found claims into a claim file and a registry draft, as YAML a person reviews.

Property names: each claim carries candidates, English first. When the registry has a
property list, the first candidate it knows (by id or alias) is used, and a claim with none is
given its first candidate, which is added to the registry draft's property list. Without a
property list in the registry, properties are free and the first candidate is used.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import yaml

from factcheck.extract.found import Found
from factcheck.extract.mentions import Entities
from factcheck.extract.romanize import slug
from factcheck.normalize import property_key
from factcheck.registry import NameLookupError, Registry


@dataclass(frozen=True)
class SourceFields:
    """The source block of the claim file."""

    id: str
    outlet: str
    title: str
    author: str | None
    published: date | datetime
    language: str
    url: str | None
    text: str


class _Properties:
    def __init__(self, registry: Registry | None) -> None:
        self.registry = registry
        self.closed = bool(registry and registry.properties)
        self.proposed: dict[str, str] = {}

    def settle(self, candidates: tuple[str, ...]) -> str:
        if not self.closed:
            return property_key(candidates[0])
        assert self.registry is not None
        for candidate in candidates:
            try:
                return self.registry.property_id(candidate)
            except NameLookupError:
                continue
        # Registry property ids are ASCII; the name as found stays as an alias.
        chosen = slug(candidates[0]).replace("-", "_")
        self.proposed.setdefault(chosen, candidates[0])
        return chosen


def _claim_ids(claims: list[tuple[Found, str]]) -> list[str]:
    ids: list[str] = []
    used: set[str] = set()
    for found, prop in claims:
        base = f"{slug(found.subject)}-{slug(prop)}"[:80].strip("-")
        candidate, number = base, 2
        while candidate in used:
            candidate = f"{base}-{number}"
            number += 1
        used.add(candidate)
        ids.append(candidate)
    return ids


def claim_entries(
    found: list[Found], registry: Registry | None
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Claim mappings in the text's order, and properties to propose (key -> name)."""
    properties = _Properties(registry)
    settled = [(claim, properties.settle(claim.properties)) for claim in found]
    ids = _claim_ids(settled)
    by_handle = {
        claim.handle: claim_id
        for (claim, _), claim_id in zip(settled, ids, strict=True)
        if claim.handle
    }
    entries: list[dict[str, Any]] = []
    for (claim, prop), claim_id in zip(settled, ids, strict=True):
        entry: dict[str, Any] = {
            "id": claim_id,
            "subject": claim.subject,
            "property": prop,
            claim.kind: claim.value,
        }
        if claim.share_of is not None:
            part, whole = (by_handle.get(handle) for handle in claim.share_of)
            if part and whole:
                entry["share_of"] = {"part": part, "whole": whole}
        if claim.qualifiers:
            entry["qualifiers"] = dict(claim.qualifiers)
        if claim.importance and claim.kind != "caveat":
            entry["importance"] = claim.importance
        entry["evidence"] = claim.evidence
        entries.append(entry)
    return entries, properties.proposed


class _PlainDumper(yaml.SafeDumper):
    """Never anchors and aliases: the claim-file reader refuses them, and a shared list (one
    host list for two events) must be written out twice."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _dump(data: Any) -> str:
    return yaml.dump(
        data,
        Dumper=_PlainDumper,
        allow_unicode=True,
        sort_keys=False,
        width=100,
        default_flow_style=False,
    )


def render_claim_file(
    source: SourceFields, entries: list[dict[str, Any]], registry_note: str
) -> str:
    """The draft claim file: a comment for the reviewer, the source and the claims."""
    published: str | date = (
        source.published.isoformat() if isinstance(source.published, datetime) else source.published
    )
    source_block: dict[str, Any] = {
        "id": source.id,
        "outlet": source.outlet,
        "title": source.title,
        "author": source.author,
        "published": published,
        "language": source.language,
    }
    if source.url:
        source_block["url"] = source.url
    source_block["text"] = source.text
    header = (
        "# Draft written by `factcheck extract`: review every claim before relying on it.\n"
        f"# {registry_note}\n"
    )
    body = _dump({"source": source_block})
    claims = _dump({"claims": entries}) if entries else "claims: []\n"
    return header + body + claims


def render_registry_draft(
    entities: Entities, properties: dict[str, str], carried: list[dict[str, Any]] | None, note: str
) -> str:
    """The registry draft: proposed entities (and properties), after any carried-over entries."""
    proposed = [
        {
            k: v
            for k, v in {
                "id": p.id,
                "name": p.name,
                "type": p.type,
                "description": p.description,
            }.items()
            if v
        }
        for p in entities.proposals.values()
    ]
    carried = carried or []
    kept_entities = [entry for entry in carried if "__property__" not in entry]
    kept_properties = [entry["__property__"] for entry in carried if "__property__" in entry]
    data: dict[str, Any] = {"entities": [*kept_entities, *proposed]}
    known = {entry["id"] for entry in kept_properties}
    new_properties = [
        {"id": key, "aliases": [name]} if name != key else {"id": key}
        for key, name in properties.items()
        if key not in known
    ]
    if kept_properties or new_properties:
        data["properties"] = [*kept_properties, *new_properties]
    return f"# {note}\n" + _dump(data)
