"""Reading cases from disk: claim files, registries and archived texts, into values or problems.

Every check collects problems and goes on, so one run reports everything wrong in every file.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from factcheck import model
from factcheck.dates import parse_date, with_year
from factcheck.grounding import Article
from factcheck.normalize import name_key, nfc
from factcheck.problems import Problem, display_path
from factcheck.quantity import figures_missing_from, parse_quantity
from factcheck.registry import NameLookupError, Registry
from factcheck.schema_errors import problems_from_validation, unknown_key_message
from factcheck.values import (
    Case,
    Claim,
    DateClaim,
    EntityRef,
    EntitySet,
    Position,
    Quantity,
    QuoteValue,
    Source,
    Statement,
    Value,
)
from factcheck.yamltree import Limits, Loc, Tree, position_of, read_tree

REGISTRY_NAME = "entities.yaml"
YAML_SUFFIXES = (".yaml", ".yml")
M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class LoadOptions:
    """Limits on what one run reads; the CLI exposes each as an option."""

    max_file_bytes: int = 2 * 1024 * 1024
    max_article_bytes: int = 20 * 1024 * 1024
    max_claims: int = 10_000
    yaml: Limits = field(default_factory=Limits)


def _unicode_twin(path: Path) -> Path | None:
    """The file whose name differs from the path's only in Unicode form (macOS saves NFD)."""
    wanted = nfc(path.name)
    try:
        entries = sorted(path.parent.iterdir())
    except OSError:
        return None
    for entry in entries:
        if entry.name != path.name and nfc(entry.name) == wanted and entry.is_file():
            return entry
    return None


def read_text(path: Path, limit: int, shown: str) -> tuple[str | None, list[Problem]]:
    """A file's UTF-8 text (BOM dropped), or problems naming the file and the offending byte."""
    try:
        if path.stat().st_size > limit:
            size = path.stat().st_size
            return None, [
                Problem(shown, 1, 1, "file-size", f"file is {size:,} bytes (limit {limit:,})")
            ]
        data = path.read_bytes()
    except OSError as error:
        return None, [Problem(shown, 1, 1, "file-read", f"cannot read file: {error.strerror}")]
    data = data.removeprefix(b"\xef\xbb\xbf")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        message = (
            f"not UTF-8 (byte 0x{data[error.start]:02x}); save the file as UTF-8 "
            f"(EUC-KR and CP949 files can be converted with iconv -f cp949 -t utf-8)"
        )
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            line, column, message = 1, 1, "UTF-16 text, not UTF-8; save the file as UTF-8"
        elif b"\0" in data[:8192]:
            line, column, message = 1, 1, "a binary file, not UTF-8 text"
        return None, [Problem(shown, line, column, "encoding", message)]


def read_yaml(path: Path, options: LoadOptions) -> tuple[Tree | None, list[Problem]]:
    """Read a YAML file strictly into a tree whose top is a mapping, or problems."""
    shown = display_path(path)
    text, problems = read_text(path, options.max_file_bytes, shown)
    if text is None:
        return None, problems
    stray_bom = text.find("\ufeff")
    if stray_bom >= 0:
        message = (
            "a byte-order mark (U+FEFF) inside the file; delete it (allowed only at the start)"
        )
        problems.append(Problem(shown, *position_of(text, stray_bom), "bom", message))
    tree, tree_problems = read_tree(text, shown, options.yaml)
    problems.extend(tree_problems)
    if tree is None:
        return None, problems
    if not isinstance(tree.data, dict):
        problems.append(Problem(shown, 1, 1, "schema", "expected a mapping at the top of the file"))
        return None, problems
    if problems:
        # Duplicate keys or tags were dropped from the data: the rest would only mislead.
        return None, problems
    return tree, problems


def validate_at(tree: Tree, loc: Loc, model_class: type[M], problems: list[Problem]) -> M | None:
    """Validate the value at `loc` of the tree against a model, adding problems on failure."""
    data = tree.data
    for part in loc:
        data = data[part]
    try:
        return model_class.model_validate(data)
    except ValidationError as error:
        shown = tree.path
        problems.extend(problems_from_validation(error, tree, shown, model_class, loc))
        return None


