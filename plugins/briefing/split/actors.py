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
from dataclasses import dataclass, field, replace

from ..model import Actor, Document
from ..sentences import ABBREVIATIONS
from .lexicon import (FUNCTION_WORDS, LOW, MEDIA_HEAD, NOT_NAMES, ORG_HEADS, ORG_JOINERS, ORGAN_HEAD, ROLE, SELF_HEAD,
                      SPEAKER_ROLES, STATE_NOUNS, STATE_ORGAN_HEADS, TITLE_RE, UP)
from .registry import Match, Registry, slugify

# "al-Ubaidi", "O'Brien"; and "YehiaRasool", two names run together where a scraper lost the space
_NAME_TOK = rf"(?:Mc|Mac|O['’]|D['’])?[{UP}][{LOW}'’]+(?:[{UP}][{LOW}]{{2,}})?(?:-[{UP}]?[{LOW}'’]+)?"
_RUN_TOGETHER = re.compile(rf"(?<=[{LOW}]{{2}})(?=[{UP}][{LOW}]{{2}})")
_PARTICLE = r"(?:al|el|bin|ibn|van|von|de|da|der|den|dos|du|la|le|ter|abu|Abu)"
_NAME = rf"{_NAME_TOK}(?:\s(?:{_PARTICLE}[\s-])?{_NAME_TOK}){{1,3}}"
_ARTICLE = r"(?:al|el|ad|as|ash|an)-"  # the Arabic article of "al-Burhan", dropped in short mentions
_SPEECH = r"(?:said|says|told|added|stated|wrote|tweeted|warned|insisted|explained|noted|argued)"

_CANDIDATE = re.compile(rf"{_NAME_TOK}(?:\s(?:{_PARTICLE}[\s-])?{_NAME_TOK}){{1,5}}|[{UP}][{LOW}]+[{UP}][{LOW}]{{2,}}\b")
# The contexts that make a run of capitalised words a person. Each looks at a short window
# around the candidate, so a long paragraph costs one pass of _CANDIDATE, not one per pattern.
# A role may carry its post: "ambassador to Manila", "envoy to international organisations in Vienna".
_ROLE_TAIL = r"(?:\s+(?:to|for|in|at|of|on)\s+(?:the\s+)?[\w'’.-]+(?:\s+(?:in\s+)?[\w'’.-]+){0,3}?)?"
_ROLE_LEFT = re.compile(rf"\b(?P<role>(?i:{ROLE})){_ROLE_TAIL}\s+$")  # "Pentagon spokesperson| John Kirby"
_ROLE_COMMA_LEFT = re.compile(  # "Its spokesman, |Dilshad Barzinji", "A police spokesman, |Inspector ..."
    rf"(?P<desc>\b(?:[Ii]ts|[Tt]heir|[Tt]he|[Aa]n?|[Tt]he\s+[\w-]+(?:'s|’s)|[{UP}][\w.-]*(?:'s|’s))\s+"
    rf"(?:[\w-]+\s+){{0,2}}"
    rf"(?P<role>(?i:{ROLE})){_ROLE_TAIL}),\s+$"
)
_APPOSITION = re.compile(  # "Saeed Khatibzadeh|, a spokesman for the Iranian Foreign Ministry,"
    rf",\s+(?P<desc>(?:a|an|the|its|their|his|her|[{UP}][\w'’.-]*(?:'s|’s))\s"
    rf"[^,.;:“”\"]{{0,60}}?\b(?P<role>(?i:{ROLE}))s?\b[^,.;:“”\"]{{0,60}})"
)
_SAID_LEFT = re.compile(rf"\b{_SPEECH}\s+$")  # "said |Rania Khalil"
_SAID_RIGHT = re.compile(rf"\s+(?:(?:also|later|on\s+\w+)\s+)?{_SPEECH}\b")  # "Rania Khalil| said"
_CAP_RUN = re.compile(rf"[{UP}][\w'’.&-]*(?:\s+(?:(?:of|for|the|and|to|in|de|du|des|al)\s+)*[{UP}][\w'’.&-]*)*")
_LOWER_HEAD = re.compile(r"\s+(?:movement|group|militia|brigades?|faction|alliance|coalition|front|network)\b")
_HEAD_IN = re.compile(r"\b(?:" + "|".join(sorted(ORG_HEADS)) + r")\b")
_ACRONYM = re.compile(r"^\s*\((?P<acr>[A-Z][A-Za-z]{1,7})\)")
_TOKEN = re.compile(r"[\w'’.&-]+")
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|from|to|into|outside|across|around|towards?|via|through|of|between|and|visit\w*)\s+$", re.I
)
_GENERIC = ("ministry", "military", "army", "group", "agency", "mission", "organisation", "organization", "government",
            "commission", "office", "embassy", "coalition", "movement", "party", "committee", "council", "union",
            "alliance", "coast guard", "police", "watchdog", "junta", "command")
