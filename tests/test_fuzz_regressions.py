"""Inputs the fuzzer once found to crash, kept as plain tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.loading import quantity_value
from tests.conftest import MakeCase


@pytest.mark.parametrize("number", [-1, 1e20, 1e-05, 0, 10**29])
def test_yaml_numbers_are_exact_quantities(number: float) -> None:
    quantity = quantity_value(number)
    assert (quantity.low, quantity.high, quantity.unit) == (number, number, "count")


@pytest.mark.parametrize("entities", ["true", "3", "text", "{a: 1}"])
def test_a_registry_whose_entities_are_not_a_list(
    entities: str, make_case: MakeCase, cli: Callable[..., tuple[int, str, str]]
) -> None:
    folder = make_case({"a": ""}, registry=f"entities: {entities}\n")
    code, out, err = cli("validate", str(folder / "entities.yaml"))
    assert code == 1 and "'entities' must be a list [schema]" in out and not err
