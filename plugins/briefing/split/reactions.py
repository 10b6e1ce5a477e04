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
from dataclasses import dataclass, field

import ahocorasick

from ..model import Document, Reaction
from ..sentences import sentences_of
from .cast import Cast, Mention
from .lexicon import ROLE, ROLE_NOUNS, SPEAKER_ROLES, SPEECH_VERBS
from .registry import Registry
from .stance import stance_of

_ACCORDING = "according to"


def _verb_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in (*SPEECH_VERBS, _ACCORDING):
        automaton.add_word(word, (word, len(word) - 1))  # what a hit ends with, and how far back it starts
    automaton.make_automaton()
    return automaton


_VERBS = _verb_automaton()  # built once, read only: one C-speed pass finds every verb of speech
_BY = re.compile(r"\s+by\b")
_BY_AGENT = re.compile(r"\s+by\s+")
_ON_FOR = re.compile(r"\s+(?:on|for)\b")
_QUOTE_AHEAD = re.compile(r"[^.;]{0,40}?[“\"]")
_STATEMENT_AHEAD = re.compile(r"\s+(?:a\s+|an\s+|\w+\s+)?(?:\w+\s+)?statements?\b")
_ASKED_FOR = re.compile(r"\s+(?:for|all|the\s+\w+\s+to)\b")
_ITS_THEIR = re.compile(r"(?:its|their)\b", re.I)
_OF_ITS_THEIR = re.compile(r"\bof (?:its|their)\b", re.I)
_QUOTE_MARK = re.compile(r"[“”\"]")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:also\s+|strongly\s+|widely\s+)?$")
_PASSIVE_LAST_WORDS = ("was", "were", "been", "being", "is", "are", "also", "strongly", "widely")  # gate
_ADVERB_WORDS = ("also has have had later earlier previously repeatedly quickly immediately separately strongly "
                 "publicly sharply again swiftly firmly formally then would will did does officially further "
                 "meanwhile").split()
_ADVERB = rf"(?:{'|'.join(_ADVERB_WORDS)}|on\s+\w+|in\s+a\s+(?:statement|post|briefing))"
# (?:\s+ADVERB)+\s*$, written to start with a single \s so that re skips ahead to white space
_ADVERBIALS = re.compile(rf"\s\s*{_ADVERB}(?:\s+{_ADVERB})*\s*$")
# The last word an _ADVERBIALS match can end with, besides the one after "on" ("on Monday"): a gate
_ADVERB_LAST_WORDS = frozenset(_ADVERB_WORDS) | {"statement", "post", "briefing"}
_CLAUSE_BREAK = re.compile(r"[;:]\s+|[”\"]\s*,?\s+|,\s+(?:while|whereas|but|as|and)\s+|\s+but\s+|^")
_COORDINATED = re.compile(r"(?:,?\s+(?:and|but)|,)\s+(?:(?:also|then|later)\s+)?$")
_COORDINATED_LAST = ("and", "but", ",", "also", "then", "later")  # gate: what _COORDINATED ends with
_NP_END = re.compile(r"[,;:“”\"()]")
_LAST_NP_END = re.compile(".*" + _NP_END.pattern, re.S)  # backtracks from the end to the last mark
_INTRO = re.compile(  # "Speaking to reporters in Moscow, Peskov said": the subject comes after the intro
    r"^(?:In|On|After|Following|Despite|Since|During|Speaking|Asked|At|Before|With|Amid|Earlier|Later|Meanwhile|"
    r"Responding|Reacting|Separately|However|But|Also|For|As|Like|Unlike|Under|Citing|Quoting|Writing|Addressing)"
    r"\b[^,]*,\s*"
)
_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which|where)\b")
_APPOSITIVE_START = re.compile(r"(?:\w+ing|who|which|whose)\b")  # "X, speaking on behalf of Y, said"
_APPOSITIVE_NAME = re.compile(r",\s*(?:the\s+)?,\s*")
_AFTER_QUOTE = re.compile(r"[”\"]\s*,?\s*$|,\s*[”\"]\s*$")
_FINITE = re.compile(r"\b(?:was|were|is|are|had|has|have|would|will|could|should|must|did|does)\b")
_FACTUAL = re.compile(r"\d|\b(?:killed|killing|killings|dead|deaths|wounded|injured|documented|destroyed|"
                      r"displaced|arrested|detained|seized|captured)\b")