_LEFT_WORD = re.compile(r"[\w'’.-]+")
_STOP_LEFT = frozenset(
    "the a an that which who whom said says told and or but with by for to of in on at from as after before while when "
    "than since until into over under against during about".split()
)
# Titles of a government's own people: with no state in their phrase they belong to the state in the story.
_GOVERNMENT_TITLE = re.compile(r"(?i)\b(?:president|prime minister|premier|chancellor|minister|secretary of state)\b")
_ADDRESSEE = re.compile(r"(?:\b(?:told|to|with|by|on|for)|[Pp]hoto:?|[Cc]redit:?|[Ii]mage:?|\()\s*$")
_ARMED_WORDS = frozenset(
    "army forces brigade brigades militia militias front command liberation resistance martyrs mujahideen jihad "
    "battalion battalions guards rebels insurgents fighters".split()
)
_MEDIA_WORDS = frozenset("television tv radio broadcasting broadcaster".split())
_STATELESS = "?"  # marks an organ named without its state ("the Interior Ministry")
_ORGAN_WORDS = frozenset("foreign defence defense interior justice home finance trade commerce health".split())
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+")
_OWNER_AFTER = re.compile(r"\b(?:for|of|at|with|from)\s+(?:the\s+)?$")


@dataclass(frozen=True, slots=True)
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
        return [replace(d.actor, mentions=counts[i]) for i, d in self.drafts.items() if d.strong and i in counts]

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
            names = {old.name, *old.aliases}
            extra = tuple(a for a in (actor.name, *actor.aliases) if a not in names)
            if extra or (actor.affiliation and not old.affiliation):
                draft.actor = replace(old, aliases=old.aliases + extra,
                                      affiliation=old.affiliation or actor.affiliation)
            draft.strong = draft.strong or strong
            draft.role = draft.role or role
        return actor.id


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
    _merge_short_names(cast, doc)
    cast.mentions.sort(key=lambda m: (m.block, m.start))
    return cast


def _scan_block(cast: Cast, registry: Registry, i: int, text: str) -> None:
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []  # spans that belong to a discovered organisation
    known = registry.find(text)  # one pass; the rules below look up what lies in their span
    for start, end, name, affiliation in _org_names(text, registry, known):
        key = slugify(name)
        if affiliation == _STATELESS:
            # "The Interior Ministry said": an organ of the state the story is about
            state = _current_state(cast, i)
            if state is None:
                continue
            affiliation, key = state, slugify(f"{cast.actor(state).name} {name}")
        org_id = cast._add(Actor(key, name, _org_kind(name, affiliation), discovered=True, affiliation=affiliation))
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
        if any(s <= m.start < e for s, e in taken):
            continue
        mentions.extend(_registry_mentions(cast, registry, i, text, m, taken))
    mentions.sort(key=lambda m: m.start)
    cast.mentions.extend(mentions)
    _find_people(cast, registry, known, i, text, taken)


def _org_kind(name: str, affiliation: str | None) -> str:
    """An armed group by the words armed groups name themselves with, unless a state owns it."""
    words = set(re.findall(r"[A-Za-z]+", name.lower()))
    if words & _MEDIA_WORDS:
        return "media"
    return "armed-group" if words & _ARMED_WORDS and affiliation is None else "organisation"


def _current_state(cast: Cast, i: int) -> str | None:
    """The state a passage is about at block i: the last one named nearby, else the story's."""
    return cast.last(i, 1 << 30, lambda a: a.kind == "state") or _dominant_state(cast)


def _lead_state(cast: Cast) -> str | None:
    """The first state named as a party in the first paragraph that names one."""
    first = next((m for m in cast.mentions if m.subject and cast.actor(m.actor).kind == "state"), None)
    return first.actor if first else None


