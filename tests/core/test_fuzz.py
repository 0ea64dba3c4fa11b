"""The short fuzzing run; bench/fuzz.py is the long one (README gives the command)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from tests.fuzzing import cases, exercise


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])
@given(cases())
def test_no_input_escapes_as_an_unhandled_exception(case: tuple[bytes, str]) -> None:
    assert exercise(*case) in ("refused", "compared")