def read_registry(
    path: Path, options: LoadOptions
) -> tuple[model.Registry | None, Tree | None, list[Problem]]:
    """Read and validate an entity registry file.

    Entities and properties are validated one by one: a broken entry is reported and left out,
    and the rest still resolve names, so one typo does not hide every other problem of a case.
    """
    tree, problems = read_yaml(path, options)
    if tree is None:
        return None, None, problems
    data = tree.data
    for key in data:
        if key not in ("entities", "properties"):
            line, column = tree.position((key,), key=True)
            message = unknown_key_message(key, ("entities", "properties"))
            problems.append(Problem(tree.path, line, column, "unknown-key", message))
    sections: dict[str, list[Any]] = {}
    for key, item_model in (("entities", model.Entity), ("properties", model.Property)):
        items = data.get(key, [] if key == "properties" else None)
        if not isinstance(items, list):
            line, column = tree.position((key,))
            message = f"missing key '{key}'" if items is None else f"'{key}' must be a list"
            problems.append(Problem(tree.path, line, column, "schema", message))
            items = []
        valid = (
            validate_at(tree, (key, index), item_model, problems) for index in range(len(items))
        )
        sections[key] = [item for item in valid if item is not None]
    registry = model.Registry(entities=sections["entities"], properties=sections["properties"])
    return registry, tree, problems


def read_claim_file(
    path: Path, options: LoadOptions
) -> tuple[model.Source | None, list[tuple[int, model.Claim]], Tree | None, list[Problem]]:
    """Read a claim file; the source and each claim are validated on their own, so one bad
    claim does not hide the problems of the others."""
    tree, problems = read_yaml(path, options)
    if tree is None:
        return None, [], None, problems
    data = tree.data
    for key in data:
        if key not in ("source", "claims"):
            line, column = tree.position((key,), key=True)
            message = unknown_key_message(key, ("source", "claims"))
            problems.append(Problem(tree.path, line, column, "unknown-key", message))
    if "source" not in data:
        problems.append(Problem(tree.path, 1, 1, "schema", "missing key 'source'"))
        source = None
    else:
        source = validate_at(tree, ("source",), model.Source, problems)
    claims = data.get("claims")
    if not isinstance(claims, list):
        line, column = tree.position(("claims",))
        if "claims" not in data:
            message = "missing key 'claims'"
        elif claims is None:
            message = "'claims' is empty: list the claims below it, or write claims: []"
        else:
            message = "'claims' must be a list of claims"
        problems.append(Problem(tree.path, line, column, "schema", message))
        return source, [], tree, problems
    if len(claims) > options.max_claims:
        line, column = tree.position(("claims",))
        message = f"{len(claims):,} claims (limit {options.max_claims:,})"
        problems.append(Problem(tree.path, line, column, "too-many-claims", message))
        return source, [], tree, problems
    valid = []
    for index in range(len(claims)):
        claim = validate_at(tree, ("claims", index), model.Claim, problems)
        if claim is not None:
            valid.append((index, claim))
    return source, valid, tree, problems


def registry_paths(folder: Path) -> list[Path]:
    """The registries that apply to a case folder: its own, then a shared one in its parent."""
    folder = folder.resolve()
    return [p for p in (folder / REGISTRY_NAME, folder.parent / REGISTRY_NAME) if p.is_file()]


