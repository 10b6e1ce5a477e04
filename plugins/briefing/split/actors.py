"""Actors: registry names and aliases found in the text, with mention counts."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Actor, Document
from .registry import Registry


def find_actors(doc: Document, registry: Registry) -> list[Actor]:
    text = "\n".join(b.text for b in doc.blocks)
    found = []
    for actor in registry.actors:
        count = sum(len(re.findall(rf"\b{re.escape(n)}\b", text)) for n in (actor.name, *actor.aliases))
        if count:
            found.append(replace(actor, mentions=count))
    return sorted(found, key=lambda a: -a.mentions)
