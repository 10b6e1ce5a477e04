"""Shared by the split tests: the site registry, loaded once, and a document from paragraphs."""

from __future__ import annotations

from functools import lru_cache

from briefing.model import Actor, Block, Document
from briefing.split.actors import find_cast, rank_actors
from briefing.split.registry import Registry
from support import ROOT


@lru_cache(maxsize=1)
def registry() -> Registry:
    return Registry.load(ROOT / "content" / "actors.yaml")


def doc(*paragraphs: str, title: str = "A headline", **metadata) -> Document:
    """A document whose blocks are the given paragraphs; a string starting with '## ' is a heading."""
    blocks = [Block("heading", p[3:]) if p.startswith("## ") else Block("paragraph", p) for p in paragraphs]
    return Document("test.txt", title, tuple(blocks), metadata)


def actors_of(*paragraphs: str, **metadata) -> dict[str, Actor]:
    """The actors split would list for these paragraphs, by id."""
    document = doc(*paragraphs, **metadata)
    cast = find_cast(document, registry())
    return {a.id: a for a in rank_actors(cast, [], document.metadata, registry())}