def _dominant_state(cast: Cast) -> str | None:
    """The state named most so far, if one clearly leads: whose president "President X" is."""
    counts: dict[str, int] = {}
    for m in cast.mentions:
        if cast.actor(m.actor).kind == "state":
            counts[m.actor] = counts.get(m.actor, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or len(ranked) > 1 and ranked[1][1] * 3 > ranked[0][1] * 2:
        return None  # two states share the story: better no side than the wrong one
    return ranked[0][0]


def _registry_mentions(cast: Cast, registry: Registry, i: int, text: str, m: Match, taken) -> list[Mention]:
    actor = registry.get(m.actor)
    before, after = text[max(0, m.start - 25):m.start], text[m.end:m.end + 80]
    if m.place and (_LOCATIVE.search(before) or after.startswith("-based")):
        return []  # "told reporters in Tehran": a place, not the state
    if actor.kind != "state" and actor.kind != "person":
        body = ORGAN_HEAD.match(after)
        if body and re.search(r"(?i)mission|delegation", body.group(1)):
            # "the European Union's civilian monitoring mission in Armenia": a body of its own
            end = m.end + body.end()
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
                                       affiliation=actor.id if organ else None, country=actor.country))
            taken.append((m.start, end))
            cast._add(actor)
            return [Mention(i, m.start, m.start, actor.id, False), Mention(i, m.start, end, organ_id)]
        own = SELF_HEAD.match(after)
        if own:
            end = m.end + own.end()
            cast._add(replace(actor, aliases=(*actor.aliases, text[m.start:end])))
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


def _within(known: list[Match], start: int, end: int) -> list[Match]:
    return [m for m in known if start <= m.start and m.end <= end]


def _org_names(text: str, registry: Registry, known: list[Match]):
    """Capitalised runs that end in an organisation noun: (start, end, name, affiliation id).

    The noun may also follow in lower case: "the Martyrs of the Dawn movement"."""
    for run in _CAP_RUN.finditer(text):
        if _HEAD_IN.search(run.group()):
            yield from _org_in_run(text, list(_TOKEN.finditer(text, run.start(), run.end())), registry, known)
            continue
        head = _LOWER_HEAD.match(text, run.end())
        tokens = [t for t in _TOKEN.findall(run.group()) if t not in FUNCTION_WORDS and t[:1].isupper()]
        if head and len(tokens) >= 2 and not _within(known, run.start(), run.end()) and "-" not in run.group():
            start = run.start() + (len(run.group()) - len(run.group().lstrip()))
            while text[start:].split(" ", 1)[0] in FUNCTION_WORDS:
                start = text.index(" ", start) + 1
            yield start, head.end(), text[start:head.end()], None


def _org_in_run(text: str, run: list[re.Match], registry: Registry, known: list[Match]):
    while run and run[-1].group().rstrip(".") in ORG_JOINERS:
        run = run[:-1]
    while run and run[0].group() in FUNCTION_WORDS | ORG_JOINERS:
        run = run[1:]
    for k, tok in enumerate(run[1:], 1):  # "the Arab League in March": a date, not part of the name
        if tok.group() in ORG_JOINERS and k + 1 < len(run) and run[k + 1].group() in FUNCTION_WORDS:
            run = run[:k]
            break
    for k, tok in enumerate(run):
        if tok.group() == "and" and k and (run[k - 1].group() in ORG_HEADS
                                           or _within(known, run[0].start(), run[k - 1].end())):
            yield from _org_in_run(text, run[:k], registry, known)
            yield from _org_in_run(text, run[k + 1:], registry, known)
            return
        owner = _within(known, run[0].start(), tok.end() - 2)
        owned = (owner and owner[0].start == run[0].start() and owner[-1].end == tok.end() - 2
                 and registry.get(owner[-1].actor).kind != "state")  # a state's are its organs, named below
        if k + 1 < len(run) and tok.group().endswith(("'s", "’s")) and owned:
            # "the People's Liberation Army's Eastern Theater Command": a body of a known actor
            for start, end, name, _ in _org_in_run(text, run[k + 1:], registry, known):
                yield start, end, name, owner[-1].actor
            return
    last_head = max((k for k, t in enumerate(run) if _is_head(t.group())), default=None)
    if last_head is not None and last_head + 1 < len(run) and run[last_head + 1].group() not in ORG_JOINERS:
        # "UN Security Council Resolution 1701": after its head a name goes on only through "of", "for"...
        run = run[:last_head + 1]
    if last_head is None or len(run) < 2:
        return
    start, end = run[0].start(), run[-1].end()
    name = text[start:end].rstrip(".,")
    end = start + len(name)
    if name.endswith(("'s", "’s")):
        name, end = name[:-2], end - 2
    if re.sub(r"^(?:the|The) ", "", name) in registry.surfaces:
        return
    inner = [replace(m, start=m.start - start, end=m.end - start) for m in _within(known, start, end)]
    # "Interior Ministry" alone names its state only through the story; a run that is mostly
    # registry names is the registry's.
    if all(t.group().rstrip(".") in ORG_HEADS or t.group().lower() in _ORGAN_WORDS for t in run):
        if run[-1].group() == "Ministry":
            yield start, end, name, _STATELESS
        return
    if inner and sum(m.end - m.start for m in inner) >= len(name) - 3:
        return
    # "Sudan's Armed Forces" speak for Sudan; "Sudan Doctors Network" does not
    state_first = inner and inner[0].start == 0 and registry.get(inner[0].actor).kind == "state"
    owner = inner[0].actor if state_first and _is_head(run[last_head].group(), STATE_ORGAN_HEADS) else None
    if owner and (ORGAN_HEAD.match(name[inner[0].end:]) or MEDIA_HEAD.match(name[inner[0].end:])):
        return  # a state's organ: _registry_mentions names it the same way whatever its case
    yield start, end, name, owner