@dataclass
class _CaseLoader:
    folder: Path
    options: LoadOptions
    problems: list[Problem] = field(default_factory=list)
    registry: Registry | None = None
    articles: dict[Path, Article | None] = field(default_factory=dict)
    invalid_names: dict[str, str] = field(default_factory=dict)
    resolved: dict[tuple[str, date | None], EntityRef] = field(default_factory=dict)
    properties: dict[str, str] = field(default_factory=dict)  # as written -> canonical
    # An archived text's problems are reported once, at the first claim file that uses it.
    text_problems: dict[Path, list[Problem]] = field(default_factory=dict)

    def load_registry(self) -> None:
        models: list[model.Registry] = []
        where: dict[str, tuple[str, int, int]] = {}
        paths = registry_paths(self.folder)
        for path in paths:
            registry, tree, problems = read_registry(path, self.options)
            self.problems.extend(problems)
            if registry is None or tree is None:
                continue
            models.append(registry)
            shown = display_path(path)
            # Positions come from the file, whose entries may include invalid ones left out.
            valid = {entity.id for entity in registry.entities}
            entries = tree.data.get("entities")  # reported above when it is not a list
            for index, raw in enumerate(entries if isinstance(entries, list) else []):
                if not isinstance(raw, dict):
                    continue
                line = tree.position(("entities", index))[0]
                if isinstance(raw.get("id"), str):
                    position = tree.position(("entities", index, "id"))
                    where.setdefault(raw["id"], (shown, *position))
                raw_id = raw.get("id")
                if not (isinstance(raw_id, str) and raw_id in valid):
                    # Remembered so that a claim naming it hears why it does not resolve.
                    aliases = raw.get("aliases")
                    for name in (
                        raw.get("id"),
                        raw.get("name"),
                        *(aliases if isinstance(aliases, list) else ()),
                    ):
                        if isinstance(name, dict):  # {name: …, from: …}
                            name = name.get("name")
                        if isinstance(name, str):
                            self.invalid_names[name_key(name)] = f"{shown}:{line}"
        if not paths:
            shown = display_path(self.folder / REGISTRY_NAME)
            message = f"no {REGISTRY_NAME} in {display_path(self.folder)} or its parent folder"
            self.problems.append(Problem(shown, 1, 1, "registry-missing", message))
            return  # without a registry every name would be reported unknown
        if len(models) != len(paths):
            return
        self.registry, errors = Registry.build(models)
        for entity_id, message in errors:
            shown, line, column = where.get(entity_id, (display_path(paths[0]), 1, 1))
            rule = (
                "ambiguous-alias"
                if "names both" in message or "two properties" in message
                else ("duplicate-id" if "defined twice" in message else "unknown-entity")
            )
            self.problems.append(Problem(shown, line, column, rule, message))

    def article(self, path: Path, shown: str, position: tuple[int, int]) -> Article | None:
        if path in self.articles:
            return self.articles[path]
        text, problems = read_text(path, self.options.max_article_bytes, display_path(path))
        reported = self.text_problems[path] = []
        for problem in problems:
            rule = "text-encoding" if problem.rule == "encoding" else problem.rule
            message = f"archived text {problem.path}: {problem.message}"
            reported.append(Problem(shown, *position, rule, message))
        self.problems.extend(reported)
        self.articles[path] = Article.from_text(text) if text is not None else None
        return self.articles[path]

    def load_claim_file(self, path: Path) -> tuple[Source, list[Claim]] | None:
        source, claims, tree, problems = read_claim_file(path, self.options)
        self.problems.extend(problems)
        if tree is None:
            return None
        # With a broken source block the claims are still checked (all but their evidence),
        # so that every problem of the file shows in one run.
        return _ClaimFileLoader(self, path, source, claims, tree).load()


