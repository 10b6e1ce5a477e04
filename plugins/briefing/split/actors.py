"""Actors: registry actors found in the text, merged with organisations and people discovered in it.

A registry state counts only when it shows up as a party: by name, as a capital that acts
("Ankara said", not "in Ankara"), or as a demonym in front of a state noun ("Iraqi officials",
"Turkish warplanes"); "a Filipino contractor" alone does not make the Philippines an actor.
Organisations are discovered from their shapes: a state's organ ("Iraq's Foreign Ministry",
"the Chinese foreign ministry", "the Interior Ministry" of the state in the story), a capitalised
name ending in an organisation noun ("Kurdistan Regional Government"), or followed by one in lower
case ("the Martyrs of the Dawn movement"). People are discovered only next to a role or title
("ministry spokesman Selim Karaca", "Saeed Khatibzadeh, a spokesman for the Iranian Foreign
Ministry", "General Yehia Rasool") or as the named subject of a verb of speech; a later "Kirby" or
"Mr Kirby" joins its full name. A person's or organ's `affiliation` is the id of the actor it
speaks for; `Cast.side` follows it to the party a reaction belongs to.
"""

from __future__ import annotations

import re
from operator import attrgetter

from ..model import Actor, Document, evolve
from .cast import Cast, Mention, current_state
from .lexicon import MEDIA_HEAD, ORGAN_HEAD, SELF_HEAD, STATE_NOUNS
from .organisations import STATELESS, org_kind, org_names
from .people import find_people, is_person_name, merge_short_names
from .registry import Match, Registry, slugify


_ACRONYM = re.compile(r"^\s*\((?P<acr>[A-Z][A-Za-z]{1,7})\)")
_LOCATIVE_WORD = re.compile(  # "talks in Geneva", "a tribunal in The Hague"
    r"\b(?:in|at|near|from|to|into|outside|across|around|towards?|via|through|of|between|visit\w*)\s+(?:the\s+)?$",
    re.I,
)
_LOCATIVE_AND = re.compile(  # "talks between Moscow and Kyiv", not "Both Moscow and Kyiv blamed"
    r"\b(?:in|at|from|to|between|via)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?,?\s+and\s+(?:the\s+)?$",
    re.I,
)


def _is_locative(before: str) -> bool:
    """Whether the words before a capital make it a place; the "and" form is tried only after "and"."""
    if _LOCATIVE_WORD.search(before, max(0, len(before) - 25)):
        return True
    return "and " in before[-9:].lower() and bool(_LOCATIVE_AND.search(before))


# Before a country's own name, the words that make it a place: "fled into Chad", "travelling with him
# to Bahrain"; not "aid to Sudan" or "troops from Rwanda", where the state may be a party, nor a bare
# "in" ("coups in Mali and Niger" names the states a story is about).
_IN_COUNTRY = re.compile(
    r"\b(?:inside|into|across|throughout|(?:travel\w*|trip|visit|flights?|flew|flying|journey|voyage|route|"
    r"heading|headed|bound)\s+(?:\w+\s+){0,2}?to)\s+$", re.I
)
_IN_COUNTRY_ENDS = ("to ", "into ", "inside ", "across ", "throughout ", "To ", "Into ", "Inside ", "Across ",
                    "Throughout ")
_APPOSITIVE_NAME = re.compile(r",\s+(?:the\s+)?(?P<name>[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)*)\s*,")
_MISSION = re.compile(r"(?i)mission|delegation")
_STATE_RUN = re.compile(r"(?:state|official|government)\b")
_ADDRESSEE = re.compile(r"(?:\b(?:told|to|with|by|on|for)|[Pp]hoto:?|[Cc]redit:?|[Ii]mage:?|\()\s*$")


def find_cast(doc: Document, registry: Registry) -> Cast:
    """Everyone who acts in the document, in the order of the text."""
    cast = Cast()
    for i, block in enumerate(doc.blocks):
        if block.type == "heading":
            for m in registry.find(block.text):
                if not m.place and not m.demonym:
                    cast.mentions.append(Mention(i, m.start, m.end, cast._add(registry.get(m.actor), False), False))
            continue
        _scan_block(cast, registry, i, block.text)
    merge_short_names(cast, doc)
    cast.mentions.sort(key=attrgetter("block", "start"))
    return cast


