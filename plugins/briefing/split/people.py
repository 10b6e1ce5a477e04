"""People discovered in text, next to a role or a title, with the actor they speak for.

"ministry spokesman Selim Karaca", "Saeed Khatibzadeh, a spokesman for the Iranian Foreign
Ministry", "Its spokesman, Dilshad Barzinji", "General Yehia Rasool", or the named subject of a
verb of speech ("said Rania Khalil"). A later "Kirby", "Mr Kirby" or "Burhan" (for "al-Burhan")
joins the full name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Actor, Document, evolve
from ..sentences import ABBREVIATIONS
from .cast import Cast, Mention, dominant_state, lead_state
from .lexicon import LOW, NOT_NAMES, ORG_HEADS, PORTFOLIO_RE, ROLE, SPEAKER_ROLES, TITLE_RE, UP
from .organisations import ORGAN_WORDS, POSSESSIVE_END, is_head
from .registry import Match, Registry, slugify


# "al-Ubaidi", "O'Brien"; and "YehiaRasool", two names run together where a scraper lost the space.
# Its letter runs are possessive (++): nothing after them can start with a lower-case letter, so giving
# letters back never finds another match, and not trying it cuts a fifth of _CANDIDATE's scan.
_NAME_REST = rf"[{LOW}'’]++(?:[{UP}][{LOW}]{{2,}})?(?:-[{UP}]?[{LOW}'’]++)?"  # a name token after its capital
_NAME_TOK = rf"(?:Mc|Mac|O['’]|D['’])?[{UP}]{_NAME_REST}"
_NAME_TOKEN = re.compile(_NAME_TOK)
_RUN_TOGETHER = re.compile(rf"(?<=[{LOW}]{{2}})(?=[{UP}][{LOW}]{{2}})")
_PARTICLE = r"(?:al|el|bin|ibn|van|von|de|da|der|den|dos|du|la|le|ter|abu|Abu)"
_PERSON_NAME = re.compile(rf"{_NAME_TOK}(?:\s(?:{_PARTICLE}[\s-])?{_NAME_TOK}){{1,3}}")
_ARTICLE = r"(?:al|el|ad|as|ash|an)-"  # the Arabic article of "al-Burhan", dropped in short mentions
_ARTICLE_START = re.compile(rf"^{_ARTICLE}")
SPEECH = (r"(?:said|says|told|added|stated|wrote|tweeted|warned|insisted|explained|noted|argued|urged|vowed|denied|"
          r"accused|condemned|rejected|demanded|stressed|announced|confirmed|welcomed|blamed|threatened|pledged|"
          r"appealed|dismissed|replied|responded|acknowledged|criticised|criticized|denounced)")
# A run of name tokens, or two names run together. Written to start with its capital ("Mc", "Mac",
# "O'" are checked behind it, in the same order) so that re skips ahead to capitals at C speed.
_CANDIDATE = re.compile(rf"[{UP}](?:(?:(?<=M)a?c[{UP}]|(?<=[OD])['’][{UP}])?{_NAME_REST}"
                        rf"(?:\s(?:{_PARTICLE}[\s-])?{_NAME_TOK}){{1,5}}|[{LOW}]+[{UP}][{LOW}]{{2,}}\b)")
# The contexts that make a run of capitalised words a person. Each looks at a short window
# around the candidate, so a long paragraph costs one pass of _CANDIDATE, not one per pattern.
# A role may carry its post: "ambassador to Manila", "envoy to international organisations in Vienna".
_ROLE_TAIL = r"(?:\s+(?:to|for|in|at|of|on)\s+(?:the\s+)?[\w'’.-]+(?:\s+(?:in\s+)?[\w'’.-]+){0,3}?)?"
_ROLE_LEFT = re.compile(rf"\b(?P<role>(?i:{ROLE})){_ROLE_TAIL}\s+$")  # "Pentagon spokesperson| John Kirby"
_ROLE_COMMA_LEFT = re.compile(  # "Its spokesman, |Dilshad Barzinji", "A police spokesman, |Inspector ..."
    rf"(?P<desc>\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]he|[Aa]n?|[Tt]he\s+[\w-]+(?:'s|’s)|[{UP}][\w.-]*(?:'s|’s))\s+"
    rf"(?:[\w-]+\s+){{0,4}}"  # "The African Union Commission chairperson, |Ama Diallo"
    rf"(?P<role>(?i:{ROLE})){_ROLE_TAIL}),\s+$"
)
_APPOSITION = re.compile(  # "Saeed Khatibzadeh|, a spokesman for the Iranian Foreign Ministry,"
    rf",\s+(?P<desc>(?:a|an|the|its|their|his|her|[{UP}][\w'’.-]*(?:'s|’s))\s"
    rf"[^,.;:“”\"]{{0,60}}?\b(?P<role>(?i:{ROLE}))s?\b[^,.;:“”\"]{{0,60}})"
)
_SAID_LEFT = re.compile(rf"\b{SPEECH}\s+$")  # "said |Rania Khalil"
_SAID_RIGHT = re.compile(rf"\s+(?:(?:also|later|on\s+\w+)\s+)?{SPEECH}\b")  # "Rania Khalil| said"
_GENERIC = ("ministry", "military", "army", "group", "agency", "mission", "organisation", "organization", "government",
            "commission", "office", "embassy", "coalition", "movement", "party", "committee", "council", "union",
            "alliance", "coast guard", "police", "watchdog", "junta", "command")
# One pass finds every generic noun in a phrase: as whole words they never overlap (none is part of another).
_GENERIC_WORD = re.compile(rf"\b(?:{'|'.join(_GENERIC)})\b")
_HIS_HER = re.compile(r"(?:his|her)\b")
_ITS_THEIR = re.compile(r"(?:its|their)\b")
_LEFT_WORD = re.compile(r"[\w'’.-]+")
_STOP_LEFT = frozenset(
    "the a an that which who whom said says told and or but with by for to of in on at from as after before while when "
    "than since until into over under against during about".split()
)
# Titles of a government's own people: with no state in their phrase they belong to the state in the story.
_GOVERNMENT_TITLE = re.compile(r"(?i)\b(?:president|prime minister|premier|chancellor|minister|secretary of state)\b")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+")
_OWNER_AFTER = re.compile(r"\b(?:for|of|at|with|from)\s+(?:the\s+)?$")
# "Commissioner for Home Affairs Petra Holmberg": the portfolio after "for" is part of the title
_PORTFOLIO_LEFT = re.compile(r"\b(?:Minister|Secretary|Commissioner)\s+(?:for|of)\s+(?:the\s+)?$")


def find_people(cast: Cast, registry: Registry, known: list[Match], i: int, text: str,
                 taken: list[tuple[int, int]]) -> None:
    candidates = list(_CANDIDATE.finditer(text))
    if not candidates:
        return  # most blocks name no one: build nothing for them
    ends = {m.start: m.end for m in known}
    here = cast.in_block(i)
    for candidate in candidates:
        lead, title, written = _strip_name(candidate.group(), candidate.start(), ends, registry)
        if title is None and lead == 0 and _PORTFOLIO_LEFT.search(text, max(0, candidate.start() - 30),
                                                                  candidate.start()):
            words = written.split()
            if len(words) < 3:
                continue  # the portfolio alone: "Minister for Foreign Affairs said"
            title, written = " ".join(words[:-2]), " ".join(words[-2:])
        start = candidate.end() - len(written)
        name = _name_words(written)
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
        # a role ends in a letter before the name, or in a comma: only one of the two can match
        before = (_ROLE_COMMA_LEFT if left.rstrip().endswith(",") else _ROLE_LEFT).search(left)
        apposition = _APPOSITION.match(text, end)
        if before:
            role = before["role"]
            base = lead_start - len(left)
            affiliation = _affiliation(cast, i, text, base + before.start(), base + before.start("role"),
                                       base + before.end("role"), role)
            if affiliation is None and before.end("role") < len(left.rstrip(", ")):
                # "The president of Georgia, Salome Beridze": the post names whose she is
                affiliation = _affiliation(cast, i, text, base + before.start(), base + before.start("role"),
                                           base + len(left.rstrip(", ")), role)
        elif apposition:
            role = apposition["role"]
            affiliation = _affiliation(cast, i, text, apposition.start("desc"), apposition.start("role"),
                                       apposition.end("desc"), role)
        elif title:
            role = title.split()[-1].lower()
            affiliation = _affiliation(cast, i, text, lead_start, lead_start, lead_start, title)
            if affiliation is None and _GOVERNMENT_TITLE.search(title) and _left_phrase(text, lead_start) == lead_start:
                # "Ethiopia rejected it. Water Minister X said": the state its paragraph has named, else the
                # story's; but not for "COP28 President X"
                affiliation = _state_before(cast, here, lead_start) or dominant_state(cast)
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


def _name_words(written: str) -> str:
    """The words of a name one space apart, with names run together split: what _split_run_together
    does to each word, but with one search when, as in most names, no join is there (a join lies
    inside one word, so a search of all the words finds it if one of them has it)."""
    if not _RUN_TOGETHER.search(written):
        return " ".join(written.split())
    return " ".join(_split_run_together(w) for w in written.split())


def _split_run_together(word: str) -> str:
    """ "YehiaRasool" -> "Yehia Rasool"; not "McDonald". A join needs a capital after two letters."""
    if word.startswith(("Mc", "Mac")) or word[2:].islower():
        return word
    return _RUN_TOGETHER.sub(" ", word)


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
            rest_name = run[owner_end - offset:].strip()
            if pos == 0 and not possessive and " " not in run[:owner_end - offset] and _NAME_TOKEN.fullmatch(rest_name) \
                    and rest_name not in NOT_NAMES and not is_head(rest_name):
                break  # "Chad Miller, an analyst": a country's name as a given name; find_people decides
            # "Ukraine's President ...", "United Nations Secretary-General ...": the owner, not the name;
            # after a title a country's name may be a given name ("Foreign Minister Israel Katz")
            end = owner_end - offset
            pos = end + (2 if run[end:end + 2] in ("'s", "’s") else 0) + 1
            lead = pos
            continue
        word = rest.split(" ", 1)[0]
        stem = POSSESSIVE_END.sub("", word)
        owner = stem in registry.surfaces and (title is None or stem != word)
        if word in NOT_NAMES or owner or word in ORG_HEADS:
            pos += len(word) + 1
            lead = pos
            continue
        portfolio = PORTFOLIO_RE.match(rest) if title is None else None
        if portfolio:  # "Water Minister Tesfaye Alemu", after any owner ("Sudanese Irrigation Minister")
            title = portfolio.group().strip()
            pos += portfolio.end()
            continue
        break
    return lead, title, run[pos:].strip()
# Posts that never end a person's name ("General Manager", "Strategy Officer"); not "King" or "Judge",
# which are surnames too.
_POST_WORDS = frozenset(
    "officer manager executive director secretary spokesman spokeswoman spokesperson minister official envoy "
    "ambassador adviser advisor analyst representative president chairman chairwoman chairperson coordinator "
    "governor prosecutor commissioner correspondent editor founder strategist economist partner".split()
)


@lru_cache(maxsize=4096)  # a person is named again in most blocks that name them
def _looks_like_name(name: str) -> bool:
    if TITLE_RE.fullmatch(name + " "):
        return False  # "Israel's Prime Minister said": an office, no one named
    words = name.split()
    possessive = any(w.endswith(("'s", "’s")) for w in words)  # "Lloyd's List" is a title, not a person
    if words[-1].lower() in _POST_WORDS:
        return False  # "General Manager", "Strategy Officer": a post, no one named
    return not possessive and not any(w in NOT_NAMES or is_head(w) for w in words) and not name.isupper()


def _affiliation(cast: Cast, i: int, text: str, start: int, role_start: int, end: int, role: str) -> str | None:
    """Whom a role speaks for: a name in its phrase ("Pentagon spokesperson", "a spokesman for the
    Iranian Foreign Ministry"), else the last actor the phrase's generic noun points back to
    ("ministry spokesman", "the group's researcher", "a military spokeswoman")."""
    envoy = role.lower() in ("envoy", "ambassador", "coordinator", "rapporteur", "representative")
    left = _left_phrase(text, role_start)
    block_mentions = cast.in_block(i)
    for m in reversed(block_mentions):  # "Saudi Energy Minister": a demonym names the owner too
        if m.end > m.start and left <= m.start and m.end <= role_start and m.actor in cast.drafts:
            return m.actor
    for m in block_mentions:
        if m.subject and role_start < m.start < end and not envoy \
                and _OWNER_AFTER.search(text[max(0, m.start - 12):m.start]):
            return m.actor
    phrase = text[left:end].lower()
    if _HIS_HER.match(phrase):
        # "His spokesman, Stephane Okoro": whoever the paragraph last named
        return next((m.actor for m in reversed(block_mentions) if m.end <= start
                     and cast.actor(m.actor).kind == "person"), None) or cast.last(i, start, lambda a: a.kind == "person")
    if _ITS_THEIR.match(phrase):
        # "Its spokesman", "Their military spokesman": the subject of the sentence before
        here = _sentence_start(text, start)
        before = _sentence_start(text, max(0, here - 2))
        subject = next((m.actor for m in block_mentions if before <= m.start < here and m.subject
                        and cast.actor(m.actor).kind != "person"), None)
        return subject or cast.last(i, start, lambda a: a.kind != "person")
    present = set(_GENERIC_WORD.findall(phrase))
    generic = next((g for g in _GENERIC if g in present), None)
    if not generic:
        return None
    if generic in ("military", "army", "government"):
        # "a military spokesman" after "Iraq's military"; a bare "Government spokesman" is the
        # government of the state the story leads with
        return (cast.last(i, start, lambda a: generic in a.name.lower())
                or (_state_before(cast, block_mentions, start) or lead_state(cast) if generic == "government" else None)
                or cast.last(i, start, lambda a: a.kind == "state"))
    organ = re.search(rf"\b(?:{'|'.join(ORGAN_WORDS)})\s+{generic}\b", phrase)
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


def _state_before(cast: Cast, mentions: list[Mention], pos: int) -> str | None:
    """The first state a paragraph names as a party before `pos`, itself or through a body of its
    own ("The White House said President ...")."""
    for m in mentions:
        if m.end <= pos and m.subject and m.end > m.start and m.actor in cast.drafts:
            actor = cast.actor(m.actor)
            if actor.kind == "state":
                return actor.id
            if actor.kind != "person" and actor.affiliation in cast.drafts \
                    and cast.actor(actor.affiliation).kind == "state":
                return actor.affiliation
    return None


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


def merge_short_names(cast: Cast, doc: Document) -> None:
    """Join "Biden" to "Joe Biden", then count "Kirby" and "Mr Kirby" as mentions of "John Kirby"."""
    people = [d.actor for d in cast.drafts.values() if d.actor.kind == "person" and d.actor.discovered]
    full = {p.name.split()[-1]: p for p in people if len(p.name.split()) > 1 and not TITLE_RE.match(p.name + " ")}
    for p in people:
        surname = p.name.split()[-1]
        if (len(p.name.split()) == 1 or TITLE_RE.match(p.name + " ")) and surname in full and full[surname].id != p.id:
            target = full[surname]
            cast._add(evolve(target, aliases=(p.name,), affiliation=p.affiliation))
            draft = cast.drafts.pop(p.id)
            cast.drafts[target.id].role = cast.drafts[target.id].role or draft.role
            cast.mentions = [evolve(m, actor=target.id) if m.actor == p.id else m for m in cast.mentions]
    # "Mr Lammy said ... Lammy added": a name first met with only a title is found bare later too
    titled = {p.name.split()[-1]: p for p in people if len(p.name.split()) == 2 and TITLE_RE.match(p.name + " ")
              and p.name.split()[-1] not in full and p.id in cast.drafts}
    named: dict[int, list[tuple[int, int]]] = {}  # the spans already named, by block
    for m in cast.mentions:
        named.setdefault(m.block, []).append((m.start, m.end))
    for surname, person in (*full.items(), *titled.items()):
        if person.id not in cast.drafts:
            continue
        # "Kirby", "Mr Kirby", "Burhan" for "al-Burhan"; and "Liu said" for family-name-first names
        given = person.name.split()[0] if surname in full else surname
        bare = _ARTICLE_START.sub("", surname)
        short = []
        for i, block in enumerate(doc.blocks):
            if bare not in block.text and given not in block.text:
                continue
            for start, end, is_given in _short_names(block.text, bare, given):
                if is_given and not _GIVEN_SPEAKS.match(block.text, end):
                    continue  # a given name alone counts only as the one who speaks ("Liu said")
                if any(s < end and start < e for s, e in named.get(i, ())):
                    continue
                short.append(Mention(i, start, end, person.id))
                if block.text[start:end] not in cast.drafts[person.id].actor.aliases:
                    cast._add(evolve(person, aliases=(block.text[start:end],)))
        if short:
            cast._add(evolve(cast.drafts[person.id].actor, aliases=(surname,)))
            cast.mentions.extend(short)
            for m in short:
                named.setdefault(m.block, []).append((m.start, m.end))


# What a short mention may carry before the surname: "Mr Kirby", "Ms. Navarro", "al-Burhan".
_SHORT_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.?\s+")
_SHORT_ARTICLE = re.compile(_ARTICLE)
_TITLE_LEAD = re.compile(r"Mr|Ms|Dr")
_ARTICLE_STEMS = ("al", "el", "ad", "as", "an")  # _ARTICLE but "ash-", without their hyphen


def _short_names(text: str, bare: str, given: str) -> list[tuple[int, int, bool]]:
    r"""(start, end, is the given name) of each short mention, exactly what re.finditer finds for
    rf"\b(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:{_ARTICLE})?{bare}\b|\b(?P<given>{given})\b" (escaped), with
    no pattern compiled per name (a compile costs ~0.2 ms, a tenth of a seed's split). A match can
    only start where a title, an article, the surname or the given name does; those places are
    tried in text order, each option in the order the pattern tries it."""
    leads = _lead_starts(text) if bare in text else ()  # a title needs the surname
    starts = sorted({*_occurrences(text, bare), *_occurrences(text, given), *leads})
    found, pos = [], 0
    for start in starts:
        if start < pos or not _word_edge(text, start):
            continue
        end, is_given = _surname_end(text, start, bare), False
        if end is None and text.startswith(given, start) and _word_edge(text, start + len(given)):
            end, is_given = start + len(given), True
        if end is not None:
            found.append((start, end, is_given))
            pos = end
    return found


def _lead_starts(text: str) -> list[int]:
    r"""Where a title or an article may start: every match of rf"Mr|Ms|Dr|{_ARTICLE}", which never
    overlap. The articles are found from their hyphens, as that pattern stops at every "a" and "e"."""
    starts = [m.start() for m in _TITLE_LEAD.finditer(text)]
    hyphen = text.find("-", 2)
    while hyphen >= 0:
        if text[hyphen - 2:hyphen] in _ARTICLE_STEMS:
            starts.append(hyphen - 2)
        elif hyphen >= 3 and text.startswith("ash", hyphen - 3):
            starts.append(hyphen - 3)
        hyphen = text.find("-", hyphen + 1)
    return starts


def _surname_end(text: str, start: int, bare: str) -> int | None:
    """Where "(Mr )?(al-)?{bare}" ends at a word edge from `start`, trying a title, then none, and
    an article, then none, as the pattern backtracks (each matches one way only: "Mr" never matches
    where "Mrs" does, nor "as-" where "ash-" does)."""
    title = _SHORT_TITLE.match(text, start)
    for after_title in (title.end(), start) if title else (start,):
        article = _SHORT_ARTICLE.match(text, after_title)
        for at in (article.end(), after_title) if article else (after_title,):
            if text.startswith(bare, at) and _word_edge(text, at + len(bare)):
                return at + len(bare)
    return None


def _occurrences(text: str, word: str):
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


# \b at a position: a word character (alphanumeric or "_") on one side only. match() at k still sees
# the character before k, and one C call costs a third of two Python-level character tests.
_word_edge = re.compile(r"\b").match


# After a bare given name, what makes it the speaker: "Liu said", "Zhao, speaking at a briefing, said".
_GIVEN_SPEAKS = re.compile(rf",?\s+{SPEECH}\b|,[^,.;“”\"]{{1,60}},\s+{SPEECH}\b")


def is_person_name(text: str) -> bool:
    """ "Ilse Brandvold" is a person's name; "Coastal Relief Network" is not."""
    return bool(_PERSON_NAME.fullmatch(text)) and not any(is_head(w) for w in text.split())
