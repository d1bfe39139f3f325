"""Strict YAML reading: plain data plus the position of every node, or problems.

PyYAML's own loaders keep the last of two duplicate keys, read YAML 1.1 (`no` is false, `010`
is eight) and expand aliases without limit. We walk the parser's event stream ourselves instead:
one pass, no recursion, every scalar resolved by the small YAML 1.2-like rule set below, and
every surprise turned into a problem with a position.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from factcheck.problems import Problem

try:  # libyaml is about eight times faster; the pure-Python parser gives the same events.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Loc = tuple[str | int, ...]

_INT = re.compile(r"[-+]?[0-9]+")
_LEADING_ZERO = re.compile(r"[-+]?0[0-9]+")
_FLOAT = re.compile(
    r"[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)(?:[eE][-+]?[0-9]+)?|[-+]?[0-9]+[eE][-+]?[0-9]+"
)
# C0 controls other than tab and newline, DEL, and the C1 range: ESC starts terminal escapes.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_STR_TAG = "tag:yaml.org,2002:str"
# Anything the scalar checks below look at; most values have none of it.
_SUSPECT = re.compile(r"[\t\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# Plain scalars that start otherwise are text: null, booleans and numbers all start with these.
_PLAIN_SPECIAL = frozenset("0123456789+-.~nNtTfF") | {""}


@dataclass(frozen=True)
class Limits:
    """Bounds that keep a crafted file from costing unbounded time or memory."""

    max_depth: int = 64
    max_int_digits: int = 30


@dataclass
class Tree:
    """A YAML document as plain data with the 1-based (line, column) of every value and key.

    Positions are kept as the parser's marks, per container, and turned into numbers only
    when asked for: most nodes of a valid file are never reported.
    """

    data: Any
    path: str = ""
    root_mark: Any = None
    # id(container) -> the marks of its children: a list for a sequence, a dict for a mapping.
    marks: dict[int, Any] = field(default_factory=dict)
    key_marks: dict[int, dict[str, Any]] = field(default_factory=dict)

    def position(self, loc: Loc, *, key: bool = False) -> tuple[int, int]:
        """Where the node at `loc` starts, falling back to its nearest known ancestor."""
        found: list[tuple[Any, Any]] = []  # (value mark, key mark) of each level reached
        node = self.data
        for part in loc:
            marks = self.marks.get(id(node))
            if marks is None:
                break
            if isinstance(node, dict) and isinstance(part, str) and part in node:
                found.append((marks.get(part), self.key_marks[id(node)].get(part)))
            elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
                found.append((marks[part], None))
            else:
                break
            node = node[part]
        for value_mark, key_mark in reversed(found):
            if key and key_mark is not None:
                return position_of_mark(key_mark)
            if value_mark is not None:
                return position_of_mark(value_mark)
        return position_of_mark(self.root_mark)

    def item_positions(self, loc: Loc) -> list[tuple[int, int]]:
        """The position of every item of the sequence at `loc`; empty when it is not one."""
        node = self.data
        for part in loc:
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                return []
        marks = self.marks.get(id(node)) if isinstance(node, list) else None
        return [position_of_mark(mark) for mark in marks] if marks else []


class _Stop(Exception):
    """Aborts the walk after a problem that makes the rest meaningless."""


def position_of_mark(mark: Any) -> tuple[int, int]:
    """The 1-based (line, column) of a parser mark; (1, 1) without one."""
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def _wide_punctuation(text: str, line: int) -> tuple[int, int, str] | None:
    """A full-width colon, or a full-width space in the indentation, on or just before a line."""
    lines = text.split("\n")
    for number in (line - 1, line):
        if not 1 <= number <= len(lines):
            continue
        content = lines[number - 1]
        indent = len(content) - len(content.lstrip(" \u3000"))
        if "\u3000" in content[:indent]:
            column = content.index("\u3000") + 1
            return (
                number,
                column,
                "a full-width space (U+3000) in the indentation; indent with spaces",
            )
        colon = content.find(":")
        # In key position only: before any ':' of the line ('시간：10시' in a value is text).
        if "\uff1a" in content and (colon < 0 or content.index("\uff1a") < colon):
            column = content.index("\uff1a") + 1
            return number, column, "a full-width colon '：' (U+FF1A) where YAML needs ':'"
    return None


def position_of(text: str, index: int) -> tuple[int, int]:
    """The 1-based (line, column) of a character offset in text."""
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


class _Builder:
    def __init__(self, text: str, path: str, limits: Limits) -> None:
        self.text = text
        self.path = path
        self.limits = limits
        self.problems: list[Problem] = []
        self.tree = Tree(data=None, path=path)
        self.last_mark: Any = None

    def problem(self, mark: Any, rule: str, message: str) -> None:
        self.problems.append(Problem(self.path, *position_of_mark(mark), rule, message))

    def problem_at(self, event: Any, char: str, rule: str, message: str) -> None:
        """A problem at the first `char` in the event's source text, else at its start."""
        start, end = event.start_mark.index, event.end_mark.index
        found = self.text.find(char, start, end)
        if found < 0:
            self.problem(event.start_mark, rule, message)
            return
        self.problems.append(Problem(self.path, *position_of(self.text, found), rule, message))

    def suspect_scalar(self, event: yaml.ScalarEvent) -> Any:
        """A scalar with a tab, control character or surrogate: each reported, then read."""
        value: str = event.value
        plain = not event.style and event.implicit[0]  # libyaml: "", pure Python: None
        if "\t" in value:
            # YAML forbids tabs only in indentation; inside a value they are invisible in review
            # and never what an article quote needs.
            self.problem_at(event, "\t", "tab", "value contains a tab character; use spaces")
        if _SURROGATE.search(value):
            self.problem(
                event.start_mark, "surrogate", "value contains a lone surrogate code point"
            )
            value = _SURROGATE.sub("\ufffd", value)
        control = _CONTROL.search(value)
        if control:
            self.problem_at(
                event,
                control.group(),
                "control-character",
                f"value contains the control character U+{ord(control.group()):04X}",
            )
        if not plain:
            return value
        return self.resolve_plain(value, event.start_mark)

    def resolve_plain(self, value: str, mark: Any) -> Any:
        if value in ("", "~", "null", "Null", "NULL"):
            return None
        if value in ("true", "True", "TRUE"):
            return True
        if value in ("false", "False", "FALSE"):
            return False
        if _INT.fullmatch(value):
            digits = len(value.lstrip("+-"))
            if _LEADING_ZERO.fullmatch(value):
                self.problem(
                    mark,
                    "ambiguous-number",
                    f"'{value}' has a leading zero (YAML 1.1 reads it as octal); "
                    f"write it without the zero or quote it",
                )
                return value
            if digits > self.limits.max_int_digits:
                self.problem(
                    mark,
                    "number-too-long",
                    f"integer of {digits} digits (at most {self.limits.max_int_digits})",
                )
                return None
            return int(value)
        if _FLOAT.fullmatch(value):
            number = float(value)
            if not math.isfinite(number):
                self.problem(mark, "number-out-of-range", f"'{value}' is too large for a number")
                return None
            return number
        return value

    def check_tag(self, event: Any) -> None:
        tag = event.tag
        if tag is None or tag == "!":
            return
        if isinstance(event, yaml.ScalarEvent) and tag == _STR_TAG:
            return
        self.problem(event.start_mark, "tag", f"explicit tag {tag} is not allowed")

    def build(self, events: Any) -> None:
        # One frame per open collection: [container, child marks, key marks, pending key].
        # The loop is the hot path of every command: the common case (a plain or quoted
        # scalar in a mapping or list) is kept inline.
        stack: list[list[Any]] = []
        documents = 0
        root: Any = None
        tree_marks, tree_key_marks = self.tree.marks, self.tree.key_marks
        scalar_event, suspect = yaml.ScalarEvent, _SUSPECT.search
        mark: Any = None
        try:
            for event in events:
                kind = type(event)
                mark = event.start_mark
                if kind is scalar_event:
                    if event.anchor is not None:
                        self.problem(mark, "alias", f"anchor &{event.anchor} is not allowed")
                    if event.tag is not None:
                        self.check_tag(event)
                    value: Any = event.value
                    if suspect(value) is not None:
                        value = self.suspect_scalar(event)
                    elif not event.style and event.implicit[0] and value[:1] in _PLAIN_SPECIAL:
                        value = self.resolve_plain(value, mark)
                    container: Any = None
                elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                    stack.pop()
                    continue
                elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                    if event.anchor is not None:
                        self.problem(mark, "alias", f"anchor &{event.anchor} is not allowed")
                    self.check_tag(event)
                    if len(stack) >= self.limits.max_depth:
                        self.problem(mark, "depth", _too_deep(self.limits.max_depth))
                        raise _Stop
                    container = value = {} if kind is yaml.MappingStartEvent else []
                elif kind is yaml.AliasEvent:
                    self.problem(mark, "alias", f"alias *{event.anchor} is not allowed")
                    raise _Stop
                elif kind is yaml.DocumentStartEvent:
                    documents += 1
                    if documents > 1:
                        self.problem(mark, "multiple-documents", "only one YAML document per file")
                        raise _Stop
                    continue
                else:
                    continue
                placed = True
                if not stack:
                    root = value
                    self.tree.root_mark = mark
                else:
                    frame = stack[-1]
                    parent = frame[0]
                    if parent.__class__ is list:
                        parent.append(value)
                        frame[1].append(mark)
                    elif frame[3] is _NO_KEY:
                        placed = False
                        if value.__class__ is str and value not in parent:  # the usual key
                            frame[3] = value
                            frame[2][value] = mark
                        else:
                            self.key(frame, value, mark)
                    else:
                        key = frame[3]
                        frame[3] = _NO_KEY
                        if key is _DUPLICATE:
                            placed = False
                        else:
                            parent[key] = value
                            frame[1][key] = mark
                if container is not None:
                    if placed:
                        marks: Any = {} if container.__class__ is dict else []
                        key_marks: dict[str, Any] = {}
                        tree_marks[id(container)] = marks
                        tree_key_marks[id(container)] = key_marks
                    else:  # an ignored collection (a duplicate key's value) is still walked
                        marks, key_marks = ({} if container.__class__ is dict else []), {}
                    stack.append([container, marks, key_marks, _NO_KEY])
        except Exception:
            self.last_mark = mark
            raise
        self.tree.data = root

    def key(self, frame: list[Any], value: Any, mark: Any) -> None:
        """A mapping key: only scalars make sense as keys in our files."""
        if not isinstance(value, str | int | float | bool) or value is None:
            self.problem(mark, "schema", "mapping keys must be plain text")
            raise _Stop
        key = str(value)
        if key in frame[0]:
            self.problem(mark, "duplicate-key", f"duplicate key '{key}'")
            frame[3] = _DUPLICATE
        else:
            frame[3] = key
            frame[2][key] = mark