_AND = re.compile(r",?\s+and\s+(?:the\s+)?")
_LIST_COMMA = re.compile(r",\s+(?:the\s+)?")
_CONJUNCTION = re.compile(r"(?:and|but|while|as|so)\s+", re.I)
_LEADING_CONJUNCTION = re.compile(r"(?:and|but|while|whereas)\s+")
_PRONOUN_IN = re.compile(r"\b(?:he|she|it|they)\b", re.I)
_PRONOUN = re.compile(r"^(?:he|she|it|they)$", re.I)
_GENERIC_NP = re.compile(
    rf"^(?P<det>the|a|an|its|their|his|her|one)\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?P<head>ministry|mission|agency|group|government|army|military|"
    rf"embassy|commission|council|committee|alliance|bloc|coalition|watchdog|organisation|organization|movement|"
    rf"kingdom|republic|country|"
    rf"party|junta|office|command|force|forces|police|union|{ROLE})\b",
    re.I,
)
_HUMAN_HEADS = frozenset(ROLE_NOUNS) | {"official", "officials"}
_FOR_THE_BODY = re.compile(r"\b(?:for|of|at|from)\s+((?:the|its|their)\s+.+)$", re.I)
_ROLE_WORD = re.compile(rf"\b{ROLE}s?\b", re.I)
_STATE_ROLE = re.compile(
    r"\b(?:officials?|spokes(?:man|woman|person)|ministers?|diplomats?|envoys?|ambassadors?)\b", re.I
)
_STATE_BODY = re.compile(r"\b(?:ministry|government|embassy|presidency|cabinet|authorities)\b", re.I)
_STATE_HEADS = ("kingdom", "republic", "country", "government")
_ANY_ORG = ("group", "agency", "organisation", "organization", "bloc", "watchdog", "alliance", "union", "movement")
# What may sit between an organisation and the person speaking for it: "UNHCR spokesperson ".
_NP_GAP = re.compile(rf"(?:\s|,|['’]s\b|\b(?:a|an|the|for|of|{ROLE})\b|[\w'’-]+(?:'s|’s)|[A-Z][\w.-]*)*", re.I)


@dataclass(frozen=True, slots=True)
class _Speaker:
    actor: str  # cast actor id of who speaks (a person, organ, organisation or state)
    human: bool  # a person or a role ("a Pentagon spokeswoman"): what "he" or "she" points back to


@dataclass(slots=True)
class _Context:
    """What subject resolution may look at: the cast, the statement's mentions, who spoke before."""

    cast: Cast
    registry: Registry
    block: int = 0
    offset: int = 0  # where the statement starts in its block
    local: list[Mention] = field(default_factory=list)  # mentions in the statement, offsets relative to it
    spoken: list[_Speaker] = field(default_factory=list)
    unit: list[_Speaker] = field(default_factory=list)  # who has spoken so far in the current statement
    gender: dict[str, str] = field(default_factory=dict)  # person id -> "he" or "she", once the text tells
    topic: str | None = None  # first non-person actor of the previous statement: what "its" points to


def find_reactions(doc: Document, cast: Cast, registry: Registry) -> list[Reaction]:
    reactions: list[Reaction] = []
    ctx = _Context(cast, registry)
    closing: _Speaker | None = None  # who spoke last in the paragraph before, if its end was speech
    subjects: dict[int, list[Mention]] = {}  # by block, in text order
    for m in cast.mentions:
        if m.subject and m.end > m.start:
            subjects.setdefault(m.block, []).append(m)
    for i, block in enumerate(doc.blocks):
        if block.type == "heading":
            closing = None
            continue
        mentions = subjects.get(i, ())
        spoke = False
        last_in_block = None
        for start, unit in _statements(block.text):
            ctx.block, ctx.offset = i, start
            # a statement that is its whole block (most are) has all the block's mentions, a statement
            # that opens its block keeps the block's offsets
            ctx.local = mentions if len(unit) == len(block.text) else [
                Mention(i, m.start - start, m.end - start, m.actor, m.subject) if start else m
                for m in mentions if start <= m.start < start + len(unit)]
            events = list(_events(unit, ctx))
            quote = unit.lstrip().startswith(("“", '"'))
            if not events and quote and last_in_block is not None:
                # '"We will respond," he said. "The aggression will not go unanswered."': one statement
                reactions[last_in_block] = _continued(reactions[last_in_block], unit)
                spoke = True
                continue
            if not events and quote and start == 0 and closing is not None:
                # a quotation that opens a paragraph right after someone spoke goes on in their voice
                events = [(closing, unit.strip(), stance_of("said", unit))]
            for speaker, text, stance in events:
                ctx.spoken.append(speaker)
                reactions.append(_reaction(cast, speaker, text, stance, i))
                last_in_block = len(reactions) - 1
            spoke = bool(events)
            ctx.topic = next((m.actor for m in ctx.local if cast.actor(m.actor).kind != "person"), ctx.topic)
        closing = ctx.spoken[-1] if spoke else None
    return _one_per_statement(reactions)


