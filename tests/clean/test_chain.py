"""The default chain: every rule is named, documented with its reasons and an example, and in order."""

from __future__ import annotations

import doctest

import pytest

from briefing.clean import default_chain
from briefing.clean.rules import DEFAULT_RULES


def test_names_match_functions() -> None:
    assert [name for name, _ in DEFAULT_RULES] == [rule.__name__ for _, rule in DEFAULT_RULES]


@pytest.mark.parametrize(("name", "rule"), DEFAULT_RULES, ids=[n for n, _ in DEFAULT_RULES])
def test_rule_is_documented_with_an_example(name, rule) -> None:
    module = __import__(rule.__module__, fromlist=["_"])
    assert module.__doc__ and "Runs" in module.__doc__, f"{name}: the module docstring must say where it runs and why"
    assert doctest.DocTestFinder().find(rule), f"{name}: needs a doctest example"


def test_a_rule_can_be_disabled_by_name() -> None:
    chain = default_chain()
    chain.disable(["balance_quotes"])
    assert "balance_quotes" not in chain.names()
