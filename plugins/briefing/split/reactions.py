"""Reactions: who said what, through whom, with which stance, and in which block.

The unit of a reaction is a statement: one sentence, or several when a quotation runs across
sentence ends. Inside a statement the first verb of speech outside quotation marks ("said",
"warned", "according to") is the attribution; its subject is found the way a reader finds it:
the phrase right before the verb ("..., UNHCR spokesperson Mitra Salehi said"), the phrase after it
when the quote comes first ("... ," said Usman Pradana), the clause's subject across an apposition
("Saeed Khatibzadeh, a spokesman for ..., told"), the agent of a passive ("denounced by Iran"), or
a pronoun or "the ministry" pointing back to the last one who spoke. Later verbs count as new
statements only when coordinated with the first ("... and demanded") or when a new clause brings
its own subject ("; Russia urged"): anything else is the content of the first statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Document, Reaction
from ..sentences import split_sentences
from .actors import Cast, Mention
from .lexicon import ROLE, ROLE_NOUNS, SPEAKER_ROLES, SPEECH_VERBS
from .registry import Registry
from .stance import stance_of

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:also\s+|strongly\s+|widely\s+)?$")
_ADVERBIALS = re.compile(
    r"(?:\s+(?:also|has|have|had|later|earlier|previously|repeatedly|quickly|immediately|separately|strongly|"
    r"publicly|sharply|again|swiftly|firmly|formally|then|on\s+\w+|in\s+a\s+(?:statement|post|briefing)|"
    r"in\s+\w+|would|will|did|does|officially|further|meanwhile))+\s*$"
)
_CLAUSE_BREAK = re.compile(r"[;:]\s+|[”\"]\s*,?\s+|,\s+(?:while|whereas|but|as|and)\s+|\s+but\s+|^")
_COORDINATED = re.compile(r"(?:,?\s+and|,)\s+(?:(?:also|then|later)\s+)?$")
_NP_END = re.compile(r"[,;:“”\"()]")
_INTRO = re.compile(r"^(?:In|On|After|Following|Despite|Since|During|Speaking|Asked|At|Before|With|Amid|Earlier|Later|Meanwhile|Responding|Separately|However|But|Also)\b[^,]*,\s*")
_PRONOUN_IN = re.compile(r"\b(?:he|she|it|they)\b", re.I)
_PRONOUN = re.compile(r"^(?:he|she|it|they)$", re.I)
_GENERIC_NP = re.compile(
    rf"^(?:the|a|an|its|their|one)\s+(?:[\w-]+\s+){{0,3}}?(?P<head>ministry|mission|agency|group|government|army|military|"
    rf"embassy|commission|council|committee|alliance|bloc|coalition|watchdog|organisation|organization|movement|"
    rf"party|junta|office|command|force|forces|police|union|{ROLE})\b",
    re.I,
)
_HUMAN_HEADS = frozenset(ROLE_NOUNS) | {"official", "officials"}
# Verbs that only report speech when followed by these words: "called on", "called for".
_NEEDS = {"called": ("on", "for"), "calls": ("on", "for"), "call": ("on", "for"), "asked": ("for", "the", "all")}


@dataclass(frozen=True, slots=True)
class _Speaker:
    actor: str  # cast actor id of who speaks (a person, organ, organisation or state)
    human: bool  # a person or a role ("a Pentagon spokeswoman"): what "he" or "she" points back to


def find_reactions(doc: Document, cast: Cast, registry: Registry) -> list[Reaction]:
    reactions: list[Reaction] = []
    last: list[_Speaker] = []
    for i, block in enumerate(doc.blocks):
        if block.type == "heading":
            continue
        mentions = [m for m in cast.mentions if m.block == i and m.subject and m.end > m.start]
        for start, unit in _statements(block.text):
            for speaker, text, verb in _events(unit, start, mentions, cast, registry, last):
                last.append(speaker)
                reactions.append(_reaction(cast, speaker, text, verb, i))
    return _one_per_statement(reactions)


def _reaction(cast: Cast, speaker: _Speaker, text: str, verb: str, block: int) -> Reaction:
    """The side is the party the speaker speaks for; the speaker is named unless it is the side."""
    side = cast.side(speaker.actor)
    name = None if side == speaker.actor else cast.actor(speaker.actor).name
    return Reaction(side, name, stance_of(verb, text), text.strip(), block)


def _statements(text: str):
    """(offset, text) of each statement: sentences, glued back while a quotation is open."""
    pos, current, current_start, depth = 0, "", 0, 0
    for sentence in split_sentences(text):
        at = text.find(sentence, pos)
        pos = at + len(sentence)
        if not current:
            current_start = at
        current = text[current_start:pos]
        depth = current.count("“") - current.count("”") + (current.count('"') % 2)
        if depth <= 0:
            yield current_start, current
            current = ""
    if current:
        yield current_start, current


def _quoted(unit: str) -> list[tuple[int, int]]:
    spans, opened = [], None
    for k, ch in enumerate(unit):
        if ch == "“" or (ch == '"' and opened is None):
            opened = k
        elif (ch == "”" or ch == '"') and opened is not None:
            spans.append((opened, k))
            opened = None
    if opened is not None:
        spans.append((opened, len(unit)))
    elif not spans and unit.count("”") == 1:
        # a quotation that lost its opening mark: it runs from the colon or the start to the close
        close = unit.index("”")
        colon = unit.rfind(":", 0, close)
        spans.append((colon + 1 if colon >= 0 else 0, close))
    return spans


def _events(unit: str, offset: int, mentions: list[Mention], cast: Cast, registry: Registry, last: list[_Speaker]):
    """(speaker, statement text, verb) for each statement in one unit."""
    local = [Mention(m.block, m.start - offset, m.end - offset, m.actor, m.subject)
             for m in mentions if offset <= m.start < offset + len(unit)]
    quotes = _quoted(unit)
    found: list[tuple[int, _Speaker, str]] = []  # clause start, speaker, verb
    for verb in _WORD.finditer(unit):
        word = verb.group().lower()
        according = word == "according" and unit[verb.end():verb.end() + 4] == " to "
        if word not in SPEECH_VERBS and not according:
            continue
        if any(s <= verb.start() < e for s, e in quotes) or unit[verb.start() - 1:verb.start()] == "-":
            continue
        following = unit[verb.end():verb.end() + 6].split()[:1]
        if word in _NEEDS and not (following and following[0] in _NEEDS[word]):
            continue
        before = unit[:verb.start()]
        if found:
            coordinated = _COORDINATED.search(before)
            new_clause = _clause_start(before) > found[-1][0]
            if coordinated and not _PRONOUN_IN.search(before[coordinated.start():]):
                found.append((coordinated.start(), found[-1][1], word))
                continue
            if not new_clause:
                continue  # the content of the statement already found ("said Iraq rejected ...")
        speaker = (_after(unit, verb.end() + 4, local, cast, registry, last) if according
                   else _agent(unit, verb.end(), local, cast, registry, last) if _PASSIVE.search(before)
                   else _before(unit, verb, local, cast, registry, last))
        if speaker:
            found.append((_clause_start(before) if found else 0, speaker, "said" if according else word))
    for k, (start, speaker, verb) in enumerate(found):
        end = found[k + 1][0] if k + 1 < len(found) else len(unit)
        text = unit[start:end].strip(" ,;")
        text = re.sub(r"^(?:and|but|while|whereas)\s+", "", text)
        yield speaker, text, verb


def _clause_start(before: str) -> int:
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(before)]
    return starts[-1] if starts else 0


def _before(unit, verb, local, cast, registry, last) -> _Speaker | None:
    """The subject of a verb of speech, looking left; or right when the quote comes first."""
    before = unit[:verb.start()]
    adverbials = _ADVERBIALS.search(before)
    np_end = adverbials.start() if adverbials else len(before.rstrip())
    cut = max((m.end() for m in _NP_END.finditer(before, 0, np_end)), default=0)
    np = before[cut:np_end]
    if np.strip():
        speaker = _np_speaker(np, cut, local, cast, registry, last)
        if speaker:
            return speaker
    else:
        # '"...," said Usman Pradana' / 'the statement, said the mission'
        after = _after(unit, verb.end(), local, cast, registry, last)
        if after:
            return after
    clause = _clause_start(before[:cut]) if cut else 0
    intro = _INTRO.match(before[clause:cut])
    clause += intro.end() if intro else 0
    subjects = [m for m in local if clause <= m.start < cut]
    if subjects:
        return _speaker(cast, subjects[0].actor)
    return None


def _after(unit, pos, local, cast, registry, last) -> _Speaker | None:
    end = _NP_END.search(unit, pos)
    np_end = end.start() if end else len(unit.rstrip(". "))
    np = unit[pos:np_end]
    if len(np.split()) > 9:
        np = " ".join(np.split()[:9])
    return _np_speaker(np, pos, local, cast, registry, last)


def _agent(unit, pos, local, cast, registry, last) -> _Speaker | None:
    by = re.match(r"\s+by\s+", unit[pos:])
    return _after(unit, pos + by.end(), local, cast, registry, last) if by else None


def _np_speaker(np: str, offset: int, local, cast: Cast, registry: Registry, last) -> _Speaker | None:
    """Who a short noun phrase names: a person in it, else the first actor, else what it points to."""
    inside = [m for m in local if offset <= m.start < offset + len(np)]
    people = [m for m in inside if cast.actor(m.actor).kind == "person"]
    if people:
        return _speaker(cast, people[-1].actor)
    text = np.strip()
    if inside:
        human = bool(re.search(rf"\b{ROLE}s?\b", text, re.I))
        return _Speaker(inside[0].actor, human)
    if len(text.split()) > 8:
        return None
    if _PRONOUN.match(text):
        human = text.lower() in ("he", "she")
        return next((s for s in reversed(last) if s.human == human), None) or (
            _fallback(cast, human) if human else None)
    generic = _GENERIC_NP.match(text)
    if generic:
        head = generic["head"].lower()
        place = [m for m in registry.find(text) if m.place]
        if place:  # "a senior official in Dhaka"
            return _Speaker(place[0].actor, True) if place[0].actor in cast.drafts else None
        if head in SPEAKER_ROLES:
            person = next((s for s in reversed(last) if s.human and cast.role(s.actor) in SPEAKER_ROLES), None)
            if person:
                return person
        if head in _HUMAN_HEADS:
            return next((s for s in reversed(last) if s.human), None)
        for s in reversed(last):
            actor = cast.actor(s.actor)
            if not s.human and (head in actor.name.lower() or head in ("group", "agency", "organisation", "bloc", "watchdog")
                                 and actor.kind != "state"):
                return s
        owner = next((m for m in reversed(cast.mentions) if head in cast.actor(m.actor).name.lower()), None)
        return _speaker(cast, owner.actor) if owner else None
    return None


def _fallback(cast: Cast, human: bool) -> _Speaker | None:
    people = [m for m in cast.mentions if cast.actor(m.actor).kind == "person"]
    return _speaker(cast, people[-1].actor) if people else None


def _speaker(cast: Cast, actor_id: str) -> _Speaker:
    return _Speaker(actor_id, cast.actor(actor_id).kind == "person")


def _one_per_statement(reactions: list[Reaction]) -> list[Reaction]:
    """A statement cut into two quotes is still one statement; a verbatim repeat is dropped."""
    kept: list[Reaction] = []
    seen = set()
    for r in reactions:
        key = (r.actor, r.speaker, r.text)
        if key in seen:
            continue
        seen.add(key)
        kept.append(r)
    return kept