def _continued(reaction: Reaction, quote: str) -> Reaction:
    text = f"{reaction.text} {quote.strip()}"
    stance = stance_of("said", text) if reaction.stance == "report" else reaction.stance
    return Reaction(reaction.actor, reaction.speaker, stance, text, reaction.block)


def _reaction(cast: Cast, speaker: _Speaker, text: str, stance: str, block: int) -> Reaction:
    """The side is the party the speaker speaks for; the speaker is named unless it is the side."""
    side = cast.side(speaker.actor)
    name = None if side == speaker.actor else cast.actor(speaker.actor).name
    return Reaction(side, name, stance, text.strip(), block)


def _statements(text: str):
    """(offset, text) of each statement: sentences, glued back while a quotation is open."""
    sentences = sentences_of(text)
    if len(sentences) == 1:  # most paragraphs: a lone sentence is a statement, its quotation closed or not
        return [(text.find(sentences[0]), sentences[0])]
    return _glued(text, sentences)


def _glued(text: str, sentences: tuple[str, ...]):
    pos, current_start, open_unit = 0, 0, False
    for sentence in sentences:
        at = text.find(sentence, pos)
        pos = at + len(sentence)
        if not open_unit:
            current_start = at
        current = text[current_start:pos]
        open_unit = current.count("“") > current.count("”") or current.count('"') % 2 == 1
        if not open_unit:
            yield current_start, current
    if open_unit:
        yield current_start, text[current_start:pos]


def _quoted(unit: str) -> list[tuple[int, int]]:
    if '"' not in unit and "“" not in unit and "”" not in unit:
        return []
    spans, opened = [], None
    for mark in _QUOTE_MARK.finditer(unit):
        ch, k = mark.group(), mark.start()
        if ch == "“" or (ch == '"' and opened is None):
            opened = k
        elif opened is not None:
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


def _verbs(unit: str) -> list[tuple[int, int, str]]:
    """(start, end, lower-case word) of every verb of speech in a statement, as whole words ("Iran-backed"
    is not "backed"), in text order: the automaton reports hits by where they end, and two whole words
    never overlap (the one verb with a boundary inside is "according to", and no verb is "to")."""
    lowered = unit.lower()
    size = len(lowered)
    found = []
    for last, (word, back) in _VERBS.iter(lowered):
        start, end = last - back, last + 1
        if (start and (lowered[start - 1].isalnum() or lowered[start - 1] == "-")) or (
                end < size and (lowered[end].isalnum() or lowered[end] == "-")):
            continue
        found.append((start, end, word))
    return found


def _is_speech(unit: str, word: str, end: int) -> bool:
    """"called" speaks only as "called on/for" or "called X 'illegal'"; "asked" only as "asked for"."""
    rest = unit[end:end + 50]
    if word in ("called", "calls", "call"):
        return bool(_ON_FOR.match(rest) or _QUOTE_AHEAD.match(rest))
    if word in ("issued", "issues"):
        return bool(_STATEMENT_AHEAD.match(rest))
    if word in ("asked", "asks"):
        return bool(_ASKED_FOR.match(rest))
    return True


