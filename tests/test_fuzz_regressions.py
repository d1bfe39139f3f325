"""Inputs the fuzzer once found to crash, kept as plain tests."""

from __future__ import annotations

import pytest

from factcheck.loading import quantity_value


@pytest.mark.parametrize("number", [-1, 1e20, 1e-05, 0, 10**29])
def test_yaml_numbers_are_exact_quantities(number: float) -> None:
    quantity = quantity_value(number)
    assert (quantity.low, quantity.high, quantity.unit) == (number, number, "count")