@dataclass
class _ClaimFileLoader:
    case: _CaseLoader
    path: Path
    source: model.Source | None
    file_claims: list[tuple[int, model.Claim]]
    tree: Tree
    claims: list[Claim] = field(default_factory=list)
    hints_left: int = 10  # closest-passage hints per file: more is noise, and each costs a scan

    @functools.cached_property
    def shown(self) -> str:
        return display_path(self.path)

    def problem(self, loc: Loc, rule: str, message: str, *, key: bool = False) -> None:
        line, column = self.tree.position(loc, key=key)
        self.case.problems.append(Problem(self.shown, line, column, rule, message))

    @functools.cached_property
    def published_day(self) -> date | None:
        if self.source is None:
            return None
        published = self.source.published
        return published.date() if isinstance(published, datetime) else published

    def entity(self, name: str, loc: Loc) -> EntityRef:
        registry = self.case.registry
        if registry is None:
            return EntityRef(name, name, name)
        # Names repeat across a case's claims; one lookup per name and day, one shared value.
        day = self.published_day
        known = self.case.resolved.get((name, day))
        if known is not None:
            return known
        try:
            entity_id = registry.resolve(name, day)
        except NameLookupError as error:
            broken = self.case.invalid_names.get(name_key(name))
            if broken is not None:
                message = (
                    f"'{name}' is defined at {broken}, but that entry is invalid (see its error)"
                )
            else:
                message = str(error)
            self.problem(loc, "unknown-entity", message)
            return EntityRef(name, name, name)
        ref = EntityRef(entity_id, registry.name_of(entity_id), name)
        self.case.resolved[(name, day)] = ref
        return ref

    def article(self) -> Article | None:
        loc: Loc = ("source", "text")
        text_path = self._text_path()
        if text_path is None:
            return None
        folder = self.path.parent
        target = folder / text_path
        try:
            inside = target.resolve().is_relative_to(self.case.folder.resolve())
        except (OSError, RuntimeError):  # RuntimeError: a symlink loop, before Python 3.13
            self.problem(loc, "text-path", f"text path '{text_path}' is a symlink loop")
            return None
        if not inside:
            self.problem(loc, "text-path", f"text path '{text_path}' leaves the case folder")
            return None
        if not target.is_file():
            twin = _unicode_twin(target)
            if twin is None:
                self.problem(loc, "text-path", f"archived text '{text_path}' does not exist")
                return None
            target = twin
        return self.case.article(target.resolve(), self.shown, self.tree.position(loc))

    def _text_path(self) -> str | None:
        """The archived text's path, also from a source block that failed validation."""
        if self.source is not None:
            return self.source.text
        raw = self.tree.data.get("source")
        text = raw.get("text") if isinstance(raw, dict) else None
        return text if isinstance(text, str) and text else None

    def load(self) -> tuple[Source, list[Claim]] | None:
        article = self.article()
        seen: dict[str, int] = {}
        positions = self.tree.item_positions(("claims",))
        for index, claim in self.file_claims:
            loc: Loc = ("claims", index)
            if claim.id in seen:
                first_line = self.tree.position(("claims", seen[claim.id]))[0]
                message = f"claim id '{claim.id}' is used twice (first on line {first_line})"
                self.problem((*loc, "id"), "duplicate-id", message)
                continue
            seen[claim.id] = index
            loaded = self.claim(claim, loc, article, positions[index])
            if loaded is not None:
                self.claims.append(loaded)
        self.check_shares()
        source = self.source
        if source is None:
            return None
        published = source.published.isoformat()
        text_path = display_path(self.path.parent / source.text)
        return (
            Source(
                source.id,
                source.outlet,
                source.title,
                source.author,
                published,
                source.language,
                source.url,
                text_path,
                self.shown,
            ),
            self.claims,
        )

    def claim(
        self, claim: model.Claim, loc: Loc, article: Article | None, position: tuple[int, int]
    ) -> Claim | None:
        evidence_line = None
        if article is not None:
            evidence_line = article.find(claim.evidence)
            if evidence_line is None:
                message = ["evidence not found in the archived text"]
                if self.hints_left > 0:
                    why = article.why_not_found(claim.evidence)
                    closest = None if why else article.closest(claim.evidence)
                    if why:
                        message.append(why)
                    elif closest:
                        message.append(f'closest passage (line {closest[0]}): "{closest[1]}"')
                self.hints_left -= 1
                if "…" in claim.evidence or "..." in claim.evidence:
                    message.append(
                        "an ellipsis cannot stand for left-out words: quote one unbroken passage"
                    )
                self.problem((*loc, "evidence"), "evidence-not-found", "; ".join(message))
        if isinstance(claim.quantity, str):
            # A typo in the figure ('500' for '150') would otherwise be reconciled as stated.
            missing = figures_missing_from(claim.quantity, claim.evidence)
            if missing:
                self.problem(
                    (*loc, "quantity"),
                    "figure-not-in-evidence",
                    f"the figure {' and '.join(missing)} of quantity {claim.quantity!r} does "
                    f"not occur in the evidence; write it as the quoted passage gives it",
                )
        subject = self.entity(claim.subject, (*loc, "subject"))
        prop = self.property(claim.property, loc)
        kind, value = self.value(claim, loc)
        importance = claim.importance or ("high" if kind == "caveat" else "normal")
        return Claim(
            source=self.source.id if self.source is not None else "",
            id=claim.id,
            subject=subject,
            property=prop,
            kind=kind,  # type: ignore[arg-type]
            value=value,
            importance=importance,
            evidence=claim.evidence,
            evidence_line=evidence_line,
            position=Position(self.shown, *position),
            qualifiers=tuple(sorted((k, str(v)) for k, v in claim.qualifiers.items())),
            share_of=(claim.share_of.part, claim.share_of.whole) if claim.share_of else None,
            item=claim.item,
        )

    def property(self, name: str, loc: Loc) -> str:
        known = self.case.properties.get(name)
        if known is not None:
            return known
        registry = self.case.registry
        try:
            prop = registry.property_id(name) if registry else name
        except NameLookupError as error:
            self.problem((*loc, "property"), "unknown-property", str(error))
            return name
        self.case.properties[name] = prop
        return prop

    def value(self, claim: model.Claim, loc: Loc) -> tuple[str, Value]:
        if claim.quantity is not None:
            return "quantity", quantity_value(claim.quantity)
        if claim.date is not None:
            written = with_year(claim.date, self.published_day)
            return "date", DateClaim(parse_date(written), claim.date)
        if claim.entity is not None:
            return "entity", self.entity(claim.entity, (*loc, "entity"))
        if claim.entities is not None:
            listed = claim.entities
            if isinstance(listed, list):
                listed = model.EntityList(items=listed)
                items_loc: Loc = (*loc, "entities")
            else:
                items_loc = (*loc, "entities", "items")
            items = tuple(self.entity(name, (*items_loc, i)) for i, name in enumerate(listed.items))
            total = quantity_value(listed.total) if listed.total is not None else None
            return "entities", EntitySet(items, listed.exhaustive, total)
        if claim.statement is not None:
            return "statement", Statement(claim.statement, caveat=False)
        if claim.caveat is not None:
            return "caveat", Statement(claim.caveat, caveat=True)
        assert claim.quote is not None  # the model guarantees exactly one value
        speaker = self.entity(claim.quote.speaker, (*loc, "quote", "speaker"))
        return "quote", QuoteValue(speaker, claim.quote.text)

    def check_shares(self) -> None:
        quantities = {c.id for c in self.claims if c.kind == "quantity"}
        for index, claim in self.file_claims:
            if claim.share_of is None:
                continue
            for role in ("part", "whole"):
                target = getattr(claim.share_of, role)
                if target not in quantities:
                    self.problem(
                        ("claims", index, "share_of", role),
                        "share-reference",
                        f"share_of {role} '{target}' is not a quantity claim of this file",
                    )