def _events(unit: str, ctx: _Context):
    """(speaker, statement text, stance) for each statement in one unit."""
    ctx.unit = []
    verbs = _verbs(unit)
    if not verbs:
        return
    quotes = _quoted(unit)
    found: list[tuple[int, list[_Speaker], str, bool]] = []  # clause start, speakers, verb, coordinated
    for start, end, word in verbs:
        according = word == _ACCORDING
        if quotes and any(s <= start < e for s, e in quotes) or not _is_speech(unit, word, end):
            continue
        before = unit[:start]
        # both patterns end in \s+$: they can only match when what precedes that white space fits
        trimmed = before.rstrip()
        if found:
            coordinated = (_COORDINATED.search(before, max(0, len(before) - 20))
                           if trimmed.endswith(_COORDINATED_LAST) else None)
            if coordinated and not _PRONOUN_IN.search(before[coordinated.start():]):
                first_start, speakers, first_verb, _ = found[-1]
                first_clause = unit[first_start:coordinated.start()]
                if len(found) == 1 and stance_of(first_verb, first_clause) == "report" \
                        and not _FACTUAL.search(first_clause):
                    # "said it was following events and urged restraint": one statement, an appeal; but
                    # "said it had documented 30 killings and called for ..." reports a fact first
                    found[-1] = (first_start, speakers, word, False)
                else:
                    found.append((coordinated.start(), speakers, word, True))
                continue
            if _clause_start(before) <= found[-1][0]:
                continue  # the content of the statement already found ("said Iraq rejected ...")
        if word in ("called", "calls", "call") and not _ON_FOR.match(unit, end):
            word = "said"  # "called the sanctions 'illegal'": the words carry the stance
        passive = (_PASSIVE.search(before, max(0, len(before) - 30))
                   if trimmed.endswith(_PASSIVE_LAST_WORDS) else None)
        if passive and word in ("quoted", "cited"):
            # "Aydin was quoted (by Anadolu) as saying": the subject spoke, whoever reported it
            speaker = _subject(unit, passive.start(), end, ctx)
            word = "said"
        else:
            speaker = (_np_after(unit, end, ctx) if according
                       else _agent(unit, end, ctx) if passive
                       or (word.endswith("ed") and _BY.match(unit, end))  # "language backed by 100 countries"
                       else _subject(unit, start, end, ctx))
        if speaker:
            speakers = [speaker, *_co_subjects(unit, speaker, start, ctx)]
            ctx.unit.append(speaker)
            found.append((_clause_start(before) if found else 0, speakers, "said" if according else word, False))
    yield from _texts_and_stances(unit, found)


def _texts_and_stances(unit: str, found: list[tuple[int, list[_Speaker], str, bool]]):
    """Cut a unit into the statements found in it: (speaker, text, stance), in listing order."""
    for k, (start, speakers, verb, _coordinated) in enumerate(found):
        # "X welcomed A but urged B": each act keeps its own clause, in text order, so the words
        # shown with each act are the words that carry its stance
        clause_end = found[k + 1][0] if k + 1 < len(found) else len(unit)
        text = _without_lead(_LEADING_CONJUNCTION, unit[start:clause_end].strip(" ,;"))
        stance = stance_of(verb, unit[start:clause_end])
        for speaker in speakers:
            yield speaker, text, stance


def _without_lead(word: re.Pattern, text: str) -> str:
    """`text` less the word `word` matches at its start: what re.sub does with the pattern anchored
    by ^, without trying every other place in the text."""
    lead = word.match(text)
    return text[lead.end():] if lead else text


def _co_subjects(unit: str, speaker: _Speaker, before: int, ctx: _Context) -> list[_Speaker]:
    """ "Brazil and Colombia called for calm", "France, Germany and Britain urged": each side named in
    the subject reacts. Commas join a list only when an "and" closes it ("the force in Lebanon, UNIFIL,
    urged" is one side)."""
    local = ctx.local
    if len(local) < 2:
        return []
    at = next((k for k, m in enumerate(local) if m.actor == speaker.actor and m.end <= before), None)
    if at is None:
        return []
    if at + 1 < len(local) and local[at + 1].end > before:
        local = local[:at + 1]
    first = last = at
    while first > 0 and _LIST_COMMA.fullmatch(unit, local[first - 1].end, local[first].start):
        first -= 1
    while last + 1 < len(local) and local[last + 1].end <= before and (
            _AND.fullmatch(unit, local[last].end, local[last + 1].start)
            or _LIST_COMMA.fullmatch(unit, local[last].end, local[last + 1].start)):
        last += 1
    if first == last:
        return []
    joints = [unit[local[k].end:local[k + 1].start] for k in range(first, last)]
    if not any(_AND.fullmatch(j) for j in joints):
        first = at
        last = at + 1 if at + 1 < len(local) and _AND.fullmatch(unit, local[at].end, local[at + 1].start) else at
    seen = {speaker.actor}
    others = []
    for m in local[first:last + 1]:
        if m.actor not in seen:
            seen.add(m.actor)
            others.append(_speaker(ctx.cast, m.actor))
    return others


