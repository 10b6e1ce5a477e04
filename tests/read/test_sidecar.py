"""The optional NAME.yaml beside a seed: validated keys, errors that name the sidecar, overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.model import Block, Document, SeedError
from briefing.read import sidecar


def write(tmp_path: Path, text: str | bytes) -> Path:
    seed = tmp_path / "story.txt"
    seed.write_text("Headline\n\nBody.\n")
    target = sidecar.sidecar_path(seed)
    target.write_bytes(text if isinstance(text, bytes) else text.encode())
    return seed


def test_no_sidecar_is_no_change(tmp_path):
    doc = Document("story.txt", "Headline", (Block("paragraph", "Body."),))
    seed = tmp_path / "story.txt"
    assert sidecar.load(seed) == {}
    assert sidecar.apply(doc, {}) is doc


def test_sidecar_overrides_metadata_and_carries_choices(tmp_path):
    seed = write(tmp_path, "title: '  Better   headline '\ndate: 2024-05-20\ntags: [eu, iran]\nactors: {drop: [Tehran]}\nkeep: [a snippet]\n")
    side = sidecar.load(seed)
    doc = sidecar.apply(Document("story.txt", "Headline", (), {"date": "2024-01-01"}), side)
    assert doc.title == "Better headline"
    assert doc.metadata["date"] == "2024-05-20"
    assert doc.metadata["tags"] == ("eu", "iran")
    assert doc.metadata["actors_drop"] == ("Tehran",)
    assert doc.metadata["keep"] == ("a snippet",)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("title: Hi\nheadline: Oops\n", r"^story\.yaml: unknown sidecar key\(s\) headline"),
        ("title: Hi\ntags: [a\n", r"^story\.yaml:3: invalid YAML"),
        ("order: first\n", r"^story\.yaml: order must be an integer"),
        ("actors: [Iran]\n", r"^story\.yaml: actors must be a mapping"),
        ("keep: [1, 2]\n", r"^story\.yaml: keep must be a list of strings"),
        (b"title: caf\xe9\n", r"^story\.yaml:1: is not UTF-8"),
    ],
)
def test_bad_sidecar_names_the_file(tmp_path, text, message):
    with pytest.raises(SeedError, match=message):
        sidecar.load(write(tmp_path, text))