def _scan_block(cast: Cast, registry: Registry, i: int, text: str) -> None:
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []  # spans that belong to a discovered organisation
    known = registry.find(text)  # one pass; the rules below look up what lies in their span
    for start, end, name, affiliation in org_names(text, registry, known):
        key = slugify(name)
        aliases = ()
        if affiliation == STATELESS:
            # "The Interior Ministry said": an organ of the state the story is about
            state = _organ_state(registry, text, known, start, end) or current_state(cast, i)
            if state is None:
                continue
            if state not in cast.drafts:
                cast._add(registry.get(state), strong=False)
            owner = cast.actor(state).name
            affiliation, key = state, slugify(f"{owner} {name}")
            name, aliases = f"{owner}'s {name}", (name,)  # "Foreign Ministry" alone names no one on a site
        org_id = cast._add(Actor(key, name, org_kind(name, affiliation), aliases, discovered=True,
                                 affiliation=affiliation))
        if affiliation and affiliation not in cast.drafts:  # its state is its side even when not named apart
            cast._add(registry.get(affiliation), strong=False)
        mentions.append(Mention(i, start, end, org_id))
        taken.append((start, end))
        acronym = _ACRONYM.match(text[end:])
        if acronym:
            cast._add(Actor(org_id, name, "organisation", (acronym["acr"],), discovered=True))
            for a in re.finditer(rf"\b{re.escape(acronym['acr'])}\b", text[end + acronym.end():]):
                pos = end + acronym.end() + a.start()
                mentions.append(Mention(i, pos, pos + len(acronym["acr"]), org_id))
    for m in known:
        if taken and any(s <= m.start < e for s, e in taken):  # most blocks name no organisation
            continue
        mentions.extend(_registry_mentions(cast, registry, i, text, m, taken))
    mentions.sort(key=attrgetter("start"))
    cast.mentions.extend(mentions)
    find_people(cast, registry, known, i, text, taken)
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+(?=[\"“]?[A-Z])")


def _organ_state(registry: Registry, text: str, known: list[Match], start: int, end: int) -> str | None:
    """Whose "Foreign Ministry" this is, from its paragraph: the capital its sentence places it in
    ("... spokesman Liu Peng told a briefing in Beijing"), else the first state the paragraph names
    before it ("China called for calm. 'We hope ...,' a Foreign Ministry spokeswoman said")."""
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text)]
    sentence_start = max((b for b in breaks if b <= start), default=0)
    sentence_end = min((b for b in breaks if b > end), default=len(text))
    first = None
    for m in known:
        if m.start >= sentence_end:
            break
        if registry.get(m.actor).kind != "state":
            continue
        placed = m.place and _is_locative(text[max(0, m.start - 45):m.start])
        if placed and m.start >= sentence_start:
            return m.actor
        if first is None and m.end <= start and not placed:
            first = m.actor
    return first


