"""`factcheck extract`: from an archived article to a draft claim file and a registry draft.

The core computes the files' contents and never writes: the CLI writes them atomically.
Layout (see README, "Drafting claim files"): the draft goes to `--out` (default
`drafts/<source-id>.yaml` beside the article), the registry draft with the proposed entities
to `entities.yaml` beside the draft, and the archived text the draft quotes beside it too
unless the article already lies in that folder. `factcheck validate` on the draft's folder
then merges the registry draft with the case registry in the folder above, as it merges every
case registry with a shared one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from factcheck.extract import draft
from factcheck.extract.clean import CleanArticle, clean_lines, extract_html
from factcheck.extract.errors import MetadataError, RegistryError
from factcheck.extract.found import Context
from factcheck.extract.language import detect_language
from factcheck.extract.mentions import Entities
from factcheck.extract.metadata import Metadata, read_metadata
from factcheck.extract.reader import read_claims
from factcheck.extract.reading import read_article
from factcheck.extract.romanize import slug
from factcheck.loading import REGISTRY_NAME, LoadOptions, read_registry
from factcheck.problems import format_line
from factcheck.registry import Registry


@dataclass(frozen=True)
class ExtractOptions:
    """What the user asked for; None means the default."""

    article: Path
    out: Path | None = None
    source_id: str | None = None
    registry: Path | None = None
    registry_out: Path | None = None
    published: date | datetime | None = None
    outlet: str | None = None
    language: str | None = None


def parse_published(text: str) -> date | datetime:
    """The --published option: a date, or an ISO datetime with its offset."""
    try:
        when = datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)
    except ValueError:
        raise MetadataError(f"--published {text!r} is not YYYY-MM-DD or an ISO datetime") from None
    if isinstance(when, datetime) and when.tzinfo is None:
        raise MetadataError("--published needs an offset with a time, e.g. 2023-11-26T14:04+09:00")
    return when


@dataclass(frozen=True)
class ExtractResult:
    """Files to write (path -> text), in the order to write them, and notes for the user."""

    files: dict[Path, str]
    claims: int
    proposals: int
    notes: list[str] = field(default_factory=list)


def _load_registries(paths: list[Path]) -> tuple[Registry, dict[Path, list[dict[str, Any]]]]:
    """The registry to resolve names with: the given one and an earlier registry draft, so
    drafting several articles of one case gathers their proposals in one draft."""
    models = []
    entries: dict[Path, list[dict[str, Any]]] = {}
    for path in paths:
        model, _tree, problems = read_registry(path, LoadOptions())
        if model is None or problems:
            details = "; ".join(format_line(problem) for problem in problems[:5])
            raise RegistryError(f"the registry does not load: {details or path}")
        models.append(model)
        entries[path] = [
            entity.model_dump(mode="json", by_alias=True, exclude_defaults=True)
            for entity in model.entities
        ]
        entries[path] += [
            {"__property__": p.model_dump(mode="json", exclude_defaults=True)}
            for p in model.properties
        ]
    registry, errors = Registry.build(models)
    if errors:
        raise RegistryError(f"{paths[-1]}: {errors[0][1]}")
    return registry, entries


def _article_text(options: ExtractOptions) -> tuple[str, CleanArticle, Metadata | None]:
    raw = read_article(options.article)
    if not raw.is_html:
        return raw.text, clean_lines(raw.text), None
    page = extract_html(raw.text)
    clean = clean_lines(page.text)
    published: date | datetime | None = None
    if page.date:
        try:
            published = datetime.fromisoformat(page.date)
            if published.tzinfo is None:
                published = published.date()
        except ValueError:
            published = None
    return page.text, clean, Metadata(page.title, page.sitename, page.author, published)


def extract_draft(options: ExtractOptions) -> ExtractResult:
    """Draft a claim file from an article; raises an ExtractError subclass on bad input."""
    archived, clean, page = _article_text(options)
    language = options.language or detect_language("\n".join(line.text for line in clean.body))
    found_meta = read_metadata(clean, language)
    notes: list[str] = []
    source_id = options.source_id or slug(options.article.stem)
    out = options.out or options.article.parent / "drafts" / f"{source_id}.yaml"
    out_folder = out.parent
    registry_out = options.registry_out or out_folder / REGISTRY_NAME
    registry_path = options.registry
    if registry_path is None and (options.article.parent / REGISTRY_NAME).is_file():
        registry_path = options.article.parent / REGISTRY_NAME
    if registry_path is not None and registry_out.resolve() == registry_path.resolve():
        raise RegistryError(
            f"{registry_out}: the registry draft would overwrite the registry it reads"
        )

    published = options.published or (page.published if page else None) or found_meta.published
    if published is None:
        raise MetadataError(
            f"{options.article}: no publication date found in the article; give it with --published YYYY-MM-DD"
        )
    day = published.date() if isinstance(published, datetime) else published
    title = (page.title if page else None) or found_meta.title or options.article.stem
    outlet = options.outlet or (page.outlet if page else None) or found_meta.outlet
    if outlet is None:
        outlet = "unknown"
        notes.append("no outlet found in the article: set source.outlet (or pass --outlet)")
    author = (page.author if page else None) or found_meta.author

    paths = [p for p in (registry_path, registry_out) if p is not None and p.is_file()]
    registry, carried = _load_registries(paths) if paths else (None, {})
    entities = Entities(registry, day)
    ctx = Context(entities, day)
    found = read_claims(clean, language, ctx)
    entries, properties = draft.claim_entries(found, registry)

    files: dict[Path, str] = {}
    text_target = _archived_path(options.article, out_folder, source_id, page is not None)
    if text_target != options.article.resolve():
        files[text_target] = archived
    found_by_loader = registry_path is not None and registry_path.resolve() == (
        out_folder.resolve().parent / REGISTRY_NAME
    )
    carried_entries: list[dict[str, Any]] = list(carried.get(registry_out, []))
    if registry_path is None or found_by_loader:
        note = "Proposed entities for review; validate merges them with the case registry in the folder above."
    else:
        carried_entries = list(carried.get(registry_path, [])) + carried_entries
        note = f"Copy of {registry_path} with the proposed entities after it, for review."
    files[registry_out] = draft.render_registry_draft(entities, properties, carried_entries, note)
    source = draft.SourceFields(
        source_id,
        outlet,
        title[:300],
        author,
        published,
        language,
        None,
        os.path.relpath(text_target, out_folder.resolve()).replace(os.sep, "/"),
    )
    registry_note = f"New entities are proposed in {os.path.relpath(registry_out.resolve(), out_folder.resolve())}."
    files[out] = draft.render_claim_file(source, entries, registry_note)
    if not entries:
        notes.append(
            "no claims found: the draft holds only the source's details; "
            "add its claims by hand (see README, 'Drafting claim files')"
        )
    return ExtractResult(files, len(entries), len(entities.proposals), notes)


def _archived_path(article: Path, out_folder: Path, source_id: str, is_html: bool) -> Path:
    """The archived text the draft quotes: the article itself when it lies in the draft's
    folder (or below it), else a copy beside the draft; for a web page, its main text."""
    resolved = article.resolve()
    if not is_html and resolved.is_relative_to(out_folder.resolve()):
        return resolved
    return out_folder.resolve() / f"{source_id}.txt"