def quantity_value(written: int | float | str | model.QuantityRange) -> Quantity:
    """Normalise a quantity as written in a claim file into an interval."""
    if isinstance(written, model.QuantityRange):
        parsed_unit = parse_quantity(f"1 {written.unit}").unit if written.unit else "count"
        if written.value is not None:
            low: float | None = written.value
            high: float | None = written.value
            if written.approximate:
                spread = abs(written.value) * 0.1
                low, high = written.value - spread, written.value + spread
        else:
            low, high = written.min, written.max
        text = _range_text(written)
        return Quantity(low, high, True, True, parsed_unit, written.approximate, text)
    text = str(written)
    if isinstance(written, int | float):
        # A YAML number is exact; its str() (-1, 1e+20) is not always a form parse_quantity reads.
        return Quantity(written, written, True, True, "count", False, text)
    parsed = parse_quantity(text)
    interval = parsed.interval
    return Quantity(
        interval.low,
        interval.high,
        interval.low_inclusive,
        interval.high_inclusive,
        parsed.unit,
        parsed.approximate,
        text,
        parsed.step,
    )


def _range_text(written: model.QuantityRange) -> str:
    def number(value: float) -> str:
        return f"{value:g}"

    if written.value is not None:
        core = number(written.value)
    else:
        low = number(written.min) if written.min is not None else ""
        high = number(written.max) if written.max is not None else ""
        core = f"{low}-{high}"
    prefix = "about " if written.approximate else ""
    return f"{prefix}{core} {written.unit}".strip()


def is_claim_file(path: Path) -> bool:
    """A YAML file in a case folder other than the registry."""
    return path.suffix in YAML_SUFFIXES and path.name != REGISTRY_NAME


def case_paths(names: Iterable[str], claims: Path) -> list[Path]:
    """Case arguments as paths: an existing path as given, else a case name under `claims`."""
    paths = []
    for name in names:
        path = Path(name)
        if not path.exists() and (claims / name).is_dir():
            path = claims / name
        paths.append(path)
    return paths