def _is_head(word: str, heads: frozenset[str] = ORG_HEADS) -> bool:
    """ "Forces", "Ministry's", "Corps." all end an organisation's name."""
    return re.sub(r"(?:'s|’s)$", "", word.rstrip(".")) in heads


def _find_people(cast: Cast, registry: Registry, known: list[Match], i: int, text: str,
                 taken: list[tuple[int, int]]) -> None:
    ends = {m.start: m.end for m in known}
    here = [m for m in cast.mentions if m.block == i]
    for candidate in _CANDIDATE.finditer(text):
        lead, title, written = _strip_name(candidate.group(), candidate.start(), ends, registry)
        start = candidate.end() - len(written)
        name = " ".join(_RUN_TOGETHER.sub(" ", w) if not re.match(r"Ma?c", w) else w for w in written.split())
        if not name or (" " not in name and not title) or not _looks_like_name(name):
            continue
        end = candidate.end()
        lead_start = candidate.start() + lead
        if any(s <= start < e or s < end <= e for s, e in taken):
            continue
        inside = [m for m in here if start <= m.start and m.end <= end]
        if inside != [m for m in here if m.start < end and start < m.end]:
            continue  # the candidate cuts across a name already found
        role = affiliation = None
        left = text[max(0, lead_start - 60):lead_start]
        before = _ROLE_LEFT.search(left) or _ROLE_COMMA_LEFT.search(left)
        apposition = _APPOSITION.match(text, end)
        if before:
            role = before["role"]
            base = lead_start - len(left)
            affiliation = _affiliation(cast, i, text, base + before.start(), base + before.start("role"),
                                       base + before.end("role"), role)
        elif apposition:
            role = apposition["role"]
            affiliation = _affiliation(cast, i, text, apposition.start("desc"), apposition.start("role"),
                                       apposition.end("desc"), role)
        elif title:
            role = title.split()[-1].lower()
            affiliation = _affiliation(cast, i, text, lead_start, lead_start, lead_start, title)
            if affiliation is None and _GOVERNMENT_TITLE.search(title) and _left_phrase(text, lead_start) == lead_start:
                affiliation = _dominant_state(cast)  # but not for "COP28 President X"
        elif not (_SAID_LEFT.search(left) or _SAID_RIGHT.match(text, end)):
            continue
        if affiliation is None and role and role.lower() in SPEAKER_ROLES:
            # "Spokeswoman Anahit Sargsyan said": a spokesperson speaks for the body just named
            affiliation = cast.last(i, lead_start, lambda a: a.kind != "person", within=1)
        if " " not in name:  # "President Biden" keeps its title: "Biden" alone is a weak name
            name = f"{title} {name}"
        if inside and not (title or before or apposition):
            continue  # "Jordan Peles said" may be Jordan's; after a title or a role it is a name
        if inside:
            cast.mentions = [m for m in cast.mentions if m not in inside]
            here = [m for m in here if m not in inside]
        person = cast._add(Actor(slugify(name), name, "person", discovered=True, affiliation=affiliation), True, role)
        cast.mentions.append(Mention(i, start, end, person))
        here.append(cast.mentions[-1])
        taken.append((start, end))