def _clause_start(before: str) -> int:
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(before)]
    return starts[-1] if starts else 0


def _subject(unit: str, start: int, end: int, ctx: _Context) -> _Speaker | None:
    """The subject of the verb of speech at unit[start:end], looking left; or right when the quote
    comes first."""
    before = unit[:start]
    np_end = _adverbials_start(before)
    cut = _last_np_end(before, np_end) + 1
    np = before[cut:np_end]
    if np.strip() and _APPOSITIVE_START.match(np.strip()):
        np_end = cut = max(_last_np_end(before, cut - 1), 0)
        np = ""
    if np.strip():
        return _np_speaker(np, cut, ctx)
    # '"...," said Usman Pradana': the speaker follows the verb
    after = _np_after(unit, end, ctx) if _AFTER_QUOTE.search(before, max(0, len(before) - 6)) else None
    if after:
        return after
    # "Saeed Khatibzadeh, a spokesman for ..., told": the clause's subject, across the apposition
    clause = _clause_start(before[:cut]) if cut else 0
    intro = _INTRO.match(before[clause:cut])
    clause += intro.end() if intro else 0
    # a name inside a relative clause is not the subject: "Tigrayan leaders, whose region borders
    # Eritrea, said"
    relative = []
    for r in _RELATIVE.finditer(unit, clause, cut):
        close = unit.find(",", r.end(), cut)
        relative.append((r.start(), close if close >= 0 else cut))
    subjects = [m for m in ctx.local if clause <= m.start < cut and not any(s <= m.start < e for s, e in relative)]
    if not subjects:
        return _np_speaker(before[clause:cut].split(",")[0], clause, ctx) if cut > clause else None
    first = _possessed(unit, subjects)
    # "The UN peacekeeping force in Lebanon, UNIFIL, urged": an appositive that is just a name names the subject
    opening = unit.rfind(",", clause, max(clause, cut - 1))
    named = next((m for m in subjects if opening >= 0 and opening < m.start
                  and _APPOSITIVE_NAME.fullmatch(unit[opening:m.start] + unit[m.end:cut])), None)
    person = next((m for m in subjects if ctx.cast.actor(m.actor).kind == "person"
                   and _NP_GAP.fullmatch(unit[first.end:m.start])), None)
    if person or named:
        return _speaker(ctx.cast, (person or named).actor)
    head = unit[clause:cut].split(",")[0]  # "The Swiss ambassador, speaking for ..., said": a person speaks
    return _Speaker(first.actor, ctx.cast.actor(first.actor).kind == "person" or bool(_ROLE_WORD.search(head)))


def _adverbials_start(before: str) -> int:
    """Where the adverbials that end `before` start ("... also on Monday"), else where its white space
    at the end starts: the end of the verb's subject."""
    last_words = before.rsplit(None, 2)[-2:]
    if last_words and (last_words[-1] in _ADVERB_LAST_WORDS or last_words[0] == "on"):
        adverbials = _ADVERBIALS.search(before, max(0, len(before) - 80))
        if adverbials:
            return adverbials.start()
    return len(before.rstrip())


def _last_np_end(text: str, end: int) -> int:
    """Where the last mark that ends a noun phrase before `end` is, -1 if there is none."""
    last = _LAST_NP_END.match(text, 0, max(end, 0))
    return last.end() - 1 if last else -1


_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:[a-z-]+\s+)?")


def _possessed(text: str, mentions: list[Mention], offset: int = 0) -> Mention:
    """ "Yemen's Houthi rebels said": the owner names whose side it is, the one it owns speaks."""
    k = 0
    while k + 1 < len(mentions) and _POSSESSIVE_GAP.fullmatch(
            text, mentions[k].end - offset, mentions[k + 1].start - offset):
        k += 1
    return mentions[k]


