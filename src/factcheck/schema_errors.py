"""Turning pydantic validation errors into positioned problems a person can act on."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ValidationError

from factcheck.model import NEEDS_OFFSET
from factcheck.problems import Problem
from factcheck.yamltree import Loc, Tree

# What each pydantic type error expected, in words; several join into one message for unions.
_EXPECTED = {
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "string_type": "text",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "list_type": "a list",
    "dict_type": "a mapping",
    "model_type": "a mapping",
    "model_attributes_type": "a mapping",
    "date_type": "a date",
    "date_from_datetime_parsing": "a date",
    "datetime_type": "a datetime",
    "literal_error": "one of the allowed words",
    "none_required": "nothing",
}


def _real_loc(data: Any, loc: tuple[Any, ...]) -> Loc:
    """The part of a pydantic loc that names keys and indexes present in the data.

    pydantic inserts union members ('int', 'function-after[...]') into locs; they are skipped.
    """
    real: list[str | int] = []
    node: Any = data
    for part in loc:
        if isinstance(node, dict):
            present = part in node
        elif isinstance(node, list):
            present = isinstance(part, int) and 0 <= part < len(node)
        else:
            present = False
        if present:
            real.append(part)
            node = node[part]
    return tuple(real)


def _field_names(model: type[BaseModel]) -> list[str]:
    names = []
    for name, info in model.model_fields.items():
        names.append(info.alias or name)
    return names


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    found = []
    for arg in getattr(annotation, "__args__", ()) or ():
        found.extend(_models_in(arg))
    return found


def _known_keys(root: type[BaseModel]) -> list[str]:
    """Every key any model reachable from root defines, for did-you-mean suggestions."""
    keys: set[str] = set()
    stack, seen = [root], set()
    while stack:
        model = stack.pop()
        if model in seen:
            continue
        seen.add(model)
        keys.update(_field_names(model))
        for info in model.model_fields.values():
            stack.extend(_models_in(info.annotation))
    return sorted(keys)


def problems_from_validation(
    error: ValidationError, tree: Tree, path: str, model: type[BaseModel], prefix: Loc = ()
) -> list[Problem]:
    """One problem per offending node, with the most useful of the messages pydantic gave.

    `prefix` is where the validated value stands in the tree, when it is not the whole document.
    """
    data = tree.data
    for part in prefix:
        data = data[part]
    errors: list[dict[str, Any]] = [
        dict(e) for e in error.errors(include_url=False, include_input=False)
    ]
    located = [(prefix + _real_loc(data, tuple(e["loc"])), e) for e in errors]
    deeper = {loc[:i] for loc, _ in located for i in range(len(loc))}
    groups: dict[Loc, list[dict[str, Any]]] = {}
    for loc, entry in located:
        is_type_error = entry["type"] in _EXPECTED or entry["type"].endswith("_type")
        if is_type_error and loc in deeper:
            continue  # another member of the union matched the shape and said more
        groups.setdefault(loc, []).append(entry)
    problems = []
    known = _known_keys(model)
    for loc, entries in groups.items():
        problems.append(_problem(loc, entries, tree, path, known))
    return problems


# What a pattern-checked field must look like, in words, by the field's name.
_PATTERN_ADVICE = {
    "id": "lower-case ASCII letters, digits, '.', '_' and '-', starting and ending with a letter or digit (e.g. 'yonhap', 'lee-sang-min')",
    "part": "the id of a claim in this file",
    "whole": "the id of a claim in this file",
    "item": "lower-case ASCII letters, digits, '.', '_' and '-' (e.g. 'outage')",
    "language": "a language code such as 'ko' or 'en'",
    "url": "an http:// or https:// address",
}


# How to write the mappings people most often write as plain text instead.
_MAPPING_EXAMPLES = {
    "quote": "speaker: lee-sang-min, text: …",
    "share_of": "part: private-spaces, whole: exhibition-spaces",
    "source": "id: …, outlet: …, title: …, published: …, language: …, text: …",
    "qualifiers": "role: 의장",
}


# Lists whose items have ids: an item is named by its id, not by its index.
_NAMED_ITEMS = {"claims": "claim", "entities": "entity", "properties": "property"}


def _where(tree: Tree, loc: Loc) -> str:
    """The offending node in words: claim 'visitors' date, entity 'mois' type, source.published."""
    parts = [str(part) for part in loc]
    if len(loc) >= 2 and loc[0] in _NAMED_ITEMS and isinstance(loc[1], int):
        items = tree.data.get(loc[0]) if isinstance(tree.data, dict) else None
        item = items[loc[1]] if isinstance(items, list) and loc[1] < len(items) else None
        item_id = item.get("id") if isinstance(item, dict) else None
        noun = _NAMED_ITEMS[str(loc[0])]
        name = f"{noun} '{item_id}'" if isinstance(item_id, str) else f"{noun} {loc[1] + 1}"
        return " ".join([name, ".".join(parts[2:])]).strip()
    return ".".join(parts) or "document"


def _specific(entry: dict[str, Any], loc: Loc) -> str | None:
    """A message with advice for the errors people make most, or None for pydantic's own."""
    kind = entry["type"]
    field = str(loc[-1]) if loc else ""
    if kind == "string_pattern_mismatch" and field in _PATTERN_ADVICE:
        return f"must be {_PATTERN_ADVICE[field]}"
    if kind == "list_type":
        return "expected a list, e.g. [a, b] or one '- item' per line"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        example = _MAPPING_EXAMPLES.get(field, "key: value")
        return f"expected a mapping: {{{example}}}"
    if kind in ("bool_type", "bool_parsing"):
        return "must be true or false (yes, no, on and off are not booleans here)"
    if kind == "timezone_aware":
        return NEEDS_OFFSET
    if kind == "literal_error":
        return f"must be one of: {', '.join(_choices(entry))}"
    if kind in _EXPECTED:
        return f"expected {_EXPECTED[kind]}"
    return None