def case_folders(
    paths: Iterable[Path], cases_home: Path | None = None
) -> tuple[list[Path], list[Problem]]:
    """Case folders under the given paths: a folder with claim files, or its sub-folders that
    have them. A missing bare name is answered with the cases `cases_home` holds."""
    found: set[Path] = set()
    problems: list[Problem] = []
    for path in paths:
        if path.is_file():
            found.add(path.parent)
            continue
        if not path.is_dir():
            message = "no such file or folder"
            if cases_home is not None and len(path.parts) == 1 and cases_home.is_dir():
                names = [folder.name for folder in case_folders([cases_home])[0]]
                shown = ", ".join(names[:_CASES_SHOWN]) + (
                    ", …" if len(names) > _CASES_SHOWN else ""
                )
                if names:
                    message += f"; the cases in {display_path(cases_home)}/ are: {shown}"
            problems.append(Problem(display_path(path), 1, 1, "file-read", message))
            continue
        if any(is_claim_file(p) for p in path.iterdir() if p.is_file()):
            # A case folder is one case; its sub-folders (drafts/, say) are not cases of it.
            found.add(path)
            continue
        for sub in sorted(p for p in path.iterdir() if p.is_dir()):
            if any(is_claim_file(p) for p in sub.iterdir() if p.is_file()):
                found.add(sub)
    return sorted(found), problems


_CASES_SHOWN = 10


def claim_files(folder: Path) -> list[Path]:
    """The claim files of a case folder, in name order."""
    return sorted(p for p in folder.iterdir() if p.is_file() and is_claim_file(p))


def load_case(
    folder: Path, options: LoadOptions, only: list[Path] | None = None, *, jobs: int = 1
) -> tuple[Case, list[Problem]]:
    """Load one case folder (or only some of its claim files) into a Case and problems.

    With `jobs` above one and many claim files, other processes read some of the files while
    this one reads its own share; the case and its problems are the same either way.
    """
    loader = _CaseLoader(folder, options)
    loader.load_registry()
    paths = only if only is not None else claim_files(folder)
    if jobs > 1 and len(paths) >= PARALLEL_FROM_FILES:
        loaded = _load_in_parallel(loader, paths, jobs)
    else:
        loaded = [(path, loader.load_claim_file(path)) for path in paths]
    sources: list[Source] = []
    claims: list[Claim] = []
    where: dict[str, Path] = {}
    for path, found in loaded:
        if found is None:
            continue
        source, source_claims = found
        if source.id in where:
            loader.problems.append(duplicate_source(path, source.id, where[source.id], options))
            continue
        where[source.id] = path
        sources.append(source)
        claims.extend(source_claims)
    part_of: dict[str, frozenset[str]] = {}
    related: dict[str, frozenset[str]] = {}
    if loader.registry is not None:
        for entity in loader.registry.entities.values():
            part_of[entity.id] = loader.registry.ancestors(entity.id)
            related[entity.id] = frozenset(entity.related)
    case = Case(
        folder.resolve().name,
        tuple(sorted(sources, key=lambda s: s.id)),
        tuple(claims),
        part_of,
        related,
    )
    return case, loader.problems


# Below this many claim files one process is faster than starting others.
PARALLEL_FROM_FILES = 64


def processes(jobs: int) -> int:
    """How many processes `--jobs` stands for: 0 is one per core, and never more than cores
    (more only take turns on the same cores, and each costs a start and a copy of the data)."""
    cores = os.cpu_count() or 1
    return min(jobs, cores) if jobs > 0 else cores


# Runs per process when a case is shared out: short enough that the processes finish together.
_RUNS_PER_JOB = 16

_Loaded = list[tuple[Path, tuple[Source, list[Claim]] | None]]


def split_runs(paths: list[Path], parts: int) -> list[list[Path]]:
    """Paths cut into at most `parts` runs of consecutive paths, of nearly equal length."""
    size, extra = divmod(len(paths), max(parts, 1))
    runs, start = [], 0
    for index in range(max(parts, 1)):
        end = start + size + (1 if index < extra else 0)
        if end > start:
            runs.append(paths[start:end])
        start = end
    return runs


