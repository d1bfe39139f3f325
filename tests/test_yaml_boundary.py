"""Every exception the YAML library can raise besides its own becomes a positioned problem.

PyYAML's parsers raise ValueError, IndexError, AttributeError, TypeError or RecursionError on
some crafted input (and encoding errors on text with lone surrogates); which input triggers
which changes between versions, so the parser is made to raise each one here.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from factcheck import yamltree
from factcheck.yamltree import read_tree

TEXT = "source:\n  id: wire\n  title: x\nclaims: []\n"


class _Failing:
    """Gives the real events of TEXT up to its fifth, then raises."""

    error: BaseException = ValueError("boom")

    def __init__(self, text: str) -> None:
        self._events = list(yaml.parse(text, Loader=yaml.SafeLoader))[:5]

    def get_event(self) -> Any:
        if self._events:
            return self._events.pop(0)
        raise self.error

    def dispose(self) -> None:
        pass


@pytest.mark.parametrize(
    "error",
    [
        ValueError("bad value"),
        IndexError("list index out of range"),
        AttributeError("'NoneType' object has no attribute 'x'"),
        TypeError("unhashable type: 'list'"),
        RecursionError("maximum recursion depth exceeded"),
        UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed"),
        yaml.YAMLError("unmarked"),
    ],
    ids=lambda error: type(error).__name__,
)
def test_foreign_exceptions_become_positioned_problems(
    monkeypatch: pytest.MonkeyPatch, error: BaseException
) -> None:
    monkeypatch.setattr(_Failing, "error", error)
    monkeypatch.setattr(yamltree, "_Loader", _Failing)
    tree, problems = read_tree(TEXT, "f.yaml")
    assert tree is None
    [problem] = problems
    assert (problem.path, problem.line, problem.column, problem.rule) == ("f.yaml", 2, 3, "syntax")
    assert problem.message.startswith(f"malformed YAML after this point ({type(error).__name__}")


def test_lone_surrogate_in_text_is_a_problem_not_a_crash() -> None:
    tree, problems = read_tree("a: \ud800\n", "f.yaml")
    assert tree is None
    assert [p.rule for p in problems] == ["syntax"]
