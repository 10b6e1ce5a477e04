"""Every fixture case runs through the whole default chain and must come out as expected."""

from __future__ import annotations

import pytest

from briefing.clean import clean, default_chain
from briefing.model import Document

from .fixtures import all_cases, parse_blocks


@pytest.mark.parametrize(("given", "expected"), all_cases())
def test_fixture(given: str, expected: str) -> None:
    doc = Document("fixture.txt", "Fixture headline", tuple(parse_blocks(given)))
    cleaned = clean(doc, default_chain())
    assert [(b.type, b.text) for b in cleaned.blocks] == [(b.type, b.text) for b in parse_blocks(expected)]


@pytest.mark.parametrize(("given", "expected"), all_cases())
def test_fixture_output_is_stable(given: str, expected: str) -> None:
    """Cleaning the expected output again changes nothing."""
    doc = Document("fixture.txt", "Fixture headline", tuple(parse_blocks(expected)))
    cleaned = clean(doc, default_chain())
    assert cleaned.blocks == doc.blocks
    assert cleaned.edits == ()
