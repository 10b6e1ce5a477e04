"""Stage 3, split: a cleaned Document -> Briefing (summary, actors, reactions).

Actors come first because reactions need to know who can speak; the summary comes last because
it leans on both (a good summary says how the other side reacted).
"""

from __future__ import annotations

from ..model import Briefing, Document
from ..settings import Settings
from .actors import find_cast, rank_actors
from .reactions import find_reactions
from .registry import Registry
from .summary import summarise


def split(doc: Document, registry: Registry, settings: Settings) -> Briefing:
    cast = find_cast(doc, registry)
    reactions = find_reactions(doc, cast, registry)
    actors = rank_actors(cast, reactions, doc.metadata, registry)
    kept = {a.id for a in actors}
    reactions = [r for r in reactions if r.actor in kept]  # the sidecar may have dropped a side
    summary = summarise(doc, actors, reactions, settings.summary_sentences)
    return Briefing(doc, tuple(summary), tuple(actors), tuple(reactions))