def _registry_mentions(cast: Cast, registry: Registry, i: int, text: str, m: Match, taken) -> list[Mention]:
    actor = registry.get(m.actor)
    before, after = text[max(0, m.start - 45):m.start], text[m.end:m.end + 80]
    if m.place and (_is_locative(before) or after.startswith("-based")):
        return []  # "told reporters in Tehran": a place, not the state
    if actor.kind == "state" and not m.demonym and not m.place and before.endswith(_IN_COUNTRY_ENDS) \
            and _IN_COUNTRY.search(before) \
            and not after.startswith(("'s", "’s")):
        cast._add(actor, strong=False)  # "fled into Chad": named, but as a place
        return [Mention(i, m.start, m.end, actor.id, False)]
    if actor.kind != "state" and actor.kind != "person":
        body = ORGAN_HEAD.match(after)
        if body and _MISSION.search(body.group(1)):
            # "the African Union's observer mission in Chad": a body of its own
            end = m.end + body.end()
            named = _APPOSITIVE_NAME.match(text, end)
            entry = registry.surfaces.get(named["name"]) if named else None
            if entry and registry.get(entry[0]).kind != "state":
                # "The UN peacekeeping mission, MONUSCO, said": the name that follows is the body
                cast._add(actor, strong=False)
                return [Mention(i, m.start, m.start, actor.id, False)]
            surface = text[m.start:end]
            body_id = cast._add(Actor(slugify(surface), surface, "organisation", discovered=True, affiliation=actor.id))
            taken.append((m.start, end))
            cast._add(actor)
            return [Mention(i, m.start, m.start, actor.id, False), Mention(i, m.start, end, body_id)]
    if actor.kind == "state":
        organ = ORGAN_HEAD.match(after)
        media = None if organ else MEDIA_HEAD.match(after)
        if organ or media:
            head = (organ or media).group(1)
            end = m.end + (organ or media).end()
            surface = text[m.start:end]
            kind = "organisation" if organ else "media"
            key = slugify(f"{actor.name} {head.replace('’s', '').replace(chr(39) + 's', '')}")
            organ_id = cast._add(Actor(key, surface, kind, discovered=True,
                                       affiliation=actor.id if organ or _STATE_RUN.match(head) else None,
                                       country=actor.country))  # "Chinese state media" voice their state
            taken.append((m.start, end))
            cast._add(actor)
            return [Mention(i, m.start, m.start, actor.id, False), Mention(i, m.start, end, organ_id)]
        own = SELF_HEAD.match(after)
        if own:
            end = m.end + own.end()
            cast._add(evolve(actor, aliases=(*actor.aliases, text[m.start:end])))
            return [Mention(i, m.start, end, actor.id)]
        if m.demonym:
            strong = bool(STATE_NOUNS.match(after))
            cast._add(actor, strong)
            return [Mention(i, m.start, m.end, actor.id, strong)]
    if actor.kind == "media" and _ADDRESSEE.search(before):
        cast._add(actor, strong=False)  # "told Reuters", "(Photo: AFP)": named, but not a source here
        return [Mention(i, m.start, m.end, actor.id, False)]
    cast._add(actor)
    if actor.affiliation:  # the Pentagon speaks for the United States even where the text never names it
        cast._add(registry.get(actor.affiliation), strong=False)
    return [Mention(i, m.start, m.end, actor.id)]


def rank_actors(cast: Cast, reactions, metadata: dict, registry: Registry) -> list[Actor]:
    """The document's actors, most important first, after the sidecar's additions and drops.

    Importance is how often an actor is named plus how often it reacts: a party that answers
    twice matters more than a country named in passing.
    """
    actors = {a.id: a for a in cast.actors()}
    for r in reactions:
        if r.actor not in actors and r.actor in cast.drafts:
            actors[r.actor] = evolve(cast.actor(r.actor), mentions=1)
    for wanted in _names(metadata.get("actors_add")):
        actor = _lookup(wanted, actors.values()) or _lookup(wanted, registry.actors)
        if actor is None:
            kind = "person" if is_person_name(wanted) else "organisation"
            actor = Actor(slugify(wanted), wanted, kind, discovered=True)
        actors.setdefault(actor.id, actor)
    for unwanted in _names(metadata.get("actors_drop")):
        actor = _lookup(unwanted, actors.values())
        if actor:
            del actors[actor.id]
    reacted: dict[str, int] = {}
    by_name = _by_name(actors.values()) if any(r.speaker for r in reactions) else {}
    for r in reactions:
        reacted[r.actor] = reacted.get(r.actor, 0) + 1
        speaker = by_name.get(r.speaker.strip().lower()) if r.speaker else None
        if speaker:
            reacted[speaker.id] = reacted.get(speaker.id, 0) + 1
    first = {}
    for k, m in enumerate(cast.mentions):
        first.setdefault(m.actor, k)
    return sorted(actors.values(),
                  key=lambda a: (-(a.mentions + 2 * reacted.get(a.id, 0)), first.get(a.id, len(first))))


def _names(value) -> list[str]:
    if not value:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


def _by_name(actors) -> dict[str, Actor]:
    """What `_lookup` finds, for every name at once: the first actor with that id, name or alias."""
    index: dict[str, Actor] = {}
    for a in actors:
        for key in (a.id, a.name.lower(), *(x.lower() for x in a.aliases)):
            index.setdefault(key, a)
    return index


def _lookup(name: str, actors) -> Actor | None:
    wanted = name.strip().lower()
    return next((a for a in actors if wanted in (a.id, a.name.lower(), *(x.lower() for x in a.aliases))), None)