def _strip_name(run: str, offset: int, ends: dict[int, int], registry: Registry) -> tuple[int, str | None, str]:
    """Split "Iranian Foreign Minister Ana Lopes" into where the title starts, the title, the name."""
    pos, lead, title = 0, 0, None
    while pos < len(run):
        rest = run[pos:]
        match = TITLE_RE.match(rest)
        if match:
            title = match.group().strip()
            pos += match.end()
            continue
        owner_end = ends.get(offset + pos)
        possessive = owner_end is not None and run[owner_end - offset:owner_end - offset + 2] in ("'s", "’s")
        if owner_end is not None and (possessive or title is None):
            # "Ukraine's President ...", "United Nations Secretary-General ...": the owner, not the name;
            # after a title a country's name may be a given name ("Foreign Minister Israel Katz")
            end = owner_end - offset
            pos = end + (2 if run[end:end + 2] in ("'s", "’s") else 0) + 1
            lead = pos
            continue
        word = rest.split(" ", 1)[0]
        stem = re.sub(r"(?:'s|’s)$", "", word)
        owner = stem in registry.surfaces and (title is None or stem != word)
        if word in NOT_NAMES or owner or word in ORG_HEADS:
            pos += len(word) + 1
            lead = pos
            continue
        break
    return lead, title, run[pos:].strip()


def _looks_like_name(name: str) -> bool:
    words = name.split()
    possessive = any(w.endswith(("'s", "’s")) for w in words)  # "Lloyd's List" is a title, not a person
    return not possessive and not any(w in NOT_NAMES or _is_head(w) for w in words) and not name.isupper()


def _affiliation(cast: Cast, i: int, text: str, start: int, role_start: int, end: int, role: str) -> str | None:
    """Whom a role speaks for: a name in its phrase ("Pentagon spokesperson", "a spokesman for the
    Iranian Foreign Ministry"), else the last actor the phrase's generic noun points back to
    ("ministry spokesman", "the group's researcher", "a military spokeswoman")."""
    envoy = role.lower() in ("envoy", "ambassador", "coordinator", "rapporteur", "representative")
    left = _left_phrase(text, role_start)
    block_mentions = [m for m in cast.mentions if m.block == i]
    for m in reversed(block_mentions):  # "Saudi Energy Minister": a demonym names the owner too
        if m.end > m.start and left <= m.start and m.end <= role_start and m.actor in cast.drafts:
            return m.actor
    for m in block_mentions:
        owner_after = _OWNER_AFTER.search(text[max(0, m.start - 12):m.start])
        if m.subject and role_start < m.start < end and not envoy and owner_after:
            return m.actor
    phrase = text[left:end].lower()
    if re.match(r"(?:its|their)\b", phrase):
        # "Its spokesman", "Their military spokesman": the subject of the sentence before
        here = _sentence_start(text, start)
        before = _sentence_start(text, max(0, here - 2))
        subject = next((m.actor for m in block_mentions if before <= m.start < here and m.subject
                        and cast.actor(m.actor).kind != "person"), None)
        return subject or cast.last(i, start, lambda a: a.kind != "person")
    generic = next((g for g in _GENERIC if re.search(rf"\b{g}\b", phrase)), None)
    if not generic:
        return None
    if generic in ("military", "army", "government"):
        # "a military spokesman" after "Iraq's military"; a bare "Government spokesman" is the
        # government of the state the story leads with
        return (cast.last(i, start, lambda a: generic in a.name.lower())
                or (_lead_state(cast) if generic == "government" else None)
                or cast.last(i, start, lambda a: a.kind == "state"))
    organ = re.search(rf"\b(?:{'|'.join(_ORGAN_WORDS)})\s+{generic}\b", phrase)
    if organ:
        # "foreign ministry spokesman": that ministry if named before, else the state nearby
        return (cast.last(i, start, lambda a: organ.group() in a.name.lower())
                or cast.last(i, start, lambda a: a.kind == "state"))
    # "ministry spokesman", "the group's researcher": the last body with that noun in its name,
    # else a known body
    bodies = ("organisation", "armed-group", "media")
    return (cast.last(i, start, lambda a: generic in a.name.lower() and a.kind != "person")
            or cast.last(i, start, lambda a: a.kind in bodies and not a.discovered)
            or cast.last(i, start, lambda a: a.kind in bodies[:2]))


def _sentence_start(text: str, pos: int) -> int:
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, pos)]
    return ends[-1] if ends else 0


