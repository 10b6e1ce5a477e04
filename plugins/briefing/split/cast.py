"""The cast of one document: every actor found so far and every place each is named.

Built by `actors.find_cast` block by block; the rules that discover people and organisations look
back through it ("the ministry" is the last ministry named), and reactions read it to find who
speaks for whom.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Actor, evolve


# Not frozen: a frozen dataclass takes ~1 us more to build (object.__setattr__ per field), and a
# document makes dozens. Nothing hashes one or assigns to it (unhashable now: a hash would raise).
@dataclass(slots=True)
class Mention:
    """One place in a block where an actor is named. `subject` says it can be the one who speaks."""

    block: int
    start: int
    end: int
    actor: str
    subject: bool = True


@dataclass(slots=True)
class _Draft:
    actor: Actor
    strong: bool = False
    role: str | None = None


@dataclass(slots=True)
class Cast:
    """Everyone in one document, with every place they are named, in text order."""

    drafts: dict[str, _Draft] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)

    def actor(self, actor_id: str) -> Actor:
        return self.drafts[actor_id].actor

    def role(self, actor_id: str) -> str | None:
        return self.drafts[actor_id].role

    def side(self, actor_id: str) -> str:
        """The party an actor speaks for: a person's organisation or state, an organ's state."""
        seen = set()
        current = actor_id
        while current not in seen:
            seen.add(current)
            actor = self.drafts[current].actor
            parent = actor.affiliation
            if not parent or parent not in self.drafts:
                return current
            if actor.kind != "person" and self.drafts[parent].actor.kind != "state":
                return current
            current = parent
        return current

    def actors(self) -> list[Actor]:
        counts: dict[str, int] = {}
        for m in self.mentions:
            counts[m.actor] = counts.get(m.actor, 0) + 1
        return [evolve(d.actor, mentions=counts[i]) for i, d in self.drafts.items() if d.strong and i in counts]

    def in_block(self, block: int) -> list[Mention]:
        """The mentions in the block being read: while `actors.find_cast` builds the cast block by block,
        mentions stay in block order, so they are the last ones."""
        k = len(self.mentions)
        while k and self.mentions[k - 1].block == block:
            k -= 1
        return self.mentions[k:]

    def last(self, block: int, pos: int, accept, within: int = 2) -> str | None:
        """The most recent actor before (block, pos), up to `within` blocks back, that `accept`s."""
        for m in reversed(self.mentions):
            if (m.block, m.start) >= (block, pos):
                continue
            if m.block < block - within:
                return None
            if m.actor in self.drafts and accept(self.drafts[m.actor].actor):
                return m.actor
        return None

    def _add(self, actor: Actor, strong: bool = True, role: str | None = None) -> str:
        draft = self.drafts.get(actor.id)
        if draft is None:
            self.drafts[actor.id] = _Draft(actor, strong, role)
        else:
            old = draft.actor
            if actor is not old:  # the same actor again brings no new name
                names = {old.name, *old.aliases}
                extra = tuple(a for a in (actor.name, *actor.aliases) if a not in names)
                if extra or (actor.affiliation and not old.affiliation):
                    draft.actor = evolve(old, aliases=old.aliases + extra,
                                          affiliation=old.affiliation or actor.affiliation)
            draft.strong = draft.strong or strong
            draft.role = draft.role or role
        return actor.id


def current_state(cast: Cast, i: int) -> str | None:
    """The state a passage is about at block i: the last one named nearby, else the story's."""
    return cast.last(i, 1 << 30, lambda a: a.kind == "state") or dominant_state(cast)


def lead_state(cast: Cast) -> str | None:
    """The first state named as a party in the first paragraph that names one."""
    first = next((m for m in cast.mentions if m.subject and cast.actor(m.actor).kind == "state"), None)
    return first.actor if first else None


def dominant_state(cast: Cast) -> str | None:
    """The state named most so far, if one clearly leads: whose president "President X" is."""
    counts: dict[str, int] = {}
    for m in cast.mentions:
        if cast.actor(m.actor).kind == "state":
            counts[m.actor] = counts.get(m.actor, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or len(ranked) > 1 and ranked[1][1] * 3 > ranked[0][1] * 2:
        return None  # two states share the story: better no side than the wrong one
    return ranked[0][0]
