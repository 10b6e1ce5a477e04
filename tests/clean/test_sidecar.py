"""A seed's sidecar has the last word: `keep` puts back what the cleaner removed, `drop` removes more."""

from __future__ import annotations

from briefing.clean import clean, default_chain
from briefing.model import Block, Document

BLOCKS = (
    Block("paragraph", "The harbour reopened on Friday after the storm."),
    Block("paragraph", "Advertisement"),
    Block("paragraph", "Fishing boats returned to the quay on Saturday."),
)


def run(metadata: dict) -> Document:
    return clean(Document("seed.txt", "Harbour reopens", BLOCKS, metadata), default_chain())


def test_keep_puts_a_removed_block_back_in_its_place() -> None:
    doc = run({"keep": ("Advertisement",)})
    assert [b.text for b in doc.blocks] == [b.text for b in BLOCKS]
    assert [(e.rule, e.action, e.after) for e in doc.edits][-1] == ("sidecar", "add", "Advertisement")


def test_drop_removes_a_kept_block_and_logs_it() -> None:
    doc = run({"drop": ("Fishing boats",)})
    assert [b.text for b in doc.blocks] == ["The harbour reopened on Friday after the storm."]
    assert (doc.edits[-1].rule, doc.edits[-1].action) == ("sidecar", "remove")


def test_without_sidecar_choices_nothing_extra_happens() -> None:
    doc = run({})
    assert all(e.rule != "sidecar" for e in doc.edits)


def test_snippets_match_across_hard_wraps() -> None:
    wrapped = (Block("paragraph", "Share this\narticle"), *BLOCKS)
    doc = clean(Document("seed.txt", "Harbour reopens", wrapped, {"keep": ("Share this article",)}), default_chain())
    assert doc.blocks[0].text == "Share this article"


def test_keep_undoes_a_cut_inside_a_block_without_duplicating_it() -> None:
    glued = (Block("paragraph", "Boats returned on Saturday. Also Read: Tide tables for May"),)
    doc = clean(Document("seed.txt", "Harbour", glued, {"keep": ("Tide tables",)}), default_chain())
    assert [b.text for b in doc.blocks] == ["Boats returned on Saturday. Also Read: Tide tables for May"]