def _left_phrase(text: str, pos: int) -> int:
    """Where the noun phrase that ends at `pos` begins: "Lebanon's caretaker Prime Minister" but not
    "said that ...": walk back at most five words, stopping at punctuation, a function word or a verb."""
    base = max(0, pos - 80)
    start = pos
    for word in reversed(list(_LEFT_WORD.finditer(text, base, pos))[-5:]):
        lowered = word.group().lower()
        verb = lowered.endswith("ed") and word.group().islower() and "-" not in lowered  # not "fourth-ranked"
        sentence_end = lowered.endswith(".") and lowered.rstrip(".") not in ABBREVIATIONS
        if text[word.end():start].strip() or lowered in _STOP_LEFT or verb or sentence_end:
            break
        start = word.start()
        if lowered in ("its", "their"):
            break
    return start


def _merge_short_names(cast: Cast, doc: Document) -> None:
    """Join "Biden" to "Joe Biden", then count "Kirby" and "Mr Kirby" as mentions of "John Kirby"."""
    people = [d.actor for d in cast.drafts.values() if d.actor.kind == "person" and d.actor.discovered]
    full = {p.name.split()[-1]: p for p in people if len(p.name.split()) > 1 and not TITLE_RE.match(p.name + " ")}
    for p in people:
        surname = p.name.split()[-1]
        if (len(p.name.split()) == 1 or TITLE_RE.match(p.name + " ")) and surname in full and full[surname].id != p.id:
            target = full[surname]
            cast._add(replace(target, aliases=(p.name,), affiliation=p.affiliation))
            draft = cast.drafts.pop(p.id)
            cast.drafts[target.id].role = cast.drafts[target.id].role or draft.role
            cast.mentions = [replace(m, actor=target.id) if m.actor == p.id else m for m in cast.mentions]
    for surname, person in full.items():
        if person.id not in cast.drafts:
            continue
        # "Kirby", "Mr Kirby", "Burhan" for "al-Burhan"; and "Liu said" for family-name-first names
        given = person.name.split()[0]
        bare = re.sub(rf"^{_ARTICLE}", "", surname)
        pattern = re.compile(rf"\b(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:{_ARTICLE})?{re.escape(bare)}\b"
                             rf"|\b{re.escape(given)}(?=,?\s+{_SPEECH}\b)")
        short = []
        for i, block in enumerate(doc.blocks):
            if bare not in block.text and given not in block.text:
                continue
            for m in pattern.finditer(block.text):
                if any(x.block == i and x.start < m.end() and m.start() < x.end for x in cast.mentions):
                    continue
                short.append(Mention(i, m.start(), m.end(), person.id))
                if m.group() not in cast.drafts[person.id].actor.aliases:
                    cast._add(replace(person, aliases=(m.group(),)))
        if short:
            cast._add(replace(cast.drafts[person.id].actor, aliases=(surname,)))
            cast.mentions.extend(short)


def rank_actors(cast: Cast, reactions, metadata: dict, registry: Registry) -> list[Actor]:
    """The document's actors, most important first, after the sidecar's additions and drops.

    Importance is how often an actor is named plus how often it reacts: a party that answers
    twice matters more than a country named in passing.
    """
    actors = {a.id: a for a in cast.actors()}
    for r in reactions:
        if r.actor not in actors and r.actor in cast.drafts:
            actors[r.actor] = replace(cast.actor(r.actor), mentions=1)
    for wanted in _names(metadata.get("actors_add")):
        actor = _lookup(wanted, actors.values()) or _lookup(wanted, registry.actors)
        if actor is None:
            person = re.fullmatch(_NAME, wanted) and not any(_is_head(w) for w in wanted.split())
            kind = "person" if person else "organisation"
            actor = Actor(slugify(wanted), wanted, kind, discovered=True)
        actors.setdefault(actor.id, actor)
    for unwanted in _names(metadata.get("actors_drop")):
        actor = _lookup(unwanted, actors.values())
        if actor:
            del actors[actor.id]
    reacted: dict[str, int] = {}
    for r in reactions:
        reacted[r.actor] = reacted.get(r.actor, 0) + 1
        speaker = _lookup(r.speaker, actors.values()) if r.speaker else None
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


def _lookup(name: str, actors) -> Actor | None:
    wanted = name.strip().lower()
    return next((a for a in actors if wanted in (a.id, a.name.lower(), *(x.lower() for x in a.aliases))), None)
