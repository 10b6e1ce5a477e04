"""The data model that flows one way: read -> clean -> split -> render.

Every stage takes these objects and returns new ones; nothing here knows about Pelican.
The dataclasses are plain and picklable so Pelican's content cache can keep them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Literal

BlockType = Literal["heading", "paragraph", "quote", "list"]
BLOCK_TYPES: tuple[str, ...] = ("heading", "paragraph", "quote", "list")

ActorKind = Literal["state", "organisation", "armed-group", "person", "media"]
ACTOR_KINDS: tuple[str, ...] = ("state", "organisation", "armed-group", "person", "media")

Stance = Literal["condemn", "threaten", "justify", "appeal", "deny", "report", "support", "demand"]
STANCES: tuple[str, ...] = ("condemn", "threaten", "justify", "appeal", "deny", "report", "support", "demand")


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


def pickled_by_fields(cls: type) -> type:
    """Pickle instances as `cls(*field values)`. A slots dataclass's own pickling looks its fields up
    again for every object, which was half the time spent pickling briefings (worker results, the
    content cache) and a third of unpickling them.

    >>> import pickle; pickle.loads(pickle.dumps(Block("paragraph", "Text."))) == Block("paragraph", "Text.")
    True
    """
    names = _field_names(cls)

    def __reduce__(self):
        return cls, tuple([getattr(self, name) for name in names])

    cls.__reduce__ = __reduce__
    return cls


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Block:
    """One unit of article text. A list block keeps its items one per line."""

    type: BlockType
    text: str

    def with_text(self, text: str) -> Block:
        return Block(self.type, text)  # not dataclasses.replace: rules call this on every changed block


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Edit:
    """One change the cleaner made: which rule, what it did, the text before and after.

    `block` is the index of the block in the list the rule received.
    """

    rule: str
    action: str  # "remove", "replace", "split", "join", "add"
    before: str
    after: str
    block: int


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Document:
    """A seed after reading: its headline, metadata and body blocks, plus the cleaning log."""

    source_file: str
    title: str
    blocks: tuple[Block, ...]
    metadata: dict = field(default_factory=dict)  # date, source_url, tags, sidecar choices
    edits: tuple[Edit, ...] = ()

    def with_blocks(self, blocks, edits=()) -> Document:
        return evolve(self, blocks=tuple(blocks), edits=self.edits + tuple(edits))


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Actor:
    """A party that acts or reacts. `id` is the registry id, or a slug for discovered actors."""

    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    mentions: int = 0
    discovered: bool = False
    affiliation: str | None = None
    country: str | None = None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Reaction:
    """Who reacted, through whom, how, in which words, and where in the body (block index)."""

    actor: str  # Actor.id
    speaker: str | None
    stance: Stance
    text: str
    block: int


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Briefing:
    """The final product of the text core for one seed."""

    document: Document
    summary: tuple[str, ...]
    actors: tuple[Actor, ...]
    reactions: tuple[Reaction, ...]

    def to_dict(self) -> dict:
        """The site-independent part of the JSON twin (render adds url, slug and actor urls)."""
        doc = self.document
        meta = doc.metadata
        return {
            "title": doc.title,
            "date": meta.get("date"),
            "source_file": doc.source_file,
            "source_url": meta.get("source_url"),
            "tags": list(meta.get("tags", ())),
            "summary": list(self.summary),
            "actors": [
                {**_flat_dict(a), "aliases": list(a.aliases)} for a in self.actors
            ],
            "reactions": [_flat_dict(r) for r in self.reactions],
            "body": [{"type": b.type, "text": b.text} for b in doc.blocks],
            "edits": [_flat_dict(e) for e in doc.edits],
        }


def evolve(obj, **changes):
    """`dataclasses.replace` for a dataclass whose fields are all set by __init__ (every class here),
    without replace's inspection of the fields on every call, which made it 7 us. An unknown field
    is a TypeError, as there.

    >>> evolve(Block("paragraph", "Old."), text="New.")
    Block(type='paragraph', text='New.')
    """
    cls = type(obj)
    return cls(*[changes.pop(name) if name in changes else getattr(obj, name) for name in _field_names(cls)], **changes)


def _flat_dict(obj) -> dict:
    """`asdict` for a dataclass whose fields hold only strings, numbers, None or tuples of strings
    (Actor, Reaction, Edit): the same keys in the same order, without asdict's recursive copying."""
    return {name: getattr(obj, name) for name in _field_names(type(obj))}


class SeedError(Exception):
    """A seed that cannot be built. The message names the file, the reason and the line if known."""

    def __init__(self, source_file: str, reason: str, line: int | None = None):
        self.source_file = source_file
        self.reason = reason
        self.line = line
        where = f"{source_file}:{line}" if line else source_file
        super().__init__(f"{where}: {reason}")