def _problem(
    loc: Loc, entries: list[dict[str, Any]], tree: Tree, path: str, known: list[str]
) -> Problem:
    where = _where(tree, loc)
    extra = [e for e in entries if e["type"] == "extra_forbidden"]
    if extra:
        key = str(loc[-1])
        line, column = tree.position(loc, key=True)
        return Problem(path, line, column, "unknown-key", unknown_key_message(key, known))
    line, column = tree.position(loc)
    missing = [e for e in entries if e["type"] == "missing"]
    if missing:
        names = sorted({str(e["loc"][-1]) for e in missing})
        keys = ", ".join(f"'{name}'" for name in names)
        return Problem(path, line, column, "schema", f"{where}: missing key {keys}")
    value_errors = [e for e in entries if e["type"] == "value_error"]
    if value_errors:
        message = str(value_errors[0]["msg"]).removeprefix("Value error, ")
        return Problem(path, line, column, "schema", f"{where}: {message}")
    expected = sorted({_EXPECTED[e["type"]] for e in entries if e["type"] in _EXPECTED})
    if expected == ["text"]:
        written = _scalar_at(tree, loc)
        if written is not None:
            advice = "" if written == "an empty value" else "; quote it"
            message = f"{where}: expected text, not {written}{advice}"
            return Problem(path, line, column, "schema", message)
    if len(entries) > 1 and expected:
        return Problem(path, line, column, "schema", f"{where}: expected {' or '.join(expected)}")
    specific = _specific(entries[0], loc)
    if specific is not None:
        hint = _did_you_mean(entries[0], tree, loc)
        return Problem(path, line, column, "schema", f"{where}: {specific}{hint}")
    return Problem(path, line, column, "schema", f"{where}: {entries[0]['msg']}")


# Keys written in Korean, as a Korean newsroom might: the schema's keys are English.
_KOREAN_KEYS = {
    "증거": "evidence",
    "근거": "evidence",
    "주체": "subject",
    "주어": "subject",
    "대상": "subject",
    "속성": "property",
    "수량": "quantity",
    "수치": "quantity",
    "날짜": "date",
    "일자": "date",
    "목록": "entities",
    "진술": "statement",
    "내용": "statement",
    "단서": "caveat",
    "인용": "quote",
    "발언": "quote",
    "화자": "speaker",
    "중요도": "importance",
    "메모": "note",
    "출처": "source",
    "언론사": "outlet",
    "매체": "outlet",
    "제목": "title",
    "기자": "author",
    "발행일": "published",
    "언어": "language",
    "본문": "text",
    "이름": "name",
    "별칭": "aliases",
    "유형": "type",
}


def unknown_key_message(key: str, known: Iterable[str]) -> str:
    """'unknown key', with the closest known key as a suggestion."""
    known = list(known)
    translated = _KOREAN_KEYS.get(key.strip())
    close = (
        [translated]
        if translated in known
        else difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    )
    hint = f"; did you mean '{close[0]}'?" if close else ""
    return f"unknown key '{key}'{hint}"


def _choices(entry: dict[str, Any]) -> list[str]:
    """The allowed words of a literal_error, from pydantic's "'a', 'b' or 'c'"."""
    expected = str(entry.get("ctx", {}).get("expected", ""))
    return [c.strip(" '") for c in expected.replace(" or ", ", ").split(",") if c.strip(" '")]


def _did_you_mean(entry: dict[str, Any], tree: Tree, loc: Loc) -> str:
    if entry["type"] != "literal_error":
        return ""
    node: Any = tree.data
    for part in loc:
        node = node[part]
    close = difflib.get_close_matches(str(node), _choices(entry), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


def _scalar_at(tree: Tree, loc: Loc) -> str | None:
    """How YAML read the scalar at `loc` when it is not text (true, null, 3), for a hint."""
    node: Any = tree.data
    for part in loc:
        node = node[part]
    if node is None:
        return "an empty value"
    if isinstance(node, bool):
        return f"the boolean {str(node).lower()}"
    if isinstance(node, int | float):
        return f"the number {node}"
    return None
