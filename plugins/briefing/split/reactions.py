"""Reactions: sentences where an actor says something, with a stance."""

from __future__ import annotations

import re

from ..sentences import split_sentences
from ..model import Actor, Document, Reaction
from .registry import Registry

_STANCE_WORDS = {
    "condemn": ("condemn", "denounc", "violation"),
    "threaten": ("retaliat", "warn", "threat"),
    "justify": ("necessary", "defensive", "protect"),
    "appeal": ("urge", "call on", "plead", "calm"),
}


def find_reactions(doc: Document, actors: list[Actor], registry: Registry) -> list[Reaction]:
    reactions = []
    for i, block in enumerate(doc.blocks):
        if block.type == "heading":
            continue
        for sentence in split_sentences(block.text):
            if not re.search(r"\b(said|says|stated|tweeted|told|according to)\b", sentence):
                continue
            actor = next((a for a in actors if any(n in sentence for n in (a.name, *a.aliases))), None)
            if actor is None:
                continue
            stance = next((s for s, words in _STANCE_WORDS.items() if any(w in sentence.lower() for w in words)), "report")
            reactions.append(Reaction(actor.id, None, stance, sentence, i))
    return reactions