_NO_KEY = object()
_DUPLICATE = object()
# libyaml 0.2.6 (bundled with PyYAML 6.0.4) refuses deeper nesting on its own.
_PARSER_MAX_DEPTH = 1000


def _too_deep(limit: int) -> str:
    return f"nesting deeper than {limit} levels"


def read_tree(
    text: str, path: str, limits: Limits | None = None
) -> tuple[Tree | None, list[Problem]]:
    """Parse one YAML document strictly; a tree, or None when it cannot be trusted at all."""
    builder = _Builder(text, path, limits or Limits())
    loader = None
    try:
        loader = _Loader(text)
        # get_event() until it returns None, called from C: yaml.parse() wraps the same calls
        # in a Python generator, which costs a tenth of the reading time.
        builder.build(iter(loader.get_event, None))
    except _Stop:
        return None, builder.problems
    except yaml.reader.ReaderError as error:
        # Raised for characters YAML does not allow in a stream, with a character offset.
        position = position_of(text, min(max(error.position, 0), len(text)))
        character = error.character
        shown = f"U+{character:04X}" if isinstance(character, int) else repr(character)
        message = (
            f"the character {shown} is not allowed in YAML "
            f"(write it as an escape in a double-quoted string, or remove it)"
        )
        builder.problems.append(Problem(path, *position, "control-character", message))
        return None, builder.problems
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = position_of_mark(mark)
        reason = error.problem or "malformed YAML"
        if reason.startswith("exceeded maximum nesting depth"):
            # libyaml's own limit, met while it scans ahead of the events ours counts.
            limit = min(builder.limits.max_depth, _PARSER_MAX_DEPTH)
            builder.problems.append(Problem(path, line, column, "depth", _too_deep(limit)))
            return None, builder.problems
        if error.context:
            context = error.context
            if error.context_mark is not None and error.problem_mark is not None:
                # Where the parser gave up is often a line after the mistake (an unclosed
                # bracket or quote): say where the construct it was reading began.
                began = position_of_mark(error.context_mark)
                if began != (line, column):
                    context = f"{context} that began at {began[0]}:{began[1]}"
            reason = f"{reason} ({context})"
        wide = _wide_punctuation(text, line)
        if wide is not None:
            # A Korean or Japanese input method's colon or space: YAML sees text, not
            # structure, and fails somewhere after it. The character itself is the mistake.
            wide_line, wide_column, what = wide
            message = f"{what} ({reason} at {line}:{column})"
            builder.problems.append(Problem(path, wide_line, wide_column, "syntax", message))
            return None, builder.problems
        if "tab character" in reason:
            reason = f"{reason}; indent with spaces, not tabs"
        elif reason.startswith("mapping values are not allowed"):
            # Either a line indented too far, or a plain value with ': ' inside (a quote).
            reason = f"{reason}; check the indentation, or quote a value that contains ': '"
        builder.problems.append(Problem(path, line, column, "syntax", reason))
        return None, builder.problems
    # libyaml and the pure-Python parser raise more than YAMLError on crafted input.
    except (
        yaml.YAMLError,
        ValueError,
        IndexError,
        AttributeError,
        TypeError,
        RecursionError,
    ) as error:
        # No mark comes with these: the last node read is the nearest known position.
        line, column = position_of_mark(builder.last_mark)
        message = f"malformed YAML after this point ({type(error).__name__}: {error})"
        builder.problems.append(Problem(path, line, column, "syntax", message))
        return None, builder.problems
    finally:
        if loader is not None:
            loader.dispose()
    if builder.tree.data is None:
        builder.problems.append(
            Problem(path, 1, 1, "empty-file", "the file holds no YAML document")
        )
        return None, builder.problems
    return builder.tree, builder.problems