def _load_in_parallel(loader: _CaseLoader, paths: list[Path], jobs: int) -> _Loaded:
    """Load the files with `jobs - 1` other processes, sharing the work as it goes.

    The files are cut into short runs. Workers take runs from the end, this process from the
    start, until they meet: the split adapts to how busy each core is, and this process, which
    must also unpickle what the workers send, simply does less. Results are merged in file
    order, so they are the same as from one process.
    """
    # Imported here: only large cases pay for starting the machinery.
    from concurrent.futures import ProcessPoolExecutor

    runs = split_runs(paths, jobs * _RUNS_PER_JOB)
    loaded: _Loaded = []
    with ProcessPoolExecutor(max_workers=jobs - 1) as pool:
        futures = [pool.submit(_load_run, loader.folder, loader.options, run) for run in runs[::-1]]
        futures.reverse()
        # A run no worker has started can still be cancelled: this process takes it instead.
        local = 0
        while local < len(runs) and futures[local].cancel():
            loaded.extend((path, loader.load_claim_file(path)) for path in runs[local])
            local += 1
        for future in futures[local:]:
            run_loaded, problems, text_problems = future.result()
            loaded.extend(run_loaded)
            loader.problems.extend(problems)
            for text_path, reported in text_problems.items():
                # Runs are merged in file order: the first to use a text reports it.
                if text_path not in loader.text_problems:
                    loader.text_problems[text_path] = reported
                    loader.problems.extend(reported)
    return loaded


def _load_run(
    folder: Path, options: LoadOptions, paths: list[Path]
) -> tuple[_Loaded, list[Problem], dict[Path, list[Problem]]]:
    """Claim files loaded in a worker: their problems apart from those of archived texts, and
    those by text. The registry's own problems are reported by the main process."""
    loader = _WORKER_LOADERS.get((folder, options))
    if loader is None:
        # A worker loads the registry once and keeps it for every run it is given.
        loader = _WORKER_LOADERS[(folder, options)] = _CaseLoader(folder, options)
        loader.load_registry()
    loader.problems, loader.articles, loader.text_problems = [], {}, {}
    loaded = [(path, loader.load_claim_file(path)) for path in paths]
    of_texts = {id(p) for reported in loader.text_problems.values() for p in reported}
    problems = [p for p in loader.problems if id(p) not in of_texts]
    return loaded, problems, loader.text_problems


_WORKER_LOADERS: dict[tuple[Path, LoadOptions], _CaseLoader] = {}


def duplicate_source(path: Path, source_id: str, earlier: Path, options: LoadOptions) -> Problem:
    """The problem of a claim file whose source id an earlier file already uses: at its id,
    naming where the earlier file has it (either may be the one to change)."""
    line, column = _source_id_position(path, options)
    first_line, first_column = _source_id_position(earlier, options)
    message = (
        f"source id '{source_id}' is also used by "
        f"{display_path(earlier)}:{first_line}:{first_column}"
    )
    return Problem(display_path(path), line, column, "duplicate-id", message)


def _source_id_position(path: Path, options: LoadOptions) -> tuple[int, int]:
    # Rare, so the file is read again rather than every file's position being kept.
    tree, _ = read_yaml(path, options)
    return tree.position(("source", "id")) if tree is not None else (1, 1)


def plan_paths(paths: Iterable[Path]) -> tuple[list[tuple[Path, list[Path] | None]], list[Problem]]:
    """What to load for the given paths: (case folder, its claim files or None for all)."""
    files_by_folder: dict[Path, list[Path]] = {}
    folders: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if path.is_file() and is_claim_file(path):
            files_by_folder.setdefault(path.parent, []).append(path)
        elif path.is_file():
            # A registry or an archived text: every claim file of its case (or, for a shared
            # registry, of every case beside it) may depend on it.
            found_folders, _ = case_folders([path.parent])
            folders.extend(found_folders)
        else:
            found_folders, missing = case_folders([path])
            folders.extend(found_folders)
            problems.extend(missing)
    plan: list[tuple[Path, list[Path] | None]] = [(folder, None) for folder in sorted(set(folders))]
    for folder, files in sorted(files_by_folder.items()):
        if folder not in folders:
            plan.append((folder, sorted(files)))
    return plan, problems
