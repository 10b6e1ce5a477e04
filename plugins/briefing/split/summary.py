"""Summary: the lead sentences of the cleaned article."""

from __future__ import annotations

import re

from ..sentences import split_sentences
from ..model import Actor, Document, Reaction



def summarise(doc: Document, actors: list[Actor], reactions: list[Reaction], limit: int) -> list[str]:
    if doc.metadata.get("summary"):
        return list(doc.metadata["summary"])
    sentences = [s for b in doc.blocks if b.type == "paragraph" for s in split_sentences(b.text)]
    return sentences[:limit]
