"""Stage 3, split: a cleaned Document -> Briefing (summary, actors, reactions).

FIRST VERSION: a lead summary, registry alias matching and said-verb reactions; the
split helpers replace each part with the real thing.
"""

from __future__ import annotations

from ..model import Briefing, Document
from ..settings import Settings
from .actors import find_actors
from .reactions import find_reactions
from .registry import Registry
from .summary import summarise


def split(doc: Document, registry: Registry, settings: Settings) -> Briefing:
    actors = find_actors(doc, registry)
    reactions = find_reactions(doc, actors, registry)
    summary = summarise(doc, actors, reactions, settings.summary_sentences)
    return Briefing(doc, tuple(summary), tuple(actors), tuple(reactions))
