"""Fuzzing: mutated claim files and registries end in problems or a result, never an exception.

Two kinds of mutation, starting from the valid example case:
- structure-aware: drop, duplicate, rename or retype keys and values, then write YAML;
- byte-level: truncate, flip a byte, insert Unicode (surrogates, controls, markup, NFD).

The suite runs a few dozen examples of each; before a release run many more:
`./run pytest tests/test_fuzz.py --hypothesis-profile=release` (or FACTCHECK_FUZZ_EXAMPLES=N).
"""

from __future__ import annotations

import contextlib
import copy
import io
import re
import shutil
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import yaml
from hypothesis import assume, given
from hypothesis import strategies as st

from factcheck import cli
from factcheck.problems import RULES, format_line
from tests.conftest import ROOT

# Nothing that could steer a terminal or split a line may reach the output.
_TERMINAL_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
VALID = ROOT / "tests" / "examples" / "valid" / "expo"
CLAIM_FILE = "wire.yaml"
REGISTRY = "entities.yaml"

# Values people (and YAML 1.1) get wrong, beside whatever hypothesis makes up.
TRICKY_SCALARS = [
    "no",
    "yes",
    "on",
    "~",
    "010",
    "0x1F",
    "1:20",
    "1e999",
    ".nan",
    "2023-02-30",
    "2023-11-25T14:04:10",
    "3만여 명",
    "10여만",
    "약 3만~4만 명",
    "[/x]",
    "[bold]x[/bold]",
    "\x1b[31mred",
    "\x1b]8;;https://x.example\x07link",
    "\u202eevil",
    "a\tb",
    "\ufeffx",
    unicodedata.normalize("NFD", "행정안전부"),
    "../../etc/passwd",
    "/dev/zero",
    "9" * 400,
]
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(TRICKY_SCALARS),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.text(max_size=8), inner, max_size=3),
    ),
    max_leaves=6,
)
UNICODE_NOISE = st.one_of(
    st.text(max_size=8),
    st.sampled_from(
        [
            "\t",
            "\x00",
            "\x1b[2J",
            "\ufeff",
            "\ud800",
            "\u0301",
            "&a",
            "*a",
            "!!binary ",
            "[",
            "]",
            "{",
            "}",
            ":",
            "- ",
            "\n  ",
            '"',
            "'",
            "#",
            "---\n",
            "\r",
        ]
    ),
)


def _base(name: str) -> Any:
    return yaml.safe_load((VALID / name).read_text(encoding="utf-8"))