def _np_after(unit: str, pos: int, ctx: _Context) -> _Speaker | None:
    end = _NP_END.search(unit, pos)
    np_end = end.start() if end else len(unit.rstrip(". "))
    if end and end.group() in "“\"(" or _FINITE.search(unit, pos, np_end):
        return None  # "said Washington was 'hopeful'": a clause follows, not the speaker
    return _np_speaker(unit[pos:np_end], pos, ctx)


def _agent(unit: str, pos: int, ctx: _Context) -> _Speaker | None:
    by = _BY_AGENT.match(unit, pos)
    return _np_after(unit, by.end(), ctx) if by else None


def _np_speaker(np: str, offset: int, ctx: _Context) -> _Speaker | None:
    """Who a short noun phrase names: a person in it, else the first actor, else what it points to."""
    text = _without_lead(_CONJUNCTION, np.strip())
    cast = ctx.cast
    inside = [m for m in ctx.local if offset <= m.start < offset + len(np)]
    if not text or len(text.split()) > (14 if inside else 8):
        return None  # a whole clause, not a noun phrase: "ministers on Monday approved sanctions"
    people = [m for m in inside if cast.actor(m.actor).kind == "person"]
    if people:
        return _speaker(cast, people[-1].actor)
    if inside:
        return _Speaker(_possessed(np, inside, offset).actor, bool(_ROLE_WORD.search(text)))
    if _PRONOUN.match(text):
        if text.lower() in ("he", "she"):
            return _pronoun_speaker(ctx, text.lower())
        # "It said": the body the sentence before was about, else the last body that spoke
        return _topic(ctx) or next((s for s in reversed(ctx.spoken) if not s.human), None)
    if _ITS_THEIR.match(text) or _OF_ITS_THEIR.search(text):
        return _topic(ctx, bool(_ROLE_WORD.search(text)))
    # "a senior official in Nairobi", "the foreign ministry in Riyadh", not "analysts in Tehran": the
    # words come first, so that the registry is searched only when a place would name the state
    human = bool(_STATE_ROLE.search(text))
    if human or _STATE_BODY.search(text):
        place = next((m for m in ctx.registry.find(text) if m.place), None)
        if place:
            return _Speaker(cast._add(ctx.registry.get(place.actor)), human)
    generic = _GENERIC_NP.match(text)
    return _generic_speaker(generic, text, offset, ctx) if generic else None


def _generic_speaker(generic: re.Match, text: str, offset: int, ctx: _Context) -> _Speaker | None:
    """Who "the ministry", "the spokesman", "a spokesman for the agency", "the kingdom" point back to."""
    cast = ctx.cast
    head = generic["head"].lower()
    body = _FOR_THE_BODY.search(text, generic.end())
    if head in _HUMAN_HEADS and body:  # "a spokesman for the ministry": the ministry speaks
        speaker = _np_speaker(body.group(1), offset + body.start(1), ctx)
        return _Speaker(speaker.actor, True) if speaker else None
    if generic["det"].lower() in ("his", "her"):
        # "President X convened ministers. His office said": the person just named, else the last who spoke
        pronoun = "he" if generic["det"].lower() == "his" else "she"
        named = next((m.actor for m in reversed(ctx.cast.mentions) if m.block == ctx.block
                      and m.start < ctx.offset and ctx.cast.actor(m.actor).kind == "person"
                      and _gender(ctx, m.actor) in (None, pronoun)), None)
        if named:
            return _speaker(ctx.cast, named)
        return next((s for s in reversed(ctx.spoken) if s.human), None)
    if generic["det"].lower() in ("a", "an", "one") and head in _HUMAN_HEADS:
        return None  # "a senior aide" brings in someone new, not the last speaker
    if head in SPEAKER_ROLES or head in _HUMAN_HEADS:
        spokes = head in SPEAKER_ROLES
        # "the spokeswoman said" is not the spokesman who spoke last
        pronoun = "she" if head in _FEMININE else "he" if head in _MASCULINE else None
        humans = [s for s in reversed(ctx.spoken) if s.human
                  and (pronoun is None or _gender(ctx, s.actor) in (None, pronoun))]
        return next((s for s in humans if not spokes or cast.role(s.actor) in SPEAKER_ROLES), None) or next(
            iter(humans), None)
    if head in _STATE_HEADS:  # "the kingdom called for ...": the state last heard from or named
        state = next((s for s in reversed(ctx.spoken) if cast.side(s.actor) in cast.drafts
                      and cast.actor(cast.side(s.actor)).kind == "state"), None)
        if state:
            return _Speaker(cast.side(state.actor), False)
        owner = cast.last(ctx.block, ctx.offset + offset, lambda a: a.kind == "state")
        return _speaker(cast, owner) if owner else None
    # "the transport ministry" is not the Foreign Ministry named before: a lower-case portfolio must match
    portfolio = [w for w in text[generic.end("det"):generic.start("head")].split()
                 if w.isalpha() and w.islower()] if head == "ministry" else []

    def fits(actor) -> bool:  # "the ministry" fits "Iraq's Foreign Ministry"; "the group" any body
        name = actor.name.lower()
        if portfolio and not all(w in name for w in portfolio):
            return False
        return head in name or head in _ANY_ORG and actor.kind in ("organisation", "armed-group")

    if ctx.topic and fits(cast.actor(ctx.topic)):  # "The RSF shelled the city. The group blamed ..."
        return _Speaker(ctx.topic, False)
    for s in reversed(ctx.spoken):
        if not s.human and fits(cast.actor(s.actor)):
            return s
    owner = cast.last(ctx.block, ctx.offset + offset, fits)
    if owner:
        return _speaker(cast, owner)
    if portfolio:
        return None  # a ministry the story has not named: no one known speaks
    # "the commission's president" after "the bloc said": the body last heard from
    return next((s for s in reversed(ctx.spoken[-3:]) if cast.actor(s.actor).kind != "person"), None)