def _locations(node: Any, loc: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [loc]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(_locations(value, (*loc, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_locations(value, (*loc, index)))
    return found


@st.composite
def mutated_documents(draw: st.DrawFn, name: str) -> bytes:
    """A valid file's data with a few structural changes, written back as YAML text."""
    data = copy.deepcopy(_base(name))
    for _ in range(draw(st.integers(1, 4))):
        locations = _locations(data)[1:]
        if not locations:
            break
        loc = draw(st.sampled_from(locations))
        parent = data
        for part in loc[:-1]:
            parent = parent[part]
        last = loc[-1]
        action = draw(st.sampled_from(["drop", "retype", "rename", "copy"]))
        if action == "drop":
            del parent[last]
        elif action == "retype":
            parent[last] = draw(VALUES)
        elif action == "rename" and isinstance(parent, dict):
            parent[draw(st.text(max_size=10) | st.sampled_from(["evidnce", "id", "text"]))] = (
                parent.pop(last)
            )
        elif action == "copy" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[last]))
    try:
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    except yaml.YAMLError:
        assume(False)
    if draw(st.booleans()):
        # A duplicate key: repeat one line of the document.
        lines = text.splitlines(keepends=True)
        index = draw(st.integers(0, len(lines) - 1))
        lines.insert(index, lines[index])
        text = "".join(lines)
    return text.encode("utf-8", "surrogatepass")


@st.composite
def damaged_bytes(draw: st.DrawFn, name: str) -> bytes:
    """A valid file truncated, with flipped bytes, or with Unicode inserted."""
    data = bytearray((VALID / name).read_bytes())
    for _ in range(draw(st.integers(1, 3))):
        action = draw(st.sampled_from(["truncate", "flip", "insert"]))
        position = draw(st.integers(0, len(data)))
        if action == "truncate":
            del data[position:]
        elif action == "flip" and position < len(data):
            data[position] ^= 1 << draw(st.integers(0, 7))
        else:
            noise = draw(UNICODE_NOISE).encode("utf-8", "surrogatepass")
            data[position:position] = noise
    return bytes(data)


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz") / "case"
    shutil.copytree(VALID, folder)
    return folder


def _run(*args: str) -> tuple[int, str, str]:
    """Run `factcheck ARGS` in-process: exit status, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    with (
        mock.patch.object(sys, "argv", ["factcheck", *args]),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
        pytest.raises(SystemExit) as stop,
    ):
        cli.main()
    code = stop.value.code
    return (code if isinstance(code, int) else 1), out.getvalue(), err.getvalue()


@contextlib.contextmanager
def _replaced(target: Path, content: bytes) -> Iterator[None]:
    original = target.read_bytes()
    target.write_bytes(content)
    try:
        yield
    finally:
        target.write_bytes(original)


def _validate(case: Path, name: str, content: bytes) -> None:
    """Run `factcheck validate CASE` in-process on one mutated file; it must end cleanly."""
    original = (case / name).read_bytes()
    with _replaced(case / name, content):
        code, out, err = _run("validate", str(case))
    assert code in (0, 1), err
    assert err == ""
    lines = out.splitlines()
    if content == original:
        assert lines == []
    for line in lines:
        assert not _TERMINAL_UNSAFE.search(line), line
        assert line.endswith("]") and line[line.rindex("[") + 1 : -1] in RULES, line
        _path, line_number, column, _ = line.split(":", 3)
        assert int(line_number) >= 1 and int(column) >= 1
    if code == 1:
        assert lines, "a failing run must say why"


@given(content=mutated_documents(CLAIM_FILE))
def test_structurally_mutated_claim_files(case: Path, content: bytes) -> None:
    _validate(case, CLAIM_FILE, content)


@given(content=damaged_bytes(CLAIM_FILE))
def test_damaged_claim_files(case: Path, content: bytes) -> None:
    _validate(case, CLAIM_FILE, content)


@given(content=mutated_documents(REGISTRY) | damaged_bytes(REGISTRY))
def test_mutated_registries(case: Path, content: bytes) -> None:
    _validate(case, REGISTRY, content)


@pytest.fixture(scope="module")
def two_sources(case: Path) -> Path:
    """The example case with a second source, so that `check` has something to reconcile."""
    folder = case.parent / "two"
    shutil.copytree(VALID, folder)
    other = (VALID / CLAIM_FILE).read_text(encoding="utf-8").replace("id: wire", "id: other")
    (folder / "other.yaml").write_text(other.replace("3만명", "3만여 명"), encoding="utf-8")
    return folder


@given(content=mutated_documents(CLAIM_FILE) | damaged_bytes(CLAIM_FILE))
def test_check_and_report_on_mutated_files(two_sources: Path, content: bytes) -> None:
    """`check` and `report` end with a result or problems (exit 0, 1 or 2), never a crash."""
    with _replaced(two_sources / CLAIM_FILE, content):
        code, out, err = _run("check", str(two_sources))
        assert code in (0, 1, 2), err
        assert "internal error" not in err and "Traceback" not in err
        assert out or err
        report = two_sources.parent / "report.json"
        report.unlink(missing_ok=True)
        code, out, err = _run("report", str(two_sources), "--format", "json", "-o", str(report))
        assert code in (0, 2), err
        assert "internal error" not in err and "Traceback" not in err
        assert report.exists() == (code == 0)


def test_format_line_is_one_printable_line() -> None:
    from factcheck.problems import Problem

    problem = Problem("a\udcff\x1b[31m.yaml", 1, 1, "syntax", "x\ny\u202ez\x9b")
    assert format_line(problem).isprintable()
    assert format_line(problem) == ("a\\udcff\\x1b[31m.yaml:1:1: error x\\ny\\u202ez\\x9b [syntax]")