_FEMININE = frozenset("ms mrs madam queen princess spokeswoman chairwoman congresswoman businesswoman".split())
_MASCULINE = frozenset("mr sir king prince spokesman chairman congressman businessman".split())


def _gender(ctx: _Context, actor_id: str, roles: bool = True) -> str | None:
    """ "he" or "she" for a person when the text has told: a title ("Ms Navarro"), a pronoun already
    read as them, or (`roles`) a role ("spokeswoman"), which messy copy sometimes gets wrong."""
    cast = ctx.cast
    if actor_id in ctx.gender:
        return ctx.gender[actor_id]
    actor = cast.actor(actor_id)
    if actor.kind != "person":
        return None
    words = {n.split()[0].rstrip(".").lower() for n in (actor.name, *actor.aliases)}
    if roles:
        words.add((cast.role(actor_id) or "").lower())
    return "she" if words & _FEMININE else "he" if words & _MASCULINE else None


def _pronoun_speaker(ctx: _Context, pronoun: str) -> _Speaker | None:
    """ "he said", "she added": the last person who spoke, in this statement or before, whom the
    pronoun fits; the reading then tells that person's gender for later pronouns. A role's gender
    ("a military spokeswoman") never overrules the last speaker, only a title or a pronoun does."""
    humans = [s for s in reversed((*ctx.spoken, *ctx.unit)) if s.human]
    speaker = next((s for k, s in enumerate(humans)
                    if _gender(ctx, s.actor, roles=k > 0) in (None, pronoun)), None) or _last_person(ctx)
    if speaker and ctx.cast.actor(speaker.actor).kind == "person":
        ctx.gender[speaker.actor] = pronoun
    return speaker


def _topic(ctx: _Context, human: bool = False) -> _Speaker | None:
    return _Speaker(ctx.topic, human) if ctx.topic else None


def _last_person(ctx: _Context) -> _Speaker | None:
    people = [m for m in ctx.cast.mentions if ctx.cast.actor(m.actor).kind == "person"
              and (m.block, m.start) < (ctx.block, ctx.offset)]
    return _speaker(ctx.cast, people[-1].actor) if people else None


def _speaker(cast: Cast, actor_id: str) -> _Speaker:
    return _Speaker(actor_id, cast.actor(actor_id).kind == "person")


def _one_per_statement(reactions: list[Reaction]) -> list[Reaction]:
    """A verbatim repeat (a duplicated paragraph the cleaner kept) is one statement, not two."""
    kept: list[Reaction] = []
    seen = set()
    for r in reactions:
        key = (r.actor, r.speaker, r.text)
        if key not in seen:
            seen.add(key)
            kept.append(r)
    return kept
